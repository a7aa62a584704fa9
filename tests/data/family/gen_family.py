#!/usr/bin/env python3
"""Writes the fictional family of reports of tests/data/family (see README.md).

Every body, name and number here is made up for the tests: 云岭县 and its townships 溪口镇, 松坪乡,
石桥镇 (枫林镇 is named by the county but has no report), and its department 云岭县财政局.
Quote offsets count code points into the text, as docs/report-format.md asks, so they are
computed here rather than typed by hand. Run: python3 gen_family.py (writes the .json files).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def report(rid, title, issuer, region, parent, level, published, paragraphs, figures, sections=()):
    text = "\n".join([title, "（虚构示例，供测试使用）"] + paragraphs) + "\n"
    out_figures = []
    for n, (quote, value, unit, measure, area) in enumerate(figures, 1):
        start = text.find(quote)
        assert start >= 0, quote
        digits = "".join(ch for ch in quote if ch.isdigit())
        assert digits and float(digits) == value, (quote, value)
        f = {"id": f"f{n}", "area": area, "value": value, "unit": unit, "measure": measure,
             "quote": {"text": quote, "start": start, "end": start + len(quote)}}
        out_figures.append(f)
    meta = {"title": title, "issuer": issuer,
            "region": {"name": region, "level": level, "parent": parent},
            "year": 2018, "language": "zh-Hans", "template": "narrative"}
    if published:
        meta["source"] = {"published": published}
    r = {"format": "gongkai.report", "version": 1, "id": rid, "meta": meta, "figures": out_figures,
         "sections": [{"kind": k, "heading": h, "text": t} for (k, h, t) in sections], "text": text}
    with open(os.path.join(HERE, rid + ".json"), "w", encoding="utf-8") as f:
        json.dump(r, f, ensure_ascii=False, indent=2)
        f.write("\n")


# The county: claims totals for the whole county and names five bodies that should report.
report("yunling-2018", "云岭县2018年政府信息公开工作年度报告", "云岭县人民政府", "云岭县", "远山市", "county",
       "2019-03-20",
       ["一、主动公开政府信息情况",
        "2018年，全县共主动公开政府信息1000条。",
        "全县共有4个乡镇、1个县直部门发布政府信息公开工作年度报告。",
        "二、依申请公开政府信息情况",
        "全县共收到政府信息公开申请40件，均已按时答复。",
        "三、政府信息公开的收费及减免情况",
        "全年未收取信息处理费。",
        "四、因政府信息公开申请提起行政复议、行政诉讼的情况",
        "全年发生行政复议案件2件。",
        "发生行政诉讼案件1件。",
        "五、存在的主要问题及改进情况",
        "部分乡镇信息更新不够及时，下一步将加强督促检查。"],
       [("全县共主动公开政府信息1000条", 1000, "条", "published", "主动公开"),
        ("全县共收到政府信息公开申请40件", 40, "件", "requests", "依申请公开"),
        ("发生行政复议案件2件", 2, "件", "cases", "行政复议"),
        ("发生行政诉讼案件1件", 1, "件", "cases", "行政诉讼")],
       [("problems", "存在的主要问题及改进情况", "部分乡镇信息更新不够及时。")])


def township(rid, name, parent, level, published, proactive, requests):
    title = f"{name}2018年政府信息公开工作年度报告"
    report(rid, title, f"{name}人民政府" if level == "township" else name, name, parent, level, published,
           ["一、主动公开政府信息情况",
            f"全年主动公开政府信息{proactive}条。",
            "二、依申请公开政府信息情况",
            f"全年收到政府信息公开申请{requests}件。",
            "三、存在的主要问题及改进情况",
            "公开内容还不够丰富。"],
           [(f"全年主动公开政府信息{proactive}条", proactive, "条", "published", "主动公开"),
            (f"全年收到政府信息公开申请{requests}件", requests, "件", "requests", "依申请公开")])


# Present: 300 + 250 + 200 + 150 = 900 published (the county claims 1000: 枫林镇 is missing);
# 10 + 12 + 15 + 8 = 45 applications (the county claims 40: the parts exceed the whole).
township("xikou-2018", "溪口镇", "云岭县", "township", "2019-03-25", 300, 10)
township("songping-2018", "松坪乡", "云岭县", "township", "2019-04-10", 250, 12)
township("shiqiao-2018", "石桥镇", "云岭县", "township", None, 200, 15)
township("yunling-finance-2018", "云岭县财政局", "云岭县", "department", "2019-05-15", 150, 8)
