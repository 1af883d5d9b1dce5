"""Rebuild seeds 001, 003 and 004 (and a national 项目支出绩效自评表) as the PDFs they were.

Government PDFs are Word/WPS documents exported to PDF, so three samples are written as
HTML with real tables (rowspan/colspan, a <thead> that repeats on every page) and running
headers and footers with page-number fields, then converted by LibreOffice headless:

- 003_completion_table.pdf: seed 003's two completion tables; the five-column table runs
  over several pages, its long rows break across page breaks, its header repeats;
- 004_district_fyp_plan.pdf: seed 004's cover notice and plan, with the
  序号 / 指标名称 / 2025年目标值 indicator table inside the prose;
- 005_self_evaluation.pdf: a 项目支出绩效自评表 in the national template, 一级/二级指标
  as merged cells (no seed: its content is written here);

and one is drawn with reportlab (its built-in, non-embedded STSong-Light CID font):

- 001_half_year_summary.pdf: seed 001 printed as a document, with a running header and
  "- N -" page numbers.

    apt-get install -y libreoffice-writer fonts-noto-cjk   # generation only
    .venv/bin/python samples/make/make_pdf.py              # rewrites the four PDFs

Seed text is used as it is; only the spaces a PDF-to-text conversion put inside cells
(at the old line wraps) and stray <p> tags are dropped, since those were not in the
documents.
"""

# ruff: noqa: E501 - HTML templates keep long lines
from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent
FONT = "Noto Serif CJK SC"

_STYLE = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2.2cm 2.4cm 2cm 2.4cm }}
body, p, td, th {{ font-family: "{FONT}"; font-size: 12pt }}
td, th {{ font-size: 10pt; vertical-align: top }}
</style>"""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def seed_lines(name: str) -> list[str]:
    return (SAMPLES / f"{name}.txt").read_text(encoding="utf-8").split("\n")


def clean_cell(text: str) -> str:
    """A cell's text without stray tags and the spaces left at its old line wraps (a
    space stays only between two Latin letters)."""
    text = re.sub(r"</?p>", "", text).strip()
    return re.sub(r"(?<![A-Za-z]) +| +(?![A-Za-z])", "", text)


def page_field(kind: str = "PAGE") -> str:
    """A LibreOffice page-number field (PAGE) or page-count field (DOCSTAT)."""
    if kind == "PAGE":
        return '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>'
    return '<sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield>'


def page(title: str, header: str, footer: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f"{_STYLE}</head>\n<body>\n"
            f'<div title="header"><p align="center" style="font-size:9pt">{header}</p></div>\n'
            f"{body}\n"
            f'<div title="footer"><p align="center" style="font-size:9pt">{footer}</p></div>\n'
            "</body></html>\n")


def para(text: str, *, bold: bool = False, center: bool = False, indent: bool = True,
         size: str = "") -> str:
    style = "text-indent:2em;" if indent and not center else ""
    style += f"font-size:{size};" if size else ""
    inner = f"<b>{esc(text)}</b>" if bold else esc(text)
    align = ' align="center"' if center else ' align="justify"'
    return f'<p{align} style="{style}">{inner}</p>'


def td(text: str, *, rowspan: int = 1, colspan: int = 1, tag: str = "td", width: str = "") -> str:
    attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (
        f' colspan="{colspan}"' if colspan > 1 else "") + (f' width="{width}"' if width else "")
    return f"<{tag}{attrs}>{esc(text)}</{tag}>"


def table(rows: list[str], head: list[str] | None = None, widths: str = "") -> str:
    thead = f"<thead>{''.join(head)}</thead>" if head else ""
    return (f'<table border="1" cellspacing="0" cellpadding="3" width="100%"{widths}>'
            f"{thead}<tbody>{''.join(rows)}</tbody></table>")


# --- 003: departmental completion tables ---------------------------------------------------


def _cells(line: str) -> list[str]:
    return [clean_cell(c) for c in line.split("\t")]


def html_003() -> str:
    lines = seed_lines("003_completion_table")
    title = clean_cell(lines[2])
    tab = [(i, _cells(line)) for i, line in enumerate(lines) if "\t" in line]
    # Table A: lines 4-16. The text copy split one row at its old page break (line 8
    # continues line 6's last cell); it is one row here.
    head_a = tab[0][1]
    rows_a = [cells for i, cells in tab if 5 <= i <= 15]
    merged_a: list[list[str]] = []
    for cells in rows_a:
        if not any(cells[:4]) and merged_a:
            merged_a[-1][4] += cells[4]
        else:
            merged_a.append(cells)
    n = len(merged_a)
    body_a = []
    for r, cells in enumerate(merged_a):
        first = td(cells[0], rowspan=n) + td(cells[1], rowspan=n) if r == 0 else ""
        body_a.append(f"<tr>{first}{td(cells[2])}{td(cells[3])}{td(cells[4])}</tr>")
    total = next(cells for i, cells in tab if i == 16)[0]
    body_a.append(f"<tr>{td(total, colspan=5)}</tr>")
    head_a_html = "<tr>" + "".join(td(c, tag="th") for c in head_a) + "</tr>"
    # Table B: header lines 18, 27, 32, 40 are the header repeated on each old page; the
    # first two columns are one merged cell over every row, split at the old page breaks.
    head_b = _cells(lines[18])
    rows_b: list[list[str]] = []
    first_col, second_col = "", ""
    for i, cells in tab:
        if i < 19 or cells == head_b:
            continue
        first_col += cells[0]
        second_col += cells[1]
        if not any(cells[:4]) and rows_b:  # a row continued from the previous page
            rows_b[-1][4] += cells[4]
        else:
            rows_b.append(cells)
    body_b = []
    for r, cells in enumerate(rows_b):
        first = (td(first_col, rowspan=len(rows_b)) + td(second_col, rowspan=len(rows_b))
                 if r == 0 else "")
        body_b.append(f"<tr>{first}{td(cells[2])}{td(cells[3])}{td(cells[4])}</tr>")
    head_b_html = "<tr>" + "".join(td(c, tag="th") for c in head_b) + "</tr>"
    widths = ""
    body = "\n".join([
        para(title, bold=True, center=True, size="16pt"),
        para("一、部门整体支出绩效目标完成情况", bold=True, indent=False),
        table(body_a, [head_a_html], widths),
        para("二、年度主要支出计划及任务绩效目标完成情况", bold=True, indent=False),
        table(body_b, [head_b_html], widths),
    ])
    return page(title, "广州市应急管理局部门整体支出绩效自评", f"第 {page_field()} 页", body)


# --- 004: district plan with its indicator table -------------------------------------------


def html_004() -> str:
    lines = [ln.strip() for ln in seed_lines("004_district_fyp_plan")]
    lines = [ln for ln in lines if ln]
    start = lines.index("序号")
    end = lines.index("三、主要任务")
    cover_end = lines.index("杭州市拱墅区应急管理“十四五”规划")
    parts: list[str] = []
    for k, line in enumerate(lines[:cover_end]):
        parts.append(para(line, bold=k < 3, center=k < 4 or k in (4, 5), size="18pt" if k < 3 else ""))
    parts.append('<p style="page-break-before:always"></p>')
    heading = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")
    for line in lines[cover_end:start]:
        if line == lines[cover_end] or line.endswith("指标表"):
            parts.append(para(line, bold=True, center=True, size="16pt" if line == lines[cover_end] else ""))
        elif heading.match(line) or (re.match(r"^\d\.", line) and len(line) < 30):
            parts.append(para(line, bold=True))
        else:
            parts.append(para(line))
    cells = lines[start:end]
    head = "<tr>" + "".join(td(c, tag="th") for c in cells[:3]) + "</tr>"
    rows = ["<tr>" + "".join(td(c) for c in cells[k : k + 3]) + "</tr>"
            for k in range(3, len(cells), 3)]
    parts.append(table(rows, [head]))
    for line in lines[end:]:
        if heading.match(line):
            parts.append(para(line, bold=True))
        else:
            parts.append(para(line))
    return page(lines[cover_end], "拱墅区应急管理“十四五”规划", f"- {page_field()} -",
                "\n".join(parts))


# --- 005: 项目支出绩效自评表 (national template) ----------------------------------------------

SELF_EVAL_TITLE = "2022年度项目支出绩效自评表"
SELF_EVAL_INDICATORS = [
    # 一级, 二级, 三级, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
    ("产出指标", "数量指标", "执法检查企业数量", "≥300家次", "326家次", "10", "10", ""),
    ("产出指标", "数量指标", "安全生产培训人次", "≥1500人次", "1620人次", "10", "10", ""),
    ("产出指标", "数量指标", "应急演练场次", "≥12场", "10场", "5", "4", "受疫情影响两场演练延期至次年"),
    ("产出指标", "质量指标", "隐患整改率", "≥95%", "97.6%", "10", "10", ""),
    ("产出指标", "质量指标", "执法文书合格率", "100%", "100%", "5", "5", ""),
    ("产出指标", "时效指标", "重大隐患整改完成时限", "≤30天", "28天", "5", "5", ""),
    ("产出指标", "成本指标", "项目预算控制数", "≤320万元", "298.46万元", "5", "5", ""),
    ("效益指标", "社会效益指标", "生产安全事故死亡人数下降率", "≥5%", "8.3%", "15", "15", ""),
    ("效益指标", "社会效益指标", "较大及以上生产安全事故起数", "0起", "0起", "10", "10", ""),
    ("效益指标", "可持续影响指标", "企业安全生产标准化达标率", "≥90%", "92.4%", "5", "5", ""),
    ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%", "93.5%", "10", "10", ""),
]


def html_005() -> str:
    col = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
           "偏差原因分析及改进措施"]
    top = [
        "<tr>" + td("项目名称", colspan=2) + td("安全生产监管执法及应急救援能力提升专项", colspan=6) + "</tr>",
        "<tr>" + td("主管部门", colspan=2) + td("广州市应急管理局", colspan=2) + td("实施单位", colspan=2) + td("广州市应急管理局执法监察支队", colspan=2) + "</tr>",
        "<tr>" + td("项目资金（万元）", colspan=2, rowspan=4) + td("") + td("年初预算数") + td("全年预算数") + td("全年执行数") + td("分值") + td("执行率") + "</tr>",
        "<tr>" + td("年度资金总额") + td("320") + td("320") + td("298.46") + td("10") + td("93.27%") + "</tr>",
        "<tr>" + td("其中：当年财政拨款") + td("320") + td("320") + td("298.46") + td("—") + td("—") + "</tr>",
        "<tr>" + td("其他资金") + td("0") + td("0") + td("0") + td("—") + td("—") + "</tr>",
        "<tr>" + td("年度总体目标", colspan=2) + td("预期目标", colspan=3) + td("实际完成情况", colspan=3) + "</tr>",
        "<tr>" + td("", colspan=2) + td("全年完成执法检查不少于300家次，组织安全生产培训不少于1500人次，开展应急演练12场，生产安全事故死亡人数同比下降5%以上。", colspan=3)
        + td("全年执法检查326家次，培训1620人次，开展应急演练10场，生产安全事故死亡人数同比下降8.3%。", colspan=3) + "</tr>",
    ]
    # One table, as the national template is: the project rows above, the indicator rows
    # below, on the same eight columns.
    rows = [*top, "<tr>" + "".join(td(c) for c in col) + "</tr>"]
    n = len(SELF_EVAL_INDICATORS)
    for r, row in enumerate(SELF_EVAL_INDICATORS):
        cells = ""
        for c in (0, 1):
            if r == 0 or SELF_EVAL_INDICATORS[r - 1][: c + 1] != row[: c + 1]:
                span = 1
                while r + span < n and SELF_EVAL_INDICATORS[r + span][: c + 1] == row[: c + 1]:
                    span += 1
                cells += td(row[c], rowspan=span)
        cells += "".join(td(v) for v in row[2:])
        rows.append(f"<tr>{cells}</tr>")
    rows.append("<tr>" + td("总分", colspan=5) + td("100") + td("98") + td("") + "</tr>")
    body = "\n".join([
        para(SELF_EVAL_TITLE, bold=True, center=True, size="16pt"),
        para("（2022年度）", center=True),
        table(rows),
        para("填报人：张某某　联系电话：020-83000000　填报日期：2023年3月15日", indent=False),
    ])
    return page(SELF_EVAL_TITLE, "广州市应急管理局",
                f"第 {page_field()} 页 共 {page_field('DOCSTAT')} 页", body)


def convert(html_text: str, out: Path) -> None:
    """HTML → PDF through LibreOffice Writer (headless), as a Word/WPS export would."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice is needed: apt-get install -y libreoffice-writer fonts-noto-cjk")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{out.stem}.html"
        src.write_text(html_text, encoding="utf-8")
        # Through a saved .odt: a straight HTML → PDF export puts the running header and
        # footer on odd pages only.
        for target, infile in (("odt:writer8", src), ("pdf:writer_pdf_Export",
                                                        src.with_suffix(".odt"))):
            subprocess.run([soffice, "--headless", "--infilter=HTML (StarWriter)"
                            if infile == src else "--norestore", "--convert-to", target,
                            "--outdir", tmp, str(infile)],
                           check=True, capture_output=True, timeout=300)
        shutil.copyfile(Path(tmp) / f"{out.stem}.pdf", out)


# --- 001 with reportlab ---------------------------------------------------------------------


def reportlab_001(out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("body", fontName="STSong-Light", fontSize=12, leading=21,
                          firstLineIndent=24, wordWrap="CJK", alignment=4)
    head = ParagraphStyle("head", parent=body, firstLineIndent=24, spaceBefore=4)
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=26, firstLineIndent=0,
                           alignment=1, spaceAfter=10)
    lines = [ln.strip() for ln in seed_lines("001_half_year_summary")]
    lines = [ln for ln in lines if ln]
    # The web page's breadcrumb, duplicate title and meta line are not in the document;
    # it starts at the title as the page's body does, and ends before 推荐访问.
    start = next(i for i, ln in enumerate(lines) if ln.startswith("市应急管理局 2020"))
    story = [Paragraph(esc(lines[start]), title)]
    heading = re.compile(r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")
    for line in lines[start + 1 :]:
        if line.startswith("推荐访问"):
            break
        short_heading = heading.match(line) and len(line) < 40
        story.append(Paragraph(f"<b>{esc(line)}</b>" if short_heading else esc(line),
                               head if short_heading else body))

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 42, "市应急管理局 2020 年上半年工作总结")
        canvas.line(72, A4[1] - 48, A4[0] - 72, A4[1] - 48)
        canvas.drawCentredString(A4[0] / 2, 36, f"- {doc.page} -")
        canvas.restoreState()

    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=72, rightMargin=72, topMargin=72,
                      bottomMargin=64, title=lines[start], author="市应急管理局",
                      invariant=1).build(story, onFirstPage=decorate, onLaterPages=decorate)


def main() -> None:
    convert(html_003(), SAMPLES / "003_completion_table.pdf")
    convert(html_004(), SAMPLES / "004_district_fyp_plan.pdf")
    convert(html_005(), SAMPLES / "005_self_evaluation.pdf")
    reportlab_001(SAMPLES / "001_half_year_summary.pdf")
    for pdf in sorted(SAMPLES.glob("*.pdf")):
        print(f"{pdf.name}: {pdf.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
