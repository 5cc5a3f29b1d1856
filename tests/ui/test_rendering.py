"""The renderer makes exactly one QTextDocument block per display block, with the same text; positions
between code points and UTF-16 agree everywhere (astral characters included)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage, QTextDocument

from reader.core.display import DocPosition, build_article, build_page, convert_document
from reader.core.document import Article, Block, BlockKind
from reader.ui.positions import doc_position, document_position, from_utf16, to_utf16
from reader.ui.rendering import RenderMismatchError, TextStyle, check_blocks, render, style_sheet

pytestmark = pytest.mark.gui

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Co", "Cn"), blacklist_characters="\x00"),
    max_size=30,
)
_KINDS = st.sampled_from([BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.QUOTE, BlockKind.IMAGE])


def _document(html: str) -> QTextDocument:
    """A document made as the reading view makes it (its style sheet keeps whitespace)."""
    document = QTextDocument()
    document.setDefaultStyleSheet(style_sheet(TextStyle(), 20.0))
    document.setHtml(html)
    return document


def _block_texts(document: QTextDocument) -> list[str]:
    texts = []
    block = document.begin()
    while block.isValid():
        texts.append(block.text())
        block = block.next()
    return texts


def _lists(items: list[str]) -> Block:
    return Block(BlockKind.LIST, "\n".join(items), items=tuple(items))


def _table(rows: list[list[str]]) -> Block:
    return Block(BlockKind.TABLE, "", rows=tuple(tuple(row) for row in rows), has_header=True)


_BLOCKS = st.one_of(
    st.builds(lambda kind, text: Block(kind, text, level=3, alt=text, src="x.png"), _KINDS, _TEXT),
    st.builds(_lists, st.lists(_TEXT, min_size=1, max_size=3)),
    st.builds(_table, st.lists(st.lists(_TEXT, min_size=1, max_size=3), min_size=1, max_size=3)),
)


@settings(max_examples=150, deadline=None)
@given(_TEXT, st.lists(_BLOCKS, max_size=6), st.booleans())
def test_one_document_block_per_display_block_with_the_same_text(
    qapp: object, title: str, blocks: list[Block], shows_images: bool
) -> None:
    article = Article(title, blocks, source="来源", date="2025-01-02")
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    images = {"x.png": image} if shows_images else {}
    display = build_article(article, shows_image=images.__contains__)
    rendering = render(display, images)
    document = QTextDocument()
    document.setDefaultStyleSheet(style_sheet(TextStyle(), 20.0))
    for item in rendering.images:
        document.addResource(QTextDocument.ResourceType.ImageResource, item.name, item.image)
    document.setHtml(rendering.html)
    check_blocks(document.blockCount(), display)
    assert _block_texts(document) == display.texts


def test_whole_page_and_conversions_render_one_to_one(qapp: object) -> None:
    article = Article("标题", [], page_text="第一行  两个空格\n\t制表\n𠀀生僻字")
    for display in (build_page(article), convert_document(build_page(article), "s2twp")):
        document = _document(render(display).html)
        assert _block_texts(document) == display.texts


def test_a_mismatch_is_reported(qapp: object) -> None:
    display = build_page(Article("t", [], page_text="a\nb"))
    with pytest.raises(RenderMismatchError):
        check_blocks(3, display)


@given(_TEXT, st.integers(min_value=0, max_value=80))
def test_utf16_conversions_agree(text: str, offset: int) -> None:
    units = len(text.encode("utf-16-le")) // 2
    index = from_utf16(text, min(offset, units))
    assert 0 <= index <= len(text)
    assert to_utf16(text, index) <= min(offset, units)
    # Code points survive out and back.
    point = min(offset, len(text))
    assert from_utf16(text, to_utf16(text, point)) == point


def test_inside_a_surrogate_pair_counts_as_its_character(qapp: object) -> None:
    text = "a𠀀b"
    assert [from_utf16(text, unit) for unit in range(5)] == [0, 1, 1, 2, 3]
    assert [to_utf16(text, index) for index in range(4)] == [0, 1, 3, 4]
    display = build_page(Article("t", [], page_text=f"x\n{text}"))
    document = _document(render(display).html)
    position = document_position(document, DocPosition(1, 2))
    assert doc_position(document, position) == DocPosition(1, 2)
    assert doc_position(document, position - 1) == DocPosition(1, 1)
