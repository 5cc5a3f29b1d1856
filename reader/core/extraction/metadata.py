"""An article's title, date, source, author and language, from the page's meta tags and text lines.

Our own patterns come first; library guesses (trafilatura's metadata) are not used because their date
rules pick the copyright year or a related link's date too often on portal pages.

- **Title**: ``<meta name="ArticleTitle">``; else the in-page ``<h1>``/``<h2>`` (or the ``og:title``) that
  the ``<title>`` starts with; else a heading equal to a part of the ``<title>`` that is not a site name, or
  one the ``<title>`` contains; else ``<title>`` with its site suffix removed (``标题_XX市人民政府``,
  ``标题 - 新华网``, ``标题|…``: the longest part); else ``og:title``.
- **Date**, first found wins: a government document's 成文日期 that its signature at the end of the body
  repeats; publication ``<meta>`` (PubDate, publishdate, firstpublishedtime, article:published_time, …)
  or JSON-LD ``datePublished``; else the best dated line of the page, scored by a label (日期/发布时间/
  发布日期/时间/发表于…, on its line or alone in the cell before), the stamp words of the line under the
  title (来源/作者/编辑/浏览…), a time of day, and nearness to the title and the start of the body; lines
  in link lists, copyright and footer lines and 上一篇/下一篇 never count; else a modification ``<meta>``
  (dateModified, og:updated_time); else a date in the page's address.
- **Source**: ``<meta name="ContentSource">`` or a 来源/信息来源/文章来源 line. **Author**: ``<meta
  name="author">`` or a 作者/记者 line.
- **Language**: for Chinese text, ``zh-Hans`` or ``zh-Hant`` from the characters used; else the page's
  declared ``lang``; else a guess from the script.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from reader.core.extraction.boilerplate import is_related_item
from reader.core.extraction.dates import date_in_url, find_dates, find_partial_dates
from reader.core.extraction.htmltree import HtmlElement, Line, squeeze, text_of

_PUB_META = (
    "pubdate",
    "publishdate",
    "firstpublishedtime",
    "article:published_time",
    "og:release_date",
    "og:published_time",
    "publishtime",
    "pubtime",
    "publish_date",
    "publication_date",
    "datepublished",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.issued",
    "sailthru.date",
    "article:create_at",
    "releasedate",
    "createdate",
    "date",
    "ld:datepublished",
    "ld:datecreated",
)
# A label starts a field: 发行日期 (a record's release) or 出生日期 is not the page's date.
_LABEL = re.compile(
    r"(?<![\u4e00-\u9fff])(?:(?:发布|发表|发稿|发文|成文|印发|公开|更新)?(?:日期|时间)|发布于|发表于|日\s*期|时\s*间)"
    r"|Posted|Published|Date|Datum|Stand|Veröffentlicht|Publié|Fecha",
    re.IGNORECASE,
)
# Words of the stamp line under a title (日期 2025-05-03 来源：… 作者：… 浏览：…): a date sharing the line
# with them is the page's own.
_STAMP_WORDS = re.compile(r"来源|作者|编辑|浏览|点击|阅读|字号|记者|稿源|发布|By\s", re.IGNORECASE)
# Modification dates: used only when the page gives no publication date at all.
_MODIFIED_META = (
    "datemodified",
    "dateupdate",
    "article:modified_time",
    "og:updated_time",
    "last-modified",
    "dc.date.modified",
    "dcterms.modified",
    "lastmodified",
    "ld:datemodified",
)
_LD_DATE = re.compile(r'"(datePublished|dateCreated|dateModified)"\s*:\s*"([^"]{6,40})"')
_DOCUMENT_DATE_LABEL = re.compile(r"成文(?:日期|时间)\s*[:：]?\s*$")
_UPDATE_LABEL = re.compile(r"更新|修改|Updated", re.IGNORECASE)
_NOT_PUBLICATION = re.compile(
    r"版权|Copyright|©|\(c\)\s*(?:19|20)\d{2}|ICP|备案|截止|截至|有效期|访问时间|当前时间|今天是|今日"
    r"|上一篇|下一篇|上一条|下一条|主办单位|承办单位|网站标识码|公网安备|技术支持|All rights reserved",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"(?:信息来源|文章来源|新闻来源|稿件来源|稿源|来源|来自)\s*[:：]\s*(.+)")
_AUTHOR = re.compile(r"(?:作者|记者|撰稿|文)\s*[:：/]\s*(.+)")
_FIELD_END = re.compile(
    r"\s{2,}|\s*[|｜]\s*|\s+(?=(?:日期|时间|发布|作者|来源|浏览|点击|字号|编辑|责任|阅读|打印|分享|【|\[))"
    r"|(?:日期|时间|发布时间|发布日期|作者|浏览|点击|字号|责任编辑)[:：]|【|\[|（?\s*(?:19|20)\d{2}\s*[-/.年]"
)
_TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜| - | – | — |－|——|::| :: )\s*")

# Characters that differ between the scripts; a few of the commonest of each, unambiguous.
_SIMPLIFIED = set(
    "这个们国说时会为来对业经过学动长开关问见门东车电书话让还进没与无现实区应从两种体机产报网华万农乡务县广级总办记员"
)
_TRADITIONAL = set(
    "這個們國說時會為來對業經過學動長開關問見門東車電書話讓還進沒與無現實區應從兩種體機產報網華萬農鄉務縣廣級總辦記員"
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(slots=True)
class PageMeta:
    """What the page's ``<head>`` and ``<html>`` declare, read before cleaning removes them."""

    meta: dict[str, str]
    title: str
    lang: str


def read_head(root: HtmlElement) -> PageMeta:
    """Meta tags (name/property/itemprop, lower case), the ``<title>`` text, and the declared language."""
    meta: dict[str, str] = {}
    for element in root.iter("meta"):
        key = (
            (element.get("name") or element.get("property") or element.get("itemprop") or "").strip().lower()
        )
        if not key:
            equiv = (element.get("http-equiv") or "").strip().lower()
            key = equiv if equiv == "content-language" else ""
        content = squeeze(element.get("content") or "")
        if key and content and key not in meta:
            meta[key] = content
    for script in root.iter("script"):
        # JSON-LD: read with a pattern, not a JSON parser, as saved pages often carry broken JSON.
        if "ld+json" in (script.get("type") or "").lower() and script.text:
            for name, value in _LD_DATE.findall(script.text):
                meta.setdefault("ld:" + name.lower(), value)
    for element in root.iter("time"):
        stamp = element.get("datetime")
        if stamp and "time:datetime" not in meta:
            meta["time:datetime"] = stamp
    title_element = root.find(".//title")
    title = text_of(title_element) if title_element is not None else ""
    lang = (root.get("lang") or root.get("xml:lang") or meta.get("content-language") or "").strip()
    return PageMeta(meta, title, lang)


_SITE_NAME = re.compile(
    r"(?:网|网站|门户|政府|人民政府|频道|新闻|日报|晚报|时报|在线|百科|博客|论坛|局|委员会|办公室|中心|厅|部)$"
    r"|www\.|\.(?:com|cn|net|org|gov)\b",
    re.IGNORECASE,
)


def strip_site_suffix(title: str) -> str:
    """``标题_XX市人民政府`` → ``标题``: site and section names dropped, the first remaining part kept
    (unless a later part is over three times longer: ``网站名 - 标题`` puts the site first)."""
    parts = [part.strip() for part in _TITLE_SPLIT.split(title) if part.strip()]
    if len(parts) <= 1:
        return title.strip()
    named = [part for part in parts if not _SITE_NAME.search(part)] or parts
    first, longest = named[0], max(named, key=len)
    return longest if len(first) * 3 < len(longest) else first


def _norm(text: str) -> str:
    return re.sub(r"[\s\W_]+", "", text)


def choose_title(head: PageMeta, headings: list[str]) -> str:
    """See the module docstring; ``headings`` are the page's h1/h2 texts in order."""
    article_title = head.meta.get("articletitle")
    if article_title:
        return article_title
    page_title = _norm(head.title)
    # The <title> starts with the article's title and ends with the site's name: a heading (or the
    # og:title) that the <title> starts with is the article's; one equal to a later part may be the site's.
    for candidate in (*headings, head.meta.get("og:title", "")):
        key = _norm(candidate)
        if len(key) >= 4 and page_title.startswith(key) and len(key) * 6 >= len(page_title):
            return candidate
    parts = {
        _norm(part) for part in _TITLE_SPLIT.split(head.title) if part.strip() and not _SITE_NAME.search(part)
    }
    for heading in headings:
        if _norm(heading) in parts and len(_norm(heading)) >= 2:
            return heading
    for heading in headings:
        key = _norm(heading)
        if len(key) >= 4 and page_title and (key in page_title or page_title in key):
            return heading
    if head.title:
        return strip_site_suffix(head.title)
    return head.meta.get("og:title", "")


def meta_date(
    head: PageMeta, latest: datetime.date, keys: tuple[str, ...] = (*_PUB_META, "time:datetime")
) -> str | None:
    """The publication date the meta tags give (or the first of ``keys``), or None."""
    for key in keys:
        value = head.meta.get(key)
        if value:
            dates = find_dates(value, latest)
            if dates:
                return dates[0].iso
    return None


def line_date(lines: list[Line], anchor: int, body_end: int, latest: datetime.date) -> str | None:
    """The best-scoring dated line near ``anchor`` (the title's or the body's first line)."""
    best: tuple[float, int] | None = None
    best_iso: str | None = None
    for index, line in enumerate(lines):
        text = line.text
        if len(text) > 200 or not (any(ch.isdigit() for ch in text) or "年" in text):
            continue
        if line.is_link or _NOT_PUBLICATION.search(text) or is_related_item(text):
            continue
        dates = find_dates(text, latest)
        if not dates or len(dates) > 2:
            continue
        found = dates[0]
        label = _label_before(lines, index, text[: found.start])
        score = 0.0
        if _LABEL.search(label):
            score += 4.0
            if _UPDATE_LABEL.search(label):
                score -= 2.0
            elif "成文" in label:
                score += 1.0  # a government document's own date, which its signature repeats
        elif anchor - 6 <= index <= anchor + 3 and len(text) <= 120 and _STAMP_WORDS.search(text):
            score += 2.0  # only under the title: a blog's 作者 … 访问统计 footer is a repost's date
        if found.has_time:
            score += 2.0
        if len(text) < 60:
            score += 1.0
        if anchor - 6 <= index <= anchor + 3:
            score += 4.0
        elif body_end - 2 <= index <= body_end + 4:
            score += 2.0
        distance = min(abs(index - anchor), abs(index - body_end))
        score -= min(distance / 10.0, 4.0)
        key = (score, -index)
        if best is None or key > best:
            best, best_iso = key, found.iso
    if best is not None and best[0] >= 1.0:
        return best_iso
    return None


def _label_before(lines: list[Line], index: int, before: str) -> str:
    """The text that labels a date: what precedes it on its line, or, for a date alone at the start of
    its line, a short previous line (tables of 发布日期： | 2025-05-03 put label and value in two cells)."""
    if before.strip() or index == 0:
        return before[-12:]
    previous = lines[index - 1].text
    return previous if len(previous) <= 14 else ""


def document_date(lines: list[Line], body_end: int, latest: datetime.date) -> str | None:
    """A government document's own date (成文日期) when the document's signature at the end of the body
    repeats it: that is the date the document bears, which the portal's later publication stamp is not."""
    for index, line in enumerate(lines):
        text = line.text
        if "成文" not in text:
            continue
        match = _DOCUMENT_DATE_LABEL.search(text)
        if match:
            value = lines[index + 1].text if index + 1 < len(lines) else ""
        else:
            position = text.find("成文")
            value = text[position:]
            if not re.match(r"成文(?:日期|时间)\s*[:：]", value):
                continue
        dates = find_dates(value[:40], latest)
        if not dates:
            continue
        iso = dates[0].iso
        for closing in lines[max(body_end - 4, 0) : body_end + 3]:
            if len(closing.text) <= 30 and any(
                found.iso == iso for found in find_dates(closing.text, latest)
            ):
                return iso
    return None


def latest_date() -> datetime.date:
    """The latest plausible publication date: today, with two days' grace for time zones."""
    return datetime.date.today() + datetime.timedelta(days=2)


def choose_date(
    head: PageMeta, lines: list[Line], anchor: int, body_end: int, location: str | None
) -> str | None:
    """See the module docstring."""
    latest = latest_date()
    return (
        document_date(lines, body_end, latest)
        or meta_date(head, latest)
        or line_date(lines, anchor, body_end, latest)
        or meta_date(head, latest, _MODIFIED_META)
        or (date_in_url(location, latest) if location else None)
    )


def partial_date(lines: list[Line], start: int, end: int) -> str | None:
    """A month-precision date (``1998年3月号``) at the body's edges, for pages that give no day."""
    edges = list(range(max(start - 3, 0), min(start + 3, len(lines)))) + list(
        range(max(end - 3, 0), min(end + 3, len(lines)))
    )
    for index in edges:
        text = lines[index].text
        if len(text) <= 80 and not lines[index].is_link and not _NOT_PUBLICATION.search(text):
            found = find_partial_dates(text)
            if len(found) == 1:
                return found[0]
    return None


def _field(pattern: re.Pattern[str], lines: list[Line], anchor: int) -> str | None:
    candidates = []
    for index, line in enumerate(lines):
        if len(line.text) > 200:
            continue
        found = pattern.search(line.text)
        if not found:
            continue
        value = _FIELD_END.split(found.group(1), maxsplit=1)[0].strip(" ：:·-—()（）")
        if 1 < len(value) <= 40:
            candidates.append((abs(index - anchor), index, value))
    return min(candidates)[2] if candidates else None


def choose_source(head: PageMeta, lines: list[Line], anchor: int) -> str | None:
    return head.meta.get("contentsource") or head.meta.get("source") or _field(_SOURCE, lines, anchor)


def choose_author(head: PageMeta, lines: list[Line], anchor: int) -> str | None:
    author = head.meta.get("author") or head.meta.get("article:author")
    if author and not author.startswith("http"):
        return author
    return _field(_AUTHOR, lines, anchor)


def detect_language(text: str, declared: str) -> str:
    """BCP 47 tag for the text (see module docstring)."""
    sample = text[:20000]
    han = len(_HAN.findall(sample))
    kana = len(_KANA.findall(sample))
    declared = declared.replace("_", "-")
    lowered = declared.lower()
    visible = len(sample) - sample.count(" ") - sample.count("\n")
    if han and kana * 5 < han and (han > 20 or han * 3 >= visible or lowered.startswith("zh")):
        simplified = sum(1 for ch in sample if ch in _SIMPLIFIED)
        traditional = sum(1 for ch in sample if ch in _TRADITIONAL)
        if traditional > simplified:
            return "zh-Hant"
        if simplified > traditional:
            return "zh-Hans"
        if lowered in ("zh-tw", "zh-hk", "zh-mo", "zh-hant"):
            return "zh-Hant"
        return "zh-Hans"
    if declared:
        return declared
    if kana:
        return "ja"
    if _HANGUL.search(sample):
        return "ko"
    if _CYRILLIC.search(sample):
        return "ru"
    if han:
        return "zh-Hans"
    return "en" if _LATIN.search(sample) else "und"
