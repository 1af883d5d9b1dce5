"""Title and issuer from a document's first lines (real cover pages of shared/real-pdfs)."""

from __future__ import annotations

from datetime import date

import pytest

from zhibiao.ingest.metadata import read_issuer, read_title


@pytest.mark.parametrize(("head", "title", "issuer"), [
    # a cover's title broken over two short lines
    ("江苏省人民检察院\n2019年度部门预算公开\n目录\n第一部分部门概况",
     "江苏省人民检察院2019年度部门预算公开", "江苏省人民检察院"),
    ("2018年度江苏省高级\n人民法院预算公开\n2018年2月24日\n目录",
     "2018年度江苏省高级人民法院预算公开", "江苏省高级人民法院"),
    # the longest organisation name, not the first suffix in it
    ("江苏省人大常委会办公厅\n2019年度部门预算公开\n目录",
     "江苏省人大常委会办公厅2019年度部门预算公开", "江苏省人大常委会办公厅"),
    # garbage and table captions are no titles; a table's head is cleaned
    ("AAAAAAAAAN\n江苏省人民检察院\n2017年部门预算\n目录",
     "江苏省人民检察院2017年部门预算", "江苏省人民检察院"),
    ("表一\n部门:江苏省政协办公厅收支预算总表单位:万元\n收入\t支出",
     "江苏省政协办公厅收支预算总表", "江苏省政协办公厅"),
    # a numbered section heading is no title; a 政府工作报告 names its issuer in its first
    # sentence, and a sentence is no issuer
    ("各位代表:\n现在,我代表北京市人民政府,向大会报告政府工作,请予审议。\n一、2023年工作回顾\n"
     "2023年是全面贯彻落实党的二十大精神的开局之年。", None, "北京市人民政府"),
    # a page's 标题: | … | field and a column tag 【…】 are no part of the title
    ("标题: | 【文稿解读】关于沂源县生活垃圾分类工作实施方案 | ||\n为深入贯彻落实…",
     "关于沂源县生活垃圾分类工作实施方案", None),
    # a page's fields as a bulleted list (- 标题: …), the index line first
    ("- 索 引 号: FJ00123-0400-2018-00199\n- 发布机构: 福建省卫生和计划生育委员会\n"
     "- 生成日期: 2018-05-10\n- 标题: 2017年福建省卫生计生事业发展情况\n- 有效性:有效\n"
     "2017年,全省卫生计生系统…\n一、卫生资源情况\n(一)卫生机构\n表1:机构类别\n中西医结合医院",
     "2017年福建省卫生计生事业发展情况", "福建省卫生和计划生育委员会"),
    ("【保基本民生】宣城市民生办公室关于2024年实施47项民生实事的通知\n县、市、区人民政府:",
     "宣城市民生办公室关于2024年实施47项民生实事的通知", "宣城市民生办公室"),
])
def test_title_and_issuer_of_real_first_pages(head, title, issuer):
    found = read_title(head)
    assert found == title
    assert read_issuer(head, found) == issuer


def test_a_report_without_a_dated_title_is_dated_by_its_headings():
    """A 政府工作报告 printed without its title (the Beijing 2024 PDF opens with 各位代表)
    is of the year after the one its 工作回顾 reviews, or of its 主要预期目标' year."""
    from zhibiao.ingest.metadata import report_year

    review = "各位代表:\n现在,我代表市人民政府向大会报告政府工作。\n一、2023年工作回顾\n过去一年……"
    assert report_year(None, None, review) == 2024
    assert report_year(None, None, "……\n二、2025年主要预期目标\n地区生产总值增长5%左右") == 2025
    assert report_year("2022年工作总结", None, review) == 2022  # the title wins
    assert report_year("子洲县二〇二三年国民经济和社会发展统计公报", None) == 2023
    assert report_year(None, None, "全年共发生事故12起") is None
    # the 2035 vision a plan's name adds is no year it is about
    assert report_year("某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要",
                       date(2021, 3, 1)) == 2021
    assert report_year(None, None, "2015年,面对严峻复杂的外部环境,全县…") == 2015
    text = "4月24日,人力资源社会保障部举行2023年一季度新闻发布会,介绍工作进展情况。\n一、就业"
    assert report_year(None, None, text) == 2023
    text = "督查室近期对《政府工作报告》确定的2021年重点工作上半年完成情况进行了督办。\n一、"
    assert report_year(None, None, text) == 2021
    text = ("索引号: | 1137/2025-00088 |\n发布机构: | 山东省统计局 |\n"
            "2025年1-2月全省经济运行情况解读 山东省统计局 2025年3月25日 解读: …")
    assert report_year("解读:1-2月全省工业生产实现较快增长", None, text) == 2025
    text = "各位代表:\n现将全县2022年国民经济和社会发展计划执行情况及2023年计划(草案)报告如下"
    assert report_year(None, None, text) == 2023  # the year planned


def test_a_forms_year_under_its_title_dates_it_before_the_page_date():
    """A 绩效目标表 whose title line is followed by (2021年) is of 2021 even when the page
    was put up in 2022; a bracketed year inside a sentence is no form's year."""
    from datetime import date

    from zhibiao.ingest.metadata import report_year

    form = "再生资源回收市场管理经费项目绩效目标表\n发布时间:2022年09月12日\n(2021年)\n项目名称 …"
    assert report_year("再生资源回收市场管理经费项目绩效目标表", date(2022, 9, 12), form) == 2021
    piped = "部门整体支出绩效自评表 | ||||\n(2023年度) | ||||\n部门 | 金寨县… |"
    assert report_year("部门整体支出绩效自评表", None, piped) == 2023
    # (a copy that took the opening bracket with the cell before: 2019年度))
    lost = "附件1\n项目支出绩效自评表\n2019年度)\n项目名称\n办公宿舍楼暖通改造经费\n"
    assert report_year("办公宿舍楼暖通改造经费绩效自评表(修改)", date(2020, 4, 1), lost) == 2019
    prose = "全年完成投资12亿元(2021年为10亿元),同比增长20%。"
    assert report_year(None, date(2022, 3, 1), prose) == 2022

def test_a_sentence_or_a_list_item_is_no_title():
    """A plan printed without its title: its first lines are sentences and a list's items
    (——产业能级实现新跨越。…), none of them a title."""
    from zhibiao.ingest.metadata import read_title

    text = ("2026年,是实施“十五五”规划的开局之年,现将加力推动产业高质量发展行动安排如下。\n"
            "一、行动目标\n——产业能级实现新跨越。科技服务业营业收入同比增长15%。(见附件1)\n")
    assert read_title(text) is None
    assert read_title("- 公开方式:主动公开\n2023-2024学年度教育事业统计数据\n") == \
        "2023-2024学年度教育事业统计数据"

def test_a_field_ends_where_the_next_fields_label_begins():
    """发布机构：X发布日期：… printed without a space: the issuer is X; a table row is no
    title."""
    from zhibiao.ingest.metadata import field_value

    assert field_value("某某市生态环境局发布日期") == "某某市生态环境局"
    assert field_value("某某市生态环境局") == "某某市生态环境局"
    head = "发布机构:某某市生态环境局发布日期:2024-01-15\n正文"
    assert read_issuer(head, None) == "某某市生态环境局"
    assert read_title("| 一、本年新收政府信息公开申请数量 | 3 | 0 | 0 |\n一、总体情况") is None
    assert read_title("一、综合\n图1:2011-2015年全县地区生产总值及增长速度\n") is None


def test_a_table_of_page_fields_and_a_delivery_line_give_no_title():
    head = ("文件名称 | 汉滨区2025年政府工作报告 | ||\n"
            "索引号 | /2025-0000 | 公开目录: | 工作报告 |\n"
            "2025年3月21日在汉滨区第十九届\n人民代表大会第四次会议上\n各位代表:")
    assert read_title(head) == "汉滨区2025年政府工作报告"
    head = ("政务公开 > 政府信息公开目录 > 报告统计\n公开方式: 主动公开 发文日期: 2025-01-27\n"
            "凤鸣街道办事处工作报告\n")
    assert read_title(head) == "凤鸣街道办事处工作报告"


def test_an_untitled_undated_copy_is_of_the_year_it_names_most():
    """A final account whose page lost its title and date: 2023年度 is said again and
    again; a year a figure is compared with (较2022年度, 比2022年) does not count."""
    from zhibiao.ingest.metadata import report_year

    text = ("一、单位基本情况\n本单位为公益一类事业单位。\n二、收入支出决算总体情况说明\n"
            "2023年度收入总计617.85万元,较2022年度减少12万元。2023年度支出合计617.85万元,"
            "比2022年减少12万元。2023年度年末结转和结余0.00万元。")
    assert report_year(None, None, text) == 2023
    # a year said once or twice dates nothing; nor one no more often than the others
    assert report_year(None, None, "一、基本情况\n2023年度收入总计617.85万元。") is None
    assert report_year(None, None, "2022年…2022年…2022年…2023年…2023年…2024年…2024年") is None


def test_an_undated_copy_is_of_the_year_it_opens_on():
    """龙沙区统计局 / 2024年是…的关键一年。: a bulletin whose copy lost its dated title and
    its date is of the year it opens on (was no year, every figure undated)."""
    from zhibiao.ingest.metadata import report_year

    text = ("龙沙区统计局\n2024年是75周年,也是实现“十四五”规划目标任务的关键一年。\n一、综合\n"
            "初步核算,全年实现地区生产总值152.8亿元,比上年增长3.4%。")
    assert report_year("龙沙区统计局", None, text) == 2024


def test_a_bulleted_box_of_page_fields_gives_no_title():
    """• [ 体裁分类 ] / • 财政预算、决算: a field's value on the line under its bracketed
    label names the page's kind, not the report; the report's title comes after the box
    (even under a label left empty: • [ 有效性 ])."""
    head = ("  • [ 发布机构 ]\n  • 巫溪县财政局\n  • [ 体裁分类 ]\n  • 财政预算、决算\n"
            "  • [ 有效性 ]\n巫溪县2022年预算执行及2023年预算公开的说明\n日期:2023-01-12\n")
    assert read_title(head) == "巫溪县2022年预算执行及2023年预算公开的说明"
    head = ("[ 索引号 ] 11500230008686369K/2024-00230 [ 发文字号 ]\n"
            "[ 主题分类 ] 财政、金融、审计 [ 体裁分类 ] 财政预算、决算\n[ 发布机构 ] 丰都县财政局\n"
            "\n丰都县人民政府关于2021年决算情况的报告\n")
    assert read_title(head) == "丰都县人民政府关于2021年决算情况的报告"


def test_a_date_or_deadline_alone_is_no_title():
    """A task list copied cell by cell opens with its cells: 2024年底前 is a deadline."""
    head = "1\n|\n2024年底前\n|\n市农业农村局2024年重点工作任务分工\n"
    assert read_title(head) == "市农业农村局2024年重点工作任务分工"
    assert read_title("2023年12月31日\n") is None
    # a newspaper page's date with its weekday, above the headline
    assert read_title("2019年01月12日 星期六\n\n2018年10个民生实事项目全面落实\n\n本报讯") == \
        "2018年10个民生实事项目全面落实"


def test_a_pages_font_switch_and_a_reports_delivery_lines_are_no_title():
    head = "字体大小:【大】【中】【小】长治市上党区统计局2020年工作总结暨2021年工作计划\n正文"
    assert read_title(head) == "长治市上党区统计局2020年工作总结暨2021年工作计划"
    head = ("—— 2016年2月19日在准格尔旗\n第十六届人民代表大会第五次会议上\n"
            "准格尔旗旗长 额登毕力格\n各位代表:\n")
    assert read_title(head) is None


def test_a_pages_disclosure_tags_and_greeting_are_no_title():
    for head, title in (
            ("法定主动公开内容\n+\n2022年工作总结和2023年工作思路\n",
             "2022年工作总结和2023年工作思路"),
            ("明政办〔2018〕57号\n各县(市、区)人民政府,市直各单位:\n三明市人民政府办公室\n"
             "2018年6月28日\n(此件主动公开)\n2018年民生基础设施补短板实施方案\n",
             "2018年民生基础设施补短板实施方案"),
            ("欢迎访问巨鹿人民政府网站\n\n2023年度巨鹿县重点民生实事项目\n",
             "2023年度巨鹿县重点民生实事项目"),
            ("政府信息公开\n甘谷县政府2020年将为民办好15件大事和民生实事\n",
             "甘谷县政府2020年将为民办好15件大事和民生实事"),
            # a page's title naming a 落实情况 before the caption of its table
            ("2024年上半年市政府重点工作落实情况\n附件1\n"
             "2024年重点工作及责任清单落实情况汇总表(量化重点工作35项)\n序号\n",
             "2024年上半年市政府重点工作落实情况")):
        assert read_title(head) == title


def test_a_pages_source_and_view_counter_line_is_chrome():
    from zhibiao.ingest.text import split_blocks

    text = "文章来源:县统计局 发布时间:2019-11-11 11:04 浏览量:0次 打印 关闭\n全年完成投资5亿元。\n"
    assert [text[b.start : b.end] for b in split_blocks(text)] == ["全年完成投资5亿元。"]


def test_a_box_of_page_fields_copied_without_colons_is_chrome_and_dates_the_page():
    """索引号 … 主题分类 其他 / 组配分类 计划总结 发布机构 …局 / 生成日期 2024-12-09 …: two
    fields a line, labels and values parted by spaces only (gone once CJK text is
    normalised). No title, no block; the 生成日期 dates the page. A sentence that
    opens on such a word and names no second field stays text."""
    from zhibiao.ingest import read_document

    page = ("索引号 001008003008017/2024-144666 主题分类 其他\n"
            "组配分类 计划总结 发布机构 平阳县交通运输局\n"
            "生成日期 2024-12-09 公开方式 主动公开\n\n"
            "2024年平阳县交通运输局工作计划\n\n"
            "来源于上级的补助资金3.7亿元已全部到位。\n")
    doc = read_document("x.txt", page.encode())
    assert doc.title == "2024年平阳县交通运输局工作计划"
    assert str(doc.published) == "2024-12-09"
    assert [doc.block_text(b) for b in doc.blocks] == [
        "2024年平阳县交通运输局工作计划", "来源于上级的补助资金3.7亿元已全部到位。"]


def test_a_lone_field_word_with_a_pipe_is_a_table_cell_not_chrome():
    """名称 | alone on a line heads a table column; 标 题: | … and 名称 | 某某 are fields."""
    from zhibiao.ingest.metadata import CHROME_LABELS
    assert not CHROME_LABELS.match("名称 |")
    assert CHROME_LABELS.match("名称 | 某县统计局")
    assert CHROME_LABELS.match("标 题: | 2023年工作总结 |")


def test_a_title_line_ending_on_the_pages_date_gives_both():
    from zhibiao.ingest.metadata import read_published, read_title
    text = "2022年8月社会消费品零售总额 2022-09-19 来源:市统计局\n\n社会消费品零售总额\n"
    assert read_title(text) == "2022年8月社会消费品零售总额"
    assert read_published(text) == date(2022, 9, 19)
    text = "2019年民生工程项目完成情况表\n2020-01-22 16:06  市民生办\n"
    assert read_published(text) == date(2020, 1, 22)


def test_the_pages_date_line_under_blank_lines_outranks_a_date_in_the_body():
    from zhibiao.ingest.metadata import read_published
    text = ("扫码访问\n您当前所在的位置:首页 > 政府数据 > 统计公报\n\n"
            "凤凰县2021年国民经济和社会发展统计公报\n\n2022-04-18 16:18 作者: 来源: 【字体:\n\n\n"
            "凤凰县统计局\n\n2021年3月22日\n\n2021年,面对新冠疫情反复……\n")
    assert read_published(text) == date(2022, 4, 18)


def test_a_pages_stamp_in_figures_dates_it_whatever_stands_beside_it():
    """A date with its time is the page's stamp: after a site's short name, before its
    source, or written with slashes."""
    from zhibiao.ingest.metadata import read_published
    text = ("温州“十三五”规划《纲要》预计完成31项指标\n\n温州网 2020-12-24 08:17:00\n"
            "2020年,是“十三五”规划收官之年。\n")
    assert read_published(text) == date(2020, 12, 24)
    assert read_published("某县工作总结\n2021/5/6 9:20:30 来源:   县政府办\n") == date(2021, 5, 6)
    assert read_published("来源:长乐区统计局 2023-07-26 10:48 浏览量:\n") == date(2023, 7, 26)
    # a figure of the text, no time after it, is no stamp
    assert read_published("某县概况\n截至2021-05-06,全县共有学校12所。\n") is None


def test_a_report_title_broken_after_he_and_the_date_it_was_delivered():
    from zhibiao.ingest.metadata import read_published, read_title
    text = ("南开区2023年预算执行情况和\n2024年预算草案的报告\n"
            "2024年1月11日在南开区第十八届\n人民代表大会第五次会议上\n南开区财政局\n各位代表:\n")
    assert read_title(text) == "南开区2023年预算执行情况和2024年预算草案的报告"
    assert read_published(text) == date(2024, 1, 11)


def test_the_pages_title_field_names_the_document_before_its_first_lines():
    """A 信息公开 box's 名  称: field is the title, even when a table's header further down
    names a kind (全年预算数 …); its value ends at the next field's label (…通知 文号:)."""
    head = ("发布机构: 杨楼镇人民政府 文  号:\n"
            "名  称: 2023年杨楼社区特色种养殖补贴到户项目资金使用情况\n词:\n"
            "全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n")
    assert read_title(head) == "2023年杨楼社区特色种养殖补贴到户项目资金使用情况"
    assert read_title("标     题 项目支出绩效目标表3 文     号\n\n项目支出绩效目标表3\n") \
        == "项目支出绩效目标表3"
    assert read_title("名称:宣城市民生办关于2024年实施47项民生实事的通知文号:\n") \
        == "宣城市民生办关于2024年实施47项民生实事的通知"
    # without a colon, a value that names no kind of document is a table's header cell
    assert read_title("名称 | 农业总产值 | 农业产值 | 林业产值 |\n全县农业经济运行情况\n") \
        == "全县农业经济运行情况"


def test_an_issuer_field_ends_at_the_next_fields_label_even_without_a_colon():
    """Boxes copied with their fields run together: 发布机构 教育局 有 效 性 有效, 发布机构:
    X 文  号:, 发布机构 新安街道 附件下载."""
    assert read_issuer("索引号 733569413/2020-806617\n发布机构教育局有效性有效\n", None) == "教育局"
    assert read_issuer("发布机构:杨楼镇人民政府文号:\n", None) == "杨楼镇人民政府"
    assert read_issuer("发布机构新安街道附件下载——\n", None) == "新安街道"


def test_who_signed_a_release_is_no_title():
    head = ("来源:铁岭市统计局 发布时间:2024年11月21日\n"
            "(签发人:郝延年核稿人:佟卓撰稿人:张潇月)\n2024年1—10月,全市工业增加值同比下降5.3%。")
    assert read_title(head) is None


def test_a_release_about_months_after_its_own_date_is_about_last_year():
    from zhibiao.ingest.metadata import report_year

    assert report_year("12月和1-12月全市地表水、环境空气质量状况", date(2021, 1, 19)) == 2020
    assert report_year("1-9月份全市经济运行情况", date(2021, 10, 20)) == 2021
    assert report_year("2020年12月空气质量", date(2021, 1, 5)) == 2020


def test_a_report_that_lost_its_title_is_of_the_earlier_year_its_text_opens_with():
    """A 统计公报 whose copy starts with its issuers and release date (晋中市统计局 / 国家统计
    局晋中调查队 / 2018年3月26日 / 2017年,全市上下…) is of 2017, not of the year it came
    out; a text opening on its own release year keeps that year."""
    from zhibiao.ingest.metadata import report_year

    text = "晋中市统计局\n国家统计局晋中调查队\n2018年3月26日\n2017年,全市上下坚持稳中求进。\n"
    assert report_year("晋中市统计局", date(2018, 3, 26), text) == 2017
    assert report_year("晋中市统计局", date(2018, 3, 26), text.replace("2017年,", "2018年,")) \
        == 2018
    assert report_year("晋中市2016年统计公报", date(2018, 3, 26), text) == 2016  # the title wins


@pytest.mark.parametrize("first_line", [
    "按照《预算法》关于推进政府信息公开工作的部署和要求,经汇总,2017年渝中区一般公共预算财政拨款开支",
    "按照区政府关于推进政府信息公开工作的要求,现将我单位2019年部门决算公开如下",
    "各区(市)县政府,市政府各部门:",
    "根据《池州市人民政府办公室关于开展绩效评价的通知》要求",
    "经市政府研究同意,现将《2019年〈政府工作报告〉确定的主要目标任务责任分解方案》印发你们",
])
def test_a_sentence_or_an_addressee_names_no_issuer(first_line):
    """A first sentence that cites a law or a superior's rule (按照《预算法》…, 根据…的通知), or
    the line of whom a notice is sent to (各区(市)县政府), is no issuer: none is better than
    the garbage it gave (按照《预算法》关于推进政府)."""
    assert read_issuer(first_line + "\n", None) is None


def test_a_source_field_ends_before_the_page_chrome_printed_after_it():
    """发布时间 : 2021-12-15 来源:芙蓉区城市人居环境局 字体大小: (the spaces gone when read):
    the issuer is the office, not …局字体大小; 信息来源: 南陵县烟墩镇阅读次数: likewise."""
    assert read_issuer("某页\n发布时间:2021-12-15来源:芙蓉区城市人居环境局字体大小:\n", None) \
        == "芙蓉区城市人居环境局"
    assert read_issuer("某页\n信息来源: 南陵县烟墩镇阅读次数:编辑:杨蕾\n", None) == "南陵县烟墩镇"
    assert read_issuer("某页\n来源:长乐区统计局2023-07-26\n", None) == "长乐区统计局"


def test_a_date_and_issuer_in_piped_page_fields_are_read():
    from zhibiao.ingest.metadata import read_published

    head = ("索引号 | 001008003002001/2022-41470 | ||\n"
            "组配分类 | 专项规划 | 发布机构 | 区卫健局 |\n"
            "生成日期 | 2022-01-18 | 公开方式 | 主动公开 |\n日前,龙湾区印发规划。")
    assert read_published(head) == date(2022, 1, 18)
    assert read_issuer(head, None) == "区卫健局"
