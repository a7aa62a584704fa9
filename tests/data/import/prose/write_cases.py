#!/usr/bin/env python3
"""Writes the prose corpus: fictional report texts (every body, place and number here is
invented: 星海区, 青禾县, 白石乡 ...) in the shapes real reports take on the web, each with the
figures, links, metadata and key figures a careful reader records — written by hand below,
never taken from the importer's output. Run from this folder; see docs/import.md.

A case: name -> (text, meta, figures, key figures[, extra]).
A figure: (id, value, unit, quote snippet, parent id or "", {other fields}).
"""
import json

CASES = {}

def case(name, text, meta, figures, keys, **extra):
    CASES[name] = (text, meta, figures, keys, extra)

def F(id, value, unit, quote, parent="", **kw):
    return (id, value, unit, quote, parent, kw)

# ---- template-era tables, in the layouts mirrors produce ------------------------------------

def rows_2021(new, granted, notheld):
    """The 2021 applications table, total column only carrying numbers (others 0)."""
    z = [0] * 7
    def t(v): return [v, 0, 0, 0, 0, 0, v]
    carried = 0
    done = granted + notheld
    return [
        ("一、本年新收政府信息公开申请数量", t(new)),
        ("二、上年结转政府信息公开申请数量", t(carried)),
        ("三、本年度办理结果|（一）予以公开", t(granted)),
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", z),
        ("（三）不予公开|1.属于国家秘密", z), ("2.其他法律行政法规禁止公开", z), ("3.危及“三安全一稳定”", z),
        ("4.保护第三方合法权益", z), ("5.属于三类内部事务信息", z), ("6.属于四类过程性信息", z),
        ("7.属于行政执法案卷", z), ("8.属于行政查询事项", z),
        ("（四）无法提供|1.本机关不掌握相关政府信息", t(notheld)), ("2.没有现成信息需要另行制作", z),
        ("3.补正后申请内容仍不明确", z),
        ("（五）不予处理|1.信访举报投诉类申请", z), ("2.重复申请", z), ("3.要求提供公开出版物", z),
        ("4.无正当理由大量反复申请", z), ("5.要求行政机关确认或重新出具已获取信息", z),
        ("（六）其他处理|1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", z),
        ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", z),
        ("3.其他", z),
        ("（七）总计", t(done)),
        ("四、结转下年度继续办理", t(new + carried - done)),
    ]

def table_2021(layout, new, granted, notheld, regs=(0, 0, 0), norms=(3, 1, 20), permits=150):
    """layout: 'pipes' (| a | b |), 'bare-pipes' (a | b |, stray spaces), 'cells' (one per line,
    an empty line for an empty trailing cell)."""
    proactive = [
        ["第二十条第（一）项"],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章"] + [str(v) for v in regs],
        ["行政规范性文件"] + [str(v) for v in norms],
        ["第二十条第（五）项"],
        ["信息内容", "本年处理决定数量"],
        ["行政许可", str(permits)],
    ]
    head = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
            ["自然人", "法人或其他组织", "总计"],
            ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]
    apps = [label.split("|") + [str(v) for v in values] for label, values in rows_2021(new, granted, notheld)]
    review = [["行政复议", "行政诉讼"],
              ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
              ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3,
              ["0"] * 15]
    def emit(rows, rule=False):
        out = []
        for i, r in enumerate(rows):
            if layout == "pipes":
                out.append("| " + " | ".join(r) + " |")
                if rule and i == 0: out.append("|" + "---|" * len(r))
            elif layout == "bare-pipes":
                out.append(" |".join(r) + " | ")
            else:
                out.extend(" " + c + " " if i % 2 else c for c in r)
        return out
    return emit(proactive, True), emit(head + apps, True), emit(review, True)

def template_report(title, year, layout, intro, new, granted, notheld, tail=""):
    pro, apps, rev = table_2021(layout, new, granted, notheld)
    lines = ([title] if title else []) + [
        "一、总体情况", intro, "二、主动公开政府信息情况"] + pro + [
        "三、收到和处理政府信息公开申请情况"] + apps + [
        "四、政府信息公开行政复议、行政诉讼情况"] + rev + [
        "五、存在的主要问题及改进情况", "存在的主要问题：公开内容还不够全面。改进措施：加强培训。",
        "六、其他需要报告的事项", "本年度未收取信息处理费。" + tail]
    return "\n".join(lines) + "\n"

# ---- narrative era: metadata shapes ---------------------------------------------------------

case("n01-township-parent",
"""青禾县白石乡2016年政府信息公开工作年度报告
一、概述
2016年，白石乡认真贯彻《中华人民共和国政府信息公开条例》，全乡各项公开工作有序推进。
二、主动公开政府信息情况
全年主动公开政府信息126条，其中，财政预决算信息18条、扶贫救助信息40条。
三、依申请公开情况
本年度我乡未收到政府信息公开申请。
四、行政复议和行政诉讼情况
全年未发生因政府信息公开引起的行政复议和行政诉讼。
""",
{"title": "青禾县白石乡2016年政府信息公开工作年度报告", "region": "白石乡", "level": "township", "parent": "青禾县",
 "year": 2016, "issuer": "白石乡人民政府"},
[F("p", 126, "条", "主动公开政府信息126条"),
 F("p1", 18, "条", "财政预决算信息18条", "p"),
 F("p2", 40, "条", "扶贫救助信息40条", "p"),
 F("a", 0, "件", "本年度我乡未收到政府信息公开申请"),
 F("r", 0, "件", "未发生因政府信息公开引起的行政复议和行政诉讼", category="行政复议"),
 F("l", 0, "件", "未发生因政府信息公开引起的行政复议和行政诉讼", category="行政诉讼")],
{"proactive_total": (126, "stated"), "applications_received": (0, "stated_in_words")})

case("n02-title-two-lines",
"""星海区人民政府
2017年政府信息公开工作年度报告

一、主动公开情况
2017年，星海区全年主动公开政府信息2,180条，其中，区财政局公开财政收支信息96条，区教育局公开招生考试信息45条。
二、依申请公开情况
全年共受理政府信息公开申请23件，其中，当面申请9件，网上申请14件。已全部按时答复。
三、咨询情况
全年接受群众咨询310人次。
""",
{"title": "星海区人民政府2017年政府信息公开工作年度报告", "region": "星海区", "level": "district", "year": 2017,
 "issuer": "星海区人民政府"},
[F("p", 2180, "条", "主动公开政府信息2,180条"),
 F("p1", 96, "条", "财政收支信息96条", "p", department="区财政局"),
 F("p2", 45, "条", "招生考试信息45条", "p", department="区教育局"),
 F("a", 23, "件", "政府信息公开申请23件"),
 F("a1", 9, "件", "当面申请9件", "a"),
 F("a2", 14, "件", "网上申请14件", "a"),
 F("c", 310, "人次", "咨询310人次")],
{"proactive_total": (2180, "stated"), "applications_received": (23, "stated")})

case("n03-title-split-mid-word",
"""云溪县2016年政府信息公开
工作年度报告
根据《中华人民共和国政府信息公开条例》规定，现公布云溪县2016年政府信息公开工作年度报告。
一、主动公开政府信息情况
全县主动公开政府信息860条。
二、依申请公开情况
全年受理政府信息公开申请5件，均已按期办结。
""",
{"title": "云溪县2016年政府信息公开工作年度报告", "region": "云溪县", "level": "county", "year": 2016,
 "issuer": "云溪县人民政府"},
[F("p", 860, "条", "主动公开政府信息860条"),
 F("a", 5, "件", "政府信息公开申请5件")],
{"proactive_total": (860, "stated"), "applications_received": (5, "stated")})

case("n04-no-title-signature",
"""按照《中华人民共和国政府信息公开条例》要求，现将本县2017年度政府信息公开工作情况报告如下。
一、主动公开情况
2017年，全县共主动公开政府信息1,045条，通过政府网站公开980条。
二、依申请公开情况
本年度共收到政府信息公开申请12件，已办结12件。
三、复议诉讼情况
全年未发生行政复议案件。
青禾县人民政府
2018年3月20日
""",
{"title": "青禾县2017年政府信息公开工作年度报告", "region": "青禾县", "level": "county", "year": 2017,
 "issuer": "青禾县人民政府"},
[F("p", 1045, "条", "主动公开政府信息1,045条"),
 F("p1", 980, "条", "政府网站公开980条", "p"),
 F("a", 12, "件", "政府信息公开申请12件"),
 F("a-done", 12, "件", "已办结12件"),
 F("r", 0, "件", "全年未发生行政复议案件", category="行政复议")],
{"proactive_total": (1045, "stated"), "applications_received": (12, "stated")})

case("n05-no-title-department-self",
"""根据《中华人民共和国政府信息公开条例》，本机关编制了2017年度政府信息公开工作报告。
一、主动公开情况
2017年，我局主动公开政府信息214条，其中，规划信息36条，土地出让信息58条。
本机关通过门户网站发布信息190条。
二、依申请公开情况
全年我局共受理政府信息公开申请31件，其中，予以公开20件，不属于本机关公开范围11件。
三、行政复议和行政诉讼
本年度发生政府信息公开行政复议2件，行政诉讼1件。
松川市自然资源局
2018年1月25日
""",
{"title": "松川市自然资源局2017年政府信息公开工作年度报告", "region": "松川市自然资源局", "level": "department",
 "year": 2017, "issuer": "松川市自然资源局"},
[F("p", 214, "条", "主动公开政府信息214条", department=""),
 F("p1", 36, "条", "规划信息36条", "p"),
 F("p2", 58, "条", "土地出让信息58条", "p"),
 F("web", 190, "条", "门户网站发布信息190条", department=""),
 F("a", 31, "件", "政府信息公开申请31件", department=""),
 F("a1", 20, "件", "予以公开20件", "a"),
 F("a2", 11, "件", "不属于本机关公开范围11件", "a"),
 F("r", 2, "件", "行政复议2件"),
 F("l", 1, "件", "行政诉讼1件")],
{"proactive_total": (214, "stated"), "applications_received": (31, "stated")})

case("n06-street-office",
"""星海区东湖街道办事处2018年政府信息公开工作年度报告
一、主动公开情况
2018年，本街道主动公开政府信息88条，其中，民政救助信息30条，计划生育信息12条。
二、依申请公开情况
全年未收到政府信息公开申请。
三、其他
我街道组织政务公开培训2次，参训人员60人次。
""",
{"title": "星海区东湖街道办事处2018年政府信息公开工作年度报告", "region": "东湖街道", "level": "township",
 "parent": "星海区", "year": 2018, "issuer": "东湖街道办事处"},
[F("p", 88, "条", "主动公开政府信息88条", department=""),
 F("p1", 30, "条", "民政救助信息30条", "p"),
 F("p2", 12, "条", "计划生育信息12条", "p"),
 F("a", 0, "件", "全年未收到政府信息公开申请"),
 F("t", 2, "次", "政务公开培训2次", department=""),
 F("t2", 60, "人次", "参训人员60人次")],
{"proactive_total": (88, "stated"), "applications_received": (0, "stated_in_words")})

case("n07-town-self",
"""鹤鸣镇2017年政务公开工作年度报告
一、主动公开情况
全镇全年主动公开政府信息64条，通过镇政务公开栏公开信息40条。
我镇建立政务公开制度3项。
二、依申请公开情况
我镇全年无申请。
""",
{"title": "鹤鸣镇2017年政务公开工作年度报告", "region": "鹤鸣镇", "level": "township", "year": 2017,
 "issuer": "鹤鸣镇人民政府"},
[F("p", 64, "条", "主动公开政府信息64条", department=""),
 F("p1", 40, "条", "公开栏公开信息40条", "p"),
 F("rules", 3, "项", "政务公开制度3项", department=""),
 F("a", 0, "件", "我镇全年无申请")],
{"proactive_total": (64, "stated"), "applications_received": (0, "stated_in_words")})

case("n08-department-title-self",
"""枫林县财政局2016年政府信息公开工作年度报告
一、主动公开情况
2016年，我局主动公开政府信息152条，其中，预决算信息48条，政府采购信息63条。
本局在门户网站开设公开专栏6个。
二、依申请公开情况
本单位全年受理政府信息公开申请4件，均已按时答复。
""",
{"title": "枫林县财政局2016年政府信息公开工作年度报告", "region": "枫林县财政局", "level": "department", "year": 2016,
 "issuer": "枫林县财政局"},
[F("p", 152, "条", "主动公开政府信息152条", department=""),
 F("p1", 48, "条", "预决算信息48条", "p"),
 F("p2", 63, "条", "政府采购信息63条", "p"),
 F("cols", 6, "个", "公开专栏6个", department=""),
 F("a", 4, "件", "政府信息公开申请4件", department="")],
{"proactive_total": (152, "stated"), "applications_received": (4, "stated")})

case("n09-office-shu",
"""松川港航管理署2017年政府信息公开工作年度报告
一、主动公开政府信息情况
2017年，我署主动公开政府信息97条，其中，行政许可信息41条。
二、依申请公开情况
本年度我署未收到政府信息公开申请。
三、复议诉讼情况
本署全年未发生政府信息公开行政复议、行政诉讼。
""",
{"title": "松川港航管理署2017年政府信息公开工作年度报告", "region": "松川港航管理署", "level": "department",
 "year": 2017, "issuer": "松川港航管理署"},
[F("p", 97, "条", "主动公开政府信息97条", department=""),
 F("p1", 41, "条", "行政许可信息41条", "p"),
 F("a", 0, "件", "本年度我署未收到政府信息公开申请"),
 F("r", 0, "件", "未发生政府信息公开行政复议、行政诉讼", category="行政复议"),
 F("l", 0, "件", "未发生政府信息公开行政复议、行政诉讼", category="行政诉讼")],
{"proactive_total": (97, "stated"), "applications_received": (0, "stated_in_words")})

case("n10-date-line-before-title",
"""发布日期：2018-02-10　来源：柳塘乡人民政府
柳塘乡2017年政府信息公开工作年度报告
一、主动公开情况
全乡全年公开政府信息73条。
二、依申请公开情况
全年未接到政府信息公开申请。
""",
{"title": "柳塘乡2017年政府信息公开工作年度报告", "region": "柳塘乡", "level": "township", "year": 2017,
 "issuer": "柳塘乡人民政府"},
[F("p", 73, "条", "公开政府信息73条", department=""),
 F("a", 0, "件", "全年未接到政府信息公开申请")],
{"proactive_total": (73, "stated"), "applications_received": (0, "stated_in_words")})

# ---- mirror artefacts: pinyin glosses, spam, one-line bodies ---------------------------------

case("m01-traditional-pinyin",
"""海棠縣2017年政府信息公開工作年度報(bào)告
一、主動公開情況
全年主動公開政府信息(xìn xī)1,208條，其中，縣財政局公開預決算信息52條。
二、依申請公開情況
全年受理政府信息公開申請(shēn qǐng)9件，其中當面申請4件，網上申請5件。
三、數(shù)據(jù)說明
本報告所列數據統計期限為2017年1月1日至12月31日。
""",
{"title": "海棠縣2017年政府信息公開工作年度報告", "region": "海棠县", "level": "county", "year": 2017,
 "issuer": "海棠县人民政府", "language": "zh-Hant"},
[F("p", 1208, "条", "1,208條"),
 F("p1", 52, "条", "預決算信息52條", "p", department="县财政局"),
 F("a", 9, "件", "申請9件"),
 F("a1", 4, "件", "當面申請4件", "a"),
 F("a2", 5, "件", "網上申請5件", "a")],
{"proactive_total": (1208, "stated"), "applications_received": (9, "stated")},
notes=["text-injection"])

case("m02-pinyin-tone-digits",
"""星海区2016年政府信息公开工作年度报告
一、主动公开情况
全年主动公开政府信息540条，其中政府和社会资本合作(PPP)项目信息12条。
二、依申请公开情况
全年受理政府信息公开申请(shen1 qing3)7件。
三、培训情况
举办培训(pei2 xun4)3场。
""",
{"title": "星海区2016年政府信息公开工作年度报告", "region": "星海区", "level": "district", "year": 2016,
 "issuer": "星海区人民政府"},
[F("p", 540, "条", "主动公开政府信息540条"),
 F("p1", 12, "条", "项目信息12条", "p"),
 F("a", 7, "件", "7件"),
 F("t", 3, "场", "3场")],
{"proactive_total": (540, "stated"), "applications_received": (7, "stated")},
notes=["text-injection"])

case("m03-spam-in-category",
"""青禾县2017年政府信息公开工作年度报告
一、主动公开情况
2017年，全县主动公开政府信息930条，其中，公开星际体育app信息12条，人事任免信息25条。
二、依申请公开情况
全年受理政府信息公开申请6件。
""",
{"title": "青禾县2017年政府信息公开工作年度报告", "region": "青禾县", "level": "county", "year": 2017,
 "issuer": "青禾县人民政府"},
[F("p", 930, "条", "主动公开政府信息930条"),
 F("p1", 12, "条", "信息12条", "p"),
 F("p2", 25, "条", "人事任免信息25条", "p"),
 F("a", 6, "件", "政府信息公开申请6件")],
{"proactive_total": (930, "stated"), "applications_received": (6, "stated")},
notes=["text-injection"], spam=["星际体育app"])

# A casino's name pasted over the district's name, everywhere it stood.
case("m04-spam-replaces-region",
"""金沙娱乐2017年政府信息公开工作年度报告
一、主动公开情况
2017年，金沙娱乐人民政府主动公开政府信息1,320条，其中，金沙娱乐财政局公开财政信息80条，金沙娱乐民政局公开救助信息44条。
二、依申请公开情况
全年受理政府信息公开申请15件。
石湾区人民政府
2018年3月1日
""",
{"title": "2017年政府信息公开工作年度报告", "region": "石湾区", "level": "district", "year": 2017,
 "issuer": "石湾区人民政府"},
[F("p", 1320, "条", "主动公开政府信息1,320条"),
 F("p1", 80, "条", "财政信息80条", "p", department="财政局"),
 F("p2", 44, "条", "救助信息44条", "p", department="民政局"),
 F("a", 15, "件", "政府信息公开申请15件")],
{"proactive_total": (1320, "stated"), "applications_received": (15, "stated")},
notes=["text-injection"], spam=["金沙娱乐"])

case("m05-spam-promotion-line",
"""云溪县2016年政府信息公开工作年度报告
【必赢体育】官网注册送彩金88元，首存返水1.5%
一、主动公开情况
全年主动公开政府信息415条。
二、依申请公开情况
全年受理政府信息公开申请3件。
""",
{"title": "云溪县2016年政府信息公开工作年度报告", "region": "云溪县", "level": "county", "year": 2016,
 "issuer": "云溪县人民政府"},
[F("p", 415, "条", "主动公开政府信息415条"),
 F("a", 3, "件", "政府信息公开申请3件")],
{"proactive_total": (415, "stated"), "applications_received": (3, "stated")},
notes=["text-injection"], spam=["必赢体育"])

case("m06-spam-brand-latin",
"""枫林县2017年政府信息公开工作年度报告
一、主动公开情况
全县主动公开政府信息600条，其中，通过ky体育官网发布的公告信息20条，政策文件34条。
二、依申请公开情况
全年受理政府信息公开申请8件。
""",
{"title": "枫林县2017年政府信息公开工作年度报告", "region": "枫林县", "level": "county", "year": 2017,
 "issuer": "枫林县人民政府"},
[F("p", 600, "条", "主动公开政府信息600条"),
 F("p1", 20, "条", "公告信息20条", "p"),
 F("p2", 34, "条", "政策文件34条", "p"),
 F("a", 8, "件", "政府信息公开申请8件")],
{"proactive_total": (600, "stated"), "applications_received": (8, "stated")},
notes=["text-injection"], spam=["ky体育官网"])

case("m07-one-line-body",
"""桃源县2017年政府信息公开工作年度报告
一、概述2017年，桃源县认真落实政务公开要求，各项工作取得新进展，全县政府信息公开工作平稳有序，公开质量进一步提高，公开渠道进一步拓展，群众满意度稳步提升，为建设法治政府、服务型政府提供了有力支撑。二、主动公开情况全年主动公开政府信息1,650条，其中，规范性文件47条，财政信息120条。三、依申请公开情况全年受理政府信息公开申请18件，其中，当面申请7件，网上申请11件。四、复议诉讼情况全年未发生政府信息公开行政复议和行政诉讼。
""",
{"title": "桃源县2017年政府信息公开工作年度报告", "region": "桃源县", "level": "county", "year": 2017,
 "issuer": "桃源县人民政府"},
[F("p", 1650, "条", "主动公开政府信息1,650条", area="主动公开"),
 F("p1", 47, "条", "规范性文件47条", "p", area="主动公开"),
 F("p2", 120, "条", "财政信息120条", "p", area="主动公开"),
 F("a", 18, "件", "政府信息公开申请18件", area="依申请公开"),
 F("a1", 7, "件", "当面申请7件", "a", area="依申请公开"),
 F("a2", 11, "件", "网上申请11件", "a", area="依申请公开"),
 F("r", 0, "件", "未发生政府信息公开行政复议和行政诉讼", category="行政复议"),
 F("l", 0, "件", "未发生政府信息公开行政复议和行政诉讼", category="行政诉讼")],
{"proactive_total": (1650, "stated"), "applications_received": (18, "stated")})

case("m08-glued-headings",
"""石门县2016年政府信息公开工作年度报告
一、主动公开情况全年主动公开政府信息702条，其中，人事信息30条。
二、依申请公开情况受理政府信息公开申请6件，已全部办结。
三、培训情况举办培训班2期，培训人员150人次。
""",
{"title": "石门县2016年政府信息公开工作年度报告", "region": "石门县", "level": "county", "year": 2016,
 "issuer": "石门县人民政府"},
[F("p", 702, "条", "主动公开政府信息702条", area="主动公开"),
 F("p1", 30, "条", "人事信息30条", "p", area="主动公开"),
 F("a", 6, "件", "政府信息公开申请6件", area="依申请公开"),
 F("t", 2, "期", "培训班2期"),
 F("t2", 150, "人次", "培训人员150人次")],
{"proactive_total": (702, "stated"), "applications_received": (6, "stated")})

# ---- classes handled before: zeros, last year, units, numerals, links ------------------------

case("c01-zeros-only",
"""白沙乡2018年政府信息公开工作年度报告
一、依申请公开情况
2018年，我乡没有收到群众提出的政府信息公开申请。
二、收费情况
本年度未收取任何费用。
三、行政复议情况
全年没有发生政府信息公开行政复议。
""",
{"title": "白沙乡2018年政府信息公开工作年度报告", "region": "白沙乡", "level": "township", "year": 2018,
 "issuer": "白沙乡人民政府"},
[F("a", 0, "件", "没有收到群众提出的政府信息公开申请"),
 F("r", 0, "件", "全年没有发生政府信息公开行政复议", category="行政复议")],
{"proactive_total": (None, "absent"), "applications_received": (0, "stated_in_words")})

case("c02-prior-year",
"""松川市2017年政府信息公开工作年度报告
一、主动公开情况
全市主动公开政府信息8,420条，比上年的7,900条增加520条，同比增长6.6%。
二、依申请公开情况
全年受理政府信息公开申请126件，较去年同期的98件有所增加；上年结转申请4件。
""",
{"title": "松川市2017年政府信息公开工作年度报告", "region": "松川市", "level": "city", "year": 2017,
 "issuer": "松川市人民政府"},
[F("p", 8420, "条", "主动公开政府信息8,420条"),
 F("rate", 6.6, "%", "同比增长6.6%"),
 F("a", 126, "件", "政府信息公开申请126件"),
 F("carried", 4, "件", "上年结转申请4件")],
{"proactive_total": (8420, "stated"), "applications_received": (126, "stated")})

case("c03-cumulative",
"""柳溪乡2017年政府信息公开工作年度报告
一、主动公开情况
全乡累计公开政府信息4,100条，2017年主动公开政府信息215条。
二、依申请公开情况
到目前累计受理申请20件，本年度受理政府信息公开申请2件。
""",
{"title": "柳溪乡2017年政府信息公开工作年度报告", "region": "柳溪乡", "level": "township", "year": 2017,
 "issuer": "柳溪乡人民政府"},
[F("cum", 4100, "条", "累计公开政府信息4,100条"),
 F("p", 215, "条", "主动公开政府信息215条"),
 F("cum-a", 20, "件", "累计受理申请20件"),
 F("a", 2, "件", "政府信息公开申请2件")],
{"proactive_total": (215, "stated"), "applications_received": (2, "stated")})

case("c04-chinese-numerals",
"""青禾县2016年政府信息公开工作年度报告
一、主动公开情况
全县主动公开政府信息三百二十条，围绕六个方面开展公开，新增电子显示屏两台。
二、依申请公开情况
全年受理政府信息公开申请十二件，其中网上申请五件。
三、机构建设
县政府办公室配备专职工作人员一名。
""",
{"title": "青禾县2016年政府信息公开工作年度报告", "region": "青禾县", "level": "county", "year": 2016,
 "issuer": "青禾县人民政府"},
[F("p", 320, "条", "三百二十条"),
 F("aspects", 6, "个", "六个"),
 F("screens", 2, "台", "两台"),
 F("a", 12, "件", "十二件"),
 F("a1", 5, "件", "网上申请五件", "a"),
 F("staff", 1, "名", "一名")],
{"proactive_total": (320, "stated"), "applications_received": (12, "stated")})

case("c05-units-meanings",
"""云溪县2017年政府信息公开工作年度报告
一、主动公开情况
全县主动公开政府信息508条，不予公开信息有12条。
二、依申请公开情况
全年收到政府信息公开申请9起，办理涉及土地的申请3宗。接受政府信息公开咨询45次。
""",
{"title": "云溪县2017年政府信息公开工作年度报告", "region": "云溪县", "level": "county", "year": 2017,
 "issuer": "云溪县人民政府"},
[F("p", 508, "条", "主动公开政府信息508条"),
 F("withheld", 12, "条", "不予公开信息有12条", measure="other"),
 F("a", 9, "起", "政府信息公开申请9起", measure="requests"),
 F("land", 3, "宗", "申请3宗", measure="requests"),
 F("consult", 45, "次", "咨询45次", measure="other")],
{"proactive_total": (508, "stated"), "applications_received": (9, "stated")})

case("c06-kinds-list",
"""星海区2017年政府信息公开工作年度报告
一、主动公开情况
全区公开政府信息260条，共有四类，包括规划计划信息40条、财政信息60条、人事信息70条、其他信息90条。
二、依申请公开情况
全年受理申请11件，均按时答复。
""",
{"title": "星海区2017年政府信息公开工作年度报告", "region": "星海区", "level": "district", "year": 2017,
 "issuer": "星海区人民政府"},
[F("p", 260, "条", "公开政府信息260条"),
 F("k1", 40, "条", "规划计划信息40条", "p"),
 F("k2", 60, "条", "财政信息60条", "p"),
 F("k3", 70, "条", "人事信息70条", "p"),
 F("k4", 90, "条", "其他信息90条", "p"),
 F("a", 11, "件", "受理申请11件")],
{"proactive_total": (260, "stated"), "applications_received": (11, "stated")})

case("c07-restated-total",
"""鹤鸣乡2018年政府信息公开工作年度报告
一、主动公开情况
全乡主动公开政府信息64条。工作动态类信息64条，占100%。
二、依申请公开情况
全年未收到政府信息公开申请。
""",
{"title": "鹤鸣乡2018年政府信息公开工作年度报告", "region": "鹤鸣乡", "level": "township", "year": 2018,
 "issuer": "鹤鸣乡人民政府"},
[F("p", 64, "条", "主动公开政府信息64条"),
 F("p1", 64, "条", "工作动态类信息64条", "p"),
 F("share", 100, "%", "占100%", share_of="p1"),
 F("a", 0, "件", "全年未收到政府信息公开申请")],
{"proactive_total": (64, "stated"), "applications_received": (0, "stated_in_words")})

case("c08-channels",
"""枫林县2016年政府信息公开工作年度报告
一、主动公开情况
全县主动公开政府信息350条，县政府网站发布310条，政务微信推送95条，政务微博发布60条。
二、依申请公开情况
全年受理政府信息公开申请4件。
""",
{"title": "枫林县2016年政府信息公开工作年度报告", "region": "枫林县", "level": "county", "year": 2016,
 "issuer": "枫林县人民政府"},
[F("p", 350, "条", "主动公开政府信息350条"),
 F("web", 310, "条", "网站发布310条", "p"),
 F("wx", 95, "条", "微信推送95条", "p"),
 F("wb", 60, "条", "微博发布60条", "p"),
 F("a", 4, "件", "政府信息公开申请4件")],
{"proactive_total": (350, "stated"), "applications_received": (4, "stated")})

case("c09-no-arithmetic-parent",
"""石湾区2017年政府信息公开工作年度报告
一、主动公开情况
全区主动公开政府信息1,200条。
二、培训与考核
组织培训3次。开展督查4次。召开工作会议7次。
三、依申请公开情况
全年受理政府信息公开申请16件。
""",
{"title": "石湾区2017年政府信息公开工作年度报告", "region": "石湾区", "level": "district", "year": 2017,
 "issuer": "石湾区人民政府"},
[F("p", 1200, "条", "主动公开政府信息1,200条"),
 F("t", 3, "次", "培训3次"),
 F("i", 4, "次", "督查4次"),
 F("m", 7, "次", "工作会议7次"),
 F("a", 16, "件", "政府信息公开申请16件")],
{"proactive_total": (1200, "stated"), "applications_received": (16, "stated")})

case("c10-several-bodies",
"""松川市2016年政府信息公开工作年度报告
一、主动公开情况
2016年，市政府主动公开政府信息1,540条；市直各部门主动公开政府信息6,210条；各县区主动公开政府信息9,870条。
二、依申请公开情况
全市共受理政府信息公开申请312件，其中，市直部门受理140件，各县区受理172件。
""",
{"title": "松川市2016年政府信息公开工作年度报告", "region": "松川市", "level": "city", "year": 2016,
 "issuer": "松川市人民政府"},
[F("p-gov", 1540, "条", "1,540条", department="市政府"),
 F("p-dep", 6210, "条", "6,210条", department="市直各部门"),
 F("p-cty", 9870, "条", "9,870条", department="各县区"),
 F("a", 312, "件", "政府信息公开申请312件"),
 F("a1", 140, "件", "市直部门受理140件", "a", department="市直部门"),
 F("a2", 172, "件", "各县区受理172件", "a", department="各县区")],
{"applications_received": (312, "stated")})

case("c11-gbk-crlf-department",
None,  # written below as GBK with CRLF
{"title": "青禾县卫生健康局2017年政府信息公开工作年度报告", "region": "青禾县卫生健康局", "level": "department",
 "year": 2017, "issuer": "青禾县卫生健康局"},
[F("p", 186, "条", "主动公开政府信息186条", department=""),
 F("p1", 42, "条", "医疗机构信息42条", "p"),
 F("a", 3, "件", "政府信息公开申请3件", department="")],
{"proactive_total": (186, "stated"), "applications_received": (3, "stated")},
encoding="GBK")
GBK_TEXT = ("青禾县卫生健康局2017年政府信息公开工作年度报告\r\n一、主动公开情况\r\n"
            "２０１７年，我局主动公开政府信息１８６条，其中，医疗机构信息４２条。\r\n"
            "二、依申请公开情况\r\n本局全年受理政府信息公开申请３件。\r\n")

# ---- template era: tables as pipes and as one cell per line ----------------------------------

case("t01-2021-pipes",
template_report("星海区2021年政府信息公开工作年度报告", 2021, "pipes",
                "2021年，星海区主动公开政府信息3,120条，其中政策文件210条。举办政务公开培训5次。", 40, 28, 12),
{"title": "星海区2021年政府信息公开工作年度报告", "region": "星海区", "level": "district", "year": 2021,
 "issuer": "星海区人民政府", "template": "2021"},
[F("p", 3120, "条", "主动公开政府信息3,120条"),
 F("p1", 210, "条", "政策文件210条", "p"),
 F("t", 5, "次", "培训5次")],
{"proactive_total": (3120, "stated"), "applications_received": (40, "stated")},
tables=True)

case("t02-2021-bare-pipes-street",
template_report("星海区东湖街道办事处2021年政府信息公开工作年度报告", 2021, "bare-pipes",
                "2021年，本街道主动公开政府信息156条。", 3, 2, 1),
{"title": "星海区东湖街道办事处2021年政府信息公开工作年度报告", "region": "东湖街道", "level": "township",
 "parent": "星海区", "year": 2021, "issuer": "东湖街道办事处", "template": "2021"},
[F("p", 156, "条", "主动公开政府信息156条", department="")],
{"proactive_total": (156, "stated"), "applications_received": (3, "stated")},
tables=True)

case("t03-2021-cells-per-line",
template_report("青禾县2021年政府信息公开工作年度报告", 2021, "cells",
                "2021年，全县主动公开政府信息2,045条，其中规范性文件38条。", 25, 20, 5),
{"title": "青禾县2021年政府信息公开工作年度报告", "region": "青禾县", "level": "county", "year": 2021,
 "issuer": "青禾县人民政府", "template": "2021"},
[F("p", 2045, "条", "主动公开政府信息2,045条"),
 F("p1", 38, "条", "规范性文件38条", "p")],
{"proactive_total": (2045, "stated"), "applications_received": (25, "stated")},
tables=True)

case("t04-2022-township-pipes-zeros",
template_report("青禾县白石乡2022年政府信息公开工作年度报告", 2022, "pipes",
                "2022年，白石乡主动公开政府信息94条，本年度未收到政府信息公开申请。", 0, 0, 0),
{"title": "青禾县白石乡2022年政府信息公开工作年度报告", "region": "白石乡", "level": "township",
 "parent": "青禾县", "year": 2022, "issuer": "白石乡人民政府", "template": "2021"},
[F("p", 94, "条", "主动公开政府信息94条"),
 F("a", 0, "件", "本年度未收到政府信息公开申请")],
{"proactive_total": (94, "stated"), "applications_received": (0, "stated")},
tables=True)

case("t05-2021-no-title-signature",
template_report("", 2021, "pipes",
                "本机关2021年主动公开政府信息318条，通过门户网站公开信息300条。", 7, 5, 2,
                "\n松川市生态环境局\n2022年1月20日"),
{"title": "松川市生态环境局2021年政府信息公开工作年度报告", "region": "松川市生态环境局", "level": "department",
 "year": 2021, "issuer": "松川市生态环境局", "template": "2021"},
[F("p", 318, "条", "主动公开政府信息318条", department=""),
 F("p1", 300, "条", "门户网站公开信息300条", "p")],
{"proactive_total": (318, "stated"), "applications_received": (7, "stated")},
tables=True)

case("t06-2021-spam-pinyin-mirror",
template_report("枫林县2021年政府信息公开工作年度报(bào)告", 2021, "pipes",
                "2021年，枫林县主动公开政府信息1,480条，其中，开云体育app信息32条，政策解读信息65条。", 12, 9, 3),
{"title": "枫林县2021年政府信息公开工作年度报告", "region": "枫林县", "level": "county", "year": 2021,
 "issuer": "枫林县人民政府", "template": "2021"},
[F("p", 1480, "条", "主动公开政府信息1,480条"),
 F("p1", 32, "条", "信息32条", "p"),
 F("p2", 65, "条", "政策解读信息65条", "p")],
{"proactive_total": (1480, "stated"), "applications_received": (12, "stated")},
tables=True, notes=["text-injection"], spam=["开云体育app"])

case("t07-2020-split-title-cells",
template_report("云溪县人民政府\n2020年政府信息公开工作年度报告", 2020, "cells",
                "2020年，云溪县主动公开政府信息1,006条。全年未发生政府信息公开行政复议。", 14, 10, 4),
{"title": "云溪县人民政府2020年政府信息公开工作年度报告", "region": "云溪县", "level": "county", "year": 2020,
 "issuer": "云溪县人民政府", "template": "2021"},
[F("p", 1006, "条", "主动公开政府信息1,006条"),
 F("r", 0, "件", "全年未发生政府信息公开行政复议", category="行政复议")],
{"proactive_total": (1006, "stated"), "applications_received": (14, "stated")},
tables=True)

# ---- written after the rules were in place, to see how they generalise (not tuned to) -------

case("h01-traditional-split-title-glosses",
"""白鷺鄉人民政府
2016年政府信息公開工作年度報告
一、主動公開情況
全鄉主動公開政府信息(xìn xī)58條，其中，財政信息9條。
二、依申請公開情況
本年度未收到政府信息公開申請。
""",
{"title": "白鷺鄉人民政府2016年政府信息公開工作年度報告", "region": "白鹭乡", "level": "township", "year": 2016,
 "issuer": "白鹭乡人民政府", "language": "zh-Hant"},
[F("p", 58, "条", "58條"),
 F("p1", 9, "条", "財政信息9條", "p"),
 F("a", 0, "件", "本年度未收到政府信息公開申請")],
{"proactive_total": (58, "stated"), "applications_received": (0, "stated_in_words")},
notes=["text-injection"])

case("h02-known-brand-over-county",
"""云山县2017年政府信息公开工作年度报告
一、主动公开情况
全县主动公开政府信息410条，其中，威尼斯人县财政局公开预决算信息30条，县民政局公开低保信息22条。
二、依申请公开情况
全年受理政府信息公开申请2件。
""",
{"title": "云山县2017年政府信息公开工作年度报告", "region": "云山县", "level": "county", "year": 2017,
 "issuer": "云山县人民政府"},
[F("p", 410, "条", "主动公开政府信息410条"),
 F("p1", 30, "条", "预决算信息30条", "p", department="县财政局"),
 F("p2", 22, "条", "低保信息22条", "p", department="县民政局"),
 F("a", 2, "件", "政府信息公开申请2件")],
{"proactive_total": (410, "stated"), "applications_received": (2, "stated")},
notes=["text-injection"], spam=["威尼斯人"])

case("h03-no-title-committee-signature",
"""根据条例规定，本委现将2016年度政府信息公开工作报告如下。
一、主动公开情况
2016年，我委主动公开政府信息75条，其中，项目审批信息20条。
二、依申请公开情况
全年未收到申请。
青禾县发展和改革委员会
2017年3月1日
""",
{"title": "青禾县发展和改革委员会2016年政府信息公开工作年度报告", "region": "青禾县发展和改革委员会",
 "level": "department", "year": 2016, "issuer": "青禾县发展和改革委员会"},
[F("p", 75, "条", "主动公开政府信息75条", department=""),
 F("p1", 20, "条", "项目审批信息20条", "p"),
 F("a", 0, "件", "全年未收到申请")],
{"proactive_total": (75, "stated"), "applications_received": (0, "stated_in_words")})

case("h04-2020-split-title-bare-pipes-channel",
template_report("石湾区人民政府\n2020年政府信息公开工作年度报告", 2020, "bare-pipes",
                "2020年，石湾区主动公开政府信息4,210条，通过政务微信发布信息1,300条。", 19, 15, 4),
{"title": "石湾区人民政府2020年政府信息公开工作年度报告", "region": "石湾区", "level": "district", "year": 2020,
 "issuer": "石湾区人民政府", "template": "2021"},
[F("p", 4210, "条", "主动公开政府信息4,210条", department=""),
 F("p1", 1300, "条", "发布信息1,300条", "p")],
{"proactive_total": (4210, "stated"), "applications_received": (19, "stated")},
tables=True)

case("h05-one-line-town-subheadings",
"""柳河镇2017年政务公开工作年度报告
一、主动公开情况(一)公开数量全年主动公开政府信息96条，较上年的80条增加16条。(二)公开渠道通过镇政务公开栏公开信息60条。二、依申请公开情况本年度我镇未收到政府信息公开申请。三、其他情况我镇全年组织培训两次，参训人员三十五人次。镇党委、镇政府高度重视政务公开工作，把政务公开作为转变作风、服务群众的重要抓手，主要领导亲自部署，分管领导具体负责，形成了一级抓一级、层层抓落实的工作格局。
""",
{"title": "柳河镇2017年政务公开工作年度报告", "region": "柳河镇", "level": "township", "year": 2017,
 "issuer": "柳河镇人民政府"},
[F("p", 96, "条", "主动公开政府信息96条", area="主动公开"),
 F("p1", 60, "条", "公开栏公开信息60条", "p", area="主动公开"),
 F("a", 0, "件", "本年度我镇未收到政府信息公开申请", area="依申请公开"),
 F("t", 2, "次", "培训两次"),
 F("t2", 35, "人次", "三十五人次")],
{"proactive_total": (96, "stated"), "applications_received": (0, "stated_in_words")})

# ---- writing -------------------------------------------------------------------------------

def write():
    for name, (text, meta, figures, keys, extra) in CASES.items():
        encoding = extra.get("encoding", "UTF-8")
        if text is None:
            open(name + ".txt", "wb").write(GBK_TEXT.encode("gbk"))
        else:
            open(name + ".txt", "w", encoding="utf-8").write(text)
        m = {"template": "narrative", "language": "zh-Hans"}
        m.update(meta)
        out = {"input": name + ".txt", "encoding": encoding, "converted": encoding != "UTF-8", "meta": m,
               "figures": [], "key_figures": {}}
        for id, value, unit, quote, parent, kw in figures:
            f = {"id": id, "value": value, "unit": unit, "quote": quote}
            if parent: f["parent"] = parent
            f.update(kw)
            out["figures"].append(f)
        for k, (value, status) in keys.items():
            out["key_figures"][k] = {"status": status} if value is None else {"value": value, "status": status}
        for k in ("notes", "spam", "tables"):
            if k in extra: out[k] = extra[k]
        with open(name + ".expected.json", "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(CASES), "cases")

write()
