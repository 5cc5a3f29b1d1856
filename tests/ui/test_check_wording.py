"""The accessibility check in the interface language: every rule and code core can produce is worded, each
wording is one language, the findings panel shows no mixed-language string, and a report exported from it
speaks the interface language (``reader check`` keeps core's bilingual one)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reader.core.a11y import RULES, check_html
from reader.core.a11y.catalogue import rule
from reader.core.a11y.model import Finding, Outcome, PageReport
from reader.core.a11y.wording import CHECK_TEXTS, FINDING_TEXTS, REPORT_LABELS, finding_text
from reader.core.messages import Message, Param
from reader.core.resources import resources_dir
from reader.ui import strings
from reader.ui.findings import FindingsPanel, InterfaceWords, _died
from tests.ui.test_accessibility import mixes_languages

pytestmark = pytest.mark.gui

HAN = re.compile(r"[\u3400-\u9fff]")
PLACEHOLDER = re.compile(r"\{(\w+)")
_CODE = re.compile(
    r"<[^>]*>"  # an HTML tag: <img>, <input type="image">
    r"|[\w-]+=(?:\"[^\"]*\"|[\w.-]*)"  # an attribute and its value: alt="", user-scalable=no
    r"|[A-Za-z]+(?:-[A-Za-z0-9]+)+"  # a hyphenated name: aria-hidden, maximum-scale, zh-Hans
    r"|[\w-]+\.[a-z]{2,4}\b"  # a file name: IMG_0001.jpg
    r"|\{\w+\}"  # a placeholder: {note}
    r"|(?<=ACT )\w+"  # a W3C ACT rule id: afw4f7
    r"|\b(?:lang|alt|value|headers|title|viewport|autoplay|muted|disabled|label|for|id)\b"
)
"""HTML that the wording names as it is written: code, not English words in a Chinese sentence."""


def code_free(text: str) -> str:
    return _CODE.sub(" ", text)


def _sample(code: str, value: str) -> dict[str, Param]:
    """Parameters for every placeholder of the code's texts: ``value`` for names, numbers for numbers."""
    names = {name for text in FINDING_TEXTS.get(code, ("", "")) for name in PLACEHOLDER.findall(text)}
    names |= set(PLACEHOLDER.findall(CHECK_TEXTS.get(code, "")))
    numbers: dict[str, Param] = {"delay": 5, "level": 3, "previous": 1, "count": 2, "seconds": 2.5}
    numbers |= {"ratio": 3.5417, "lowest": 1.2, "highest": 7.0, "needed": 4.5, "ids": "a b"}
    return {name: numbers.get(name, value) for name in names}


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface language of the test: its translation installed (zh_CN is the source)."""
    name = request.param
    loaded = QTranslator()
    if name != "zh_CN":
        assert loaded.load(str(resources_dir() / "translations" / f"reader_{name}.qm"))
        QCoreApplication.installTranslator(loaded)
    yield name
    QCoreApplication.removeTranslator(loaded)


def test_every_rule_code_and_label_core_can_produce_is_worded() -> None:
    assert set(strings.worded_rules()) == set(RULES)
    assert set(strings.check_worded_codes()) == set(FINDING_TEXTS) | set(CHECK_TEXTS)
    assert set(strings.report_label_keys()) == set(REPORT_LABELS)


def _wordings(value: str) -> list[str]:
    texts = []
    for rule_id in RULES:
        texts += [strings.rule_title(rule_id), strings.rule_explanation(rule_id), strings.rule_fix(rule_id)]
    texts += [strings.finding_message(code, _sample(code, value)) for code in FINDING_TEXTS]
    texts += [strings.check_text(Message(code, "", _sample(code, value))) for code in CHECK_TEXTS]
    texts += [
        strings.check_text(Message("load.too_large", "too large", {"size": 9})),
        strings.check_text(None),
    ]
    texts += [strings.report_label(key) for key in REPORT_LABELS]
    texts += [strings.outcome_word(outcome) for outcome in (*Outcome, "error")]
    texts += [strings.gbt_principle(number) for number in "1234"]
    texts.append(strings.finding_message("no.such-code", {}))
    return texts


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_the_chinese_wording_is_cores_in_one_language(language: str) -> None:
    for rule_id, entry in RULES.items():
        assert strings.rule_title(rule_id) == entry.title_zh
        assert strings.rule_explanation(rule_id) == entry.explanation_zh
        assert strings.rule_fix(rule_id) == entry.fix_zh
    for code in FINDING_TEXTS:
        params = _sample(code, "示例")
        assert strings.finding_message(code, params) == finding_text(code, params, "zh"), code
    for text in _wordings("示例"):
        assert text and not mixes_languages(code_free(text)), text
    assert strings.report_language() == "zh-CN"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_english_wording_is_cores_without_han(language: str) -> None:
    for rule_id, entry in RULES.items():
        assert strings.rule_title(rule_id) == entry.title_en
        assert strings.rule_explanation(rule_id) == entry.explanation_en
        assert strings.rule_fix(rule_id) == entry.fix_en
    for code in FINDING_TEXTS:
        params = _sample(code, "sample")
        assert strings.finding_message(code, params) == finding_text(code, params, "en"), code
    assert [text for text in _wordings("sample") if HAN.search(text) or not text] == []
    assert strings.finding_message("duplicate-id-aria.duplicated", {"id": "x", "count": 1}).endswith(
        "appears 1 time."
    )
    assert strings.report_language() == "en"


@pytest.mark.parametrize(
    ("language", "tag", "screen_reader", "alt_text"),
    [("zh_TW", "zh-TW", "螢幕閱讀器", "圖片有替代文字"), ("zh_HK", "zh-HK", "屏幕閱讀器", "圖片有替代文字")],
    indirect=["language"],
)
def test_the_traditional_wording_is_reviewed(
    language: str, tag: str, screen_reader: str, alt_text: str
) -> None:
    assert strings.report_language() == tag
    assert strings.rule_title("image-alt") == alt_text
    assert screen_reader in strings.rule_explanation("html-lang")
    assert strings.rule_title("link-name") == "連結有名稱"
    for text in _wordings("示例"):
        assert "“" not in text and "读屏" not in text and not mixes_languages(code_free(text)), text


# --- the panel ------------------------------------------------------------------------------------

PAGE = (
    "<!DOCTYPE html><html><head><title>关于做好防汛工作的通知</title>"
    '<meta name="viewport" content="user-scalable=no, maximum-scale=1"></head><body>'
    '<p style="color:#aaa">日期：2025-05-06</p><img src="IMG_0001.jpg" alt="IMG_0001.jpg">'
    '<a href="/x"><img src="go.png"></a><div><a href="/more">更多</a></div><h2>一</h2><h4>二</h4>'
    '<table><tr><th id="h">姓名</th></tr><tr><td headers="x y">张三</td></tr></table>'
    '<span id="l">姓名</span><span id="l">年龄</span><input aria-labelledby="l">'
    '<div aria-hidden="true"><a href="/y">链接</a></div><audio src="a.mp3" autoplay></audio>'
    '<div style="display:none"><a href="http://qp.example.com/">棋牌</a></div></body></html>'
)
"""A page failing many rules, with Chinese content."""


@pytest.fixture
def checked(language: str, qtbot: QtBot, tmp_path: Path) -> FindingsPanel:
    """A findings panel made in the test's interface language, after checking ``PAGE`` in its worker."""
    path = tmp_path / "通知.html"
    path.write_text(PAGE, encoding="utf-8")
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.check(path)
    qtbot.waitUntil(lambda: panel.report is not None, timeout=20000)
    panel.show_passed.setChecked(True)
    return panel


def _page_content(finding: Finding) -> list[str]:
    """What a finding shows of the page itself (never worded by us), longest first."""
    found = [
        finding.selector,
        finding.snippet,
        finding.text,
        *(str(value) for value in finding.params.values()),
    ]
    # Short Latin values ("a", "2") are not words, and taking them out would cut words of ours apart.
    return sorted((text for text in found if len(text) >= 3 or not text.isascii()), key=len, reverse=True)


def _without(text: str, parts: list[str]) -> str:
    for part in parts:
        text = text.replace(part, " ")
        text = text.replace(" ".join(part.split()), " ")
    return text


def shown_texts(panel: FindingsPanel) -> list[str]:
    """Every string the panel shows or gives a screen reader, the page's own content taken out."""
    texts = [panel.windowTitle(), panel.accessibleName(), panel.accessibleDescription(), panel.summary.text()]
    for widget in panel.findChildren(QWidget):
        if widget.objectName().startswith("qt_"):
            continue  # the dock's float and close buttons: Qt's own words (test_translations checks them)
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, (QPushButton, QCheckBox)):
            texts.append(widget.text())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(index) for index in range(widget.count())]
    model = panel.model
    texts += [str(model.headerData(column, Qt.Orientation.Horizontal)) for column in range(model.COLUMNS)]
    for row in range(model.rowCount()):
        finding = model.finding(row)
        content = _page_content(finding)
        for column in range(3):
            texts.append(_without(str(model.index(row, column).data()), content))
        texts.append(_without(str(model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)), content))
        panel.tree.setCurrentIndex(model.index(row, 0))
        texts.append(_without(panel.detail.toPlainText(), content))
    return [text for text in texts if text.strip()]


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_the_panel_under_chinese_shows_no_mixed_language_string(checked: FindingsPanel) -> None:
    report = checked.report
    assert report is not None and report.error is None
    assert checked.model.rowCount() > 15
    shown = shown_texts(checked)
    mixed = [text for text in shown if mixes_languages(code_free(text))]
    assert mixed == []
    assert any("替代文本" in text and "是文件名" in text for text in shown)
    items = [checked.rule_filter.itemText(index) for index in range(checked.rule_filter.count())]
    assert "图片替代文本有意义" in items and not any(HAN.search(item) is None for item in items)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_panel_under_english_shows_english(checked: FindingsPanel) -> None:
    shown = shown_texts(checked)
    assert [text for text in shown if HAN.search(text)] == []
    assert "Image alternative is not a file name or placeholder" in [
        checked.rule_filter.itemText(index) for index in range(checked.rule_filter.count())
    ]
    found = next(
        index
        for index in range(checked.model.rowCount())
        if checked.model.finding(index).code == "image-alt-meaningless.file-name"
    )
    checked.tree.setCurrentIndex(checked.model.index(found, 0))
    detail = checked.detail.toPlainText()
    assert 'The alternative "IMG_0001.jpg" is a file name.' in detail
    assert "Why it matters: An alternative such as" in detail and "GB/T 37668-2019 Perceivable" in detail


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_a_real_bad_page_gives_the_codes_and_parameters_the_panel_words(checked: FindingsPanel) -> None:
    report = checked.report
    assert report is not None
    by_code = {finding.code: dict(finding.params) for finding in report.findings}
    assert by_code["image-alt-meaningless.file-name"] == {"alt": "IMG_0001.jpg"}
    assert by_code["meta-viewport.not-scalable-low-maximum"] == {"maximum": "1"}
    assert by_code["table-headers-attr.invalid"] == {"ids": "x y"}
    assert by_code["duplicate-id-aria.duplicated"] == {"id": "l", "count": 2}
    assert by_code["hidden-injected-link.external"] == {"text": "棋牌", "host": "qp.example.com"}
    assert by_code["color-contrast.low"] == {"ratio": 2.32, "needed": 4.5}
    assert by_code["link-vague.check-context"] == {"name": "更多", "context": "一"}
    assert "name.missing.link" in by_code
    assert strings.finding_message("table-headers-attr.invalid", {"ids": "x y"}) == (
        "headers 中的 x、y 不是本表格中的其他单元格。"
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        # The loader's reason, worded as when the file is opened (reader.ui.strings.errors).
        ("zh_CN", "无法检查这个网页：文件不存在。"),
        ("en", "This page could not be checked: The file does not exist."),
    ],
    indirect=["language"],
)
def test_a_page_that_went_away_is_explained_in_the_interface_language(
    language: str, expected: str, qtbot: QtBot, tmp_path: Path
) -> None:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.check(tmp_path / "gone.html")
    qtbot.waitUntil(lambda: panel.report is not None, timeout=20000)
    report = panel.report
    assert report is not None and report.error_message is not None
    assert panel.summary.text() == expected


@pytest.mark.parametrize("language", ["zh_CN", "en"], indirect=True)
def test_a_crashed_check_is_explained_in_the_interface_language(
    language: str, qtbot: QtBot, tmp_path: Path
) -> None:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    path = tmp_path / "page.html"
    panel.check(path)  # a real job, overtaken by the report of a worker that died
    job = panel._job
    assert job is not None
    panel._on_done(_died(path))
    job.cancel()
    text = panel.summary.text()
    assert text and ("意外退出" in text if language == "zh_CN" else not HAN.search(text)), text
    assert not mixes_languages(text)


# --- exported reports -----------------------------------------------------------------------------

ENGLISH_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><title>Notice</title></head><body><h2>One</h2><h4>Two</h4>'
    '<img src="IMG_0001.jpg" alt="IMG_0001.jpg"><p style="color:#aaa">Faint</p></body></html>'
)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_a_report_exported_under_english_is_english(language: str, qtbot: QtBot, tmp_path: Path) -> None:
    page = tmp_path / "notice.html"
    page.write_text(ENGLISH_PAGE, encoding="utf-8")
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    panel.check(page)
    qtbot.waitUntil(lambda: panel.report is not None, timeout=20000)
    for output_format, suffix in (("html", ".html"), ("csv", ".csv"), ("text", ".txt"), ("json", ".json")):
        panel.export_to(tmp_path / f"report{suffix}", output_format)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">') and not HAN.search(html)
    assert "The alternative &quot;IMG_0001.jpg&quot; is a file name." in html
    own = check_html(html)
    assert not own.has_failures, [f.rule_id for f in own.findings if f.outcome is Outcome.FAILED]
    text = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert text.startswith("Accessibility check: 1 pages checked") and not HAN.search(text)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "report.csv").read_text(encoding="utf-8")[1:])))
    assert "message" in rows[0] and "message_zh" not in rows[0]
    assert not any(HAN.search(value) for row in rows for value in row.values())
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    codes = {finding["code"] for finding in data["pages"][0]["findings"]}
    assert {"image-alt-meaningless.file-name", "heading-order.skipped"} <= codes


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_a_report_exported_under_chinese_is_chinese(checked: FindingsPanel, tmp_path: Path) -> None:
    checked.export_to(tmp_path / "report.html", "html")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.startswith('<!DOCTYPE html>\n<html lang="zh-CN">')
    assert '<span lang="en"' not in html and "Accessibility check report" not in html
    assert "<title>无障碍检查报告</title>" in html and "替代文本“IMG_0001.jpg”是文件名。" in html
    assert "为什么重要" in html and "Why it matters" not in html


def test_the_command_line_keeps_cores_bilingual_report(qapp: QApplication) -> None:
    from reader.core.a11y.report import render_html, render_text

    report = check_html(PAGE)
    html = render_html([report])
    assert '<span lang="en" class="en">Failed</span>' in html and "无障碍检查报告" in html
    assert render_text([report]).startswith("无障碍检查 Accessibility check: 1 页 pages")
    words = InterfaceWords()
    assert words.finding(report.findings[0]) == report.findings[0].message_zh
    assert words.rule_title(rule("image-alt")) == "图片有替代文本"


def test_an_error_report_is_worded_in_exported_reports(qapp: QApplication) -> None:
    report = _died(Path("page.html"))
    assert isinstance(report, PageReport) and report.error_message is not None
    assert InterfaceWords().message(report.error_message) == "检查程序意外退出（崩溃或内存不足）。"


def test_a_note_names_the_rule_by_its_title(qapp: QApplication) -> None:
    from reader.core.a11y.wording import check_message

    note = check_message("check.rule-stopped", rule="image-alt", error="TypeError: x")
    assert note.english == "rule image-alt stopped: TypeError: x"
    assert strings.check_text(note) == "规则“图片有替代文本”在这个网页上意外停止，它的结果没有列出。"
