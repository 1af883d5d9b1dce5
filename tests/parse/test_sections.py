"""The heading hierarchy: section paths per block and per offset."""

from __future__ import annotations

from support import SAMPLES
from zhibiao.ingest import read_document, read_source
from zhibiao.ingest.document import Block, SourceDocument
from zhibiao.ingest.text import split_blocks
from zhibiao.parse.sections import section_at, sections


def doc_of(text: str, blocks: list[Block] | None = None, title: str | None = None):
    return SourceDocument(doc_id="0123456789abcdef", source="t.txt", media_type="text/plain",
                          text=text, blocks=blocks if blocks is not None else split_blocks(text),
                          title=title)


def section_paths(doc: SourceDocument) -> list[str | None]:
    """One section path per block of `doc`, None before the first section."""
    return list(sections(doc).paths)


def paths_by_line(text: str):
    """A function giving the section path of the line that starts with a given prefix."""
    doc = doc_of(text)
    lines = [(doc.block_text(b), p) for b, p in zip(doc.blocks, section_paths(doc), strict=True)]

    def path(prefix: str) -> str | None:
        (found,) = [p for line, p in lines if line.startswith(prefix)]
        return found

    return path


PLAN = """2021年全市工作要点
2021年是开局之年。
一、主要目标
(一)安全生产方面:事故起数下降20%;坚决遏制较大事故。
(二)自然灾害方面:损失占GDP的比例控制在1%以内。
二、重点任务措施
(一)深化推进三大改革
1.巩固提升标准化改革。在完成全市147个乡镇建设任务的基础上,完成试点建设。
2.强化责任落实提升工程建设
(1)突出抓好党政领导责任落实。完善市安委会组织架构。
(2)严格部门监管责任落实。建立工作制度。
(二)强化四大工程建设
1.强化数字赋能
"""


def test_numbered_headings_nest_in_conventional_order():
    paths = paths_by_line(PLAN)
    assert paths("2021年全市工作") is None  # title and preamble: no section
    assert paths("2021年是开局之年") is None
    assert paths("一、主要目标") == "一、主要目标"
    assert paths("(一)安全生产方面") == "一、主要目标 › (一)安全生产方面"
    assert paths("(二)自然灾害方面") == "一、主要目标 › (二)自然灾害方面"
    assert paths("(1)突出抓好党") == ("二、重点任务措施 › (一)深化推进三大改革 › "
                                   "2.强化责任落实提升工程建设 › (1)突出抓好党政领导责任落实")
    # a heading of a kind already open closes everything below it
    assert paths("1.强化数字赋能") == "二、重点任务措施 › (二)强化四大工程建设 › 1.强化数字赋能"


def test_run_in_and_sentence_headings_keep_a_short_title():
    paths = paths_by_line(PLAN)
    assert paths("1.巩固提升标准化").endswith(" › 1.巩固提升标准化改革")
    heading = "一、强化安全生产责任落实,确保全年事故起数下降10%,坚决遏制重特大事故发生"
    doc = doc_of(heading + "\n正文。\n")
    assert section_paths(doc) == [heading, heading]


def test_long_title_is_cut_at_a_comma():
    doc = doc_of("1.督促企业主体责任落实持续推进安全生产综合治理三年行动,进一步完善责任体系,"
                 "优化调整专委会的设置运行,修订完善一票否决制度\n")
    assert section_paths(doc) == ["1.督促企业主体责任落实持续推进安全生产综合治理三年行动"]


def test_item_starting_inside_a_paragraph_continues_its_siblings():
    text = ("二、下一步工作思路\n"
            "(一)复盘梅汛,推进灾后恢复重建。(二)以闭环机制为抓手,强化考核巡查。\n")
    doc = doc_of(text)
    assert section_at(doc, text.index("复盘")) == (
        "二、下一步工作思路 › (一)复盘梅汛,推进灾后恢复重建")
    assert section_at(doc, text.index("强化考核")) == (
        "二、下一步工作思路 › (二)以闭环机制为抓手,强化考核巡查")
    # but a number that does not continue the siblings is text, not a heading
    text = "一、工作\n(一)开展督查。(三)是笔误。\n"
    doc = doc_of(text)
    assert section_at(doc, text.index("笔误")) == "一、工作 › (一)开展督查"


def test_chapters_sections_and_circled_numbers():
    text = ("第一章 总则\n第一节 目标\n一、安全\n①事故起数下降。\n②死亡人数下降。\n"
            "第二章 任务\n一、防控\n")
    paths = paths_by_line(text)
    assert paths("①事故起数下降。") == "第一章 总则 › 第一节 目标 › 一、安全 › ①事故起数下降"
    assert paths("②死亡人数下降。") == "第一章 总则 › 第一节 目标 › 一、安全 › ②死亡人数下降"
    assert paths("一、防控") == "第二章 任务 › 一、防控"


def test_a_list_before_the_first_chinese_heading_is_closed_by_it():
    paths = paths_by_line("1.说明一\n2.说明二\n一、主要目标\n(一)安全\n")
    assert paths("一、主要目标") == "一、主要目标"


def test_unnumbered_heading_after_a_section_is_a_caption_under_it():
    text = "二、总体要求\n(三)主要目标\n到2025年全面提升。\n规划指标表\n三、主要任务\n"
    blocks = split_blocks(text)
    blocks[3] = Block("heading", blocks[3].start, blocks[3].end, level=1)  # a centred PDF line
    doc = doc_of(text, blocks)
    assert section_paths(doc) == [
        "二、总体要求", "二、总体要求 › (三)主要目标", "二、总体要求 › (三)主要目标",
        "二、总体要求 › (三)主要目标 › 规划指标表", "三、主要任务"]


def test_without_numbering_the_readers_levels_nest():
    text = "报告标题\n概况\n正文一。\n细节\n正文二。\n展望\n正文三。\n"
    levels = [1, 2, None, 3, None, 2, None]
    blocks = [Block("heading" if level else "paragraph", b.start, b.end, level=level)
              for b, level in zip(split_blocks(text), levels, strict=True)]
    doc = doc_of(text, blocks, title="报告标题")
    assert section_paths(doc) == [
        None, "概况", "概况", "概况 › 细节", "概况 › 细节", "展望", "展望"]


def test_seed_paths_are_the_same_from_text_web_page_and_pdf():
    def paths(name):
        """The path of every numbered section, where it starts (the readers may join two
        items in one paragraph: (四)…。(五)… in the PDF)."""
        data, content_type = read_source(str(SAMPLES / name))
        doc = read_document(str(SAMPLES / name), data, content_type)
        found = sections(doc)
        return [found.at(heading.start) for heading in found.numbered]

    text = paths("001_half_year_summary.txt")
    assert text[0] == "一、上半年重点工作情况"
    assert "二、下一步工作思路 › (三)全力推进国家安全发展示范城市首批挂牌" in text
    assert paths("001_half_year_summary.html") == text
    assert paths("001_half_year_summary.pdf") == text
    plan = paths("002_annual_work_plan.txt")
    assert ("二、重点任务措施 › (三)扎实开展五大行动 › 4.开展社会共治提升行动 › "
            "(3)深化提升全民安全素养") in plan
    assert paths("002_annual_work_plan.html") == plan


def test_hierarchy_is_built_once_per_document():
    doc = doc_of(PLAN)
    assert sections(doc) is sections(doc)


def test_a_report_run_into_one_paragraph_opens_its_first_section_inline():
    """A page that ran its 政府工作报告 into one paragraph: …提出意见。 一、2024年政府工作回顾
    2024年是… opens the review inside the paragraph (a first 一、 after a full stop)."""
    from zhibiao.ingest.document import SourceDocument
    from zhibiao.ingest.text import split_blocks
    from zhibiao.parse.sections import sections

    text = ("各位代表:现在,我代表区政府向大会报告工作,请予审议。 一、2024年政府工作回顾 "
            "一年来,地区生产总值增长4.9%。 二、2025年工作安排 地区生产总值增长5%左右。\n")
    doc = SourceDocument(doc_id="0" * 16, source="t.txt", media_type="text/plain", text=text,
                         blocks=split_blocks(text))
    found = sections(doc)
    assert found.chain_at(text.index("4.9%"))[-1].title.startswith("一、2024年政府工作回顾")
    assert found.chain_at(text.index("5%左右"))[-1].title.startswith("二、2025年工作安排")
