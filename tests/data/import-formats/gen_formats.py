#!/usr/bin/env python3
"""Writes the import-formats corpus: ONE fictional report (星海区人民政府 2022, 2021 template —
a made-up body, not a real report) published the ways government sites publish: CMS pages in
several markup styles (spans, inline markup, nesting, GBK), a saved page, single-file .mhtml
(quoted-printable and base64), a .docx (merged cells as w:gridSpan / w:vMerge) and an .ofd
(text objects by position), plus a page whose CMS misplaced cells (rows that must be kept
aside, never guessed). expected.json holds the figures and every table cell each file must give.
Run from this folder: python3 gen_formats.py (Python's standard library only)."""
import base64, json, quopri, zipfile

YEAR = 2022
TITLE = "星海区人民政府2022年政府信息公开工作年度报告"
PROSE = [
    "本报告依据《中华人民共和国政府信息公开条例》编制。报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。",
    "一、总体情况",
    "2022年，星海区人民政府主动公开政府信息1,856条，其中政策文件164条。全区共举办政务公开培训5次，培训人员320人次。",
    "二、主动公开政府信息情况",
]
# The figures the prose states (value, unit): what every format must yield, nothing else.
FIGURES = [[1856, "条"], [164, "条"], [5, "次"], [320, "人次"]]

PROACTIVE = [  # (clause heading, column headings, rows)
    ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
     [("规章", [0, 0, 0]), ("行政规范性文件", [9, 2, 71])]),
    ("第二十条第（五）项", ["本年处理决定数量"], [("行政许可", [4210])]),
    ("第二十条第（六）项", ["本年处理决定数量"], [("行政处罚", [987]), ("行政强制", [21])]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("行政事业性收费", [218.35])]),
]
PROACTIVE_KEYS = {"本年制发件数": "made", "本年废止件数": "repealed", "现行有效件数": "in_force",
                  "本年处理决定数量": "decisions", "本年收费金额（单位：万元）": "fees"}
Z = [0] * 7
# (group label with its rowspan, sub-group label with its rowspan, row label, key, numbers)
APPS = [
    ("一、本年新收政府信息公开申请数量", None, None, "new", [31, 4, 0, 1, 0, 2, 38]),
    ("二、上年结转政府信息公开申请数量", None, None, "carried_over", [2, 1, 0, 0, 0, 0, 3]),
    ("三、本年度办理结果", "（一）予以公开", None, "granted", [15, 2, 0, 0, 0, 1, 18]),
    (None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None, "partially_granted", [4, 1, 0, 0, 0, 0, 5]),
    (None, "（三）不予公开", "1.属于国家秘密", "denied.state_secret", Z),
    (None, None, "2.其他法律行政法规禁止公开", "denied.prohibited_by_law", Z),
    (None, None, "3.危及“三安全一稳定”", "denied.three_safety_one_stability", Z),
    (None, None, "4.保护第三方合法权益", "denied.third_party_rights", [1, 0, 0, 0, 0, 0, 1]),
    (None, None, "5.属于三类内部事务信息", "denied.internal_affairs", Z),
    (None, None, "6.属于四类过程性信息", "denied.process_information", Z),
    (None, None, "7.属于行政执法案卷", "denied.enforcement_files", Z),
    (None, None, "8.属于行政查询事项", "denied.query_matters", Z),
    (None, "（四）无法提供", "1.本机关不掌握相关政府信息", "unable.not_held", [9, 1, 0, 1, 0, 0, 11]),
    (None, None, "2.没有现成信息需要另行制作", "unable.needs_creation", Z),
    (None, None, "3.补正后申请内容仍不明确", "unable.unclear_after_correction", Z),
    (None, "（五）不予处理", "1.信访举报投诉类申请", "not_processed.petition_complaint", Z),
    (None, None, "2.重复申请", "not_processed.repeated", [2, 0, 0, 0, 0, 0, 2]),
    (None, None, "3.要求提供公开出版物", "not_processed.publications", Z),
    (None, None, "4.无正当理由大量反复申请", "not_processed.mass_repeated", Z),
    (None, None, "5.要求行政机关确认或重新出具已获取信息", "not_processed.confirm_or_reissue", Z),
    (None, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other.no_correction", Z),
    (None, None, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other.no_fee", Z),
    (None, None, "3.其他", "other.other", [0, 0, 0, 0, 0, 1, 1]),
    (None, "（七）总计", None, "total", [31, 4, 0, 1, 0, 2, 38]),
    ("四、结转下年度继续办理", None, None, "carried_forward", [2, 1, 0, 0, 0, 0, 3]),
]
APP_COLS = ["natural_person", "commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org", "total"]
SUBGROUP_SPAN = {"（三）不予公开": 8, "（四）无法提供": 3, "（五）不予处理": 5, "（六）其他处理": 3}
REVIEW = [1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]
CASE_KEYS = ["maintained", "corrected", "other", "pending", "total"]
AFTER = ["五、存在的主要问题及改进情况", "存在的主要问题：部分信息公开的及时性有待提高。改进措施：加强审核。",
         "六、其他需要报告的事项", "本年度未收取信息处理费。"]


def expected_cells():
    cells = {}
    for clause, heads, rows in PROACTIVE:
        for item, nums in rows:
            for h, v in zip(heads, nums):
                cells[f"proactive/{item}/{PROACTIVE_KEYS[h]}"] = v
    for g, s, r, key, nums in APPS:
        for c, v in zip(APP_COLS, nums):
            cells[f"applications/{key}/{c}"] = v
    for k, v in enumerate(REVIEW):
        kind = ["review", "litigation_direct", "litigation_after_review"][k // 5]
        cells[f"{kind}/{CASE_KEYS[k % 5]}"] = v
    return cells


def num(v):
    return ("%g" % v) if isinstance(v, float) else str(v)


# ---- HTML tables in the template's own merged layout ----------------------------------------
def wrap_cell(text, style):
    """How CMS editors wrap a cell's content; `style` picks one of several real-world habits."""
    if style == "p-span":
        return f'<p style="text-align:center"><span style="font-size:14px;font-family:宋体">{text}</span></p>'
    if style == "font":
        return f'<font face="仿宋_GB2312"><strong>{text}</strong></font>&nbsp;'
    if style == "div-br":
        return f'<div>&nbsp;{text}&nbsp;</div>'
    return text


def td(text, style, colspan=1, rowspan=1, tag="td"):
    a = (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")
    return f'<{tag}{a} width="12%" valign="center">{wrap_cell(text, style)}</{tag}>'


def proactive_html(style, pad=""):
    rows = []
    for clause, heads, items in PROACTIVE:
        rows.append(f"<tr>{td(clause, style, 4)}{pad}</tr>")
        span = 3 if len(heads) == 1 else 1
        rows.append("<tr>" + td("信息内容", style, tag="th") + "".join(td(h, style, span, tag="th") for h in heads) + pad + "</tr>")
        for item, nums in items:
            rows.append("<tr>" + td(item, style) + "".join(td(num(v), style, span) for v in nums) + pad + "</tr>")
    return '<table border="1" cellspacing="0">' + "".join(rows) + "</table>"


def apps_html(style, pad="", head_break=False, damage=False):
    b = "<br/>" if head_break else ""
    rows = [
        "<tr>" + td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", style, 3, 3) + td("申请人情况", style, 7) + pad + "</tr>",
        "<tr>" + td("自然人", style, 1, 2) + td(f"法人或{b}其他组织", style, 5) + td("总计", style, 1, 2) + pad + "</tr>",
        "<tr>" + "".join(td(h, style) for h in ["商业企业", "科研机构", f"社会公益{b}组织", f"法律服务{b}机构", "其他"]) + pad + "</tr>",
    ]
    for g, s, r, key, nums in APPS:
        cells = ""
        if g and not s:
            cells += td(g, style, 3)
        elif g:
            cells += td(g, style, 1, 22)
        if s and not r:
            cells += td(s, style, 2)
        elif s:
            cells += td(s, style, 1, SUBGROUP_SPAN[s])
        if r:
            cells += td(r, style)
        numbers = [td(num(v), style) for v in nums]
        if damage and key == "partially_granted":
            numbers = [td("&nbsp;", style)] + numbers  # an extra cell: every number one column right
        if damage and key == "unable.not_held":
            numbers = [td(num(nums[0]), style), td(num(nums[1]), style, 2)] + numbers[3:]  # a number over two columns
        if damage and key == "not_processed.repeated":
            numbers = numbers + [td("备注", style)]  # text after the numbers
        rows.append("<tr>" + cells + "".join(numbers) + pad + "</tr>")
    return '<table border="1" cellspacing="0" cellpadding="0">' + "".join(rows) + "</table>"


def review_html(style, pad=""):
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = [
        "<tr>" + td("行政复议", style, 5) + td("行政诉讼", style, 10) + pad + "</tr>",
        "<tr>" + "".join(td(h, style, 1, 2) for h in heads) + td("未经复议直接起诉", style, 5) + td("复议后起诉", style, 5) + pad + "</tr>",
        "<tr>" + "".join(td(h, style) for h in heads * 2) + pad + "</tr>",
        "<tr>" + "".join(td(num(v), style) for v in REVIEW) + pad + "</tr>",
    ]
    return '<table border="1">' + "".join(rows) + "</table>"


def body_html(style, pad="", head_break=False, damage=False):
    ps = "".join(f"<p>{t}</p>" for t in PROSE)
    after = "".join(f"<p>{t}</p>" for t in AFTER)
    return (ps + proactive_html(style, pad) + "<p>三、收到和处理政府信息公开申请情况</p>" + apps_html(style, pad, head_break, damage)
            + "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + review_html(style, pad) + after)


CHROME_TOP = ('<div class="header"><a href="#">星海区人民政府门户网站</a></div>'
              '<nav><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></nav>'
              '<div class="crumb">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>')
CHROME_META = ('<div class="info">来源：星海区政府办公室&nbsp;&nbsp;发布时间：2023-01-18&nbsp;&nbsp;点击数：1024</div>'
               '<div class="tools">【字体：大 中 小】【打印本页】【关闭窗口】</div>')
# What CMS templates put at the end of the content area itself.
CHROME_IN = ('<p style="text-align:right">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>'
             '<div class="bdsharebuttonbox">分享到：<a>微信</a> <a>微博</a></div><p>扫一扫在手机打开当前页</p>')
CHROME_BOTTOM = ('<div class="share">分享到：微信 微博 扫一扫在手机打开当前页</div>'
                 '<div class="links">相关链接：星海区人民政府办公室 | 政府信息公开指南</div>'
                 '<footer>主办单位：星海区人民政府办公室 地址：星海区海滨路1号 网站标识码：0000000000</footer>')


def page(body, charset="utf-8", container='<div class="TRS_Editor">', extra_head=""):
    return (f'<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"{extra_head}<title>{TITLE}_星海区人民政府</title><script>var visits=12345;</script>"
            f"<style>.x{{}}</style></head><body>{CHROME_TOP}<div class=\"article\"><h1>{TITLE}</h1>{CHROME_META}"
            f"{container}{body}{CHROME_IN}</div>{CHROME_BOTTOM}</div></body></html>")


def write(name, text, encoding="utf-8"):
    with open(name, "wb") as f:
        f.write(text.encode(encoding))


# ---- Word -------------------------------------------------------------------------------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wp(text):
    return f'<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="仿宋"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'


def wtc(text, span=1, vmerge=None):
    pr = "<w:tcW w:w=\"1200\" w:type=\"dxa\"/>"
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    # Runs split mid-text, as Word does after editing.
    half = len(text) // 2
    runs = f'<w:r><w:t>{esc(text[:half])}</w:t></w:r><w:r><w:t>{esc(text[half:])}</w:t></w:r>' if text else ""
    return f"<w:tc><w:tcPr>{pr}</w:tcPr><w:p>{runs}</w:p></w:tc>"


def wtbl(rows, cols):
    grid = "".join('<w:gridCol w:w="1200"/>' for _ in range(cols))
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>' + "".join(
        f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>"


def docx_body():
    parts = [wp(TITLE)] + [wp(t) for t in PROSE]
    rows = []
    for clause, heads, items in PROACTIVE:
        rows.append(wtc(clause, 4))
        span = 3 if len(heads) == 1 else 1
        rows.append(wtc("信息内容") + "".join(wtc(h, span) for h in heads))
        for item, nums in items:
            rows.append(wtc(item) + "".join(wtc(num(v), span) for v in nums))
    parts.append(wtbl(rows, 4))
    parts.append(wp("三、收到和处理政府信息公开申请情况"))
    rows = [wtc("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, "restart") + wtc("申请人情况", 7),
            wtc("", 3, "continue") + wtc("自然人", 1, "restart") + wtc("法人或其他组织", 5) + wtc("总计", 1, "restart"),
            wtc("", 3, "continue") + wtc("", 1, "continue") + "".join(wtc(h) for h in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]) + wtc("", 1, "continue")]
    group_open = False
    for g, s, r, key, nums in APPS:
        cells = ""
        if g and not s:
            cells += wtc(g, 3)
        elif g:
            cells += wtc(g, 1, "restart")
            group_open = True
        elif group_open:
            cells += wtc("", 1, "continue")
        if s and not r:
            cells += wtc(s, 2)
        elif s:
            cells += wtc(s, 1, "restart")
        elif r:
            cells += wtc("", 1, "continue")
        if r:
            cells += wtc(r)
        if key == "carried_forward":
            group_open = False
        rows.append(cells + "".join(wtc(num(v)) for v in nums))
    parts.append(wtbl(rows, 10))
    parts.append(wp("四、政府信息公开行政复议、行政诉讼情况"))
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    rows = [wtc("行政复议", 5) + wtc("行政诉讼", 10),
            "".join(wtc(h, 1, "restart") for h in heads) + wtc("未经复议直接起诉", 5) + wtc("复议后起诉", 5),
            "".join(wtc("", 1, "continue") for _ in heads) + "".join(wtc(h) for h in heads * 2),
            "".join(wtc(num(v)) for v in REVIEW)]
    parts.append(wtbl(rows, 15))
    parts += [wp(t) for t in AFTER]
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>' + "".join(parts) + "<w:sectPr/></w:body></w:document>"


def write_zip(name, files):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in files:
            info = zipfile.ZipInfo(path, date_time=(2023, 1, 18, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_docx(name):
    write_zip(name, [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", docx_body()),
    ])


# ---- OFD --------------------------------------------------------------------------------------
OFD_NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def ofd_lines():
    """Lines of (x, text, size) in mm: prose at the margin (3.5 mm type), table cells at their
    column's x (2.5 mm type), numbers from x = 175 mm, 5.5 mm apart."""
    P, T = 3.5, 2.5
    lines = [[(20, TITLE, P)]] + [[(20, t, P)] for t in PROSE]
    for clause, heads, items in PROACTIVE:
        lines.append([(20, clause, T)])
        lines.append([(20, "信息内容", T)] + [(100 + 30 * k, h, T) for k, h in enumerate(heads)])
        for item, nums in items:
            lines.append([(20, item, T)] + [(100 + 30 * k, num(v), T) for k, v in enumerate(nums)])
    lines.append([(20, "三、收到和处理政府信息公开申请情况", P)])
    lines.append([(20, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", T), (175, "申请人情况", T)])
    lines.append([(175 + 5.5 * k, h, T) for k, h in enumerate(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"])])
    for g, s_, r, key, nums in APPS:
        label = [t for t in (g, s_, r) if t]
        lines.append([(20 + 20 * k, t, T) for k, t in enumerate(label)] + [(175 + 5.5 * k, num(v), T) for k, v in enumerate(nums)])
    lines.append([(20, "四、政府信息公开行政复议、行政诉讼情况", P)])
    lines.append([(20, "行政复议", T), (90, "行政诉讼", T)])
    lines.append([(20 + 12 * k, h, T) for k, h in enumerate(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 3)])
    lines.append([(20 + 12 * k, num(v), T) for k, v in enumerate(REVIEW)])
    lines += [[(20, t, P)] for t in AFTER]
    return lines


def text_width(text, size):
    return sum(size * (0.5 if ord(c) < 128 else 1.0) for c in text)


def write_ofd(name):
    lines = ofd_lines()
    pages, per_page = [], 30
    for p in range(0, len(lines), per_page):
        objs, oid = [], 100
        for row, line in enumerate(lines[p:p + per_page]):
            y = 20 + 8 * row
            # Right to left on purpose: the reader must order by position, not by file order.
            for x, text, size in reversed(line):
                oid += 1
                objs.append(f'<ofd:TextObject ID="{oid}" Boundary="{x:g} {y} {text_width(text, size):.2f} 5" Font="3" Size="{size}">'
                            f'<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="4">{esc(text)}</ofd:TextCode></ofd:TextObject>')
        pages.append(f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {OFD_NS}><ofd:Content><ofd:Layer ID="2">'
                     + "".join(objs) + "</ofd:Layer></ofd:Content></ofd:Page>")
    files = [("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {OFD_NS} Version="1.0" DocType="OFD"><ofd:DocBody>'
              f'<ofd:DocInfo><ofd:DocID>0000</ofd:DocID><ofd:Title>{TITLE}</ofd:Title></ofd:DocInfo>'
              "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")]
    page_refs = "".join(f'<ofd:Page ID="{k + 1}" BaseLoc="Pages/Page_{k}/Content.xml"/>' for k in range(len(pages)))
    files.append(("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {OFD_NS}><ofd:CommonData>'
                  '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:MaxUnitID>999</ofd:MaxUnitID>'
                  f"</ofd:CommonData><ofd:Pages>{page_refs}</ofd:Pages></ofd:Document>"))
    # Pages stored in reverse: order comes from Document.xml.
    for k in reversed(range(len(pages))):
        files.append((f"Doc_0/Pages/Page_{k}/Content.xml", pages[k]))
    write_zip(name, files)


# ---- MHTML ------------------------------------------------------------------------------------
def write_mhtml(name, html, charset, encoding):
    boundary = "----MultipartBoundary--xinghai2022----"
    raw = html.encode(charset)
    if encoding == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        b = base64.b64encode(raw).decode("ascii")
        payload = "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n fictional image bytes").decode("ascii")
    text = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: http://xinghai.example/2022/report.html\r\n"
            f"Subject: =?utf-8?Q?report?=\r\nDate: Wed, 18 Jan 2023 09:00:00 +0800\r\nMIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
            f"--{boundary}\r\nContent-Type: text/html; charset=\"{charset}\"\r\nContent-Transfer-Encoding: {encoding}\r\n"
            f"Content-Location: http://xinghai.example/2022/report.html\r\n\r\n{payload}\r\n\r\n"
            f"--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            f"Content-Location: http://xinghai.example/logo.png\r\n\r\n{png}\r\n\r\n--{boundary}--\r\n")
    with open(name, "wb") as f:
        f.write(text.encode("ascii"))


if __name__ == "__main__":
    cells = expected_cells()
    write("cms-spans.html", page(body_html("p-span")))
    write("cms-gbk.html", page(body_html("font", pad='<td width="1">&nbsp;</td>', head_break=True), charset="gbk",
                               container='<div id="zoom" class="Custom_UnionStyle">'), "gbk")
    nested = ('<table width="100%"><tr><td><table width="960"><tr><td class="content">'
              + body_html("div-br") + "</td></tr></table></td></tr></table>")
    write("cms-nested.html", page(nested, container='<div class="detail">'))
    saved = page(body_html("plain"), extra_head='<link rel="stylesheet" href="cms-saved_files/style.css">')
    write("cms-saved.html", "<!-- saved from url=(0042)http://xinghai.example/2022/report.html -->\n" + saved)
    write_mhtml("report-qp.mhtml", page(body_html("p-span")), "utf-8", "quoted-printable")
    write_mhtml("report-b64.mhtml", page(body_html("font"), charset="gbk"), "gbk", "base64")
    write_docx("report.docx")
    write_ofd("report.ofd")
    write("cms-damaged.html", page(body_html("p-span", damage=True)))
    kept_aside = ["partially_granted", "unable.not_held", "not_processed.repeated"]
    files = {f: {"kept_aside_rows": []} for f in
             ["cms-spans.html", "cms-gbk.html", "cms-nested.html", "cms-saved.html", "report-qp.mhtml",
              "report-b64.mhtml", "report.docx", "report.ofd"]}
    # The damaged page: these rows' cells must be absent (kept aside with a warning), never misplaced.
    files["cms-damaged.html"] = {"kept_aside_rows": kept_aside}
    with open("expected.json", "w", encoding="utf-8") as f:
        json.dump({"figures": FIGURES, "cells": cells, "files": files}, f, ensure_ascii=False, indent=1, sort_keys=True)
