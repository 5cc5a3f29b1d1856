"""Page-level rules: ``lang``, title, meta refresh and viewport, plus the portal checks
(a 无障碍 / 关怀版 entry, hidden links injected into hacked pages).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from reader.core.a11y.accname import accessible_name, squeeze
from reader.core.a11y.language import is_valid_language_tag
from reader.core.a11y.model import Finding, Outcome
from reader.core.a11y.page import Page
from reader.core.a11y.rules_common import finding

__all__ = [
    "care_entry",
    "hidden_injected_link",
    "html_lang",
    "html_lang_valid",
    "meta_refresh",
    "meta_refresh_no_exception",
    "meta_viewport",
    "page_title",
]

_REFRESH = re.compile(r"^[\t\n\f\r ]*(\d+)(\.[\d.]*)?(?:[\t\n\f\r ;,]|$)")
_TWENTY_HOURS = 72000


def html_lang(page: Page) -> Iterator[Finding]:
    if not page.is_html_page:
        return
    root = page.root
    value = root.get("lang")
    if value is not None and value.strip():
        yield finding(page, "html-lang", root, Outcome.PASSED, "html-lang.present", value=value)
    else:
        yield finding(page, "html-lang", root, Outcome.FAILED, "html-lang.missing")


def html_lang_valid(page: Page) -> Iterator[Finding]:
    if not page.is_html_page:
        return
    root = page.root
    value = root.get("lang")
    if value is None or not value.strip():
        return
    if is_valid_language_tag(value):
        yield finding(page, "html-lang-valid", root, Outcome.PASSED, "html-lang-valid.valid", value=value)
    else:
        yield finding(page, "html-lang-valid", root, Outcome.FAILED, "html-lang-valid.invalid", value=value)


def page_title(page: Page) -> Iterator[Finding]:
    if not page.is_html_page:
        return
    titles = [
        element
        for element in page.elements("title")
        if not any(ancestor.tag in ("svg", "template") for ancestor in element.iterancestors())
    ]
    if not titles:
        yield finding(page, "page-title", page.root, Outcome.FAILED, "page-title.missing")
        return
    first = titles[0]
    text = squeeze(first.text_content())
    if text:
        yield finding(page, "page-title", first, Outcome.PASSED, "page-title.present", title=text[:60])
    else:
        yield finding(page, "page-title", first, Outcome.FAILED, "page-title.empty")


def _refresh_delay(page: Page) -> tuple[HtmlElement, int] | None:
    """The first meta refresh with a valid content value, and its delay in seconds."""
    for meta in page.elements("meta"):
        if (meta.get("http-equiv") or "").strip().lower() != "refresh":
            continue
        match = _REFRESH.match(meta.get("content") or "")
        if match is None:
            continue
        return meta, int(match.group(1))
    return None


def meta_refresh(page: Page) -> Iterator[Finding]:
    found = _refresh_delay(page)
    if found is None:
        return
    meta, delay = found
    if delay == 0 or delay > _TWENTY_HOURS:
        yield finding(page, "meta-refresh", meta, Outcome.PASSED, "refresh.allowed", delay=delay)
    else:
        yield finding(page, "meta-refresh", meta, Outcome.FAILED, "refresh.delayed", delay=delay)


def meta_refresh_no_exception(page: Page) -> Iterator[Finding]:
    found = _refresh_delay(page)
    if found is None:
        return
    meta, delay = found
    if delay == 0:
        yield finding(page, "meta-refresh-no-exception", meta, Outcome.PASSED, "refresh.immediate")
    else:
        yield finding(page, "meta-refresh-no-exception", meta, Outcome.FAILED, "refresh.delayed", delay=delay)


def _viewport_properties(content: str) -> dict[str, str]:
    properties: dict[str, str] = {}
    for part in re.split(r"[,;]", content):
        name, _, value = part.partition("=")
        if name.strip():
            properties[name.strip().lower()] = value.strip().lower()
    return properties


def _number(value: str) -> float | None:
    match = re.match(r"[+-]?\d*\.?\d+", value)
    if match is None:
        return {"yes": 1.0, "no": 0.1, "device-width": 10.0, "device-height": 10.0}.get(value)
    return float(match.group(0))


def meta_viewport(page: Page) -> Iterator[Finding]:
    for meta in page.elements("meta"):
        if (meta.get("name") or "").strip().lower() != "viewport" or meta.get("content") is None:
            continue
        properties = _viewport_properties(meta.get("content") or "")
        scalable = properties.get("user-scalable")
        maximum = properties.get("maximum-scale")
        if scalable is None and maximum is None:
            continue  # ACT: only a viewport that sets one of the two can block zoom
        not_scalable = low_maximum = False
        if scalable is not None:
            # Invalid values count as "no" (CSS Device Adaptation translates them to 0).
            number = _number(scalable)
            not_scalable = number is None or -1 < number < 1
        if maximum is not None:
            number = _number(maximum)
            low_maximum = number is None or 0 <= number < 2
        if not_scalable and low_maximum:
            yield finding(
                page,
                "meta-viewport",
                meta,
                Outcome.FAILED,
                "meta-viewport.not-scalable-low-maximum",
                maximum=maximum or "",
            )
        elif not_scalable:
            yield finding(page, "meta-viewport", meta, Outcome.FAILED, "meta-viewport.not-scalable")
        elif low_maximum:
            yield finding(
                page,
                "meta-viewport",
                meta,
                Outcome.FAILED,
                "meta-viewport.low-maximum",
                maximum=maximum or "",
            )
        else:
            yield finding(page, "meta-viewport", meta, Outcome.PASSED, "meta-viewport.zoomable")


# --- portal checks -----------------------------------------------------------------------------------

_CARE_WORDS = re.compile(
    r"无障碍|無障礙|关怀|關懷|适老|適老|长者|長者|老年版|大字版|读屏|讀屏|accessib|barrier.?free",
    re.IGNORECASE,
)
_CARE_SCRIPT = re.compile(r"assist|wza|cniil|jact|ariaempower|aria\.js|accessib|barrier", re.IGNORECASE)
_MIN_LINKS_FOR_PORTAL = 15
"""A page with fewer links is a fragment or a bare article, not a portal page with a header."""


def care_entry(page: Page) -> Iterator[Finding]:
    links = [element for element in page.elements("a", "button") if not page.is_hidden(element)]
    if not page.is_html_page or len(links) < _MIN_LINKS_FOR_PORTAL:
        return
    for element in links:
        label = " ".join(
            filter(
                None,
                (
                    accessible_name(page, element),
                    element.get("title"),
                    element.get("id"),
                    element.get("class"),
                ),
            )
        )
        if _CARE_WORDS.search(label):
            yield finding(
                page, "care-entry", element, Outcome.PASSED, "care-entry.found", label=squeeze(label)[:40]
            )
            return
    for script in page.elements("script"):
        if _CARE_SCRIPT.search(script.get("src") or ""):
            yield finding(page, "care-entry", script, Outcome.CANT_TELL, "care-entry.script")
            return
    yield finding(page, "care-entry", page.root, Outcome.FAILED, "care-entry.missing")


def _inline_hidden(page: Page, element: HtmlElement) -> bool:
    """Hidden by its own markup (``hidden``, inline style), as injected code does, not by a menu's CSS."""
    current: HtmlElement | None = element
    while current is not None:
        if current.get("hidden") is not None:
            return True
        style = (current.get("style") or "").lower().replace(" ", "")
        if "display:none" in style or "visibility:hidden" in style:
            return True
        current = current.getparent()
    return False


def hidden_injected_link(page: Page) -> Iterator[Finding]:
    own_host = page.location_host
    for link in page.elements("a"):
        href = (link.get("href") or "").strip()
        parts = urlsplit(href)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            continue
        if not (page.is_offscreen(link) or _inline_hidden(page, link)):
            continue
        host = parts.hostname.lower()
        text = Page.text(link, 60)
        if own_host and (host == own_host or host.endswith("." + own_host) or own_host.endswith("." + host)):
            yield finding(page, "hidden-injected-link", link, Outcome.PASSED, "hidden-injected-link.own-site")
            continue
        yield finding(
            page,
            "hidden-injected-link",
            link,
            Outcome.FAILED,
            "hidden-injected-link.external",
            text=text,
            host=host,
        )
