"""Rules about names: images, links, buttons, form fields, iframes, headings (and heading order).

Applicability follows ACT: an element counts when it has the role in question and is included in the
accessibility tree (not hidden, not ``aria-hidden``).

``link-vague`` (ours, no ACT rule) applies to links whose whole name is a stock phrase (点击这里, 更多, 详细,
click here, more…). SC 2.4.4 accepts a link whose purpose is clear *from its context* (its sentence,
list item, table cell), which a static check cannot judge: such links are **cantTell**. A vague link with
no surrounding text and no description is **failed**.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from lxml.html import HtmlElement

from reader.core.a11y.accname import accessible_name, squeeze
from reader.core.a11y.model import Finding, Outcome
from reader.core.a11y.page import Page
from reader.core.a11y.rules_common import finding

__all__ = [
    "button_name",
    "form_field_name",
    "frame_title",
    "heading_name",
    "heading_order",
    "image_alt",
    "image_alt_meaningless",
    "image_button_name",
    "link_name",
    "link_vague",
]

_FORM_ROLES = frozenset(
    [
        "checkbox",
        "combobox",
        "listbox",
        "menuitemcheckbox",
        "menuitemradio",
        "radio",
        "searchbox",
        "slider",
        "spinbutton",
        "switch",
        "textbox",
    ]
)


def _named(page: Page, rule_id: str, element: HtmlElement, missing: str) -> Finding:
    """Passed with the element's accessible name, or failed with the code ``missing`` (name.missing.*)."""
    name = accessible_name(page, element)
    if name:
        return finding(page, rule_id, element, Outcome.PASSED, "name.present", name=name[:60])
    return finding(page, rule_id, element, Outcome.FAILED, missing)


def image_alt(page: Page) -> Iterator[Finding]:
    for element in page.elements():
        if element.tag != "img" and page.explicit_role(element) != "img":
            continue
        if page.is_excluded(element):
            continue
        if element.tag == "img" and page.role(element) in ("none", "presentation"):
            # Marked as decorative (alt="" or role none/presentation): ACT counts that as passed.
            yield finding(page, "image-alt", element, Outcome.PASSED, "image-alt.decorative")
            continue
        if page.role(element) == "img":
            yield _named(page, "image-alt", element, "name.missing.image")


_PLACEHOLDER_ALT = re.compile(
    r"^(?:图片|圖片|图像|圖像|照片|图|圖|配图|配圖|插图|插圖|image|img|picture|pic|photo|graphic|spacer|"
    r"untitled|无标题|無標題|logo|icon|banner)\s*\d*$",
    re.IGNORECASE,
)
_FILE_NAME = re.compile(
    r"(?:^|[\\/])[\w\-. ()]+\.(?:jpe?g|png|gif|bmp|webp|svg|tiff?|ico)$|^(?:IMG|DSC|DSCN|P)[_-]?\d{3,}$",
    re.IGNORECASE,
)


def image_alt_meaningless(page: Page) -> Iterator[Finding]:
    for element in page.elements("img", "input"):
        if element.tag == "input" and (element.get("type") or "").lower() != "image":
            continue
        alt = squeeze(element.get("alt") or "")
        if not alt or page.is_excluded(element) or page.role(element) in ("none", "presentation"):
            continue
        source = element.get("src") or ""
        base = unquote(PurePosixPath(urlsplit(source).path).name) if source else ""
        if _PLACEHOLDER_ALT.match(alt):
            yield finding(
                page,
                "image-alt-meaningless",
                element,
                Outcome.FAILED,
                "image-alt-meaningless.placeholder",
                alt=alt,
            )
        elif _FILE_NAME.search(alt) or (
            base and alt.lower() in (base.lower(), base.rsplit(".", 1)[0].lower())
        ):
            yield finding(
                page,
                "image-alt-meaningless",
                element,
                Outcome.FAILED,
                "image-alt-meaningless.file-name",
                alt=alt,
            )
        else:
            yield finding(
                page,
                "image-alt-meaningless",
                element,
                Outcome.PASSED,
                "image-alt-meaningless.present",
                alt=alt[:60],
            )


def link_name(page: Page) -> Iterator[Finding]:
    for element in page.elements():
        if page.role(element) == "link" and not page.is_excluded(element):
            yield _named(page, "link-name", element, "name.missing.link")


_VAGUE = frozenset(
    [
        "点击这里",
        "點擊這裡",
        "点击此处",
        "點擊此處",
        "点这里",
        "點這裡",
        "这里",
        "這裡",
        "此处",
        "此處",
        "点击",
        "點擊",
        "更多",
        "更多内容",
        "更多內容",
        "查看更多",
        "了解更多",
        "详细",
        "詳細",
        "详情",
        "詳情",
        "查看详情",
        "查看詳情",
        "详细信息",
        "詳細信息",
        "阅读全文",
        "閱讀全文",
        "全文",
        "链接",
        "鏈接",
        "click here",
        "here",
        "click",
        "more",
        "read more",
        "learn more",
        "more info",
        "details",
        "link",
    ]
)
_DECORATION = re.compile(r"[\s>»›＞→…\.。:：\[\]【】()（）<«‹＜+＋]+")
_CONTEXT_TAGS = ("p", "li", "td", "th", "dd", "dt", "figcaption", "caption", "blockquote")


def _context_text(page: Page, link: HtmlElement, own: str) -> str:
    """Text around the link that could tell its purpose: its sentence, list item or cell, or a heading."""
    for ancestor in link.iterancestors():
        if ancestor.tag in _CONTEXT_TAGS:
            return squeeze(Page.text(ancestor, 400).replace(own, "", 1))
        if ancestor.tag in ("body", "html"):
            break
    parent = link.getparent()
    for container in (parent, parent.getparent() if parent is not None else None):
        if container is None:
            continue
        for heading in container.iter("h1", "h2", "h3", "h4", "h5", "h6"):
            if squeeze(Page.text(heading)):
                return squeeze(Page.text(heading))
    return ""


def link_vague(page: Page) -> Iterator[Finding]:
    for element in page.elements():
        if page.role(element) != "link" or page.is_excluded(element):
            continue
        name = accessible_name(page, element)
        key = _DECORATION.sub(" ", name).strip().lower()
        if not key or key not in _VAGUE:
            continue
        described = element.get("aria-describedby") or (
            element.get("title") and squeeze(element.get("title") or "") != name
        )
        context = _context_text(page, element, Page.text(element))
        if context:
            yield finding(
                page,
                "link-vague",
                element,
                Outcome.CANT_TELL,
                "link-vague.check-context",
                name=name,
                context=context[:30],
            )
        elif described:
            yield finding(
                page, "link-vague", element, Outcome.CANT_TELL, "link-vague.check-description", name=name
            )
        else:
            yield finding(page, "link-vague", element, Outcome.FAILED, "link-vague.unclear", name=name)


def button_name(page: Page) -> Iterator[Finding]:
    for element in page.elements():
        if element.tag == "input" and (element.get("type") or "").lower() == "image":
            continue
        if page.role(element) == "button" and not page.is_excluded(element):
            yield _named(page, "button-name", element, "name.missing.button")


def image_button_name(page: Page) -> Iterator[Finding]:
    for element in page.elements("input"):
        if (element.get("type") or "").strip().lower() != "image" or page.is_excluded(element):
            continue
        if page.role(element) != "button":
            continue
        yield _named(page, "image-button-name", element, "name.missing.image-button")


def form_field_name(page: Page) -> Iterator[Finding]:
    for element in page.elements():
        if page.role(element) in _FORM_ROLES and not page.is_excluded(element):
            yield _named(page, "form-field-name", element, "name.missing.form-field")


def frame_title(page: Page) -> Iterator[Finding]:
    for element in page.elements("iframe"):
        if page.is_excluded(element) or page.explicit_role(element) in ("none", "presentation"):
            continue
        tabindex = (element.get("tabindex") or "").strip()
        if tabindex.lstrip("-").isdigit() and int(tabindex) < 0:
            continue  # ACT cae760 applies to iframes in the tab order only
        yield _named(page, "frame-title", element, "name.missing.iframe")


def _heading_level(page: Page, element: HtmlElement) -> int | None:
    if page.role(element) != "heading":
        return None
    level = element.get("aria-level")
    if level and level.strip().isdigit() and int(level) > 0:
        return int(level)
    if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return int(element.tag[1])
    return 2  # role=heading without aria-level: level 2 per WAI-ARIA


def heading_name(page: Page) -> Iterator[Finding]:
    for element in page.elements():
        if page.role(element) == "heading" and not page.is_excluded(element):
            yield _named(page, "heading-name", element, "name.missing.heading")


def heading_order(page: Page) -> Iterator[Finding]:
    previous: int | None = None
    for element in page.elements():
        level = _heading_level(page, element)
        if level is None or page.is_excluded(element):
            continue
        if previous is not None and level > previous + 1:
            yield finding(
                page,
                "heading-order",
                element,
                Outcome.FAILED,
                "heading-order.skipped",
                previous=previous,
                level=level,
            )
        else:
            yield finding(page, "heading-order", element, Outcome.PASSED, "heading-order.level", level=level)
        previous = level
