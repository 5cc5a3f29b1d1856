"""Text contrast (ACT afw4f7, WCAG 1.4.3) from the colours the static cascade resolves.

For each element that directly holds visible text:

1. Skip (inapplicable) text that is not rendered, off-screen, ``aria-hidden``, or part of a disabled
   widget or the label of one.
2. Foreground: the inherited ``color`` (default black); background: the element's and its ancestors'
   ``background-color`` painted over white, from the root down, each multiplied by the ``opacity`` of
   its ancestors (so ``opacity: .3`` fades text and background as the browser would).
3. A background gradient is checked at its colour stops (text passes only if it passes everywhere).
   A background image is unknowable: when the text fails even against the background colour shown while
   the image is absent (as in this offline reader) it is failed, otherwise cantTell. A ``text-shadow``
   with a colour becomes the background the text is read against. A colour we cannot resolve
   (``var()``, a rule with a selector we cannot match) gives cantTell.
4. Threshold 4.5:1, or 3:1 for large text: at least 18pt (24px), or 14pt (18.67px) and bold.
   Text with no letters (symbols) and a single glyph that the element's name replaces (an icon ✕ in a
   button named "Close") are not "text in a human language": passed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from reader.core.a11y.accname import accessible_name
from reader.core.a11y.colours import RGBA, composite, find_colour, gradient_colours, parse_css_colour
from reader.core.a11y.model import Finding, Outcome
from reader.core.a11y.page import Page, is_widget_role
from reader.core.a11y.rules_common import finding
from reader.core.contrast import contrast_ratio

__all__ = ["color_contrast"]

_WHITE: RGBA = (255.0, 255.0, 255.0, 1.0)
_BLACK: RGBA = (0.0, 0.0, 0.0, 1.0)
_NORMAL = 4.5
_LARGE = 3.0
_SKIP = frozenset(
    [
        "script",
        "style",
        "template",
        "noscript",
        "head",
        "title",
        "svg",
        "math",
        "option",
        "select",
        "textarea",
    ]
)
_HEADING_SIZE = {"h1": 2.0, "h2": 1.5, "h3": 1.17, "h4": 1.0, "h5": 0.83, "h6": 0.67, "small": 0.83}
_KEYWORD_SIZE = {
    "xx-small": 9.0,
    "x-small": 10.0,
    "small": 13.0,
    "medium": 16.0,
    "large": 18.0,
    "x-large": 24.0,
    "xx-large": 32.0,
    "xxx-large": 48.0,
}
_BOLD_TAGS = frozenset(["b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"])
_LENGTH = re.compile(r"^([\d.]+)\s*(px|pt|em|rem|%|)$")


class _UnknownError(Exception):
    """A value the static cascade cannot resolve; the finding is cantTell."""


def _rgb(colour: RGBA) -> tuple[int, int, int]:
    return round(colour[0]), round(colour[1]), round(colour[2])


def _ratio(text: RGBA, background: RGBA) -> float:
    shown = composite(text, background)
    return contrast_ratio(_rgb(shown), _rgb(background))


def _colour(page: Page, element: HtmlElement, value: str) -> RGBA:
    if value in ("currentcolor",):
        return _text_colour(page, element)
    parsed = parse_css_colour(value)
    if parsed is None:
        raise _UnknownError(value)
    return parsed


def _text_colour(page: Page, element: HtmlElement) -> RGBA:
    found = page.inherited(element, "color")
    if found is None:
        if any(ancestor.tag == "a" for ancestor in element.iterancestors()) or element.tag == "a":
            return (0.0, 0.0, 238.0, 1.0)  # browsers' default link colour
        return _BLACK
    value, owner = found
    if value in ("initial",):
        return _BLACK
    parent = owner.getparent()
    if value == "currentcolor" and parent is not None:
        return _text_colour(page, parent)
    return _colour(page, owner, value)


def _opacity(page: Page, element: HtmlElement) -> float:
    value = page.value(element, "opacity")
    if value is None:
        return 1.0
    try:
        number = float(value[:-1]) / 100 if value.endswith("%") else float(value)
    except ValueError:
        return 1.0
    return min(max(number, 0.0), 1.0)


def _backgrounds(page: Page, element: HtmlElement) -> tuple[list[RGBA], bool, float]:
    """Possible backgrounds behind the text, whether an image is involved, and the text's opacity."""
    chain = [element, *element.iterancestors()]
    chain.reverse()
    below: list[RGBA] = [_WHITE]
    has_image = False
    opacity = 1.0
    for item in chain:
        opacity *= _opacity(page, item)
        image = page.value(item, "background-image")
        colour_value = page.value(item, "background-color")
        if colour_value is not None and colour_value not in ("transparent", "initial", "inherit", "none"):
            colour = _colour(page, item, colour_value)
            faded = (colour[0], colour[1], colour[2], colour[3] * opacity)
            below = [composite(faded, under) for under in below]
        if image is not None and image not in ("none", "initial"):
            if "gradient(" in image:
                stops = gradient_colours(image)
                if stops is None:
                    raise _UnknownError(image)
                below = [
                    composite((stop[0], stop[1], stop[2], stop[3] * opacity), under)
                    for stop in stops
                    for under in below
                ]
            elif "url(" in image:
                has_image = True
    return below, has_image, opacity


def _font_px(page: Page, element: HtmlElement) -> float:
    chain = [element, *element.iterancestors()]
    chain.reverse()
    size = 16.0
    for item in chain:
        value = page.value(item, "font-size")
        if value is None:
            size *= _HEADING_SIZE.get(str(item.tag), 1.0)
            continue
        if value in _KEYWORD_SIZE:
            size = _KEYWORD_SIZE[value]
        elif value == "larger":
            size *= 1.2
        elif value == "smaller":
            size /= 1.2
        else:
            match = _LENGTH.match(value)
            if match is None:
                continue
            number, unit = float(match.group(1)), match.group(2)
            size = {
                "px": number,
                "": number,
                "pt": number * 4 / 3,
                "em": number * size,
                "%": number * size / 100,
            }.get(unit, number * 16.0)
    return size


def _is_bold(page: Page, element: HtmlElement) -> bool:
    found = page.inherited(element, "font-weight")
    if found is not None:
        value = found[0]
        return value in ("bold", "bolder") or (value.isdigit() and int(value) >= 700)
    return element.tag in _BOLD_TAGS or any(
        ancestor.tag in _BOLD_TAGS for ancestor in element.iterancestors()
    )


def _disabled_label_ids(page: Page) -> frozenset[str]:
    """Ids that label an ``aria-disabled`` widget through ``aria-labelledby``."""
    found: set[str] = set()
    for other in page.elements():
        if (other.get("aria-disabled") or "").strip().lower() == "true":
            found.update((other.get("aria-labelledby") or "").split())
    return frozenset(found)


def _in_disabled_widget(page: Page, element: HtmlElement, label_ids: frozenset[str]) -> bool:
    for item in (element, *element.iterancestors()):
        if (item.get("aria-disabled") or "").strip().lower() == "true":
            return True
        if page.is_disabled(item) and item.tag in ("button", "fieldset", "input", "select", "textarea"):
            return True
        if item.tag == "label":
            target = page.by_id(item.get("for") or "") if item.get("for") else None
            controls = (
                [target] if target is not None else list(item.iter("input", "select", "textarea", "button"))
            )
            if any(control is not None and page.is_disabled(control) for control in controls):
                return True
        if label_ids and item.get("id") in label_ids:
            return True
    return False


def _own_text(element: HtmlElement) -> str:
    parts = [element.text or ""]
    parts.extend(child.tail or "" for child in element if isinstance(child.tag, str) or child.tail)
    return "".join(parts).strip()


def _not_human_language(page: Page, element: HtmlElement, text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return True
    if len(letters) == 1:
        for item in (element, *element.iterancestors()):
            if item.get("aria-label") or item.get("aria-labelledby"):
                return text not in accessible_name(page, item)
            if is_widget_role(page.role(item)):
                break
    return False


def _shadow_colour(page: Page, element: HtmlElement) -> RGBA | None:
    found = page.inherited(element, "text-shadow")
    if found is None or found[0] == "none":
        return None
    colour = find_colour(found[0])
    if colour is None:
        return None
    return parse_css_colour(colour)


def color_contrast(page: Page) -> Iterator[Finding]:
    body = page.body
    if body is None:
        return
    label_ids = _disabled_label_ids(page)
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP:
            continue
        if any(ancestor.tag in _SKIP for ancestor in element.iterancestors()):
            continue
        text = _own_text(element)
        if not text:
            continue
        if (
            page.is_excluded(element)
            or page.is_offscreen(element)
            or _in_disabled_widget(page, element, label_ids)
        ):
            continue
        yield _judge(page, element, text)


def _judge(page: Page, element: HtmlElement, text: str) -> Finding:
    if _not_human_language(page, element, text):
        return finding(page, "color-contrast", element, Outcome.PASSED, "color-contrast.not-text")
    try:
        foreground = _text_colour(page, element)
        backgrounds, has_image, opacity = _backgrounds(page, element)
    except _UnknownError as unknown:
        return finding(
            page,
            "color-contrast",
            element,
            Outcome.CANT_TELL,
            "color-contrast.unknown-colour",
            value=str(unknown)[:40],
        )
    foreground = (foreground[0], foreground[1], foreground[2], foreground[3] * opacity)
    shadow = _shadow_colour(page, element)
    if shadow is not None:
        backgrounds = [composite(shadow, under) for under in backgrounds]
    size = _font_px(page, element)
    is_large = size >= 24.0 or (size >= 18.66 and _is_bold(page, element))
    needed = _LARGE if is_large else _NORMAL
    ratios = [_ratio(foreground, background) for background in backgrounds]
    worst = min(ratios)
    if len(ratios) > 1 and worst < needed and ratios[0] >= needed:
        # A gradient the text passes at its start but not everywhere: where the text ends is layout.
        return finding(
            page,
            "color-contrast",
            element,
            Outcome.CANT_TELL,
            "color-contrast.gradient",
            lowest=round(worst, 2),
            highest=round(max(ratios), 2),
        )
    # Ratios are rounded to the two decimals every text shows (the judgement above used the exact ones).
    ratio = round(worst, 2)
    if worst >= needed:
        if has_image:
            return finding(
                page,
                "color-contrast",
                element,
                Outcome.CANT_TELL,
                "color-contrast.background-image",
                ratio=ratio,
            )
        code = "color-contrast.enough-large" if is_large else "color-contrast.enough"
        return finding(page, "color-contrast", element, Outcome.PASSED, code, ratio=ratio, needed=needed)
    code = "color-contrast.low-large" if is_large else "color-contrast.low"
    return finding(page, "color-contrast", element, Outcome.FAILED, code, ratio=ratio, needed=needed)
