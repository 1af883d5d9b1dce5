"""One 政府信息公开工作年度报告 (annual government-information disclosure report) as a web
page and as a PDF, with every figure it states.

Every Chinese government body publishes this report each year on the national template
(国务院办公厅政府信息与政务公开办公室, current since the 2021 revision of the 2019 form):
a little prose (一、总体情况) and three fixed tables whose rows and columns never change —

- 二、主动公开政府信息情况: four blocks headed 第二十条第(一)项 (信息内容 | 本年制发件数 |
  本年废止件数 | 现行有效件数 over 规章, 行政规范性文件), 第(五)项 (本年处理决定数量 of
  行政许可), 第(六)项 (行政处罚, 行政强制) and 第(八)项 (本年收费金额(单位：万元) of
  行政事业性收费);
- 三、收到和处理政府信息公开申请情况: two header rows (申请人情况 over 自然人 | 法人或其他
  组织 [商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他] | 总计) and 25 rows of
  figures (一、本年新收…, 二、上年结转…, 三、本年度办理结果 with its (一)…(七) and their
  numbered sub-rows, 四、结转下年度继续办理), the row labels merged down and across;
- 四、政府信息公开行政复议、行政诉讼情况: 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后
  起诉), each 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计, and one row of 15 figures.

The page is written as sites publish it (rowspan/colspan exactly as the template's HTML,
cell text wrapped in Word's <p><span>), and as the text copy of it a converter that loses
merged cells writes (pipe rows, each row only the cells it opens, padded with empty ones
to the table's width: a row under a merged label shifts left, as in
corpus/real/dev/disclosure_02.txt); the PDF is drawn with reportlab platypus in
portrait A4, ruled tables whose merged cells are SPANs, in STSong-Light (a CID font
reportlab never embeds), with `invariant=1` so the bytes are reproducible. The figures
are made up but add up as the template demands (each row's 总计 is the sum of its six
applicants; 一 + 二 = (七)总计 + 四; each 总计 of 四 is the sum of its four results).

The gold comes from the data here, never from a reader:

    write_reports(folder) -> {"html": path, "pdf": path, "txt": path}
    gold_facts(part="all" | "tables" | "prose") -> [(indicator, number, unit, role)]

Names follow corpus/real/dev/disclosure_02.gold.json where it has the row: 规章本年制发件数,
规章本年废止件数, 现行有效规章件数 (and the same for 行政规范性文件), 行政许可本年处理决定
数量, 行政事业性收费金额, 本年新收政府信息公开申请数(自然人) … and, for the 总计 column,
the row's name alone (本年新收政府信息公开申请数). Rows that gold lacks are named here the
same way — the row's measure, the applicant in brackets:

- (一) 予以公开数, (二) 部分公开数, (七) 本年度办理结果总数, 四 结转下年度继续办理申请数;
- a numbered sub-row: its reason before its outcome (属于国家秘密不予公开数, 本机关不掌握
  相关政府信息无法提供数, 重复申请不予处理数, 逾期不补正不再处理数, 逾期未缴纳费用不再
  处理数, 其他情形处理数 for (六)3.其他);
- 四、: 行政复议结果维持数 … 行政复议总数, 行政诉讼结果维持数(未经复议直接起诉) …
  行政诉讼总数(复议后起诉).

Units: 件 for every count, 元 for the 收费金额 (万元 × 10000), and the prose's own unit
(条, 个, 场, 件) for its figures. Every figure is an actual of the report's year.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape
from pathlib import Path
from typing import NamedTuple

YEAR = 2023
BODY = "某某市生态环境局"
TITLE = f"{BODY}{YEAR}年政府信息公开工作年度报告"
PUBLISHED = f"{YEAR + 1}-01-20"
PAGE = (595.0, 842.0)  # portrait A4
MARGIN = 36.0

Fact = tuple[str, float, str, str]


class ProseFigure(NamedTuple):
    """A figure of the prose: as written in the sentence, and its fact."""

    written: str
    name: str
    number: float
    unit: str


#: 一、总体情况: each paragraph a template of the sentences and the figures it holds.
PROSE: tuple[tuple[str, tuple[ProseFigure, ...]], ...] = (
    ("（一）主动公开。全年在门户网站主动公开政府信息{0}，更新生态环境质量等专题专栏{1}，"
     "举办新闻发布会{2}，及时回应社会关切。",
     (ProseFigure("1846条", "主动公开政府信息数", 1846, "条"),
      ProseFigure("5个", "专题专栏数", 5, "个"),
      ProseFigure("6场", "新闻发布会场次", 6, "场"))),
    ("（二）依申请公开。全年共收到政府信息公开申请{0}，均在法定期限内答复，"
     "未发生因答复超期被纠错的情况。",
     (ProseFigure("52件", "收到政府信息公开申请数", 52, "件"),)),
    ("（三）政府信息管理。对照法规规章清理结果，及时调整主动公开目录，"
     "规范性文件实行统一登记、统一编号、统一公开。", ()),
)

# --- 二、主动公开政府信息情况 -------------------------------------------------------------

#: (item, its rows): each row its label and figures as written, in the item's columns.
ACTIVE_ITEMS: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    ("第二十条第（一）项", ("本年制发件数", "本年废止件数", "现行有效件数"),
     (("规章", ("1", "0", "3")), ("行政规范性文件", ("6", "2", "41")))),
    ("第二十条第（五）项", ("本年处理决定数量",), (("行政许可", ("1286",)),)),
    ("第二十条第（六）项", ("本年处理决定数量",),
     (("行政处罚", ("352",)), ("行政强制", ("17",)))),
    ("第二十条第（八）项", ("本年收费金额（单位：万元）",), (("行政事业性收费", ("12.56",)),)),
)
#: (row, column) → the fact's name; the 收费金额 is the one amount (万元 → 元).
ACTIVE_NAMES: dict[str, str] = {
    "本年制发件数": "{row}本年制发件数", "本年废止件数": "{row}本年废止件数",
    "现行有效件数": "现行有效{row}件数", "本年处理决定数量": "{row}本年处理决定数量",
    "本年收费金额（单位：万元）": "{row}金额",
}

# --- 三、收到和处理政府信息公开申请情况 ----------------------------------------------------

APPLICANTS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
RESULT = "三、本年度办理结果"


class Line(NamedTuple):
    """A row of figures: its label cells as printed (outermost first: the group cells a
    merged label spans over it are drawn once, on the group's first row), its name, and
    its six applicants' figures (the 总计 is their sum)."""

    group: str  # '' (the row's own label spans all three label columns), RESULT, or a (三)…
    label: str
    name: str
    figures: tuple[int, int, int, int, int, int]


def _lines() -> tuple[Line, ...]:
    refused = "（三）不予公开"
    unable = "（四）无法提供"
    ignored = "（五）不予处理"
    other = "（六）其他处理"
    lines = [
        Line("", "一、本年新收政府信息公开申请数量", "本年新收政府信息公开申请数",
             (41, 6, 1, 0, 3, 1)),
        Line("", "二、上年结转政府信息公开申请数量", "上年结转政府信息公开申请数",
             (2, 1, 0, 0, 0, 0)),
        Line(RESULT, "（一）予以公开", "予以公开数", (18, 3, 1, 0, 2, 0)),
        Line(RESULT, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开数",
             (5, 1, 0, 0, 0, 0)),
        Line(refused, "1．属于国家秘密", "属于国家秘密不予公开数", (1, 0, 0, 0, 0, 0)),
        Line(refused, "2．其他法律行政法规禁止公开", "其他法律行政法规禁止公开不予公开数",
             (0, 0, 0, 0, 0, 0)),
        Line(refused, "3．危及“三安全一稳定”", "危及三安全一稳定不予公开数", (0, 0, 0, 0, 0, 0)),
        Line(refused, "4．保护第三方合法权益", "保护第三方合法权益不予公开数",
             (2, 1, 0, 0, 0, 0)),
        Line(refused, "5．属于三类内部事务信息", "属于三类内部事务信息不予公开数",
             (1, 0, 0, 0, 0, 0)),
        Line(refused, "6．属于四类过程性信息", "属于四类过程性信息不予公开数",
             (1, 0, 0, 0, 0, 0)),
        Line(refused, "7．属于行政执法案卷", "属于行政执法案卷不予公开数", (0, 1, 0, 0, 0, 0)),
        Line(refused, "8．属于行政查询事项", "属于行政查询事项不予公开数", (0, 0, 0, 0, 0, 0)),
        Line(unable, "1．本机关不掌握相关政府信息", "本机关不掌握相关政府信息无法提供数",
             (7, 1, 0, 0, 1, 1)),
        Line(unable, "2．没有现成信息需要另行制作", "没有现成信息需要另行制作无法提供数",
             (2, 0, 0, 0, 0, 0)),
        Line(unable, "3．补正后申请内容仍不明确", "补正后申请内容仍不明确无法提供数",
             (1, 0, 0, 0, 0, 0)),
        Line(ignored, "1．信访举报投诉类申请", "信访举报投诉类申请不予处理数", (1, 0, 0, 0, 0, 0)),
        Line(ignored, "2．重复申请", "重复申请不予处理数", (1, 0, 0, 0, 0, 0)),
        Line(ignored, "3．要求提供公开出版物", "要求提供公开出版物不予处理数", (0, 0, 0, 0, 0, 0)),
        Line(ignored, "4．无正当理由大量反复申请", "无正当理由大量反复申请不予处理数",
             (0, 0, 0, 0, 0, 0)),
        Line(ignored, "5．要求行政机关确认或重新出具已获取信息",
             "要求行政机关确认或重新出具已获取信息不予处理数", (0, 0, 0, 0, 0, 0)),
        Line(other, "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
             "逾期不补正不再处理数", (1, 0, 0, 0, 0, 0)),
        Line(other, "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
             "逾期未缴纳费用不再处理数", (0, 0, 0, 0, 0, 0)),
        Line(other, "3．其他", "其他情形处理数", (1, 0, 0, 0, 0, 0)),
    ]
    done = [sum(line.figures[k] for line in lines[2:]) for k in range(6)]
    lines.append(Line(RESULT, "（七）总计", "本年度办理结果总数", tuple(done)))
    left = [lines[0].figures[k] + lines[1].figures[k] - done[k] for k in range(6)]
    if min(left) < 0:
        raise AssertionError("more applications answered than received")
    lines.append(Line("", "四、结转下年度继续办理", "结转下年度继续办理申请数", tuple(left)))
    return tuple(lines)


LINES: tuple[Line, ...] = _lines()
#: The groups (三)…(六) of 三、本年度办理结果: each merged down over its numbered rows.
SUB_GROUPS = ("（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理")

# --- 四、政府信息公开行政复议、行政诉讼情况 -------------------------------------------------

RESULTS = ("结果维持", "结果纠正", "其他结果", "尚未审结")
#: (the case, the suit it is, its four results: the 总计 is their sum)
CASES: tuple[tuple[str, str, tuple[int, int, int, int]], ...] = (
    ("行政复议", "", (2, 1, 0, 1)),
    ("行政诉讼", "未经复议直接起诉", (1, 0, 0, 1)),
    ("行政诉讼", "复议后起诉", (0, 0, 1, 0)),
)


def _case_cells() -> list[tuple[str, int]]:
    """(name, figure) of the 15 cells of the one row, in order."""
    cells = []
    for case, suit, figures in CASES:
        qualifier = f"（{suit}）" if suit else ""
        for result, figure in zip((*RESULTS, "总"), (*figures, sum(figures)), strict=True):
            cells.append((f"{case}{result}数{qualifier}", figure))
    return cells


# --- the gold -------------------------------------------------------------------------


def _number(figure: str, unit: str) -> tuple[float, str]:
    """The number and unit a figure states, 万元 folded: 12.56 万元 → 125600 元."""
    if unit == "万元":
        return float(Decimal(figure) * 10000), "元"
    return float(figure), unit


def prose_facts() -> list[Fact]:
    return [(f.name, float(f.number), f.unit, "actual") for _, figures in PROSE for f in figures]


def table_facts() -> list[Fact]:
    """The facts of the three tables, in document order."""
    facts: list[Fact] = []
    for _, columns, rows in ACTIVE_ITEMS:
        for label, figures in rows:
            for column, figure in zip(columns, figures, strict=True):
                unit = "万元" if "万元" in column else "件"
                name = ACTIVE_NAMES[column].format(row=label)
                facts.append((name, *_number(figure, unit), "actual"))
    for line in LINES:
        for applicant, figure in zip(APPLICANTS, line.figures, strict=True):
            facts.append((f"{line.name}（{applicant}）", float(figure), "件", "actual"))
        facts.append((line.name, float(sum(line.figures)), "件", "actual"))
    facts += [(name, float(figure), "件", "actual") for name, figure in _case_cells()]
    return [(name.replace("（", "(").replace("）", ")"), *rest) for name, *rest in facts]


def gold_facts(part: str = "all") -> list[Fact]:
    """(indicator, number, unit, role) of every figure of the report, in document order:
    the prose's, the tables', or both."""
    if part not in ("all", "tables", "prose"):
        raise ValueError(f"unknown part {part!r}: all, tables or prose")
    return ((prose_facts() if part != "tables" else [])
            + (table_facts() if part != "prose" else []))


# --- the layout, shared by both writers ------------------------------------------------


class Cell(NamedTuple):
    """A cell of a table as the template prints it: text, spans, header or not."""

    text: str
    rows: int = 1
    cols: int = 1


Grid = list[list[Cell]]  # each row its own cells (no slots for the ones merged into it)


def _active_grid() -> Grid:
    grid: Grid = []
    for item, columns, rows in ACTIVE_ITEMS:
        wide = 3 // len(columns)  # one column spans all three figure columns
        grid.append([Cell(item, cols=4)])
        grid.append([Cell("信息内容"), *(Cell(c, cols=wide) for c in columns)])
        for label, figures in rows:
            grid.append([Cell(label), *(Cell(f, cols=wide) for f in figures)])
    return grid


def _application_grid() -> Grid:
    grid: Grid = [
        [Cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rows=3,
              cols=3), Cell("申请人情况", cols=7)],
        [Cell("自然人", rows=2), Cell("法人或其他组织", cols=5), Cell("总计", rows=2)],
        [Cell(a) for a in APPLICANTS[1:]],
    ]
    in_result = sum(1 for line in LINES if line.group and line.group != "")
    seen: set[str] = set()
    for line in LINES:
        labels: list[Cell] = []
        if line.group == RESULT or line.group in SUB_GROUPS:
            if RESULT not in seen:
                seen.add(RESULT)
                labels.append(Cell(RESULT, rows=in_result))
        if line.group in SUB_GROUPS:
            if line.group not in seen:
                seen.add(line.group)
                size = sum(1 for other in LINES if other.group == line.group)
                labels.append(Cell(line.group, rows=size))
            labels.append(Cell(line.label))
        else:
            labels.append(Cell(line.label, cols=3 if not line.group else 2))
        figures = [*line.figures, sum(line.figures)]
        grid.append([*labels, *(Cell(str(f)) for f in figures)])
    return grid


def _case_grid() -> Grid:
    return [
        [Cell("行政复议", cols=5), Cell("行政诉讼", cols=10)],
        [*(Cell(r, rows=2) for r in (*RESULTS, "总计")), Cell("未经复议直接起诉", cols=5),
         Cell("复议后起诉", cols=5)],
        [Cell(r) for _ in range(2) for r in (*RESULTS, "总计")],
        [Cell(str(figure)) for _, figure in _case_cells()],
    ]


#: (heading, its table, the widths of its columns as shares of the page)
SECTIONS: tuple[tuple[str, object, tuple[float, ...]], ...] = (
    ("二、主动公开政府信息情况", _active_grid, (0.34, 0.22, 0.22, 0.22)),
    ("三、收到和处理政府信息公开申请情况", _application_grid,
     (0.07, 0.11, 0.29, *([0.075] * 7))),
    ("四、政府信息公开行政复议、行政诉讼情况", _case_grid, (1 / 15,) * 15),
)
CLOSING = (
    ("五、存在的主要问题及改进情况",
     "政策解读的形式还不够丰富，依申请公开答复的规范化水平有待提高。下一步，"
     "我局将加强业务培训，完善答复文书模板，持续提升政务公开质量。"),
    ("六、其他需要报告的事项", "本年度未收取信息处理费。"),
)


def _paragraphs() -> list[str]:
    return [template.format(*(f.written for f in figures)) for template, figures in PROSE]


# --- HTML -------------------------------------------------------------------------------


def _html_table(grid: Grid) -> str:
    rows = []
    for row in grid:
        cells = []
        for cell in row:
            spans = (f' rowspan="{cell.rows}"' if cell.rows > 1 else "") + \
                    (f' colspan="{cell.cols}"' if cell.cols > 1 else "")
            cells.append(f'<td{spans} valign="center"><p align="center">'
                         f'<span style="font-size:12pt">{escape(cell.text)}</span></p></td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ('<table border="1" cellspacing="0" cellpadding="0" width="600">\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table>")


def html(path: Path) -> None:
    parts = [
        "<!DOCTYPE html>", '<html><head><meta charset="utf-8">', f"<title>{TITLE}</title>",
        "</head><body>", f"<h1>{TITLE}</h1>",
        f'<div class="info">发布机构：{BODY}　发布日期：{PUBLISHED}</div>',
        '<div class="content">',
        f"<p>　　本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据统计期限为"
        f"{YEAR}年1月1日至{YEAR}年12月31日。</p>",
        "<p>　　一、总体情况</p>",
        *(f"<p>　　{p}</p>" for p in _paragraphs()),
    ]
    for heading, grid, _ in SECTIONS:
        parts += [f"<p>　　{heading}</p>", _html_table(grid())]
    for heading, text in CLOSING:
        parts += [f"<p>　　{heading}</p>", f"<p>　　{text}</p>"]
    parts += ["</div>", "</body></html>"]
    path.write_text("\n".join(parts), encoding="utf-8")


# --- text -------------------------------------------------------------------------------


def _pipe_table(grid: Grid) -> str:
    """The grid as pipe rows that lost their merged cells: each row the cells it opens,
    then empty ones up to the table's width."""
    width = sum(cell.cols for cell in grid[0])
    return "\n".join("| " + " | ".join([c.text for c in row] + [""] * (width - len(row))) + " |"
                     for row in grid)


def pipe_text(path: Path) -> None:
    lines = [TITLE, f"发布日期：{PUBLISHED}",
             f"本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据统计期限为"
             f"{YEAR}年1月1日至{YEAR}年12月31日。", "一、总体情况", *_paragraphs()]
    for heading, grid, _ in SECTIONS:
        lines += [heading, _pipe_table(grid())]
    for heading, text in CLOSING:
        lines += [heading, text]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# --- PDF --------------------------------------------------------------------------------


def _register() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))


def _styles() -> dict[str, object]:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=17,
                          firstLineIndent=22, wordWrap="CJK")
    return {
        "body": body,
        "heading": ParagraphStyle("heading", parent=body, firstLineIndent=0, spaceBefore=6,
                                  spaceAfter=4),
        "title": ParagraphStyle("title", parent=body, fontSize=16, leading=24,
                                alignment=TA_CENTER, firstLineIndent=0, spaceAfter=10),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10,
                               firstLineIndent=0, alignment=TA_CENTER),
    }


def _pdf_table(grid: Grid, shares: tuple[float, ...], styles: dict[str, object]):
    """A platypus Table of the grid: every merged cell a SPAN, its covered slots empty."""
    from reportlab.platypus import Paragraph, Table, TableStyle

    n_cols = len(shares)
    slots: list[list[object]] = []
    covered: set[tuple[int, int]] = set()
    style = [("GRID", (0, 0), (-1, -1), 0.6, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
    for r, row in enumerate(grid):
        line: list[object] = [""] * n_cols
        c = 0
        for cell in row:
            while (r, c) in covered:
                c += 1
            line[c] = Paragraph(escape(cell.text), styles["cell"])
            if cell.rows > 1 or cell.cols > 1:
                style.append(("SPAN", (c, r), (c + cell.cols - 1, r + cell.rows - 1)))
                covered |= {(r + dr, c + dc) for dr in range(cell.rows)
                            for dc in range(cell.cols)} - {(r, c)}
            c += cell.cols
        slots.append(line)
    width = PAGE[0] - 2 * MARGIN - 12
    return Table(slots, colWidths=[width * s for s in shares], style=TableStyle(style))


def _footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("STSong-Light", 10)
    canvas.drawCentredString(PAGE[0] / 2, 20, f"- {canvas.getPageNumber()} -")
    canvas.restoreState()


def pdf(path: Path) -> None:
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    _register()
    styles = _styles()
    story = [
        Paragraph(TITLE, styles["title"]),
        Paragraph(f"本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据统计期限为"
                  f"{YEAR}年1月1日至{YEAR}年12月31日。", styles["body"]),
        Paragraph("一、总体情况", styles["heading"]),
        *(Paragraph(p, styles["body"]) for p in _paragraphs()),
    ]
    for heading, grid, shares in SECTIONS:
        story += [Paragraph(heading, styles["heading"]), _pdf_table(grid(), shares, styles),
                  Spacer(1, 6)]
    for heading, text in CLOSING:
        story += [Paragraph(heading, styles["heading"]), Paragraph(text, styles["body"])]
    doc = SimpleDocTemplate(str(path), pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN + 6, invariant=1,
                            title=TITLE, author=BODY)
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)


def write_reports(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {kind: folder / f"disclosure_report.{kind}" for kind in ("html", "pdf", "txt")}
    html(paths["html"])
    pdf(paths["pdf"])
    pipe_text(paths["txt"])
    return paths
