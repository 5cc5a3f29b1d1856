"""Each rule on small pages of our own: passed, failed, inapplicable, and cantTell where the rule has it."""

from __future__ import annotations

import pytest

from reader.core.a11y import RULES, Outcome, check_html
from reader.core.a11y.checking import CHECKS


def page(body: str, *, head: str = "<title>测试页</title>", lang: str = ' lang="zh-CN"') -> str:
    return f"<!DOCTYPE html><html{lang}><head>{head}</head><body>{body}</body></html>"


def outcome(markup: str, rule_id: str) -> Outcome:
    report = check_html(markup, rules=(rule_id,))
    assert not report.notes, report.notes
    return report.rule_outcomes()[rule_id]


P, F, NA, C = Outcome.PASSED, Outcome.FAILED, Outcome.INAPPLICABLE, Outcome.CANT_TELL
_LINKS = "".join(f'<a href="/n{i}">栏目{i}</a>' for i in range(20))

CASES: list[tuple[str, str, Outcome]] = [
    ("html-lang", page("<p>文字</p>"), P),
    ("html-lang", page("<p>文字</p>", lang=""), F),
    ("html-lang", page("<p>文字</p>", lang=' lang=" "'), F),
    ("html-lang", '<svg xmlns="http://www.w3.org/2000/svg"><text>x</text></svg>', NA),
    ("html-lang-valid", page("<p>文字</p>"), P),
    ("html-lang-valid", page("<p>文字</p>", lang=' lang="cn"'), F),
    ("html-lang-valid", page("<p>文字</p>", lang=' lang="zho"'), F),
    ("html-lang-valid", page("<p>文字</p>", lang=""), NA),
    ("page-title", page("<p>x</p>"), P),
    ("page-title", page("<p>x</p>", head="<title> </title>"), F),
    ("page-title", page("<p>x</p>", head=""), F),
    ("image-alt", page('<img src="a.png" alt="区政府大楼">'), P),
    ("image-alt", page('<img src="a.png" alt="">'), P),
    ("image-alt", page('<img src="a.png">'), F),
    ("image-alt", page('<img src="a.png" style="display:none">'), NA),
    ("image-alt", page("<p>无图</p>"), NA),
    ("image-alt-meaningless", page('<img src="a.png" alt="区政府大楼">'), P),
    ("image-alt-meaningless", page('<img src="a.png" alt="图片">'), F),
    ("image-alt-meaningless", page('<img src="x/IMG_2031.JPG" alt="IMG_2031.JPG">'), F),
    ("image-alt-meaningless", page('<img src="a.png" alt="">'), NA),
    ("link-name", page('<a href="/x">通知公告</a>'), P),
    ("link-name", page('<a href="/x"><img src="go.png"></a>'), F),
    ("link-name", page('<a href="/x" aria-label="首页"><img src="home.png"></a>'), P),
    ("link-name", page("<a>没有 href</a>"), NA),
    ("link-vague", page('<div><a href="/more">更多&gt;&gt;</a></div>'), F),
    ("link-vague", page('<p>下载申请表，<a href="/f">点击这里</a></p>'), C),
    ("link-vague", page('<a href="/n">通知公告</a>'), NA),
    ("button-name", page("<button>搜索</button>"), P),
    ("button-name", page('<button><img src="s.png"></button>'), F),
    ("button-name", page('<input type="submit">'), P),
    ("button-name", page("<p>无按钮</p>"), NA),
    ("image-button-name", page('<input type="image" src="s.png" alt="搜索">'), P),
    ("image-button-name", page('<input type="image" src="s.png">'), F),
    ("image-button-name", page("<p>x</p>"), NA),
    ("form-field-name", page('<label for="q">关键词</label><input id="q">'), P),
    ("form-field-name", page("<label>关键词 <input></label>"), P),
    ("form-field-name", page('<input placeholder="请输入关键词">'), P),
    ("form-field-name", page("<span>关键词</span><input>"), F),
    ("form-field-name", page('<input type="hidden" name="t">'), NA),
    ("heading-name", page("<h2>政务公开</h2>"), P),
    ("heading-name", page("<h2> </h2>"), F),
    ("heading-name", page("<p>x</p>"), NA),
    ("heading-order", page("<h1>标题</h1><h2>小节</h2><h3>分节</h3>"), P),
    ("heading-order", page("<h1>标题</h1><h3>跳级</h3>"), F),
    ("heading-order", page("<p>x</p>"), NA),
    (
        "table-headers-attr",
        page('<table><tr><th id="h1">项目</th></tr><tr><td headers="h1">1</td></tr></table>'),
        P,
    ),
    (
        "table-headers-attr",
        page('<table><tr><th id="h1">项目</th></tr><tr><td headers="h9">1</td></tr></table>'),
        F,
    ),
    ("table-headers-attr", page("<table><tr><th>项目</th></tr><tr><td>1</td></tr></table>"), NA),
    ("th-has-data-cells", page("<table><tr><th>项目</th></tr><tr><td>1</td></tr></table>"), P),
    ("th-has-data-cells", page("<table><tr><th>项目</th><th>金额</th></tr><tr><td>1</td></tr></table>"), F),
    ("th-has-data-cells", page("<table><tr><td>1</td></tr></table>"), NA),
    ("color-contrast", page('<p style="color:#333;background:#fff">正文</p>'), P),
    ("color-contrast", page('<p style="color:#aaa;background:#fff">正文</p>'), F),
    ("color-contrast", page('<p style="color:#777;font-size:24px">大字</p>'), P),
    ("color-contrast", page('<p style="color:#999;font-size:24px">大字</p>'), F),
    ("color-contrast", page("<style>.tip{color:#aaa}</style><div><p class=tip>说明</p></div>"), F),
    ("color-contrast", page("<style>div p{color:#aaa}</style><div><p>说明</p></div>"), F),
    ("color-contrast", page('<div style="background:#000"><p style="color:#eee">反白</p></div>'), P),
    ("color-contrast", page('<p style="color:var(--c)">变量</p>'), C),
    ("color-contrast", page('<p style="color:#eee;background:#fff url(bg.jpg)">图片背景</p>'), F),
    ("color-contrast", page('<p style="color:#fff;background:#000 url(bg.jpg)">图片背景</p>'), C),
    ("color-contrast", page('<p style="display:none;color:#eee">隐藏</p>'), NA),
    (
        "meta-refresh",
        page("<p>x</p>", head='<title>t</title><meta http-equiv="refresh" content="0; url=/a">'),
        P,
    ),
    ("meta-refresh", page("<p>x</p>", head='<title>t</title><meta http-equiv="refresh" content="30">'), F),
    ("meta-refresh", page("<p>x</p>"), NA),
    (
        "meta-refresh-no-exception",
        page("<p>x</p>", head='<title>t</title><meta http-equiv="refresh" content="72001">'),
        F,
    ),
    (
        "meta-viewport",
        page(
            "<p>x</p>",
            head='<title>t</title><meta name="viewport" content="width=device-width, maximum-scale=5">',
        ),
        P,
    ),
    (
        "meta-viewport",
        page("<p>x</p>", head='<title>t</title><meta name="viewport" content="user-scalable=no">'),
        F,
    ),
    (
        "meta-viewport",
        page("<p>x</p>", head='<title>t</title><meta name="viewport" content="width=device-width">'),
        NA,
    ),
    ("media-autoplay", page('<audio src="a.mp3" autoplay controls></audio>'), P),
    ("media-autoplay", page('<audio src="a.mp3" autoplay></audio>'), F),
    ("media-autoplay", page('<video src="a.mp4" autoplay muted></video>'), NA),
    ("media-autoplay", page('<div><video src="a.mp4" autoplay></video><button>暂停</button></div>'), C),
    ("aria-hidden-focus", page('<div aria-hidden="true"><p>装饰</p></div>'), P),
    ("aria-hidden-focus", page('<div aria-hidden="true"><a href="/x">链接</a></div>'), F),
    ("aria-hidden-focus", page("<p>x</p>"), NA),
    ("frame-title", page('<iframe src="m.html" title="地图"></iframe>'), P),
    ("frame-title", page('<iframe src="m.html"></iframe>'), F),
    ("frame-title", page("<p>x</p>"), NA),
    ("duplicate-id-aria", page('<span id="l">姓名</span><input aria-labelledby="l">'), P),
    (
        "duplicate-id-aria",
        page('<span id="l">姓名</span><span id="l">电话</span><input aria-labelledby="l">'),
        F,
    ),
    ("duplicate-id-aria", page('<p id="a">x</p><p id="a">y</p>'), NA),
    ("care-entry", page(_LINKS + '<a href="javascript:;" id="wza">无障碍</a>'), P),
    ("care-entry", page(_LINKS), F),
    ("care-entry", page(_LINKS + '<script src="/js/assist.js"></script>'), C),
    ("care-entry", page('<a href="/">首页</a>'), NA),
    (
        "hidden-injected-link",
        page('<div style="position:absolute;left:-9999px"><a href="http://qp.example.com/">棋牌</a></div>'),
        F,
    ),
    (
        "hidden-injected-link",
        page('<div style="display:none"><a href="https://spam.example/">x</a></div>'),
        F,
    ),
    ("hidden-injected-link", page('<a href="https://www.gov.cn/">中国政府网</a>'), NA),
]


@pytest.mark.parametrize(
    ("rule_id", "markup", "expected"), CASES, ids=[f"{c[0]}-{c[2]}-{i}" for i, c in enumerate(CASES)]
)
def test_rule_outcome(rule_id: str, markup: str, expected: Outcome) -> None:
    assert outcome(markup, rule_id) is expected


def test_every_rule_has_a_check_and_cases() -> None:
    assert list(CHECKS) == list(RULES)
    covered = {rule_id for rule_id, _, _ in CASES}
    assert covered == set(RULES)
    for rule_id in RULES:
        seen = {expected for r, _, expected in CASES if r == rule_id}
        assert {P, F} & seen, rule_id


def test_rules_have_texts_in_both_languages() -> None:
    for rule in RULES.values():
        assert rule.title_zh and rule.title_en and rule.explanation_zh and rule.fix_en
        assert all(criterion.count(".") == 2 for criterion in rule.wcag)


def test_finding_has_selector_snippet_line_and_text() -> None:
    report = check_html(
        page('<p>前文</p><img id="logo" src="a.png"><div><a href="/x"><img src="b.png"></a></div>')
    )
    failed = [f for f in report.findings if f.outcome is F and f.rule_id == "image-alt"]
    assert failed[0].selector == "#logo"
    assert failed[1].selector == "html > body > div > a > img"
    assert failed[0].snippet.startswith('<img id="logo"')
    assert failed[0].line == 1
    link = next(f for f in report.findings if f.rule_id == "link-name")
    assert link.outcome is F and link.snippet.startswith('<a href="/x">')


def test_snippet_is_short() -> None:
    long_text = "很长的文字" * 500
    report = check_html(page(f'<p style="color:#aaa">{long_text}</p>'))
    finding = report.findings_for("color-contrast")[0]
    assert len(finding.snippet) <= 200 and len(finding.text) <= 200


def test_accessible_name_follows_labelledby_and_hidden_content() -> None:
    markup = page(
        '<span id="a" hidden>隐藏的标签</span><button aria-labelledby="a"></button>'
        '<a href="/x"><span style="display:none">看不见</span></a>'
    )
    report = check_html(markup, rules=("button-name", "link-name"))
    assert report.rule_outcomes() == {"button-name": P, "link-name": F}


def test_page_report_summaries() -> None:
    report = check_html(page('<img src="a.png"><img src="b.png" alt="地图">'))
    assert report.has_failures
    assert report.by_rule()["image-alt"][F] == 1
    assert report.by_rule()["image-alt"][P] == 1
    assert report.counts()[Outcome.INAPPLICABLE] >= 1
    assert report.title == "测试页"
