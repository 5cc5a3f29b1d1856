"""The accessibility findings panel on the bundled sample page (which has known problems on purpose)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.core.a11y.checking import check_html
from reader.core.a11y.model import Outcome
from reader.core.resources import sample_article
from reader.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def checked(window: MainWindow, qtbot: QtBot) -> MainWindow:
    assert window.open_path(sample_article())
    window.commands["check_page"].trigger()
    qtbot.waitUntil(lambda: window.findings.report is not None, timeout=20000)
    return window


def test_the_panel_lists_the_sample_pages_failures_most_serious_first(checked: MainWindow) -> None:
    panel = checked.findings
    assert panel.isVisible() and checked.commands["check_page"].isChecked()
    report = panel.report
    assert report is not None and report.error is None
    shown = panel.shown_findings()
    assert shown and all(f.outcome in (Outcome.FAILED, Outcome.CANT_TELL) for f in shown)
    outcomes = [f.outcome for f in shown]
    assert outcomes == sorted(outcomes, key=lambda o: 0 if o is Outcome.FAILED else 1)
    # The spam link injected off-screen at the top of the sample is found.
    spam = [f for f in shown if f.rule_id == "hidden-injected-link"]
    assert spam and spam[0].outcome is Outcome.FAILED and "棋牌" in spam[0].text
    first = panel.model.index(0, 0).data()
    assert isinstance(first, str) and first.startswith("✗")  # outcome in a symbol and words
    assert "✗" in panel.summary.text() and "✓" in panel.summary.text()


def test_filters_narrow_the_list(checked: MainWindow) -> None:
    panel = checked.findings
    everything = len(panel.shown_findings())
    panel.show_passed.setChecked(True)
    with_passed = len(panel.shown_findings())
    assert with_passed > everything
    assert panel.model.rowCount() == with_passed
    panel.level_filter.setCurrentIndex(panel.level_filter.findData("A"))
    level_a = panel.shown_findings()
    assert 0 < len(level_a) < with_passed
    panel.rule_filter.setCurrentIndex(1)
    rule_id = panel.rule_filter.currentData()
    assert all(f.rule_id == rule_id for f in panel.shown_findings())


def test_choosing_a_finding_explains_it_and_selects_its_text_in_the_article(
    checked: MainWindow, qtbot: QtBot
) -> None:
    panel = checked.findings
    panel.show_passed.setChecked(True)
    article_text = checked.reading_view.document().toPlainText()
    for index in range(panel.model.rowCount()):
        item = panel.model.index(index, 0)
        finding = panel.model.finding(index)
        if len(finding.text) >= 4 and finding.text[:20] in article_text:
            break
    else:
        pytest.fail("no finding names an element of the article")
    panel.tree.setCurrentIndex(item)
    assert "WCAG" in panel.detail.toPlainText()
    selected = checked.reading_view.textCursor().selectedText()
    assert selected and selected in " ".join(finding.text.split())


def test_the_report_exports_in_every_format(checked: MainWindow, tmp_path: Path) -> None:
    panel = checked.findings
    for output_format, suffix in (("html", ".html"), ("json", ".json"), ("csv", ".csv"), ("text", ".txt")):
        target = tmp_path / f"report{suffix}"
        panel.export_to(target, output_format)
        assert target.stat().st_size > 100, output_format
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["summary"]["pages"] == 1
    own = check_html((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert not own.has_failures, [f.rule_id for f in own.findings if f.outcome is Outcome.FAILED]


def test_the_panel_follows_the_open_page_and_hides_with_its_key(
    checked: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='zh-CN'><head><title>测试</title></head><body><h1>标题</h1>"
        "<p>正文一段，足够长的文字内容。</p><img src='a.png'></body></html>",
        encoding="utf-8",
    )
    assert checked.open_path(page)
    qtbot.waitUntil(
        lambda: checked.findings.report is not None and checked.findings.report.path == page, timeout=20000
    )
    report = checked.findings.report
    assert report is not None
    assert any(f.rule_id == "image-alt" and f.outcome is Outcome.FAILED for f in report.findings)
    checked.commands["check_page"].trigger()
    assert not checked.findings.isVisible()


def test_every_control_of_the_panel_is_named_in_one_language_and_reachable(checked: MainWindow) -> None:
    from PySide6.QtWidgets import QWidget

    from tests.ui.test_accessibility import accessible, mixes_languages

    panel = checked.findings
    assert panel is not None and panel.accessibleName() and not mixes_languages(panel.accessibleName())
    focusable = [
        widget
        for widget in panel.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisible()
        and widget.parent() is panel.widget()
    ]
    assert len(focusable) >= 7
    for widget in focusable:
        name, description = accessible(widget), widget.accessibleDescription()
        assert name and not mixes_languages(name), (widget, name)
        assert description and not mixes_languages(description), (widget, description)
