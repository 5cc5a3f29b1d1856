"""The check's messages as codes: every code the rules and the checker use is registered with core's
texts, real pages yield each code with its parameters, notes and errors carry codes too, and a report can
be worded in one language by a :class:`~reader.core.a11y.wording.Words`."""

from __future__ import annotations

import ast
import csv
import io
import json
import pickle
import re
from pathlib import Path

import pytest

from reader.core.a11y import RULES, Outcome, check_file, check_html
from reader.core.a11y.batch import check_one, collect_pages, crash_message
from reader.core.a11y.model import Finding, PageReport, Rule
from reader.core.a11y.report import csv_columns, render_csv, render_html, render_json, render_text
from reader.core.a11y.wording import (
    CHECK_TEXTS,
    FINDING_TEXTS,
    REPORT_LABELS,
    Words,
    check_message,
    display_params,
    finding_text,
)
from reader.core.messages import Message, Param

A11Y_DIR = Path(__file__).resolve().parents[3] / "reader" / "core" / "a11y"
CODE = re.compile(r"[a-z][a-z-]*(?:\.[a-z][a-z-]*)+")
HAN = re.compile(r"[\u3400-\u9fff]")
PLACEHOLDER = re.compile(r"\{(\w+)")


def page(body: str, *, head: str = "<title>测试页</title>", lang: str = ' lang="zh-CN"') -> str:
    return f"<!DOCTYPE html><html{lang}><head>{head}</head><body>{body}</body></html>"


def _codes_in(paths: list[Path]) -> set[str]:
    """The string literals of ``paths`` that look like codes (``image-alt.decorative``)."""
    found: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.fullmatch(node.value):
                found.add(node.value)
    return found


def test_the_rules_use_exactly_the_registered_finding_codes() -> None:
    assert _codes_in(sorted(A11Y_DIR.glob("rules_*.py"))) == set(FINDING_TEXTS)


def test_the_checker_uses_exactly_the_registered_note_and_error_codes() -> None:
    used = _codes_in([A11Y_DIR / name for name in ("checking.py", "page.py", "batch.py")])
    assert {code for code in used if code.startswith("check.")} == set(CHECK_TEXTS)


def test_a_finding_with_an_unregistered_code_is_refused() -> None:
    from reader.core.a11y.page import Page
    from reader.core.a11y.rules_common import finding

    parsed = Page(page("<p>x</p>"))
    with pytest.raises(KeyError, match="not in wording"):
        finding(parsed, "image-alt", parsed.root, Outcome.FAILED, "image-alt.no-such-code")


_LINKS = "".join(f'<a href="/n{i}">栏目{i}</a>' for i in range(20))

PAGES: list[tuple[str, str, str, dict[str, Param]]] = [
    ("html-lang", page("<p>文字</p>"), "html-lang.present", {"value": "zh-CN"}),
    ("html-lang", page("<p>文字</p>", lang=""), "html-lang.missing", {}),
    ("html-lang-valid", page("<p>文字</p>"), "html-lang-valid.valid", {"value": "zh-CN"}),
    ("html-lang-valid", page("<p>文字</p>", lang=' lang="cn"'), "html-lang-valid.invalid", {"value": "cn"}),
    ("page-title", page("<p>x</p>", head=""), "page-title.missing", {}),
    (
        "page-title",
        page("<p>x</p>", head="<title>通知公告</title>"),
        "page-title.present",
        {"title": "通知公告"},
    ),
    ("page-title", page("<p>x</p>", head="<title> </title>"), "page-title.empty", {}),
    ("meta-refresh", page("", head='<meta http-equiv="refresh" content="0; url=/x">'), "refresh.allowed", {}),
    (
        "meta-refresh",
        page("", head='<meta http-equiv="refresh" content="30">'),
        "refresh.delayed",
        {"delay": 30},
    ),
    (
        "meta-refresh-no-exception",
        page("", head='<meta http-equiv="refresh" content="0; url=/x">'),
        "refresh.immediate",
        {},
    ),
    (
        "meta-viewport",
        page("", head='<meta name="viewport" content="user-scalable=no">'),
        "meta-viewport.not-scalable",
        {},
    ),
    (
        "meta-viewport",
        page("", head='<meta name="viewport" content="maximum-scale=1.5">'),
        "meta-viewport.low-maximum",
        {"maximum": "1.5"},
    ),
    (
        "meta-viewport",
        page("", head='<meta name="viewport" content="user-scalable=no, maximum-scale=1">'),
        "meta-viewport.not-scalable-low-maximum",
        {"maximum": "1"},
    ),
    (
        "meta-viewport",
        page("", head='<meta name="viewport" content="width=device-width, maximum-scale=5">'),
        "meta-viewport.zoomable",
        {},
    ),
    ("care-entry", page(_LINKS + '<a href="/wza">无障碍</a>'), "care-entry.found", {"label": "无障碍"}),
    ("care-entry", page(_LINKS + '<script src="/js/wza.js"></script>'), "care-entry.script", {}),
    ("care-entry", page(_LINKS), "care-entry.missing", {}),
    (
        "hidden-injected-link",
        "<!-- saved from url=(0030)http://gov.example.cn/a.html -->"
        + page('<div style="display:none"><a href="http://www.gov.example.cn/a">本站</a></div>'),
        "hidden-injected-link.own-site",
        {},
    ),
    (
        "hidden-injected-link",
        page('<div style="display:none"><a href="http://qp.example.com/">棋牌</a></div>'),
        "hidden-injected-link.external",
        {"text": "棋牌", "host": "qp.example.com"},
    ),
    ("link-name", page('<a href="/x">通知公告</a>'), "name.present", {"name": "通知公告"}),
    ("image-alt", page('<img src="a.png">'), "name.missing.image", {}),
    ("link-name", page('<a href="/x"><img src="go.png"></a>'), "name.missing.link", {}),
    ("button-name", page('<button><img src="s.png"></button>'), "name.missing.button", {}),
    ("image-button-name", page('<input type="image" src="s.png">'), "name.missing.image-button", {}),
    ("form-field-name", page("<input>"), "name.missing.form-field", {}),
    ("frame-title", page('<iframe src="a.html"></iframe>'), "name.missing.iframe", {}),
    ("heading-name", page("<h2> </h2>"), "name.missing.heading", {}),
    ("image-alt", page('<img src="a.png" alt="">'), "image-alt.decorative", {}),
    (
        "image-alt-meaningless",
        page('<img src="a.png" alt="图片">'),
        "image-alt-meaningless.placeholder",
        {"alt": "图片"},
    ),
    (
        "image-alt-meaningless",
        page('<img src="x/IMG_2031.JPG" alt="IMG_2031.JPG">'),
        "image-alt-meaningless.file-name",
        {"alt": "IMG_2031.JPG"},
    ),
    (
        "image-alt-meaningless",
        page('<img src="a.png" alt="区政府大楼">'),
        "image-alt-meaningless.present",
        {"alt": "区政府大楼"},
    ),
    (
        "link-vague",
        page('<p>下载申请表，<a href="/f">点击这里</a></p>'),
        "link-vague.check-context",
        {"name": "点击这里", "context": "下载申请表，"},
    ),
    (
        "link-vague",
        page('<div><a href="/f" title="下载申请表">点击这里</a></div>'),
        "link-vague.check-description",
        {"name": "点击这里"},
    ),
    ("link-vague", page('<div><a href="/more">更多</a></div>'), "link-vague.unclear", {"name": "更多"}),
    (
        "heading-order",
        page("<h2>一</h2><h4>二</h4>"),
        "heading-order.skipped",
        {"previous": 2, "level": 4},
    ),
    ("heading-order", page("<h2>一</h2>"), "heading-order.level", {"level": 2}),
    (
        "th-has-data-cells",
        page("<table><tr><th>姓名</th></tr><tr><td>张三</td></tr></table>"),
        "th-has-data-cells.assigned",
        {},
    ),
    (
        "th-has-data-cells",
        page("<table><tr><th>姓名</th><th>年龄</th></tr><tr><td>张三</td></tr></table>"),
        "th-has-data-cells.unassigned",
        {},
    ),
    (
        "table-headers-attr",
        page('<table><tr><th id="h">姓名</th></tr><tr><td headers="x y">张三</td></tr></table>'),
        "table-headers-attr.invalid",
        {"ids": "x y"},
    ),
    (
        "table-headers-attr",
        page('<table><tr><th id="h">姓名</th></tr><tr><td headers="h">张三</td></tr></table>'),
        "table-headers-attr.valid",
        {},
    ),
    (
        "aria-hidden-focus",
        page(
            '<div aria-hidden="true"><a id="s" href="/x">x</a></div>'
            "<script>document.getElementById('s').focus()</script>"
        ),
        "aria-hidden-focus.script-may-move",
        {"tag": "a"},
    ),
    (
        "aria-hidden-focus",
        page('<div aria-hidden="true"><p>文字</p></div>'),
        "aria-hidden-focus.nothing-focusable",
        {},
    ),
    (
        "aria-hidden-focus",
        page('<div aria-hidden="true"><a href="/x">链接</a></div>'),
        "aria-hidden-focus.focusable",
        {"tag": "a"},
    ),
    (
        "duplicate-id-aria",
        page('<span id="l">姓名</span><input aria-labelledby="l">'),
        "duplicate-id-aria.unique",
        {"id": "l"},
    ),
    (
        "duplicate-id-aria",
        page('<span id="l">姓名</span><span id="l">年龄</span><input aria-labelledby="l">'),
        "duplicate-id-aria.duplicated",
        {"id": "l", "count": 2},
    ),
    ("media-autoplay", page('<video src="a.mp4" autoplay controls></video>'), "media-autoplay.controls", {}),
    (
        "media-autoplay",
        page('<audio src="a.mp3#t=0,2.5" autoplay></audio>'),
        "media-autoplay.short",
        {"seconds": 2.5},
    ),
    (
        "media-autoplay",
        page('<div><audio src="a.mp3" autoplay></audio><button>停止</button></div>'),
        "media-autoplay.nearby-buttons",
        {},
    ),
    ("media-autoplay", page('<audio src="a.mp3" autoplay></audio>'), "media-autoplay.no-control", {}),
    ("color-contrast", page("<p>→</p>"), "color-contrast.not-text", {}),
    ("color-contrast", page('<p style="color: var(--x)">文字</p>'), "color-contrast.unknown-colour", {}),
    (
        "color-contrast",
        page('<p style="color:#fff; background-image: linear-gradient(#000, #eee)">文字</p>'),
        "color-contrast.gradient",
        {"lowest": 1.16, "highest": 21.0},
    ),
    (
        "color-contrast",
        page('<p style="color:#000; background: #fff url(a.png)">文字</p>'),
        "color-contrast.background-image",
        {"ratio": 21.0},
    ),
    ("color-contrast", page("<p>文字</p>"), "color-contrast.enough", {"ratio": 21.0, "needed": 4.5}),
    (
        "color-contrast",
        page('<p style="font-size: 30px">文字</p>'),
        "color-contrast.enough-large",
        {"ratio": 21.0, "needed": 3.0},
    ),
    (
        "color-contrast",
        page('<p style="color:#aaa">文字</p>'),
        "color-contrast.low",
        {"ratio": 2.32, "needed": 4.5},
    ),
    (
        "color-contrast",
        page('<p style="color:#aaa; font-size: 30px">文字</p>'),
        "color-contrast.low-large",
        {"ratio": 2.32, "needed": 3.0},
    ),
]
"""A page that yields each finding code, and (some of) the parameters it carries."""


@pytest.mark.parametrize(("rule_id", "markup", "code", "params"), PAGES, ids=[case[2] for case in PAGES])
def test_a_real_page_yields_the_code_with_its_parameters(
    rule_id: str, markup: str, code: str, params: dict[str, Param], tmp_path: Path
) -> None:
    saved = tmp_path / "page.html"
    saved.write_text(markup, encoding="utf-8")
    report = check_file(saved, rules=(rule_id,))
    assert not report.notes, report.notes
    found = [finding for finding in report.findings if finding.code == code]
    assert found, [(finding.code, dict(finding.params)) for finding in report.findings]
    assert {name: found[0].params[name] for name in params} == params
    assert set(found[0].params) == {
        name for text in FINDING_TEXTS[code] for name in PLACEHOLDER.findall(text)
    }


def test_every_finding_code_has_a_page() -> None:
    assert {case[2] for case in PAGES} == set(FINDING_TEXTS)


def _sample(code: str, texts: tuple[str, ...]) -> dict[str, Param]:
    names = {name for text in texts for name in PLACEHOLDER.findall(text)}
    samples: dict[str, Param] = {"delay": 5, "level": 3, "previous": 1, "count": 2, "seconds": 2.5}
    samples |= {"ratio": 3.5417, "lowest": 1.2, "highest": 7.0, "needed": 4.5, "ids": "a b"}
    return {name: samples.get(name, "x") for name in names}


def test_core_texts_fill_every_placeholder_in_both_languages() -> None:
    for code, texts in FINDING_TEXTS.items():
        assert set(PLACEHOLDER.findall(texts[0])) <= set(PLACEHOLDER.findall(texts[1])) | {"context"}, code
        params = _sample(code, texts)
        for language in ("zh", "en"):
            text = finding_text(code, params, language)
            assert "{" not in text and text, (code, text)
    for code, english in CHECK_TEXTS.items():
        assert "{" not in check_message(code, **_sample(code, (english,))).english, code


def test_numbers_and_lists_are_shown_as_every_text_shows_them() -> None:
    shown = display_params({"ratio": 3.5417, "needed": 3.0, "seconds": 2.5, "ids": "a  b", "level": 2}, "、")
    assert shown == {"ratio": "3.54", "needed": "3", "seconds": "2.5", "ids": "a、b", "level": "2"}
    assert finding_text("table-headers-attr.invalid", {"ids": "a b"}, "en") == (
        "headers names a, b, not another cell of this table."
    )


def test_core_english_has_no_han() -> None:
    english = [texts[1] for texts in FINDING_TEXTS.values()]
    english += list(CHECK_TEXTS.values()) + [texts[1] for texts in REPORT_LABELS.values()]
    for rule in RULES.values():
        english += [rule.title_en, rule.explanation_en, rule.fix_en]
    assert [text for text in english if HAN.search(text)] == []


def test_a_finding_says_its_message_in_both_of_cores_languages() -> None:
    report = check_html(page('<img src="a.png" alt="图片">'), rules=("image-alt-meaningless",))
    finding = report.findings[0]
    assert (finding.code, dict(finding.params)) == ("image-alt-meaningless.placeholder", {"alt": "图片"})
    assert finding.message_zh == "替代文本“图片”没有说明图片内容。"
    assert finding.message_en == 'The alternative "图片" says nothing about the image.'
    assert finding.message == Message(finding.code, finding.message_en, {"alt": "图片"})


def test_notes_and_errors_carry_codes(tmp_path: Path) -> None:
    text = tmp_path / "notice.txt"
    text.write_text("纯文本通知", encoding="utf-8")
    assert [note.code for note in check_file(text).notes] == ["check.plain-text"]
    deep = check_html("<div>" * 300 + "深" + "</div>" * 300)
    assert [note.code for note in deep.notes] == ["check.flattened"]
    missing = check_file(tmp_path / "gone.html")
    assert missing.error is not None and missing.error_message is not None
    assert missing.error.endswith(missing.error_message.english)
    collected = collect_pages([tmp_path / "nowhere", tmp_path])
    assert [report.error_message.code for report in collected.errors if report.error_message] == [
        "check.no-such-path",
        "check.no-pages",
    ]
    assert crash_message().code == "check.crashed"


def test_a_report_with_messages_survives_the_worker_process(tmp_path: Path) -> None:
    # The window's worker and the batch pool send reports back pickled.
    (tmp_path / "a.html").write_text(page('<img src="a.png" alt="图片">'), encoding="utf-8")
    report = check_one(tmp_path / "a.html")
    report.notes.append(check_message("check.rule-stopped", rule="image-alt", error="TypeError: x"))
    back = pickle.loads(pickle.dumps(report))
    assert back.findings == report.findings and back.notes == report.notes
    gone = pickle.loads(pickle.dumps(check_one(tmp_path / "gone.html")))
    assert gone.error_message is not None and gone.error_message.code


# --- one language ---------------------------------------------------------------------------------


class EnglishWords:
    """Core's English as a :class:`Words`: what a report in one language looks like."""

    language = "en"

    def label(self, key: str) -> str:
        return REPORT_LABELS[key][1]

    def outcome(self, outcome: str) -> str:
        return {"cantTell": "Cannot tell", "error": "Unreadable"}.get(outcome, outcome.capitalize())

    def rule_title(self, rule: Rule) -> str:
        return rule.title_en

    def rule_explanation(self, rule: Rule) -> str:
        return rule.explanation_en

    def rule_fix(self, rule: Rule) -> str:
        return rule.fix_en

    def principle(self, number: str) -> str:
        return {"1": "Perceivable", "2": "Operable", "3": "Understandable", "4": "Robust"}[number]

    def finding(self, finding: Finding) -> str:
        return finding.message_en

    def message(self, message: Message) -> str:
        return message.english


def _english_reports(tmp_path: Path) -> list[PageReport]:
    good = tmp_path / "notice.html"
    good.write_text(
        page(
            '<img src="IMG_0001.jpg" alt="IMG_0001.jpg"><h2>One</h2><h4>Two</h4>'
            '<p style="color:#aaa">Faint</p>',
            head="<title>Notice</title>",
            lang=' lang="en"',
        ),
        encoding="utf-8",
    )
    reports = [check_file(good), check_file(tmp_path / "gone.html")]
    reports[0].notes.append(check_message("check.flattened"))
    return reports


def test_a_report_in_one_language_has_no_other(tmp_path: Path) -> None:
    words: Words = EnglishWords()
    reports = _english_reports(tmp_path)
    html = render_html(reports, words=words)
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert "<title>Accessibility check report</title>" in html
    assert "The alternative &quot;IMG_0001.jpg&quot; is a file name." in html
    assert "Note: markup nested deeper" in html and "GB/T 37668-2019 Perceivable" in html
    text = render_text(reports, words=words)
    assert text.startswith("Accessibility check: 2 pages checked, 1 with failures, 1 unreadable")
    assert "✗ Failed  image-alt-meaningless [WCAG 1.1.1 A]" in text
    table = render_csv(reports, words=words)
    assert [HAN.search(output) for output in (html, text, table)] == [None, None, None]
    own = check_html(html)
    assert not own.has_failures, [
        (f.rule_id, f.message_en) for f in own.findings if f.outcome is Outcome.FAILED
    ]


def test_csv_in_one_language_has_one_message_column(tmp_path: Path) -> None:
    reports = _english_reports(tmp_path)
    rows = list(csv.DictReader(io.StringIO(render_csv(reports, words=EnglishWords())[1:])))
    assert tuple(rows[0]) == csv_columns(EnglishWords()) and "message_zh" not in rows[0]
    placeholder = next(row for row in rows if row["code"] == "image-alt-meaningless.file-name")
    assert placeholder["message"] == 'The alternative "IMG_0001.jpg" is a file name.'
    assert rows[-1]["outcome"] == "error" and rows[-1]["code"] and rows[-1]["message"]
    bilingual = list(csv.DictReader(io.StringIO(render_csv(reports)[1:])))
    assert {"code", "message_zh", "message_en"} <= set(bilingual[0]) and "message" not in bilingual[0]


def test_json_is_the_same_data_whoever_words_the_report(tmp_path: Path) -> None:
    reports = _english_reports(tmp_path)
    data = json.loads(render_json(reports))
    assert data["version"] == 2
    first, gone = data["pages"]
    finding = next(f for f in first["findings"] if f["rule"] == "image-alt-meaningless")
    assert (finding["code"], finding["params"]) == (
        "image-alt-meaningless.file-name",
        {"alt": "IMG_0001.jpg"},
    )
    assert first["note_messages"] == [{"code": "check.flattened", "params": {}}]
    assert first["notes"] == [CHECK_TEXTS["check.flattened"]]
    assert gone["error_code"] and gone["error_params"] is not None and gone["error"]
