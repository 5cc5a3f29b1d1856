"""The accessibility findings panel: what in the open page breaks accessibility rules, where, and why.

A dock beside the reading view (View ▸ 无障碍检查). The open page is checked in a worker process
(``reader.core.a11y.batch.check_one``, nothing fetched): the rules are pure Python and take seconds on big
pages, which in a thread of this process held the GUI up to a second at a time (measured on a 1.6 MB page).
A newer check, or closing the window, ends the process of an older one. The findings are listed
most serious first (failed, then cantTell, by rule severity), each with its outcome in words and a symbol
(never by colour alone), the rule, its WCAG level and the element's CSS selector. Filters: WCAG level, rule,
and whether passed checks are listed too. Choosing a finding shows the element's text and HTML snippet, the
explanation and how to fix it, the WCAG criteria and GB/T 37668 clauses; when the element's text is part of
the article shown, it is highlighted in the reading view and scrolled to. The report can be exported in the
formats of ``reader check`` (HTML, JSON, CSV, text).

Everything shown is in the interface language, one language per string: core's findings carry codes and
parameters, worded by ``strings.rules``; an exported report is worded the same way (:class:`InterfaceWords`),
where ``reader check`` writes core's bilingual one. JSON is data, the same from both.
"""

from __future__ import annotations

import html
import logging
import pickle
import subprocess
import threading
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.children import A11Y_CHECK, child_command, child_environment
from reader.core.a11y import report as a11y_report
from reader.core.a11y.batch import CRASH_REASON, crash_message
from reader.core.a11y.catalogue import RULES
from reader.core.a11y.model import Finding, Level, Outcome, PageReport, Rule
from reader.core.a11y.wording import gbt_label
from reader.core.errors import write_message
from reader.core.messages import Message
from reader.ui import strings
from reader.ui.positions import range_cursor
from reader.ui.readingview import ReadingView
from reader.ui.widgets import describe

_log = logging.getLogger(__name__)

LEVEL_ORDER = (Level.A, Level.AA, Level.AAA)
EXPORT_FORMATS = (("html", ".html"), ("json", ".json"), ("csv", ".csv"), ("text", ".txt"))


class _CheckJob(QObject):
    """Checks one page in a worker process; ``done(report)`` arrives queued on the GUI thread."""

    done = Signal(object)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.cancelled = False
        # A fresh process (``reader.children``'s ``a11y-check``), not multiprocessing's spawn, which would run
        # the parent's ``__main__`` again in the child; it writes the pickled report to stdout.
        self.process = subprocess.Popen(
            child_command(A11Y_CHECK, str(path)),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=child_environment(),
        )
        self._waiter = threading.Thread(target=self._wait, name="a11y-check", daemon=True)
        self._waiter.start()

    def _wait(self) -> None:
        output, _ = self.process.communicate()
        result: PageReport
        try:
            loaded = pickle.loads(output)  # our own child's output, never data from elsewhere
            result = loaded if isinstance(loaded, PageReport) else _died(self.path)
        except (pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError):
            result = _died(self.path)
        if not self.cancelled:
            self.done.emit(result)

    def cancel(self) -> None:
        """Stop the check: its result is never reported."""
        self.cancelled = True
        if self.process.poll() is None:
            self.process.kill()


def _died(path: Path) -> PageReport:
    return PageReport(path=path, error=f"{path}: {CRASH_REASON}", error_message=crash_message())


class InterfaceWords:
    """A report's words in the interface language (``reader.core.a11y.wording.Words``), for exporting."""

    @property
    def language(self) -> str:
        return strings.report_language()

    def label(self, key: str) -> str:
        return strings.report_label(key)

    def outcome(self, outcome: str) -> str:
        return strings.outcome_word(outcome)

    def rule_title(self, rule: Rule) -> str:
        return strings.rule_title(rule.id)

    def rule_explanation(self, rule: Rule) -> str:
        return strings.rule_explanation(rule.id)

    def rule_fix(self, rule: Rule) -> str:
        return strings.rule_fix(rule.id)

    def principle(self, number: str) -> str:
        return strings.gbt_principle(number)

    def finding(self, finding: Finding) -> str:
        return strings.finding_message(finding.code, finding.params)

    def message(self, message: Message) -> str:
        return strings.check_text(message)


_Index = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractTableModel):
    """The findings listed, one a row: the view asks only for the rows it shows, so a page with tens of
    thousands of findings lists at once (items made up front took 2 s of GUI time for 45,000)."""

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self._rows = findings
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        finding = self._rows[index.row()]
        rule = RULES.get(finding.rule_id)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return strings.finding_outcome(str(finding.outcome))
            if column == 1:
                return strings.rule_title(finding.rule_id)
            if column == 2:
                return str(rule.level) if rule else ""
            return finding.selector
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 1:
                return strings.finding_message(finding.code, finding.params)
            if column == 3:
                return finding.selector
        if role == Qt.ItemDataRole.UserRole:
            return finding
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return strings.findings_columns()[section]
        return None


class FindingsPanel(QDockWidget):
    """The dock; :meth:`check` runs the check of a loaded document, :attr:`report` is the last result."""

    highlight_requested = Signal(str)
    """The text of a chosen finding's element, to find and highlight in the reading view ("" = none)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        control = strings.findings_panel()
        self.setWindowTitle(control.button_text)
        self.setAccessibleName(control.name)
        self.setAccessibleDescription(control.description)
        self.report: PageReport | None = None
        self._job: _CheckJob | None = None
        self._findings: list[Finding] = []

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self._build_filters(body, layout)
        self._build_list(body, layout)
        self.setWidget(body)

        self.level_filter.currentIndexChanged.connect(self._fill)
        self.rule_filter.currentIndexChanged.connect(self._fill)
        self.show_passed.toggled.connect(self._fill)
        selection = self.tree.selectionModel()
        assert selection is not None
        selection.currentRowChanged.connect(self._on_current)
        self.export_button.clicked.connect(self.export)
        self._path: Path | None = None
        self.recheck_button.clicked.connect(self.recheck)
        self._set_busy(False)

    def _build_filters(self, body: QWidget, layout: QVBoxLayout) -> None:
        self.summary = QLabel(body)
        self.summary.setObjectName("findingsSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        describe(self.summary, strings.findings_summary_control())
        layout.addWidget(self.summary)

        filters = QHBoxLayout()
        self.level_filter = QComboBox(body)
        self.level_filter.setObjectName("findingsLevel")
        describe(self.level_filter, strings.findings_level_filter())
        self.level_filter.addItem(strings.findings_all_levels(), None)
        for level in LEVEL_ORDER:
            self.level_filter.addItem(strings.findings_level(str(level)), str(level))
        self.rule_filter = QComboBox(body)
        self.rule_filter.setObjectName("findingsRule")
        describe(self.rule_filter, strings.findings_rule_filter())
        self.show_passed = QCheckBox(strings.findings_show_passed().label, body)
        self.show_passed.setObjectName("findingsShowPassed")
        describe(self.show_passed, strings.findings_show_passed())
        filters.addWidget(self.level_filter)
        filters.addWidget(self.rule_filter, 1)
        layout.addLayout(filters)
        layout.addWidget(self.show_passed)

    def _build_list(self, body: QWidget, layout: QVBoxLayout) -> None:
        self.model = FindingsModel(self)
        self.tree = QTreeView(body)
        self.tree.setObjectName("findingsList")
        describe(self.tree, strings.findings_list())
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        layout.addWidget(self.tree, 2)

        self.detail = QTextBrowser(body)
        self.detail.setObjectName("findingDetail")
        self.detail.setOpenLinks(False)
        self.detail.setOpenExternalLinks(False)
        describe(self.detail, strings.finding_detail())
        layout.addWidget(self.detail, 2)

        buttons = QHBoxLayout()
        self.recheck_button = QPushButton(strings.findings_recheck().label, body)
        describe(self.recheck_button, strings.findings_recheck())
        self.export_button = QPushButton(strings.findings_export().label, body)
        describe(self.export_button, strings.findings_export())
        buttons.addWidget(self.recheck_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    # --- checking --------------------------------------------------------------------------------------

    def check(self, path: Path) -> None:
        """Check the page at ``path`` (replacing what is shown); the result arrives asynchronously."""
        self.cancel()
        self._path = path
        self.report = None
        self._findings = []
        self.model.set_findings([])
        self.detail.clear()
        self.summary.setText(strings.findings_checking(path.name))
        job = _CheckJob(path)
        job.done.connect(self._on_done)
        self._job = job
        self._set_busy(True)

    def recheck(self) -> None:
        if self._path is not None:
            self.check(self._path)

    def cancel(self) -> None:
        """End a running check (a newer page, the window closing)."""
        if self._job is not None:
            self._job.cancel()
            self._job = None

    @property
    def is_checking(self) -> bool:
        return self._job is not None

    def _set_busy(self, busy: bool) -> None:
        self.recheck_button.setEnabled(not busy and self._path is not None)
        self.export_button.setEnabled(not busy and self.report is not None)

    def _on_done(self, result: PageReport) -> None:
        if self._job is None or result.path != self._path:
            return  # a check of a page no longer shown
        self._job = None
        self.report = result
        self._set_busy(False)
        if result.error is not None:
            _log.warning("accessibility check: %s", result.error)
            self.summary.setText(strings.findings_error(strings.check_text(result.error_message)))
            return
        counts = result.counts()
        self.summary.setText(
            strings.findings_counts(
                counts[Outcome.FAILED],
                counts[Outcome.CANT_TELL],
                counts[Outcome.PASSED],
                len(result.rules_run),
            )
        )
        self.rule_filter.blockSignals(True)
        self.rule_filter.clear()
        self.rule_filter.addItem(strings.findings_all_rules(), None)
        present = {finding.rule_id for finding in result.findings}
        for rule_id, rule in RULES.items():
            if rule_id in present:
                self.rule_filter.addItem(strings.rule_title(rule.id), rule_id)
        self.rule_filter.blockSignals(False)
        self._findings = a11y_report.sorted_findings(result.findings)
        self._fill()

    # --- the list --------------------------------------------------------------------------------------

    def shown_findings(self) -> list[Finding]:
        """The findings the filters let through, in the order listed."""
        level = self.level_filter.currentData()
        rule_id = self.rule_filter.currentData()
        wanted = {Outcome.FAILED, Outcome.CANT_TELL}
        if self.show_passed.isChecked():
            wanted.add(Outcome.PASSED)
        shown = []
        for finding in self._findings:
            rule = RULES.get(finding.rule_id)
            if finding.outcome not in wanted:
                continue
            if rule_id is not None and finding.rule_id != rule_id:
                continue
            if level is not None and (rule is None or str(rule.level) != level):
                continue
            shown.append(finding)
        return shown

    def _fill(self) -> None:
        self.model.set_findings(self.shown_findings())
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))
        else:
            self.detail.setPlainText(strings.findings_none_shown())

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        finding = self.model.finding(current.row())
        self.detail.setHtml(detail_html(finding))
        self.highlight_requested.emit(finding.text)

    # --- export ----------------------------------------------------------------------------------------

    def export(self) -> None:
        if self.report is None:
            return
        path = self.report.path or Path("page.html")
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self,
            strings.findings_export().button_text,
            str(path.with_suffix(".report.html")),
            strings.findings_export_filter(),
        )
        if chosen:
            self.export_to(Path(chosen), _format_for(chosen, chosen_filter))

    def export_to(self, target: Path, output_format: str) -> None:
        """Write the report as ``output_format`` (html, json, csv or text)."""
        assert self.report is not None
        try:
            text = a11y_report.render([self.report], output_format, words=InterfaceWords())
            target.write_text(text, encoding="utf-8", newline="")
        except OSError as error:
            reason = strings.error_text(write_message(error, target))
            self.summary.setText(strings.findings_export_failed(str(target), reason))
            return
        self.summary.setText(strings.findings_exported(str(target)))


def _format_for(path: str, chosen_filter: str) -> str:
    suffix = Path(path).suffix.lower()
    for output_format, extension in EXPORT_FORMATS:
        if suffix == extension:
            return output_format
    for output_format, extension in EXPORT_FORMATS:
        if extension in chosen_filter:
            return output_format
    return "html"


def detail_html(finding: Finding) -> str:
    """A finding explained, in the interface language: outcome, message, element, why it matters, how to
    fix, criteria."""
    rule = RULES.get(finding.rule_id)
    e = html.escape
    parts = [
        f"<h3>{e(strings.finding_outcome(str(finding.outcome)))} · "
        f"{e(strings.rule_title(finding.rule_id))}</h3>",
        f"<p>{e(strings.finding_message(finding.code, finding.params))}</p>",
        f"<p><b>{e(strings.finding_element())}</b> <code>{e(finding.selector)}</code>"
        + (f" · {e(strings.finding_line(finding.line))}" if finding.line else "")
        + "</p>",
    ]
    if finding.text:
        parts.append(f"<p><b>{e(strings.finding_text())}</b> {e(finding.text)}</p>")
    if finding.snippet:
        parts.append(f"<pre>{e(finding.snippet)}</pre>")
    if rule is not None:
        parts.append(f"<p><b>{e(strings.finding_why())}</b> {e(strings.rule_explanation(rule.id))}</p>")
        parts.append(f"<p><b>{e(strings.finding_fix())}</b> {e(strings.rule_fix(rule.id))}</p>")
        criteria = ", ".join(rule.wcag)
        parts.append(f"<p>WCAG 2.1 {e(criteria)} ({e(str(rule.level))})")
        gbt = gbt_label(rule, InterfaceWords())
        if gbt:
            parts.append(f" · {e(gbt)}")
        if rule.act_id:
            parts.append(f" · W3C ACT {e(rule.act_id)}")
        parts.append("</p>")
    return "".join(parts)


def find_in_view(view: ReadingView, text: str) -> QTextCursor | None:
    """The first place the reading view's display document holds ``text`` (its first 40 characters) as a
    selecting cursor, or None."""
    needle = " ".join(text.split())[:40]
    display = view.display
    if len(needle) < 2 or display is None:
        return None
    found = display.find(needle)
    if found is None:
        return None
    view.show_block(found[0].block)
    return range_cursor(view.document(), *found)
