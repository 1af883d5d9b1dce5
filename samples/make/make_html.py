"""Rebuild seeds 000-002 as the government web pages they were published as.

Reads the text seeds (samples/000_…txt to 002_…txt) and writes samples/*.html: the seed's
own content inside realistic site chrome (navigation, breadcrumb, meta line, share
buttons, related links, footer, scripts), so the HTML reader can be checked against the
values of the text copies. Seed 000's flattened table is rebuilt as the real <table>
it came from (rowspan for 目标名称 / 考核指标, colspan for 公开程度).

    python samples/make/make_html.py        # rewrites the three .html samples

Encodings are part of the test: 000 is UTF-8 declared in <meta charset>; 001 is GBK with
the charset only in an http-equiv <meta> (labelled gb2312, as many sites do, although
the text holds GBK-only characters such as 勠); 002 is GBK with no charset declared.
"""

# ruff: noqa: E501 - the page templates keep real-looking long HTML lines
from __future__ import annotations

import html
import re
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent

#: The five 目标名称 of seed 000; the text copy glues each to its 考核指标.
TARGETS_000 = ("安全形势稳定好转", "防汛防台基层体系建设", "风险隐患排查治理", "应急数字化水平提升",
               "应急物资储备体系")
HEADER_000 = "目标名称考核指标进展情况填报内容公开程度存在问题解决途径解决建议备注"


def esc(text: str) -> str:
    """HTML-escape seed text; no-break spaces stay visible as &nbsp;."""
    return html.escape(text, quote=False).replace("\xa0", "&nbsp;")


def seed(name: str) -> list[str]:
    path = next(SAMPLES.glob(f"{name}_*.txt"))
    return path.read_text(encoding="utf-8").split("\n")


# --- seed 000: quarterly progress table ----------------------------------------------------

_ROW_GROUP = re.compile(
    r"(?P<name>" + "|".join(TARGETS_000) + r")(?P<indicators>.*?)(?P<blank>[\s\xa0]*)"
    r"当季进度(?P<quarter>.*?)公开/不公开/部分公开(?P<open>公开)\n(?P<way>[^\n]*)\n\n"
    r"累计进度(?P<cumulative>.*?)不公开或部分公开理由\n"
    r"累计完成工作量(?P<done>\d+\.\d\d)部分公开内容",
    re.S,
)


def _td(content: str, *, rowspan: int = 1, colspan: int = 1, width: str = "",
        center: bool = False) -> str:
    attrs = ' valign="center"' if center else ' valign="top"'
    if rowspan > 1:
        attrs += f' rowspan="{rowspan}"'
    if colspan > 1:
        attrs += f' colspan="{colspan}"'
    if width:
        attrs += f' width="{width}"'
    style = ' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"'
    return f"<td{attrs}{style}>{content}</td>"


def _cell_p(text: str) -> str:
    if not text:
        return '<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>'
    return ('<p class="MsoNormal" style="line-height:18.0pt">'
            f'<span style="font-family:仿宋_GB2312;font-size:10.5pt">{esc(text)}</span></p>')


def table_000(lines: list[str]) -> tuple[str, str]:
    """(paragraphs before the table, the table) rebuilt from seed 000's flattened text."""
    start = lines.index(HEADER_000)
    before = lines[6:start]
    assert before == ["市直单位绩效考核目标进度汇总表", "责任单位市应急管理局", "责任人"], before
    body = "\n".join(lines[start + 1 :]).rstrip("\n")
    groups = list(_ROW_GROUP.finditer(body))
    assert len(groups) == len(TARGETS_000), len(groups)
    rebuilt = "\n\n".join(m.group(0) for m in groups)
    assert re.sub(r"\s", "", rebuilt) == re.sub(r"\s", "", body), "seed 000 not fully mapped"

    head = ["目标名称", "考核指标", "进展情况", "填报内容", "公开程度", "存在问题", "解决途径",
            "解决建议", "备注"]
    widths = ["8%", "22%", "7%", "30%", "9%", "6%", "8%", "5%", "5%"]
    cells = [
        _td(f"<p align=\"center\"><b>{h}</b></p>", colspan=2 if h == "公开程度" else 1,
            width=w, center=True)
        for h, w in zip(head, widths, strict=True)
    ]
    rows = ["<tr style=\"height:30pt\">" + "".join(cells) + "</tr>"]
    for m in groups:
        sentences = re.findall(r"[^。]+。?", m.group("indicators"))
        assert "".join(sentences) == m.group("indicators")
        indicators = "\n".join(_cell_p(s) for s in sentences if s.strip())
        indicators += "".join("<p>&nbsp;</p>" for _ in m.group("blank").split("\xa0")[1:])
        rows.append(
            "<tr>"
            + _td(_cell_p(m.group("name")), rowspan=3, center=True)
            + _td(indicators, rowspan=3)
            + _td(_cell_p("当季进度"), center=True)
            + _td(_cell_p(m.group("quarter")))
            + _td(_cell_p("公开/不公开/部分公开"), center=True)
            + _td(_cell_p(m.group("open")), center=True)
            + _td(_cell_p(""), rowspan=3)
            + _td(_cell_p(m.group("way")), rowspan=3)
            + _td(_cell_p(""), rowspan=3)
            + _td(_cell_p(""), rowspan=3)
            + "</tr>"
        )
        rows.append(
            "<tr>"
            + _td(_cell_p("累计进度"), center=True)
            + _td(_cell_p(m.group("cumulative")))
            + _td(_cell_p("不公开或部分公开理由"), center=True)
            + _td(_cell_p(""))
            + "</tr>"
        )
        rows.append(
            "<tr>"
            + _td(_cell_p("累计完成工作量"), center=True)
            + _td(_cell_p(m.group("done")), center=True)
            + _td(_cell_p("部分公开内容"), center=True)
            + _td(_cell_p(""))
            + "</tr>"
        )
    paragraphs = (
        '<p align="center" style="text-align:center"><b><span style="font-size:16pt">'
        f"{esc(before[0])}</span></b></p>\n"
        f'<p class="MsoNormal">责任单位<u>{esc(before[1].removeprefix("责任单位"))}</u></p>\n'
        f'<p class="MsoNormal">{esc(before[2])}</p>\n'
    )
    table = ('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" '
             'width="100%" style="border-collapse:collapse;border:none">\n<tbody>\n'
             + "\n".join(rows) + "\n</tbody>\n</table>")
    return paragraphs, table


def page_000() -> bytes:
    lines = seed("000")
    title = lines[2]
    assert lines[3].startswith("发布日期: 2020-10-21"), lines[3]
    paragraphs, table = table_000(lines)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}_绩效管理_杭州市应急管理局</title>
<meta name="SiteName" content="杭州市应急管理局">
<meta name="SiteDomain" content="yjglj.hangzhou.gov.cn">
<meta name="SiteIDCode" content="3301000038">
<meta name="ColumnName" content="绩效管理">
<meta name="ColumnType" content="政府信息公开">
<meta name="ArticleTitle" content="{esc(title)}">
<meta name="PubDate" content="2020-10-21 16:45">
<meta name="ContentSource" content="办公室">
<meta name="Keywords" content="职能目标,工作进度,汇总表">
<link rel="stylesheet" type="text/css" href="/css/common.css">
<link rel="stylesheet" type="text/css" href="/css/article.css">
<script type="text/javascript" src="/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">
  var _hmt = _hmt || [];
  (function() {{ var hm = document.createElement("script"); hm.src = "/stat.js?id=2020";
    var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
</script>
<style>.article-content p {{ text-indent: 2em; line-height: 2; }}</style>
</head>
<body>
<div class="top-bar">
  <div class="w1200">
    <span class="date" id="today"></span>
    <span class="links"><a href="/wza/">无障碍浏览</a> | <a href="/zzms/">长者模式</a> | <a href="/login">登录</a> | <a href="/en/">English</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <div class="logo"><a href="/"><img src="/images/logo.png" alt="杭州市应急管理局"></a></div>
    <div class="search">
      <form action="/search" method="get"><input type="text" name="q" placeholder="请输入关键字"><button type="submit">搜索</button></form>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="/">首页</a></li>
    <li><a href="/jggk/">机构概况</a></li>
    <li class="on"><a href="/zwgk/">政府信息公开</a></li>
    <li><a href="/yjgl/">应急管理</a></li>
    <li><a href="/aqsc/">安全生产</a></li>
    <li><a href="/fzjz/">防灾减灾</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
  </ul>
</div>
<div class="main w1200">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/jxgl/">绩效管理</a></div>
  <div class="article">
    <h1 class="article-title">{esc(title)}</h1>
    <div class="article-info">
      <span>发布日期: 2020-10-21&nbsp; 16:45</span>
      <span>浏览次数: <em id="hits"><script>document.write(Math.floor(Math.random()*900)+100)</script></em></span>
      <span>来源:办公室</span>
      <span class="font-size">字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></span>
    </div>
    <div class="article-content" id="zoom">
<!--ZJEG_RSS.content.begin-->
{paragraphs}{table}
<!--ZJEG_RSS.content.end-->
    </div>
    <div class="share">分享到：<a class="bds_weixin" title="分享到微信">微信</a> <a class="bds_tsina" title="分享到新浪微博">微博</a> <a class="bds_qzone" title="分享到QQ空间">QQ空间</a></div>
    <div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
  <div class="related">
    <h3>相关信息</h3>
    <ul>
      <li><a href="/art/2020/7/20/art_1.html">市应急管理局2020年职能目标二季度工作进度汇总表</a><span>2020-07-20</span></li>
      <li><a href="/art/2020/4/22/art_2.html">市应急管理局2020年职能目标一季度工作进度汇总表</a><span>2020-04-22</span></li>
      <li><a href="/art/2020/1/15/art_3.html">市应急管理局2019年度目标完成情况(完成率100%)</a><span>2020-01-15</span></li>
    </ul>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <p>主办单位：杭州市应急管理局　　承办单位：杭州市应急管理局办公室</p>
    <p>地址：杭州市某某路100号　　邮编：310000　　联系电话：0571-85000000</p>
    <p><a href="https://beian.miit.gov.cn/">浙ICP备00000000号-1</a>　　<a href="/gaba">浙公网安备 33010000000000号</a>　　网站标识码：3301000038</p>
    <p><a href="/zc/"><img src="/images/zc.png" alt="政府网站找错"></a> <a href="/dzjg/"><img src="/images/red.png" alt="党政机关"></a></p>
  </div>
</div>
<script type="text/javascript">
  document.getElementById("today").innerHTML = new Date().toLocaleDateString();
  function setFont(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
</script>
</body>
</html>
"""
    return page.encode("utf-8")


# --- seeds 001 and 002: prose pages -------------------------------------------------------

_NUMBERED_HEADING = re.compile(r"^[一二三四五六七八九十]+、|^[(（][一二三四五六七八九十]+[)）]")


def _prose(lines: list[str], *, h3_top: bool) -> str:
    """Seed lines as CMS paragraphs; numbered section heads in bold (or <h3> for 一、)."""
    out = []
    for raw in lines:
        line = raw.strip(" ")
        if not line.strip():
            continue
        if h3_top and re.match(r"^[一二三四五六七八九十]+、", line):
            out.append(f'<h3 style="text-indent:2em;font-size:16px">{esc(line)}</h3>')
        elif _NUMBERED_HEADING.match(line) and len(line) <= 40:
            out.append(f'<p style="text-indent:2em"><strong>{esc(line)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em">{esc(line)}</p>')
    return "\n".join(out)


def page_001() -> bytes:
    lines = seed("001")
    title = lines[2]
    assert lines[4].startswith("时间:2021-10-11 13:25:34"), lines[4]
    assert lines[-1].startswith("推荐访问"), lines[-1]
    lead, rest = lines[6], lines[7:-1]
    body = (f'<p align="center" style="text-align:center"><b>{esc(lead.strip())}</b></p>\n'
            + _prose(rest, h3_top=True))
    # An old table-layout CMS: layout tables, GBK, charset only in http-equiv.
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{esc(title)} - 杭州市应急管理局</title>
<link href="/images/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/common.js"></script>
<script language="javascript">
function doZoom(size) {{ document.getElementById('zoom').style.fontSize = size + 'px'; }}
</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/banner.jpg" width="1000" height="120" alt="杭州市应急管理局"></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="menu">
  <tr>
    <td align="center"><a href="/">首页</a></td>
    <td align="center"><a href="/col/col1/">机构概况</a></td>
    <td align="center"><a href="/col/col2/">政府信息公开</a></td>
    <td align="center"><a href="/col/col3/">工作动态</a></td>
    <td align="center"><a href="/col/col4/">政策法规</a></td>
    <td align="center"><a href="/col/col5/">公众参与</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top" class="left">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="left_title">政府信息公开</td></tr>
        <tr><td class="left_menu"><a href="/col/col21/">信息公开指南</a></td></tr>
        <tr><td class="left_menu"><a href="/col/col22/">信息公开目录</a></td></tr>
        <tr><td class="left_menu"><a href="/col/col23/">信息公开年报</a></td></tr>
        <tr><td class="left_menu"><a href="/col/col24/">工作总结</a></td></tr>
        <tr><td class="left_menu"><a href="/col/col25/">绩效管理</a></td></tr>
      </table>
    </td>
    <td width="780" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col2/">政府信息公开</a> &gt; <a href="/col/col24/">工作总结</a></td></tr>
        <tr><td align="center" class="biaoti">{esc(title)}</td></tr>
        <tr><td align="center" class="fbxx">时间:2021-10-11 13:25:34 &nbsp;浏览次数:<span id="count"><script>getCount(2021)</script></span>
          &nbsp;【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</td></tr>
        <tr><td class="bt_content" id="zoom">
{body}
        </td></tr>
        <tr><td class="keyword">推荐访问:<a href="/tag/gzzj">工作总结</a> <a href="/tag/xbn">下半年</a> <a href="/tag/sbn">上半年</a></td></tr>
        <tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
  <tr><td align="center">
    主办单位：杭州市应急管理局&nbsp;&nbsp;联系电话：0571-85000000<br>
    版权所有 &copy; 杭州市应急管理局&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">浙ICP备00000000号</a>&nbsp;&nbsp;网站标识码：3301000038
  </td></tr>
</table>
<script language="javascript">var _count = 0; /* site statistics 2020 */</script>
</body>
</html>
"""
    return page.encode("gbk", errors="xmlcharrefreplace")


def page_002() -> bytes:
    lines = seed("002")
    title = lines[2]
    assert lines[3].startswith("发布日期: 2022-07-15 09:18"), lines[3]
    out = []
    for raw in lines[5:]:
        line = raw.strip(" ")
        if not line.strip():
            continue
        if line.rstrip("\xa0 ") in ("金华市应急管理局", "2021年2月26日"):
            out.append(f'<p style="text-align:right">{esc(line)}</p>')
        elif line == "2021年全市应急管理(人民防空)工作要点":
            out.append(f'<p style="text-align:center"><strong>{esc(line)}</strong></p>')
        else:
            out.append(_prose([line], h3_top=False))
    body = "\n".join(out)
    # XHTML from a newer CMS, no charset anywhere (the server did not send one either).
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(title)}</title>
<meta name="keywords" content="应急管理,人民防空,工作要点" />
<link rel="stylesheet" href="/static/css/base.css" />
<script type="text/javascript" src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="head">
  <div class="head-top"><a href="/">金华市应急管理局(金华市人民防空办公室)</a><span class="weather">今天是</span></div>
  <ul class="main-nav">
    <li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/yjyw/">应急要闻</a></li>
    <li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/rfzl/">人防专栏</a></li>
  </ul>
</div>
<div class="container">
  <div class="bt-position">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/ghjh/">规划计划</a> &gt;&gt; <a href="/zwgk/ghjh/jhzj/">计划总结</a></div>
  <div class="con-left">
    <div class="title">{esc(title)}</div>
    <div class="fbxx">发布日期: 2022-07-15 09:18&nbsp;&nbsp;来源: 市应急管理局(人防办)&nbsp;&nbsp;访问次数: <span id="views"></span></div>
    <div class="article-con" id="zoom">
      <div class="TRS_Editor">
{body}
      </div>
    </div>
    <div class="fx">分享到: <a class="weixin">微信</a><a class="weibo">微博</a><a class="qq">QQ</a></div>
    <div class="prev-next"><p>上一篇：<a href="/art/2021/1/5/art_1.html">2020年全市应急管理工作总结</a></p><p>下一篇：<a href="/art/2021/3/9/art_2.html">2021年全市安全生产工作要点</a></p></div>
  </div>
</div>
<div class="foot">
  <p>主办单位：金华市应急管理局(金华市人民防空办公室)&nbsp;&nbsp;联系电话：0579-82000000</p>
  <p>浙ICP备00000001号&nbsp;&nbsp;浙公网安备 33070200000000号&nbsp;&nbsp;网站标识码：3307000002</p>
</div>
<script type="text/javascript">$("#views").load("/count?id=2021");</script>
</body>
</html>
"""
    return page.encode("gbk", errors="xmlcharrefreplace")


PAGES = {
    "000_progress_quarterly.html": page_000,
    "001_half_year_summary.html": page_001,
    "002_annual_work_plan.html": page_002,
    "005_self_evaluation.html": lambda: page_005(),
}


# --- 005: the self-evaluation form as a finance bureau publishes it -----------------------


def page_005() -> bytes:
    """The 项目支出绩效自评表 of the PDF sample (same rows and merged cells, from
    make_pdf.html_005) on a municipal finance site: GB18030 declared in http-equiv."""
    import make_pdf  # the same folder: one source for the form's content

    form = make_pdf.html_005()
    body = form[form.index("<body>") + len("<body>") : form.index("</body>")]
    body = re.sub(r'<div title="(?:header|footer)">.*?</div>', "", body, flags=re.S)
    title = make_pdf.SELF_EVAL_TITLE
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>{esc(title)}-广州市应急管理局</title>
<meta name="ArticleTitle" content="{esc(title)}">
<meta name="PubDate" content="2023-04-20 10:30">
<meta name="ContentSource" content="规划财务处">
<script src="/js/common.js"></script>
</head>
<body>
<div id="top"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div>
<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/czyjs/">财政预决算</a></div>
<div class="content">
  <h2>{esc(title)}</h2>
  <div class="info">发布时间：2023-04-20　信息来源：规划财务处　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
  <div class="TRS_Editor">
{body}
  </div>
  <div class="bottom-tools">【<a href="javascript:print()">打印</a>】【<a href="javascript:close()">关闭</a>】</div>
</div>
<div class="footer">主办单位：广州市应急管理局　ICP备案：粤ICP备00000000号　联系电话：020-83000000</div>
</body>
</html>
"""
    return page.encode("gb18030")


def main() -> None:
    for name, build in PAGES.items():
        (SAMPLES / name).write_bytes(build())
        print(f"wrote samples/{name}")


if __name__ == "__main__":
    main()
