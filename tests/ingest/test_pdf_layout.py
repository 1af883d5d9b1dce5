"""Lines of a PDF page grouped into paragraphs: where a CJK sentence runs on to the next line."""

from __future__ import annotations

from zhibiao.ingest.pdf_layout import Char, Frame, Line, paragraphs

SIZE = 15.9


def _line(text: str, x0: float, x1: float, top: float) -> Line:
    """A line of `text` spread evenly from x0 to x1 (one box a character)."""
    step = (x1 - x0) / len(text)
    chars: list[Char | None] = [Char(ch, x0 + k * step, top, x0 + (k + 1) * step, top + SIZE)
                                for k, ch in enumerate(text)]
    return Line(page=24, chars=chars, text=text, x0=x0, top=top, x1=x1, bottom=top + SIZE,
                size=SIZE)


def test_a_numbered_line_a_glyph_short_of_the_right_edge_runs_on():
    """Real-pdf 07's numbered items (4.人大事务(款)人大立法(项)支出810万元,与上年相 / 比持平。):
    CJK set unjustified stops a glyph short of the page's right edge, which a line ending
    on a closing mark reaches; the document's frame is wider (landscape table pages), so
    the page's own right edge decides the line is full and the sentence runs on."""
    frame = Frame(left=79.4, right=751.1, gap=12.9, size=SIZE, indents=True)
    lines = [
        _line("2.人大事务(款)一般行政管理事务(项)支出2340.35万", 110.6, 515.9, 430.6),
        _line("元,与上年相比减少128.43万元,减少5.20%。主要原因是上年度列入此项的预留机动经",
              79.4, 523.3, 460.6),
        _line("费128.43万元本年度调入行政运行项。", 79.4, 300.0, 492.3),
        _line("4.人大事务(款)人大立法(项)支出810万元,与上年相", 110.6, 515.9, 520.6),
        _line("比持平。", 79.4, 143.4, 549.4),
        _line("5.人大事务(款)人大监督(项)支出418.75万元,与上年", 110.6, 515.9, 578.2),
        _line("相比持平。", 79.4, 159.4, 607.0),
    ]
    got = ["".join(ln.text for ln in para) for para in paragraphs(lines, frame)]
    assert "4.人大事务(款)人大立法(项)支出810万元,与上年相比持平。" in got
    assert "5.人大事务(款)人大监督(项)支出418.75万元,与上年相比持平。" in got
