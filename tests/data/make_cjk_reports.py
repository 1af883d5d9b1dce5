"""A small corpus of Chinese reports drawn in fonts the PDF does not embed.

Generated government PDFs often name a CJK font (STSong-Light, MSung-Light) or a Latin one
(Helvetica, Times) and embed nothing, so what a reader gets depends on the fonts of the
machine unless it takes care. Each writer here draws one such case with reportlab (whose
CID fonts are never embedded):

- prose: wrapped paragraphs, a running header and "- N -" page numbers over three pages;
- table: a ruled indicator table with a title, Latin figures in Helvetica;
- rotated: a landscape table on a page turned by /Rotate 90 (its text runs along the
  y axis of the page's space: the case pdfium dropped without CJK fonts);
- mixed: traditional (MSung-Light) and Japanese (HeiseiMin-W3) CID fonts, Times-Roman,
  and a line whose characters are drawn one text object each, upright and turned.

    write_corpus(folder) -> list of the paths written
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

PROSE = (
    "今年以来，全市应急管理系统坚持人民至上、生命至上，统筹发展和安全，全面加强安全生产和防灾减灾救灾工作。"
    "全市共发生各类生产安全事故27起、死亡30人，同比分别下降72.7%、66.7%，未发生较大以上生产安全事故。"
    "全年共检查企业1234家次，同比增长12.5%，发现并整改隐患5678项，整改率达到98.6%。",
    "下一步，我们将确保全年生产安全事故死亡人数控制在50人以内，力争亿元地区生产总值生产安全事故死亡率"
    "下降5%以上，重点行业领域执法检查覆盖率达到100%，应急救援队伍培训不少于3000人次。",
    "二、主要工作进展\u3000一是压实安全责任，签订责任书326份；二是开展专项整治，关停取缔非法违法企业18家；"
    "三是强化应急准备，修订应急预案42部，组织演练156场次，参演人员2.3万人次。",
)
TABLE = (
    ("指标名称", "年度指标值", "实际完成值"),
    ("执法检查企业数量", "≥300家次", "326家次"),
    ("隐患整改率", "≥95%", "97.6%"),
    ("应急预案修订数", "40部", "42部"),
    ("生产安全事故死亡人数", "≤50人", "30人"),
)


def _register() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    for name in ("STSong-Light", "MSung-Light", "HeiseiMin-W3"):
        pdfmetrics.registerFont(UnicodeCIDFont(name))


def _canvas(path: Path, size=(595, 842)):
    from reportlab.pdfgen import canvas

    return canvas.Canvas(str(path), pagesize=size, invariant=1)


def _wrap(text: str, width: float, indent: float, font: str, size: float) -> list[str]:
    """Lines as a word processor fills them: as many characters as fit the width (the
    first line indented), so every line but a paragraph's last reaches the margin."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for ch in text:
        room = width - (indent if not lines else 0)
        if line and stringWidth(line + ch, font, size) > room:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line] if line else lines


def prose(path: Path) -> None:
    c = _canvas(path)
    for number in range(1, 4):
        c.setFont("STSong-Light", 9)
        c.drawCentredString(297, 812, "某市应急管理局2024年上半年工作总结")
        c.drawCentredString(297, 25, f"- {number} -")
        y = 770
        for paragraph in PROSE[number - 1 :] + PROSE[: number - 1]:  # no page repeats another
            for k, line in enumerate(_wrap(paragraph, 451, 24, "STSong-Light", 12)):
                c.setFont("STSong-Light", 12)
                c.drawString(72 + (24 if k == 0 else 0), y, line)
                y -= 20
            y -= 8
        c.showPage()
    c.save()


def _grid(c, xs: tuple[float, ...], top: float, rows, row_height: float = 24) -> None:
    for r, row in enumerate(rows):
        for k, cell in enumerate(row):
            font = "Helvetica" if cell.isascii() else "STSong-Light"
            c.setFont(font, 11)
            c.drawString(xs[k] + 6, top - row_height * r - 17, cell)
    for r in range(len(rows) + 1):
        c.line(xs[0], top - row_height * r, xs[-1], top - row_height * r)
    for x in xs:
        c.line(x, top, x, top - row_height * len(rows))


def table(path: Path) -> None:
    c = _canvas(path)
    c.setFont("STSong-Light", 16)
    c.drawCentredString(297, 780, "2024年度部门整体支出绩效目标完成情况表")
    _grid(c, (60, 250, 400, 540), 740, (*TABLE, ("Overall score", "90", "95.5")))
    c.setFont("STSong-Light", 12)
    c.drawString(60, 560, "注：实际完成值截至2024年12月31日。")
    c.showPage()
    c.save()


def rotated(path: Path) -> None:
    c = _canvas(path, size=(842, 595))
    c.setPageRotation(90)
    c.translate(595, 0)  # draw in the coordinates of the page as displayed
    c.rotate(90)
    c.setFont("STSong-Light", 14)
    c.drawString(60, 540, "表2 重点任务完成情况")
    _grid(c, (60, 300, 480, 760), 505, TABLE)
    c.showPage()
    c.save()


def mixed(path: Path) -> None:
    c = _canvas(path)
    c.setFont("MSung-Light", 12)
    c.drawString(72, 780, "臺北市政府年度施政計畫：完成率達到百分之九十五")
    c.setFont("HeiseiMin-W3", 12)
    c.drawString(72, 750, "年度計画の達成率は95%以上とする")
    c.setFont("Times-Roman", 12)
    c.drawString(72, 720, "Completion rate 95.5% (target 90%)")
    x = 72.0
    for ch in "全市森林覆盖率达到45%":  # one text object per character
        font = "Helvetica" if ch.isascii() else "STSong-Light"
        c.setFont(font, 12)
        c.drawString(x, 690, ch)
        x += 12 if not ch.isascii() else 7
    c.saveState()
    c.translate(500, 300)
    c.rotate(90)
    x = 0.0
    for ch in "竖排标注文字":
        c.setFont("STSong-Light", 10)
        c.drawString(x, 0, ch)
        x += 10
    c.restoreState()
    c.showPage()
    c.save()


WRITERS: dict[str, Callable[[Path], None]] = {
    "prose": prose, "table": table, "rotated": rotated, "mixed": mixed,
}


def write_corpus(folder: Path) -> list[Path]:
    _register()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, writer in WRITERS.items():
        path = folder / f"cjk_{name}.pdf"
        writer(path)
        paths.append(path)
    return paths
