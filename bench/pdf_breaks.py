"""Mid-sentence breaks left in PDF prose: how often zhibiao ends a paragraph where the
sentence goes on.

A break counts when two paragraphs follow each other (a heading or a table between them
ends the count), the first ends on a Han character and reaches the right edge of the
text (its last character within two character widths of the rightmost prose character
of its page: a full line, so no author ended it there), and the second starts with a Han
character. That is the measure of issue #20: a long line ending in a Han character, the
next starting with one, outside tables. Prints the count per PDF and the total, and with
`--show` each break with the text around it, to read which are real.

    .venv/bin/python bench/pdf_breaks.py [folder-with-pdfs] [--show]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from zhibiao.ingest import read_document
from zhibiao.ingest.document import Block, SourceDocument
from zhibiao.options import Options

REAL_PDFS = Path(__file__).resolve().parent.parent.parent / "shared" / "real-pdfs"


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _page_rights(doc: SourceDocument) -> dict[int, float]:
    """The rightmost edge of prose characters on each page."""
    rights: dict[int, float] = {}
    boxes = doc.boxes or []
    for block in doc.blocks:
        if block.kind != "paragraph":
            continue
        for box in boxes[block.start : block.end]:
            if box is not None:
                rights[box[0]] = max(rights.get(box[0], 0.0), box[3])
    return rights


def breaks(doc: SourceDocument) -> list[tuple[Block, Block]]:
    """Pairs of paragraphs split where the sentence goes on."""
    boxes = doc.boxes or []
    rights = _page_rights(doc)
    found = []
    for a, b in zip(doc.blocks, doc.blocks[1:], strict=False):
        if a.kind != "paragraph" or b.kind != "paragraph":
            continue
        left, right = doc.text[a.start : a.end].rstrip(), doc.text[b.start : b.end].lstrip()
        if not left or not right or not _is_han(left[-1]) or not _is_han(right[0]):
            continue
        end = a.start + len(left) - 1
        box = boxes[end] if end < len(boxes) else None
        if box is None:
            continue
        page, _x0, _top, x1, _bottom = box
        width = max(x1 - box[1], 1.0)
        if x1 >= rights.get(page, x1) - 2 * width:
            found.append((a, b))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=REAL_PDFS)
    parser.add_argument("--show", action="store_true", help="print each break in context")
    args = parser.parse_args()
    options = Options(ocr="never")
    total = paragraphs = 0
    for path in sorted(args.folder.glob("*.pdf")):
        doc = read_document(str(path), path.read_bytes(), options=options)
        found = breaks(doc)
        count = sum(1 for b in doc.blocks if b.kind == "paragraph")
        total += len(found)
        paragraphs += count
        print(f"{path.name:<60} {count:>5} paragraphs {len(found):>4} mid-sentence breaks")
        if args.show:
            for a, b in found:
                print(f"    …{doc.text[max(a.start, a.end - 24) : a.end]!r} ⏎ "
                      f"{doc.text[b.start : min(b.end, b.start + 24)]!r}…")
    print(f"{'total':<60} {paragraphs:>5} paragraphs {total:>4} mid-sentence breaks")


if __name__ == "__main__":
    main()
