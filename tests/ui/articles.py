"""Hand-made articles and files for the window tests (built directly, independent of the extractor)."""

from __future__ import annotations

from pathlib import Path

from reader.core.document import Article, Block
from reader.core.loading import LoadedDocument
from reader.ui.documents import OpenedArticle


def make_opened(tmp_path: Path, blocks: list[Block], **fields: object) -> OpenedArticle:
    path = tmp_path / "article.html"
    path.write_text("<p>x</p>", encoding="utf-8")
    article = Article(
        title=str(fields.pop("title", "青溪区养老服务中心投入运营")),
        blocks=blocks,
        path=str(path),
        encoding="utf-8",
        **fields,  # type: ignore[arg-type]
    )
    document = LoadedDocument(path=path, kind="html", text="", encoding="utf-8", base_dir=tmp_path)
    return OpenedArticle(path, article, document)


def write_text_file(folder: Path, name: str, paragraphs: list[str]) -> Path:
    path = folder / name
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def numbered_paragraphs(count: int, sentences: int = 6) -> list[Block]:
    """``count`` paragraphs of numbered sentences ("第12段第3句……。"), so any position names its place."""
    from reader.core.document import BlockKind

    body = "街道综合养老服务中心为周边老人提供助餐、日间照料和康复护理"
    return [
        Block(
            BlockKind.PARAGRAPH,
            "".join(f"第{number}段第{sentence}句{body}。" for sentence in range(1, sentences + 1)),
        )
        for number in range(1, count + 1)
    ]
