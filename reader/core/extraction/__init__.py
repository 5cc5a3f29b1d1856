"""Extraction: a ``LoadedDocument`` → an ``Article`` (title, date, source, language, blocks, whole page).

HTML and MHTML pages:

1. Read the head (meta tags, ``<title>``, declared language) and parse the page (``htmltree.parse``:
   survives any nesting depth).
2. Remove scripts, styles and everything invisible, spam links hidden off-screen included
   (``htmltree.clean``), and keep the whole page's visible text as lines (the "show whole page" view).
3. Score the tree by text density with Chinese punctuation (``density``) and take the best element and
   its good siblings as the body.
4. Turn the body into blocks (``blocks``), dropping portal boilerplate (``boilerplate``), the title when
   it repeats, and 日期/来源 stamp lines.
5. On pages that are not Chinese, or when our body is short or far shorter than trafilatura's reading
   of the cleaned page, take trafilatura's body, converted into our blocks (``fallback``).
6. Title, date, source, author and language (``metadata``).

PDF and Word files arrive with their article already built (``reader.core.attachments``).

Text files: ``plaintext`` (first short line as title, paragraphs at blank lines and indents).

Only ``reader.core.errors.LoadError`` subclasses escape: a page with no readable text raises
``MalformedError``, and any unexpected failure inside extraction is reported the same way.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reader.core.document import Article, Block, BlockKind
from reader.core.errors import LoadError, MalformedError
from reader.core.extraction import blocks as blocks_module
from reader.core.extraction import density, fallback, htmltree, metadata, plaintext
from reader.core.loading import LoadedDocument, load
from reader.core.messages import message

__all__ = ["extract", "extract_file"]


def extract_file(path: str | Path) -> Article:
    """Load and extract one file."""
    return extract(load(path))


def extract(document: LoadedDocument) -> Article:
    """Build an article from a loaded document (see the module docstring for the steps)."""
    if document.article is not None:  # a PDF or Word file, built by reader.core.attachments
        article = dataclasses.replace(document.article, warnings=[])
        article.path = str(document.path)
        article.encoding = None
        article.warnings = list(document.warnings)
        return article
    try:
        article = _extract_text(document) if document.kind == "text" else _extract_html(document)
    except LoadError:
        raise
    except (RecursionError, MemoryError, ValueError, TypeError, LookupError, AttributeError) as error:
        raise MalformedError(
            document.path,
            message("load.page_unreadable", "the page could not be read ({kind})", kind=type(error).__name__),
        ) from error
    article.path = str(document.path)
    article.encoding = document.encoding
    article.warnings = list(document.warnings) + article.warnings
    return article


def _extract_text(document: LoadedDocument) -> Article:
    title, body = plaintext.title_and_blocks(document.text)
    if not body and title is None:
        raise MalformedError(document.path, message("load.no_text", "no readable text in the file"))
    head_lines = [htmltree.Line(line, None, False) for line in plaintext.head_lines(document.text)]
    head = metadata.PageMeta({}, "", "")
    sample = [title] if title else []
    size = len(title or "")
    for block in body:  # detect_language reads the first 20,000 characters
        if size >= 20_000:
            break
        sample.append(block.text[:20_000])
        size += len(sample[-1]) + 1
    return Article(
        title=title or document.path.stem,
        blocks=body,
        date=metadata.line_date(head_lines, 0, 0, metadata.latest_date()),
        source=metadata.choose_source(head, head_lines, 0),
        language=metadata.detect_language("\n".join(sample), ""),
        # The whole file as it is: shared with the loaded text rather than a second copy of a novel.
        page_text=document.text,
    )


def _extract_html(document: LoadedDocument) -> Article:
    root = htmltree.parse(document.text)
    head = metadata.read_head(root)
    htmltree.clean(root)
    page = root.find("body")
    if page is None:
        page = root
    lines = htmltree.lines(page)
    page_text = "\n".join(line.text for line in lines)
    if not page_text.strip():
        raise MalformedError(document.path, message("load.no_text_in_page", "no readable text in the page"))

    stats = density.measure(root)
    chosen = density.body_elements(root, stats)
    body = blocks_module.build(chosen, stats)
    body = fallback.choose(body, root, fallback.is_chinese(page_text, head.lang))

    headings = [htmltree.text_of(element) for element in htmltree.iter_elements(page, ("h1", "h2"))]
    title = metadata.choose_title(head, [heading for heading in headings if heading])
    body = _drop_title(body, title)
    if not title:
        title = next((block.text for block in body if block.kind is BlockKind.HEADING), "") or (
            lines[0].text[:80] if lines else document.path.stem
        )

    start, end = _body_span(lines, chosen)
    anchor = _title_line(lines, title, start)
    date = metadata.choose_date(head, lines, anchor, end, document.location)
    return Article(
        title=title,
        blocks=body,
        date=date,
        partial_date=None if date else metadata.partial_date(lines, start, end),
        source=metadata.choose_source(head, lines, anchor),
        author=metadata.choose_author(head, lines, anchor),
        language=metadata.detect_language(
            title + "\n" + "\n".join(b.text for b in body) or page_text, head.lang
        ),
        page_text=page_text,
    )


def _drop_title(body: list[Block], title: str) -> list[Block]:
    """The title repeated at the top of the body (as a heading or paragraph) is shown once, as the title."""
    key = metadata._norm(title)
    for index, block in enumerate(body[:4]):
        if (
            block.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH)
            and key
            and metadata._norm(block.text) == key
        ):
            return body[:index] + body[index + 1 :]
    return body


def _body_span(lines: list[htmltree.Line], chosen: list[htmltree.HtmlElement]) -> tuple[int, int]:
    """Indexes of the first and last page lines that lie inside the body elements."""
    inside = set(chosen)
    first = last = -1
    for index, line in enumerate(lines):
        element = line.element
        depth = 0
        while element is not None and depth < 300:
            if element in inside:
                if first < 0:
                    first = index
                last = index
                break
            element = element.getparent()
            depth += 1
    return max(first, 0), max(last, 0)


def _title_line(lines: list[htmltree.Line], title: str, body_start: int) -> int:
    """The line showing the title closest before the body, else the body's first line."""
    key = metadata._norm(title)
    best = body_start
    if key:
        for index in range(min(body_start + 3, len(lines) - 1), -1, -1):
            if metadata._norm(lines[index].text) == key:
                return index
    return best
