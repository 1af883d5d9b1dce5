"""Web pages: decode, keep the main content, and cut it into heading/paragraph/table blocks.

A government web page is a report wrapped in site chrome: navigation, a breadcrumb
(首页 > 政府信息公开 > …), a meta line (发布日期 … 浏览次数 … 来源 …), share and print
buttons, related links and a footer (主办单位, ICP备案). This reader keeps the report only,
with our own rules over an lxml tree (trafilatura, measured on the samples, loses
layout-table pages, leaks footers and drops rowspan/colspan: bench/html_extract.py):

1. drop what is never text (scripts, styles, forms' widgets, frames);
2. drop chrome by markup (nav/header/footer/aside, class or id words such as nav, crumb,
   share, footer), by link density (menus) and by its words (当前位置, 分享到, ICP备 …),
   never an element that holds most of the page's text;
3. take the content container that CMSs mark (id="zoom", TRS_Editor, article-content …),
   else the deepest element that still holds most of the text.

Blocks are the same as the text reader's: h1-h6, bold one-liners and numbered lines
(一、 (一) 1.) are headings; other lines are paragraphs; a data table is a full grid with
merged cells resolved as `document.py` describes (a layout table is read as paragraphs).
Each piece is normalized on its own and the text is built from the pieces, so every
offset points into the stored text: blocks are separated by newlines, table rows are
lines and cells are separated by tabs (line breaks inside a cell stay newlines).

Metadata comes from the page's own tags (ArticleTitle, PubDate, ContentSource …, the
names China's government-site standard prescribes), then from the visible lines near the
title (发布日期: … 来源: …), then from the text as for plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import lxml.html
from lxml import etree

from zhibiao.errors import ErrorPage, NoContent, TooDeep, TooLarge
from zhibiao.ingest.decode import charset_codec, decode_text, lossy
from zhibiao.ingest.document import Block, BlockKind, Cell, SourceDocument, full_grid
from zhibiao.ingest.metadata import (
    field_value,
    parse_date,
    read_issuer,
    read_published,
    read_title,
    report_year,
)
from zhibiao.ingest.normalize import normalize
from zhibiao.ingest.text import heading_like
from zhibiao.limits import DEFAULT_LIMITS, Limits, check_chars, check_table

# --- charset declarations -----------------------------------------------------------------

_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_XML_DECL_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>")
_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def declared_charset(data: bytes) -> str | None:
    """The charset the page's own markup claims (XML declaration, <meta charset>, or
    http-equiv Content-Type), from its first 4 KiB as browsers pre-scan it."""
    head = data[:4096]
    m = _XML_DECL.match(head) or _META_CHARSET.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def _decode(data: bytes, http_charset: str | None) -> tuple[str, list[str]]:
    """Text of the page and warnings: BOM, then the HTTP header, then the page's <meta>,
    then detection; a declaration that does not fit the bytes is overruled and reported."""
    meta_charset = declared_charset(data)
    declared, where = (http_charset, "HTTP header") if http_charset else (meta_charset, "<meta>")
    text, encoding = decode_text(data, declared)
    warnings: list[str] = []
    used = charset_codec(encoding) or encoding
    if declared and charset_codec(declared) is None:
        warnings.append(f"unknown charset {declared!r} declared in the {where}; "
                        f"decoded as {encoding}")
    elif declared and not data.isascii() and charset_codec(declared) != used:
        warnings.append(f"charset {declared} declared in the {where} does not fit the bytes; "
                        f"decoded as {encoding}")
    elif not declared and used not in ("utf-8", "ascii"):
        warnings.append(f"no charset declared; detected {encoding}")
    return text, warnings


# --- what is not content ------------------------------------------------------------------

_NEVER_TEXT = ("script", "style", "noscript", "template", "iframe", "frame", "frameset",
               "object", "embed", "applet", "svg", "math", "canvas", "map", "input", "select",
               "textarea", "button", "link", "meta", "base", "title", "head")
_CHROME_TAGS = ("nav", "header", "footer", "aside")
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
#: Words of class/id attributes (split on -, _ and spaces) that mark site chrome.
_CHROME_WORDS = frozenset({
    "nav", "navbar", "navigation", "menu", "menus", "submenu", "mainnav", "subnav",
    "breadcrumb", "breadcrumbs", "crumb", "crumbs", "position", "location", "weizhi", "dqwz",
    "share", "bdshare", "jiathis", "social", "footer", "foot", "bottom", "copyright",
    "banquan", "header", "head", "topbar", "sidebar", "aside", "toolbar", "tools", "print",
    "related", "xgxx", "xglj", "recommend", "tags", "keyword", "keywords", "comment",
    "comments", "pager", "pagination", "prevnext", "login", "search", "logo", "banner",
    "qrcode", "ewm", "advert",
})
#: Words that make a short line chrome wherever it sits.
_CHROME_LINE = re.compile(
    r"当前位置|您的位置|您现在的位置|所在位置|浏览次数|访问次数|点击次数|点击数[:：]|阅读次数"
    r"|浏览量[:：]|分享到|打印本页|关闭窗口|【打印】|【关闭】|字号[:：]|【字体|主办单位[:：]"
    r"|承办单位[:：]|版权所有|ICP备|公网安备|网站标识码|推荐访问|上一篇[:：]|下一篇[:：]"
    r"|扫一扫|政府网站找错|分享[:：]|返回顶部|设为首页|加入收藏|打印此页|^首页\s*(?:>|»|›|\|)"
)
#: Fields of a meta line (发布日期: … 来源: …); two of them make a line metadata, not text.
_META_FIELD = re.compile(r"(发布日期|发布时间|成文日期|日期|时间|来源|信息来源|发布机构|作者|编辑)"
                         r"\s*[:：]")
_MAX_CHROME_LINE = 200
#: class/id words of the containers content-management systems put the article in.
_CONTENT_HINT = re.compile(
    r"zoom|trs_?editor|trs_?autoadd|article|content|detail|zhengwen|zwnr|wzcon|art_?con"
    r"|bt_content|news_?con|xxgk_?con|pages_?con|main_?text|view_?con|entry|post",
    re.IGNORECASE,
)
#: Text of a server's "not found" page sent with status 200.
_ERROR_PAGE = re.compile(
    r"\b404\b|页面不存在|页面未找到|页面找不到|找不到(?:您|你)?(?:要|所)?访问的页面|您访问的页面"
    r"|信息不存在|文章不存在|内容不存在|已被删除|已删除|已撤销|not\s+found|page\s+not",
    re.IGNORECASE,
)
_ERROR_PAGE_MAX = 300  # chars: a real report is longer than an error notice

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
    "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul",
})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BOLD_TAGS = frozenset({"b", "strong"})
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—]+\s+|_+|\s*\|\s*|——")
_MAX_BOLD_HEADING = 40


def _tag(el: etree._Element) -> str | None:
    """Lower-case tag name, None for comments and processing instructions."""
    return el.tag.lower() if isinstance(el.tag, str) else None


@dataclass(frozen=True, slots=True)
class _Size:
    """Visible characters under an element: all of them, those inside links, and links."""

    chars: int
    link_chars: int
    links: int


def _visible(text: str | None) -> int:
    return len(text) - sum(map(text.count, " \t\n\r\f\xa0\u3000")) if text else 0


def _measure(root: etree._Element) -> dict[etree._Element, _Size]:
    """Sizes of every element in one bottom-up pass (children before parents), so the
    rules below stay linear on pages of thousands of lines."""
    sizes: dict[etree._Element, _Size] = {}
    for el in reversed(list(root.iter())):
        if _tag(el) is None:
            continue
        chars, link_chars, links = _visible(el.text), 0, 0
        for child in el:
            size = sizes.get(child)
            if size is not None:
                chars += size.chars
                link_chars += size.link_chars
                links += size.links
            chars += _visible(child.tail)
        if _tag(el) == "a":
            link_chars, links = chars, links + 1
        sizes[el] = _Size(chars, link_chars, links)
    return sizes


def _words(el: etree._Element) -> set[str]:
    attrs = f"{el.get('class', '')} {el.get('id', '')}".lower()
    return {w for w in re.split(r"[\s_\-]+", attrs) if w}


def _drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    if el.getparent() is not None:
        el.drop_tree()


def _drop_never_text(root: etree._Element) -> None:
    """Remove what a browser does not show as text: scripts, styles, widgets, hidden
    elements, comments."""
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    for el in list(root.iter()):
        if el is root or el.getparent() is None:
            continue
        if (_tag(el) in _NEVER_TEXT or el.get("hidden") is not None
                or _HIDDEN_STYLE.search(el.get("style", ""))):
            _drop(el)


def _block_owner(el: etree._Element) -> etree._Element:
    while _tag(el) not in _BLOCK_TAGS and el.getparent() is not None:
        el = el.getparent()
    return el


def _is_meta_line(text: str) -> bool:
    return len(set(_META_FIELD.findall(text))) >= 2 and len(text) <= _MAX_CHROME_LINE


def _is_chrome_line(owner: etree._Element) -> bool:
    """A short line (no block inside) that is a breadcrumb, meta line, share/print links
    or footer notice."""
    if any(_tag(d) in _BLOCK_TAGS for d in owner.iterdescendants()):
        return False  # a container, not a line: its own lines are judged one by one
    line = _HTML_SPACE.sub(" ", owner.text_content()).strip()
    return len(line) <= _MAX_CHROME_LINE and bool(_CHROME_LINE.search(line)
                                                  or _is_meta_line(line))


def _strip_chrome(body: etree._Element) -> None:
    """Remove navigation, breadcrumbs, meta lines, share/print links and footers; never
    an element that holds half of the page's text or more."""
    sizes = _measure(body)
    half = sizes[body].chars / 2

    def removable(el: etree._Element) -> bool:
        size = sizes.get(el)
        return el is not body and el.getparent() is not None and size is not None and (
            size.chars <= half)

    for el in list(body.iter()):
        tag = _tag(el)
        if tag and removable(el) and (
                tag in _CHROME_TAGS or el.get("role", "").lower() in _CHROME_ROLES
                or _words(el) & _CHROME_WORDS):
            _drop(el)
    for el in list(body.iter("ul", "ol", "dl", "div", "table", "tr", "td", "p", "section")):
        size = sizes.get(el)
        if (removable(el) and size is not None and size.links >= 3
                and size.link_chars >= 0.6 * size.chars):
            _drop(el)
    verdicts: dict[etree._Element, bool] = {}
    for el in body.iter():
        if _tag(el) is None:
            continue
        holders = [(el, el.text)] + ([(el.getparent(), el.tail)] if el is not body else [])
        for holder, piece in holders:
            if holder is None or not piece or not piece.strip():
                continue
            owner = _block_owner(holder)
            if owner not in verdicts:
                verdicts[owner] = owner is not body and _is_chrome_line(owner)
    for owner, chrome in verdicts.items():
        if chrome:
            _drop(owner)


def _main_root(body: etree._Element) -> etree._Element:
    """The element holding the article: the CMS's content container when it holds a fair
    share of the text, else the deepest element that still holds most of it."""
    sizes = _measure(body)
    total = sizes[body].chars

    def chars(el: etree._Element) -> int:
        return sizes[el].chars if el in sizes else 0

    if not total:
        return body
    hinted = [el for el in body.iter() if _tag(el) and el is not body
              and _CONTENT_HINT.search(f"{el.get('class', '')} {el.get('id', '')}")
              and chars(el) >= 0.2 * total]
    if hinted:
        root = max(hinted, key=chars)
        while True:
            inner = [el for el in hinted if el is not root and _is_inside(el, root)
                     and chars(el) >= 0.9 * chars(root)]
            if not inner:
                return root
            root = max(inner, key=lambda el: len(list(el.iterancestors())))
    root = body
    while True:
        best = max((c for c in root if _tag(c)), key=chars, default=None)
        if best is None or chars(best) < 0.8 * total:
            return root
        root = best


def _is_inside(el: etree._Element, ancestor: etree._Element) -> bool:
    return any(a is ancestor for a in el.iterancestors())


# --- blocks -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Piece:
    """A normalized heading/paragraph, or a table as rows of normalized cell texts."""

    kind: BlockKind
    text: str = ""
    level: int | None = None
    rows: list[list[_CellSpec]] | None = None


@dataclass(slots=True)
class _CellSpec:
    text: str
    row_span: int
    col_span: int


def _span(value: str | None, default: int, limit: int) -> int:
    m = re.match(r"\s*(\d+)", value or "")
    return min(int(m.group(1)), limit) if m else default


def _table_rows(table: etree._Element) -> list[etree._Element]:
    rows = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child if _tag(c) == "tr")
    return [r for r in rows if any(_tag(c) in ("td", "th") for c in r)]


def _is_layout_table(table: etree._Element, rows: list[etree._Element]) -> bool:
    """Tables used to lay out a page (nested tables, a single row or column) are read as
    paragraphs; only the rest are data grids."""
    if table.get("role", "").lower() in ("presentation", "none"):
        return True
    if table.find(".//table") is not None:
        return True
    widths = [sum(_span(c.get("colspan"), 1, 1000) for c in r if _tag(c) in ("td", "th"))
              for r in rows]
    return len(rows) < 2 or max(widths, default=0) < 2


class _Flow:
    """Walks a DOM subtree in reading order and cuts its text into pieces."""

    def __init__(self) -> None:
        self.pieces: list[_Piece] = []
        self._buf: list[tuple[str, bool]] = []

    def walk_children(self, el: etree._Element, bold: bool = False) -> None:
        if el.text:
            self._buf.append((el.text, bold))
        for child in el:
            if _tag(child):
                self.walk(child, bold)
            if child.tail:
                self._buf.append((child.tail, bold))

    def walk(self, el: etree._Element, bold: bool = False) -> None:
        tag = _tag(el)
        if tag is None or tag in _NEVER_TEXT:
            return
        bold = bold or tag in _BOLD_TAGS or bool(_BOLD_STYLE.search(el.get("style", "")))
        if tag in ("br", "hr"):
            self.flush()
        elif tag == "table":
            self.flush()
            self._table(el)
        elif tag == "pre":
            self.flush()
            for line in el.text_content().splitlines():
                self._buf.append((line, False))
                self.flush()
        elif tag in _HEADINGS:
            self.flush()
            self.walk_children(el, bold)
            self.flush(level=_HEADINGS[tag])
        elif tag in _BLOCK_TAGS:
            self.flush()
            self.walk_children(el, bold)
            self.flush()
        else:
            self.walk_children(el, bold)

    def flush(self, level: int | None = None) -> None:
        text = _clean("".join(s for s, _ in self._buf))
        all_bold = all(b for s, b in self._buf if s.strip())
        self._buf = []
        if not text:
            return
        heading = (level is not None or heading_like(text)
                   or (all_bold and len(text) <= _MAX_BOLD_HEADING and "。" not in text[:-1]))
        self.pieces.append(_Piece("heading" if heading else "paragraph", text, level))

    def _table(self, table: etree._Element) -> None:
        rows = _table_rows(table)
        for caption in table.findall("caption"):
            self.walk(caption)
        if _is_layout_table(table, rows):
            for row in rows:
                for cell in row:
                    self.walk(cell)
            return
        specs = []
        for row in rows:
            cells = []
            for cell in row:
                if _tag(cell) not in ("td", "th"):
                    continue
                inner = _Flow()
                inner.walk_children(cell)
                inner.flush()
                text = "\n".join(p.text for p in inner.pieces)
                cells.append(_CellSpec(text, _span(cell.get("rowspan"), 1, 65534),
                                       max(1, _span(cell.get("colspan"), 1, 1000))))
            specs.append(cells)
        if specs:
            self.pieces.append(_Piece("table", rows=specs))


def _pieces(root: etree._Element) -> list[_Piece]:
    flow = _Flow()
    if _tag(root) in _BLOCK_TAGS:
        flow.walk(root)
    else:
        flow.walk_children(root)
    flow.flush()
    return flow.pieces


def _grid(rows: list[list[_CellSpec]]) -> tuple[dict[tuple[int, int], _CellSpec],
                                              dict[tuple[int, int], tuple[int, int]], int]:
    """The HTML table model: (origin slot → cell, covered slot → its origin, width)."""
    origins: dict[tuple[int, int], _CellSpec] = {}
    covered: dict[tuple[int, int], tuple[int, int]] = {}
    n = len(rows)
    # The slots the merged cells cover, counted before they are spread out.
    slots = sum(min(spec.row_span or n - r, n - r) * spec.col_span
                for r, row in enumerate(rows) for spec in row)
    check_table(n, slots=slots)
    for r, row in enumerate(rows):
        c = 0
        for spec in row:
            while (r, c) in covered or (r, c) in origins:
                c += 1
            row_span = min(spec.row_span or n - r, n - r)  # rowspan=0: to the last row
            spec.row_span = max(row_span, 1)
            origins[(r, c)] = spec
            for dr in range(spec.row_span):
                for dc in range(spec.col_span):
                    if dr or dc:
                        covered[(r + dr, c + dc)] = (r, c)
            c += spec.col_span
    width = max((c + 1 for _, c in [*origins, *covered]), default=0)
    check_table(n, width)
    return origins, covered, width


class _Builder:
    """Concatenates normalized pieces into the document text, recording offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.blocks: list[Block] = []

    def _put(self, text: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def _newline(self) -> None:
        if self.parts:
            self._put("\n")

    def add(self, piece: _Piece) -> None:
        self._newline()
        if piece.kind != "table":
            start, end = self._put(piece.text)
            self.blocks.append(Block(piece.kind, start, end, level=piece.level))
            return
        assert piece.rows is not None
        origins, covered, width = _grid(piece.rows)
        placed: dict[tuple[int, int], Cell] = {}
        table_start = self.pos
        for r in range(len(piece.rows)):
            if r:
                self._put("\n")
            first = True
            for c in range(width):
                if (r, c) in covered:
                    continue
                if not first:
                    self._put("\t")
                first = False
                spec = origins.get((r, c))
                start, end = self._put(spec.text if spec else "")
                placed[(r, c)] = Cell(start, end, spec.row_span if spec else 1,
                                      spec.col_span if spec else 1)
        grid = full_grid(placed, covered, len(piece.rows), width, self.pos)
        self.blocks.append(Block("table", table_start, self.pos, rows=grid))

    @property
    def text(self) -> str:
        return "".join(self.parts)


# --- metadata -----------------------------------------------------------------------------


def _meta_tags(tree: etree._Element) -> dict[str, str]:
    """name/property → content of the page's <meta> tags, names lower-cased."""
    tags: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in tags:
            tags[key] = content
    return tags


def _clean(text: str | None) -> str:
    return normalize(_HTML_SPACE.sub(" ", text or "")).text.strip()


def _first(tags: dict[str, str], *keys: str) -> str | None:
    return next((_clean(tags[k]) for k in keys if tags.get(k, "").strip()), None)


def _page_title(tags: dict[str, str], tree: etree._Element, body: etree._Element) -> str | None:
    """The article's title: the government-site ArticleTitle tag or og:title; else, of the
    h1-h3 headings the <title> repeats, the <title>'s own parts (the site name dropped)
    and the other headings, the first that reads like a report title (metadata rules)."""
    title = _first(tags, "articletitle", "og:title", "dc.title")
    if title:
        return title
    head_title = _clean(tree.findtext(".//title"))
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(head_title) if p.strip()]
    site = _first(tags, "sitename", "og:site_name") or (parts[-1] if len(parts) > 1 else None)
    headings = [h for h in (_clean(h.text_content()) for h in body.iter("h1", "h2", "h3"))
                if len(h) >= 4 and h != site]
    repeated = sorted((h for h in headings if h in head_title), key=len, reverse=True)
    own_parts = sorted((p for p in parts if p != site), key=len, reverse=True)
    candidates = list(dict.fromkeys([*repeated, *own_parts, *headings]))
    return read_title("\n".join(candidates)) or (candidates[0] if candidates else None)


def _lines(root: etree._Element) -> list[str]:
    return [p.text for p in _pieces(root) if p.kind != "table"]


def _meta_window(lines: list[str], title: str | None) -> str:
    """The lines from the title on, where pages print 发布日期 / 来源; the page head
    when the title is not among them."""
    if title:
        for i, line in enumerate(lines):
            if title in line or (line in title and len(line) >= 6):
                return "\n".join(lines[i : i + 8])
    return "\n".join(lines[:80])


_ISSUER_FIELD = re.compile(r"(?:发布机构|发文机关|发布单位)\s*[:：]\s*([^\s:：【\[(（|]{2,40})")
#: Sources that name a department of the issuer or the site, not the issuer.
DEPARTMENT_SOURCES = frozenset({"办公室", "办公厅", "综合处", "综合科", "本站", "本网", "原创"})
#: A printed 来源: on the page's meta line (来源：杭州市应急管理局).
_SOURCE_FIELD = re.compile(r"(?:信息来源|来源)\s*[:：]\s*([^\s:：【\[(（|]{2,40})")


def _issuer(tags: dict[str, str], window: str, title: str | None) -> str | None:
    """What the page declares: an explicit 发布机构, then its ContentSource tag or printed
    来源 (the declared source, not a name guessed from the title) — unless that
    is a department (办公室) or a shorter form (市应急管理局) of the organisation the title
    names, which is then the issuer; the title's organisation when nothing is declared."""
    explicit = _first(tags, "publisher", "发布机构", "dc.publisher")
    if explicit:
        return explicit
    m = _ISSUER_FIELD.search(window)
    if m:
        return field_value(m.group(1))
    declared = _first(tags, "contentsource", "source")
    if not declared:
        m = _SOURCE_FIELD.search(window)
        declared = field_value(m.group(1)) if m else None
    named = read_issuer(window, title)
    if not declared:
        return named
    if named and (named.endswith(declared) or declared in DEPARTMENT_SOURCES):
        return named  # 来源: 市应急管理局 on 金华市应急管理局's page; 来源: 办公室
    return declared


def _published(tags: dict[str, str], window: str) -> date | None:
    for key in ("pubdate", "publishdate", "publish_date", "publishtime", "pubtime",
                "article:published_time", "dc.date.issued", "dc.date", "firstpublishedtime",
                "date"):
        found = parse_date(tags.get(key))
        if found:
            return found
    return read_published(window)


# --- the reader ---------------------------------------------------------------------------


def _parse(text: str) -> etree._Element:
    """The page's tree. libxml2's resource limits are kept (huge_tree off): past them it
    stops reading and would return part of the page, so hitting one quarantines the
    page instead (TooDeep for nesting past 256 levels, TooLarge otherwise)."""
    text = _XML_DECL_TEXT.sub("", text, count=1)  # lxml refuses str with an encoding decl
    # Control characters libxml2 parses but lxml refuses to set as text (moving a dropped
    # element's tail); browsers show them as nothing, here they become spaces.
    text = _NOT_XML_TEXT.sub(" ", text)
    parser = lxml.html.HTMLParser(huge_tree=False)
    try:
        tree = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise NoContent(f"no HTML document could be parsed: {exc}") from exc
    for entry in parser.error_log:
        if entry.type_name == "ERR_RESOURCE_LIMIT":
            if "depth" in entry.message.lower():
                raise TooDeep(f"the page is nested too deeply to read: {entry.message} "
                              f"(line {entry.line})")
            raise TooLarge(f"the page is over the HTML parser's limits: {entry.message} "
                           f"(line {entry.line})")
    return tree


def _check_not_error_page(title: str | None, text: str) -> None:
    if len(text) <= _ERROR_PAGE_MAX:
        m = _ERROR_PAGE.search(f"{title or ''}\n{text}")
        if m:
            raise ErrorPage(f"the page is a server error page ({m.group(0)!r}), not a report")


def read_html(data: bytes, source: str, doc_id: str, *,
              http_charset: str | None = None,
              limits: Limits = DEFAULT_LIMITS) -> SourceDocument:
    """A web page as a SourceDocument; raises a QuarantineError when it cannot be read.

    `http_charset` is the charset of the HTTP Content-Type header when the page was
    fetched; it outranks the page's <meta>, and both yield to a BOM and to the bytes.
    The character limit applies to the decoded page, markup included (what lxml holds).
    """
    check_chars(len(data) // 4, limits, "the page")  # no encoding takes over 4 bytes a char
    decoded, warnings = _decode(data, http_charset)
    check_chars(len(decoded), limits, "the decoded page")
    tree = _parse(decoded)
    tags = _meta_tags(tree)
    body = tree.find("body")
    if body is None:
        body = tree
    _drop_never_text(body)
    title = _page_title(tags, tree, body)
    window = _meta_window(_lines(body), title)
    _strip_chrome(body)
    root = _main_root(body)

    builder = _Builder()
    pieces = _pieces(root)
    opening = [p.text for p in pieces[:5] if p.kind != "table"]
    if title and title not in opening:  # the text opens with its title, as text copies do
        builder.add(_Piece("heading", title, 1))
    for piece in pieces:
        builder.add(piece)
    text = builder.text
    _check_not_error_page(title, text)
    if not re.sub(r"\s", "", text) or (title and text.strip() == title):
        frames = " (it is a frameset)" if tree.find(".//frameset") is not None else ""
        raise NoContent(f"no text in the page's main content{frames}")

    title = title or read_title(text)
    published = _published(tags, window)
    return SourceDocument(
        doc_id=doc_id,
        source=source,
        media_type="text/html",
        text=text,
        blocks=builder.blocks,
        title=title,
        issuer=_issuer(tags, window, title),
        published=published,
        year=report_year(title, published, text),
        warnings=warnings,
        partial=any(lossy(w) for w in warnings),
    )

