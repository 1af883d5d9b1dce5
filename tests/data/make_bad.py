"""The bad-input corpus of tests/data/bad/: inputs that must be quarantined (or read with a
warning), never crash, hang or exhaust a run.

    .venv/bin/python tests/data/make_bad.py      # rewrites tests/data/bad/

Small files are committed; what is big or cannot be committed (50 MB of HTML, symlink
loops, a FIFO, an unreadable file) is made at test time by `make_runtime_bad`. `EXPECTED`
and `RUNTIME_EXPECTED` give, per file, the quarantine reason it must get, or None for a
file that must be read (its `warning` says what about it is bad).

Every file is built by hand or with reportlab (invariant mode), without a network.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
BAD = HERE / "bad"


@dataclass(frozen=True)
class Expect:
    """What a bad input must become: quarantined with `reason` (its message containing
    `words`), or, with reason None, a document whose warnings contain `words`."""

    reason: str | None
    words: str


#: The committed files.
EXPECTED: dict[str, Expect] = {
    "empty.txt": Expect("empty", "empty"),
    "truncated.pdf": Expect("corrupt", "truncated"),
    "broken_xref.pdf": Expect(None, ""),  # pdfium rebuilds a broken xref: read as is
    "encrypted.pdf": Expect("encrypted", "password"),
    "image_only.pdf": Expect("scanned", "no text layer"),
    "blank_5000_pages.pdf": Expect("too_many_pages", "5,000 pages"),
    "bomb.pdf": Expect("decompression_bomb", "inflates to more than"),
    "gbk_declared_utf8.html": Expect(None, "charset utf-8 declared in the <meta> does not fit"),
    "deep_nesting.html": Expect("too_deep", "nested too deeply"),
    "invalid_utf8.txt": Expect(None, "invalid byte sequence(s) replaced by U+FFFD"),
    "png_named.pdf": Expect("unsupported", "image/png"),
    "pdf_named.txt": Expect(None, ""),  # content decides: read as the PDF it is
    "ruled_grid.pdf": Expect("too_many_cells", "10,201 crossings"),  # table-finder bomb
    "colspan_bomb.html": Expect("too_many_cells", "cover 300,000 slots"),  # grid bomb
}

#: Made at test time by `make_runtime_bad` (the unreadable-for-root cases need no root).
RUNTIME_EXPECTED: dict[str, Expect] = {
    "huge_50mb.html": Expect("too_long", "over the limit"),
    "loop.txt": Expect("unreadable", "symbolic links"),  # loop.txt -> loop.txt
    "dangling.pdf": Expect("unreadable", "No such file"),  # -> a file that is not there
    "fifo.txt": Expect("unreadable", "not a regular file"),  # a named pipe: must not hang
}

#: Made at test time only when not running as root (root reads a chmod 000 file).
UNREADABLE = "no_permission.txt"
UNREADABLE_EXPECTED = Expect("unreadable", "Permission denied")

REPORT = ("市应急管理局2021年上半年工作总结\n"
          "1-6月，全市共发生生产安全事故27起、死亡30人，同比下降72.7%、66.7%。\n"
          "开展执法检查320家次，罚款156.5万元。\n")


# --- PDFs --------------------------------------------------------------------------------


def build_pdf(objects: list[bytes], *, root: int = 1) -> bytes:
    """A PDF from its objects (numbered from 1), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, xref)
    return bytes(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
_TEXT = b"BT /F1 12 Tf 72 700 Td (Closed 17 sites, fined 326 firms in 2021) Tj ET"


def text_pdf() -> bytes:
    """One page of Latin text (Helvetica, no embedded font)."""
    return build_pdf([
        _CATALOG,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(_TEXT),
        _FONT,
    ])


def reportlab_pdf(draw, **kwargs) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595, 842), invariant=1, **kwargs)
    draw(c)
    c.save()
    return buffer.getvalue()


def chinese_pdf() -> bytes:
    """Two lines of a Chinese report (reportlab's STSong-Light, not embedded)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

    def draw(c):
        c.setFont("STSong-Light", 12)
        for i, line in enumerate(REPORT.splitlines()):
            c.drawString(72, 760 - 20 * i, line)

    return reportlab_pdf(draw)


def truncated_pdf() -> bytes:
    data = chinese_pdf()
    return data[: len(data) // 2]


def broken_xref_pdf() -> bytes:
    """Every xref offset wrong and startxref off by 7: readers must rebuild the table."""
    data = text_pdf()
    head, _, tail = data.rpartition(b"xref\n")
    tail = re.sub(rb"(?m)^\d{10} 00000 n", b"0000000003 00000 n", tail)
    tail = re.sub(rb"startxref\n(\d+)", lambda m: b"startxref\n%d" % (int(m.group(1)) + 7),
                  tail)
    return head + b"xref\n" + tail


def encrypted_pdf() -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return reportlab_pdf(lambda c: c.drawString(72, 700, "Closed 17 sites"),
                         encrypt=StandardEncryption("secret", ownerPassword="owner"))


def image_only_pdf() -> bytes:
    """One page holding a grey image and no text (a scan without OCR), hand-built."""
    width, height = 64, 32
    pixels = zlib.compress(bytes((x * 4) % 256 for _ in range(height) for x in range(width)))
    return build_pdf([
        _CATALOG,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>",
        stream(b"q 400 0 0 200 72 400 cm /Im1 Do Q"),
        stream(pixels, b" /Type /XObject /Subtype /Image /Width %d /Height %d "
                        b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode"
                % (width, height)),
    ])


def blank_pages_pdf(pages: int = 5000) -> bytes:
    """`pages` blank pages, all the same page object listed `pages` times (~30 KB)."""
    kids = b" ".join([b"3 0 R"] * pages)
    return build_pdf([
        _CATALOG,
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ])


BOMB_BYTES = 1100 * 1024 * 1024


def bomb_pdf(inflated: int = BOMB_BYTES) -> bytes:
    """A page whose second content stream, deflated twice, inflates to `inflated` bytes
    of spaces (1.1 GB in a ~3 KB file); pdfium would decode it whole, in memory."""
    chunk = b" " * (16 * 1024 * 1024)
    deflate = zlib.compressobj(9)
    layer = bytearray()
    for _ in range(inflated // len(chunk)):
        layer += deflate.compress(chunk)
    layer += deflate.compress(b" " * (inflated % len(chunk))) + deflate.flush()
    twice = zlib.compress(bytes(layer), 9)
    return build_pdf([
        _CATALOG,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [4 0 R 5 0 R] "
        b"/Resources << /Font << /F1 6 0 R >> >> >>",
        stream(_TEXT),
        stream(twice, b" /Filter [/FlateDecode /FlateDecode]"),
        _FONT,
    ])


def ruled_grid_pdf(lines: int = 100) -> bytes:
    """A page ruled like graph paper, `lines` + 1 rules each way: pdfplumber's table
    finder takes the square of the crossings (10,201 of them: 13 s, 200 × 200: minutes)."""
    rules = []
    for i in range(lines + 1):
        y, x = 20 + i * 750 / lines, 20 + i * 570 / lines
        rules += [b"20 %.2f m 590 %.2f l S" % (y, y), b"%.2f 20 m %.2f 770 l S" % (x, x)]
    return build_pdf([
        _CATALOG,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(b"0.1 w " + b" ".join(rules) + b" " + _TEXT),
        _FONT,
    ])


# --- text and web pages ------------------------------------------------------------------


def gbk_declared_utf8_html() -> bytes:
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            "<title>市应急管理局2021年上半年工作总结</title></head><body><div id=\"zoom\">"
            + "".join(f"<p>{line}</p>" for line in REPORT.splitlines())
            + "</div></body></html>")
    return page.encode("gbk")


def deep_nesting_html(levels: int = 10_000) -> bytes:
    """`levels` nested <div>s (left open, as HTML allows) around a line of report."""
    return (b"<!DOCTYPE html><html><body>" + b"<div>" * levels
            + REPORT.splitlines()[1].encode() + b"</body></html>")


def colspan_bomb_html(rows: int = 10, cells: int = 30) -> bytes:
    """A 8 KB table of colspan="1000" cells: 300,000 grid slots once spread out (minutes
    and gigabytes for the grid code without a limit)."""
    row = "<tr>" + '<td colspan="1000">27起</td>' * cells + "</tr>"
    return f"<!DOCTYPE html><html><body><table>{row * rows}</table></body></html>".encode()


def invalid_utf8_txt() -> bytes:
    """A UTF-8 report with three bytes no UTF-8 text can hold, as a bad copy leaves."""
    data = REPORT.encode()
    cut = data.index("开展".encode())
    return data[:cut] + b"\xff\xfe\x80" + data[cut:]


def png_named_pdf() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("L", (8, 8), 128).save(buffer, format="PNG")
    return buffer.getvalue()


MAKERS = {
    "empty.txt": lambda: b"",
    "truncated.pdf": truncated_pdf,
    "broken_xref.pdf": broken_xref_pdf,
    "encrypted.pdf": encrypted_pdf,
    "image_only.pdf": image_only_pdf,
    "blank_5000_pages.pdf": blank_pages_pdf,
    "bomb.pdf": bomb_pdf,
    "gbk_declared_utf8.html": gbk_declared_utf8_html,
    "deep_nesting.html": deep_nesting_html,
    "invalid_utf8.txt": invalid_utf8_txt,
    "png_named.pdf": png_named_pdf,
    "pdf_named.txt": chinese_pdf,
    "ruled_grid.pdf": ruled_grid_pdf,
    "colspan_bomb.html": colspan_bomb_html,
}


def make_bad(folder: Path = BAD) -> list[Path]:
    """Write the committed corpus into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in MAKERS.items():
        path = folder / name
        path.write_bytes(make())
        written.append(path)
    return written


# --- made at test time ---------------------------------------------------------------------


def write_huge_html(path: Path, megabytes: int = 50) -> Path:
    """A web page of `megabytes` MB: one report line repeated in table rows, written in
    1 MB pieces."""
    row = "<tr><td>" + REPORT.splitlines()[1] + "</td><td>27起</td></tr>\n"
    piece = (row * (1024 * 1024 // len(row.encode()) + 1)).encode()[: 1024 * 1024]
    piece = piece[: piece.rfind(b"\n") + 1]
    with path.open("wb") as f:
        f.write(b"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><table>\n")
        while f.tell() < megabytes * 1024 * 1024:
            f.write(piece)
        f.write(b"</table></body></html>\n")
    return path


def make_runtime_bad(folder: Path, *, huge: bool = True) -> dict[str, Expect]:
    """The inputs that cannot be committed, in `folder`; name → expectation. A symlink to
    the folder itself (`loop_dir`) is left for the walk, which must not follow it."""
    folder.mkdir(parents=True, exist_ok=True)
    expected = dict(RUNTIME_EXPECTED)
    if huge:
        write_huge_html(folder / "huge_50mb.html")
    else:
        del expected["huge_50mb.html"]
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("not_there.pdf", folder / "dangling.pdf")
    os.symlink(".", folder / "loop_dir")  # a folder loop: loop_dir/loop_dir/…
    os.mkfifo(folder / "fifo.txt")
    if os.geteuid() != 0:  # root reads a file whatever its mode
        path = folder / UNREADABLE
        path.write_bytes(REPORT.encode())
        path.chmod(0)
        expected[UNREADABLE] = UNREADABLE_EXPECTED
    return expected


def restore_permissions(folder: Path) -> None:
    """Let pytest clean up the unreadable file."""
    path = folder / UNREADABLE
    if path.exists() and not path.is_symlink():
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


if __name__ == "__main__":
    for path in make_bad():
        print(f"{path.stat().st_size:>9,} {path.relative_to(HERE)}")
