"""Reading web pages: encodings, main content only, metadata, headings and table grids."""

from __future__ import annotations

import re
import time
from collections import Counter
from datetime import date

import pytest

from support import SAMPLES
from zhibiao import process
from zhibiao.errors import EmptyInput, ErrorPage, NoContent
from zhibiao.ingest import read_document
from zhibiao.ingest.document import SourceDocument
from zhibiao.ingest.html import declared_charset, read_html


def table_texts(doc: SourceDocument) -> list[list[list[str]]]:
    """Each table of `doc` as rows of cell texts, merged cells repeated in every slot."""
    return [[[doc.text[c.start : c.end] for c in row] for row in block.rows]
            for block in doc.blocks if block.kind == "table"]


PAGES = ["000_progress_quarterly", "001_half_year_summary", "002_annual_work_plan"]
#: Lines of the text seeds that were page chrome, not the report (nav, breadcrumb, meta line).
SEED_CHROME = ("首页", ">", "发布日期", "当前位置", "时间:", "推荐访问")
#: Site chrome of the sample pages, none of which may reach the stored text.
CHROME_WORDS = ["首页", "政府信息公开", "当前位置", "分享到", "微信", "微博", "打印本页",
                "关闭窗口", "字号", "浏览次数", "访问次数", "主办单位", "联系电话", "ICP备",
                "公网安备", "网站标识码", "版权所有", "相关信息", "二季度", "推荐访问", "上一篇",
                "下一篇", "信息公开指南", "无障碍", "搜索", "document.", "function", "_hmt",
                "getCount"]


def page(name: str, source: str | None = None):
    data = (SAMPLES / f"{name}.html").read_bytes()
    return read_document(source or f"{name}.html", data)


def html_doc(body: str, head: str = "", charset: str | None = "utf-8", encoding: str = "utf-8"):
    meta = f'<meta charset="{charset}">' if charset else ""
    data = f"<!DOCTYPE html><html><head>{meta}{head}</head><body>{body}</body></html>"
    return read_html(data.encode(encoding), "t.html", "0123456789abcdef")


# --- the samples ----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "title", "issuer", "published", "year"), [
    ("000_progress_quarterly", "市应急管理局2020年职能目标三季度工作进度汇总表", "市应急管理局",
     date(2020, 10, 21), 2020),
    ("001_half_year_summary", "市应急管理局2020上半年工作总结下半年工作思路", "市应急管理局",
     date(2021, 10, 11), 2020),
    ("002_annual_work_plan",
     "金华市应急管理局(人防办)关于印发《2021年全市应急管理(人民防空)工作要点》的通知",
     "金华市应急管理局", date(2022, 7, 15), 2021),
])
def test_sample_metadata(name, title, issuer, published, year):
    doc = page(name)
    assert doc.media_type == "text/html"
    assert (doc.title, doc.issuer, doc.published, doc.year) == (title, issuer, published, year)


@pytest.mark.parametrize("name", PAGES)
def test_sample_text_is_the_report_and_nothing_else(name):
    """The stored text is exactly the text seed minus the page chrome the seed kept (its
    breadcrumb and meta line): same characters, in the same order, whitespace aside."""
    doc = page(name)
    for word in CHROME_WORDS:
        assert word not in doc.text, word
    seed = read_document(f"{name}.txt", (SAMPLES / f"{name}.txt").read_bytes())
    seed_body = [line for line in seed.text.split("\n")
                 if not line.startswith(SEED_CHROME) and line != seed.title]
    page_body = [line for line in doc.text.split("\n") if line != doc.title]
    squash = lambda lines: re.sub(r"\s", "", "".join(lines))  # noqa: E731
    assert squash(page_body) == squash(seed_body)


def test_html_samples_give_the_values_of_their_text_seeds():
    """Each page yields the multiset of (number, unit, comparator, change) its text seed
    yields. Compared on these four rather than labels because the text seeds glue cells
    together (安全形势稳定好转严防重特大事故…), so indicator names legitimately differ.

    One principled gap: sample 000's 累计完成工作量 figures (75.00 … 100.00) sit in their own
    cell in the page. The text seed glues label and figure (累计完成工作量75.00), so the
    value grammar reads the implied unit %; the generic parser reads a table cell on its
    own, and a bare 75.00 with its label in the neighbouring cell is not a value. Reading
    it needs the row (a table genre parser's job, see the grid test below), so the page
    may lack exactly those five figures, and nothing else may differ.
    """
    progress = Counter({(75.0, "%", "=", None): 1, (80.0, "%", "=", None): 1,
                        (90.0, "%", "=", None): 2, (100.0, "%", "=", None): 1})
    for name in PAGES:
        got = {}
        for suffix in ("txt", "html"):
            result = process(SAMPLES / f"{name}.{suffix}")
            assert result.ok, result.quarantine
            got[suffix] = Counter((v.number, v.unit, v.comparator, v.change)
                                  for v in result.records.tables["values"])
        assert got["html"] - got["txt"] == Counter(), name
        missing = got["txt"] - got["html"]
        if name.startswith("000"):
            assert missing in (Counter(), progress), missing
        else:
            assert missing == Counter(), (name, missing)


def test_sample_000_is_a_full_grid_with_merged_cells_resolved():
    doc = page("000_progress_quarterly")
    (table,) = [b for b in doc.blocks if b.kind == "table"]
    rows = table.rows
    assert len(rows) == 1 + 5 * 3
    assert {len(row) for row in rows} == {10}
    cell = lambda r, c: doc.text[rows[r][c].start : rows[r][c].end]  # noqa: E731
    header = [cell(0, c) for c in range(10)]
    assert header == ["目标名称", "考核指标", "进展情况", "填报内容", "公开程度", "公开程度",
                      "存在问题", "解决途径", "解决建议", "备注"]
    assert rows[0][4].col_span == 2 and rows[0][5].covered
    # Each target: 目标名称 and 考核指标 span its 当季进度, 累计进度 and 累计完成工作量 rows.
    figures = []
    for first in range(1, 16, 3):
        name, indicators = rows[first][0], rows[first][1]
        assert (name.row_span, indicators.row_span) == (3, 3)
        for r in (first + 1, first + 2):
            assert rows[r][0].covered and (rows[r][0].start, rows[r][0].end) == (
                name.start, name.end)
            assert rows[r][1].covered and rows[r][7].covered  # 解决途径 spans too
        assert [cell(first + i, 2) for i in range(3)] == ["当季进度", "累计进度", "累计完成工作量"]
        figures.append(cell(first + 2, 3))
    assert figures == ["75.00", "100.00", "80.00", "90.00", "90.00"]
    assert cell(1, 0) == "安全形势稳定好转" and cell(3, 0) == "安全形势稳定好转"
    assert cell(1, 1).startswith("严防重特大事故发生")
    assert cell(1, 1).endswith("渔业船舶事故死亡人数不突破0。")
    assert cell(2, 5) == ""  # an empty cell is a real, empty slot
    assert table.start <= rows[1][0].start < rows[-1][-1].end <= table.end


def test_sample_headings_are_heading_blocks():
    doc = page("001_half_year_summary")
    headings = [(doc.block_text(b), b.level) for b in doc.blocks if b.kind == "heading"]
    assert ("一、上半年重点工作情况", 3) in headings  # an <h3>
    assert ("(一)全力以赴服务疫情防控和企业复工复产", None) in headings  # a bold numbered line
    plan = page("002_annual_work_plan")
    plan_headings = [plan.block_text(b) for b in plan.blocks if b.kind == "heading"]
    assert plan_headings[0] == plan.title
    assert "2021年全市应急管理(人民防空)工作要点" in plan_headings  # centred and bold
    assert "1.强化责任落实提升工程建设" in plan_headings  # numbered, as the text reader says


def test_every_block_and_cell_points_into_the_stored_text():
    for name in PAGES:
        doc = page(name)
        for block in doc.blocks:
            text = doc.block_text(block)
            assert text.strip(), (name, block)
            if block.kind != "table":  # a table row may end in an empty cell (a tab)
                assert text == text.strip() and "\n" not in text, (name, block)
            for row in block.rows:
                for cell in row:
                    assert block.start <= cell.start <= cell.end <= block.end
                    assert "\t" not in doc.text[cell.start : cell.end]


# --- encodings ------------------------------------------------------------------------------


def test_gbk_page_with_charset_only_in_meta():
    data = (SAMPLES / "001_half_year_summary.html").read_bytes()
    assert declared_charset(data) == "gb2312"  # the label says gb2312, the bytes are GBK
    doc = page("001_half_year_summary")
    assert "勠力同心" in doc.text  # a GBK-only character, read as browsers read gb2312
    assert doc.warnings == []


def test_page_without_declared_charset_is_detected_and_flagged():
    data = (SAMPLES / "002_annual_work_plan.html").read_bytes()
    assert declared_charset(data) is None
    doc = page("002_annual_work_plan")
    assert "全市应急管理(人民防空)工作要点" in doc.text
    assert doc.warnings == ["no charset declared; detected gb18030"]


REPORT = "<h1>市应急管理局2021年工作总结</h1><p>全年共发生生产安全事故12起,同比下降20%。</p>"


@pytest.mark.parametrize(("declared", "encoding"), [
    ("gbk", "utf-8"),        # a template that says gbk around UTF-8 content
    ("utf-8", "gbk"),        # … and the other way round
    ("iso-8859-1", "gbk"),   # a Latin default left in a Chinese page
    ("big5", "gb18030"),
])
def test_wrong_declared_charset_is_overruled_and_reported(declared, encoding):
    doc = html_doc(REPORT, charset=declared, encoding=encoding)
    assert "全年共发生生产安全事故12起,同比下降20%。" in doc.text
    assert len(doc.warnings) == 1
    assert f"charset {declared} declared in the <meta> does not fit" in doc.warnings[0]


def test_http_charset_outranks_meta_and_bom_outranks_both():
    data = f'<html><head><meta charset="utf-8"></head><body>{REPORT}</body></html>'
    fetched = read_html(data.encode("gbk"), "https://x.gov.cn/a.html", "0" * 16,
                        http_charset="gbk")
    assert "同比下降20%" in fetched.text and fetched.warnings == []
    bom = read_html(b"\xef\xbb\xbf" + data.encode("utf-8"), "a.html", "0" * 16,
                    http_charset="gbk")
    assert "同比下降20%" in bom.text
    assert "declared in the HTTP header does not fit" in bom.warnings[0]


def test_http_equiv_and_xml_declarations_are_read():
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; '
                            b'charset=GB2312" />') == "GB2312"
    assert declared_charset(b"<?xml version='1.0' encoding='GBK'?><html>") == "GBK"
    doc = read_html(f"<?xml version='1.0' encoding='GBK'?><html><body>{REPORT}</body></html>"
                    .encode("gbk"), "a.xhtml", "0" * 16)
    assert doc.title == "市应急管理局2021年工作总结" and doc.warnings == []


def test_unknown_charset_label_is_reported():
    doc = html_doc(REPORT, charset="x-klingon", encoding="utf-8")
    assert "unknown charset 'x-klingon'" in doc.warnings[0]


# --- structure ------------------------------------------------------------------------------


def test_rowspan_colspan_grid_on_a_hand_made_table():
    doc = html_doc("""
      <table border=1>
        <thead><tr><th rowspan=2>指标</th><th colspan=2>2020年</th><th>备注</th></tr>
               <tr><th>目标</th><th>完成</th></tr></thead>
        <tbody>
          <tr><td>事故起数</td><td rowspan=2 colspan=1>下降20%</td><td>28起</td></tr>
          <tr><td>死亡人数</td><td>30人</td><td rowspan=5>见说明</td></tr>
        </tbody>
      </table>""")
    (table,) = table_texts(doc)
    assert table == [
        ["指标", "2020年", "2020年", "备注"],
        ["指标", "目标", "完成", ""],
        ["事故起数", "下降20%", "28起", ""],
        ["死亡人数", "下降20%", "30人", "见说明"],  # rowspan=5 clamped to the table
    ]
    (block,) = [b for b in doc.blocks if b.kind == "table"]
    assert block.rows[0][0].row_span == 2 and block.rows[1][0].covered
    assert block.rows[0][1].col_span == 2 and block.rows[0][2].covered
    assert not block.rows[1][3].covered and block.rows[1][3].start == block.rows[1][3].end
    assert block.rows[3][3].row_span == 1


def test_layout_tables_are_read_as_paragraphs():
    doc = html_doc("""
      <table><tr><td>
        <table><tr><td><p>全年共发生事故12起。</p><p>同比下降20%。</p></td></tr></table>
      </td></tr></table>""")
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]
    assert doc.text == "全年共发生事故12起。\n同比下降20%。"


def test_blocks_headings_line_breaks_and_scripts():
    doc = html_doc("""
      <h2>市应急管理局2021年工作要点</h2>
      <p><strong>一、主要目标</strong></p>
      <p>事故起数下降20%<br>死亡人数下降15%</p>
      <script>var x = "事故99起";</script><style>p { color: red }</style>
      <p>  全年　完成&nbsp;执法检查 <span>400</span> 家次。</p>""")
    kinds = [(b.kind, doc.block_text(b), b.level) for b in doc.blocks]
    assert kinds == [
        ("heading", "市应急管理局2021年工作要点", 2),
        ("heading", "一、主要目标", None),
        ("paragraph", "事故起数下降20%", None),
        ("paragraph", "死亡人数下降15%", None),
        ("paragraph", "全年完成执法检查400家次。", None),
    ]
    assert doc.title == "市应急管理局2021年工作要点"


def test_chrome_is_dropped_without_any_class_hints():
    """A page whose markup names nothing: semantic tags, link density and the words of
    breadcrumbs and footers are enough."""
    doc = html_doc("""
      <header><a href="/">首页</a></header>
      <nav><a>政务公开</a><a>办事服务</a><a>互动交流</a><a>人防专栏</a></nav>
      <div><div>
        <div>您的位置：<a>首页</a> » <a>工作总结</a></div>
        <h1>市应急管理局2021年工作总结</h1>
        <div>发布时间：2022-01-05 09:00　信息来源：市应急管理局</div>
        <p>全年共发生生产安全事故12起,同比下降20%。</p>
        <p>开展执法检查400家次,罚款156.5万元。</p>
        <div>【<a>打印</a>】【<a>关闭窗口</a>】</div>
      </div>
      <ul><li><a>通知一</a></li><li><a>通知二</a></li><li><a>通知三</a></li></ul></div>
      <footer>主办：市应急管理局 电话：0579-0000</footer>""",
        head="<title>市应急管理局2021年工作总结 - 金华市应急管理局</title>")
    assert doc.text == ("市应急管理局2021年工作总结\n全年共发生生产安全事故12起,同比下降20%。\n"
                        "开展执法检查400家次,罚款156.5万元。")
    assert doc.published == date(2022, 1, 5)
    assert doc.issuer == "市应急管理局"


def test_hidden_elements_comments_and_processing_instructions_are_not_text():
    doc = html_doc("<?php echo 1 ?><!-- 旧版 事故99起 --><div style='display: none'>事故98起</div>"
                   "<p hidden>事故97起</p><p>全年共发生事故12起。</p>")
    assert doc.text == "全年共发生事故12起。"


def test_site_logo_heading_is_not_the_title():
    doc = html_doc("<div class='top'><h1>杭州市应急管理局</h1></div>"
                   "<h2>关于印发2021年工作要点的通知</h2><p>全年事故12起。</p>",
                   head="<title>杭州市应急管理局</title>")
    assert doc.title == "关于印发2021年工作要点的通知"
    assert doc.text.count("关于印发2021年工作要点的通知") == 1


def test_long_pages_are_read_in_linear_time():
    """Thousands of <br> lines in one container, and thousands of nested divs: the chrome
    rules measure each element once (this took 15 s before they did)."""
    lines = "<br>".join(f"第{i}段,全年事故{i}起。<span>注</span>" for i in range(3000))
    divs = "".join(f"<div><p>第{i}段,全年事故{i}起。</p></div>" for i in range(3000))
    start = time.perf_counter()
    assert html_doc(f"<div>{lines}</div>").text.count("\n") == 2999
    assert html_doc(divs).text.count("\n") == 2999
    assert time.perf_counter() - start < 5


def test_metadata_from_meta_tags_and_explicit_issuer():
    doc = html_doc(
        "<div class='title'>短标题</div><p>发布机构：浙江省应急管理厅</p><p>全年事故下降20%。</p>",
        head=('<meta name="ArticleTitle" content="浙江省2021年安全生产工作要点">'
              '<meta name="PubDate" content="2021-03-05 10:00">'
              '<meta name="ContentSource" content="办公室">'))
    assert doc.title == "浙江省2021年安全生产工作要点"
    assert doc.published == date(2021, 3, 5)
    assert doc.year == 2021
    assert doc.issuer == "浙江省应急管理厅"


# --- pages that are not reports -------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "<h1>404</h1><p>抱歉，您访问的页面不存在或已被删除！</p><a href='/'>返回首页</a>",
    "<div class='error'><p>页面未找到</p></div>",
])
def test_error_page_sent_as_200_is_an_error_page(body):
    with pytest.raises(ErrorPage):
        html_doc(body, head="<title>404 Not Found</title>")


def test_a_short_report_about_road_s404_is_not_an_error_page():
    doc = html_doc("<h1>S404省道改造工程进度</h1><p>已完成投资1.2亿元,完成率80%。</p>")
    assert "完成率80%" in doc.text


def test_empty_and_textless_pages_are_refused():
    with pytest.raises(EmptyInput):
        read_html(b"", "a.html", "0" * 16)
    with pytest.raises(NoContent):
        html_doc("<img src='scan.jpg'><script>x()</script>")
    with pytest.raises(NoContent):
        read_html(b"<html><frameset><frame src='a.html'></frameset></html>", "a.html", "0" * 16)


def test_pipeline_quarantines_a_textless_page_with_its_reason(tmp_path):
    path = tmp_path / "scan.html"
    path.write_bytes(b"<html><body><img src='scan.jpg'></body></html>")
    result = process(path)
    assert result.quarantine.reason == "no_text"


def test_the_declared_source_is_the_issuer_unless_it_is_a_department():
    """Issue 19: the page's ContentSource (or printed 来源) names the issuer, not a name
    guessed from the title — unless it is a department or a shorter form of the
    organisation the title names."""
    body = "<h1>关于印发2021年工作要点的通知</h1><p>全年事故12起。</p>"
    declared = html_doc(body, head='<meta name="ContentSource" content="浙江省应急管理厅">')
    assert declared.issuer == "浙江省应急管理厅"
    titled = "<h1>金华市应急管理局关于印发2021年工作要点的通知</h1><p>全年事故12起。</p>"
    shorter = html_doc(titled, head='<meta name="ContentSource" content="市应急管理局">')
    assert shorter.issuer == "金华市应急管理局"
    department = html_doc(titled, head='<meta name="ContentSource" content="办公室">')
    assert department.issuer == "金华市应急管理局"
