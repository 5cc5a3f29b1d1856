"""Running the rules over one page: ``check_html`` (decoded markup) and ``check_file`` (a path).

1. ``check_file`` loads the file through ``reader.core.loading.load`` (encoding detection, MHTML); a
   ``LoadError`` becomes a report whose ``error`` says why, never an exception. A plain text file has no
   markup to check: its report has a note and no findings.
2. The markup is parsed once into a :class:`~reader.core.a11y.page.Page` (tree, ids, style sheets, and
   caches of visibility and accessible names) which every rule reads.
3. Each rule in ``RULES`` order yields its findings. A rule that raises on some unforeseen markup loses
   only its own findings: the page gets a note naming it, and the other rules still report.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from reader.core.a11y import rules_contrast, rules_document, rules_names, rules_structure
from reader.core.a11y.accname import squeeze
from reader.core.a11y.catalogue import RULES
from reader.core.a11y.model import Finding, PageReport
from reader.core.a11y.page import Page, ResourceReader, resource_reader
from reader.core.a11y.wording import check_message
from reader.core.errors import LoadError
from reader.core.loading import LoadedDocument, load

__all__ = ["CHECKS", "check_document", "check_file", "check_html"]

Check = Callable[[Page], Iterator[Finding]]

CHECKS: dict[str, Check] = {
    "html-lang": rules_document.html_lang,
    "html-lang-valid": rules_document.html_lang_valid,
    "page-title": rules_document.page_title,
    "image-alt": rules_names.image_alt,
    "image-alt-meaningless": rules_names.image_alt_meaningless,
    "link-name": rules_names.link_name,
    "link-vague": rules_names.link_vague,
    "button-name": rules_names.button_name,
    "image-button-name": rules_names.image_button_name,
    "form-field-name": rules_names.form_field_name,
    "heading-name": rules_names.heading_name,
    "heading-order": rules_names.heading_order,
    "table-headers-attr": rules_structure.table_headers_attr,
    "th-has-data-cells": rules_structure.th_has_data_cells,
    "color-contrast": rules_contrast.color_contrast,
    "meta-refresh": rules_document.meta_refresh,
    "meta-refresh-no-exception": rules_document.meta_refresh_no_exception,
    "meta-viewport": rules_document.meta_viewport,
    "media-autoplay": rules_structure.media_autoplay,
    "aria-hidden-focus": rules_structure.aria_hidden_focus,
    "frame-title": rules_names.frame_title,
    "duplicate-id-aria": rules_structure.duplicate_id_aria,
    "care-entry": rules_document.care_entry,
    "hidden-injected-link": rules_document.hidden_injected_link,
}
"""Our rule id → its check, for every rule in ``RULES`` (a test keeps the two in step)."""


def check_html(text: str, *, base: Path | None = None, rules: tuple[str, ...] | None = None) -> PageReport:
    """Check decoded HTML. ``base``: folder local style sheets are read from (never the network);
    ``rules``: ids to run (default all)."""
    return _check(text, path=None, resource=resource_reader(base), location=None, rules=rules)


def check_file(path: str | Path, *, rules: tuple[str, ...] | None = None) -> PageReport:
    """Load and check one file; unreadable input gives a report with ``error`` set and no findings."""
    try:
        document = load(path)
    except LoadError as error:
        return PageReport(path=Path(path), error=str(error), error_message=error.message)
    return check_document(document, path=Path(path), rules=rules)


def check_document(
    document: LoadedDocument, *, path: Path | None, rules: tuple[str, ...] | None = None
) -> PageReport:
    """Check a loaded document (HTML or MHTML; a plain text file has nothing to check)."""
    if document.kind == "text":
        return PageReport(path=path, notes=[check_message("check.plain-text")])
    if document.article is not None:  # PDF, DOCX: no markup; their text is checked by nobody yet
        return PageReport(path=path, notes=[check_message("check.attachment")])
    return _check(
        document.text, path=path, resource=document.resource, location=document.location, rules=rules
    )


def _check(
    text: str,
    *,
    path: Path | None,
    resource: ResourceReader | None,
    location: str | None,
    rules: tuple[str, ...] | None,
) -> PageReport:
    page = Page(text, resource=resource, location=location)
    title_element = next(iter(page.elements("title")), None)
    report = PageReport(
        path=path,
        title=squeeze(title_element.text_content())[:200] if title_element is not None else "",
        notes=list(page.notes),
    )
    selected = tuple(rule_id for rule_id in RULES if rules is None or rule_id in rules)
    for rule_id in selected:
        try:
            report.findings.extend(CHECKS[rule_id](page))
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as error:
            # A bug meeting odd markup must not cost the page its other findings; the note makes it visible.
            report.notes.append(
                check_message("check.rule-stopped", rule=rule_id, error=f"{type(error).__name__}: {error}")
            )
    report.rules_run = selected
    return report
