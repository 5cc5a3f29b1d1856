"""``reader library``: the library of saved articles from the command line.

``reader library [--library DB] add|list|search|remove|export ...``

- ``add PATH...``: add files, and the article files inside folders (``.html .htm .xhtml .shtml .mhtml
  .mht .txt``); a file already there is reported as ``duplicate``, one found at a new path as ``moved``.
- ``list``: every article, most recently added first; a file that is gone is marked ``missing``.
- ``search QUERY``: articles whose title or body holds QUERY, best first, with a snippet.
- ``remove ID...``: take articles out of the library; their files are left alone.
- ``export [FILE]``: everything the library knows as JSON, on stdout or into FILE (written under a
  temporary name, then renamed).

``--json`` prints JSON (one object a line for ``add``; a list for ``list`` and ``search``) instead of
text. The library is ``library.db`` in the platform data dir (``READER_DATA_DIR`` overrides it, and
``--library`` names another file). A damaged library that had to be rebuilt is a warning on stderr.

Exit status: 0; 2 when an argument was wrong (an empty query, an id that is not listed) or a file could
not be read (the others are still added); 1 when the reader of our output went away.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli_common import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_OK,
    PROG,
    display_path,
    one_line,
    parse,
    print_error,
    print_warning,
    silence_stdout,
)

if TYPE_CHECKING:
    from reader.core.library import ArticleRecord, Library

__all__ = ["main"]


def _article_id(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an article id: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"not an article id: {value!r}")
    return number


def _query(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("the query is empty")
    return value.strip()


def _limit(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, got {value!r}")
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"{PROG} library",
        description="The library of saved articles: add, list, search, remove and export them.",
        epilog=(
            "The library is library.db in the data folder (READER_DATA_DIR overrides it). Removing an "
            "article never deletes its file. Exit status 2 on a wrong argument or a file that could not "
            "be read."
        ),
    )
    parser.add_argument("--library", type=Path, metavar="DB", help="use this library file instead")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add = commands.add_parser("add", help="add files, or the article files inside folders")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="saved pages, text files, folders")
    listing = commands.add_parser("list", help="list the articles")
    search = commands.add_parser("search", help="search titles and bodies (simplified and traditional)")
    search.add_argument("query", type=_query, metavar="QUERY")
    search.add_argument("--limit", type=_limit, default=50, metavar="N", help="at most N results (50)")
    remove = commands.add_parser("remove", help="take articles out of the library (files are kept)")
    remove.add_argument("ids", nargs="+", type=_article_id, metavar="ID", help="ids as 'list' shows them")
    export = commands.add_parser("export", help="write everything the library knows as JSON")
    export.add_argument("file", nargs="?", type=Path, metavar="FILE", help="default: standard output")
    for command in (add, listing, search, remove):
        command.add_argument("--json", action="store_true", help="print JSON instead of text")
    return parser


def main(args: list[str]) -> int:
    parsed = parse(_parser(), args)
    if isinstance(parsed, int):
        return parsed
    from reader.core.library import Library

    with Library(parsed.library) as library:
        for problem in library.problems:
            print_warning(problem.english)
        try:
            return _COMMANDS[parsed.command](library, parsed)
        except BrokenPipeError:
            silence_stdout()
            return EXIT_BROKEN_PIPE


def _add(library: Library, parsed: argparse.Namespace) -> int:
    failed = False
    for step in library.import_files(parsed.paths):
        if step.problem is not None:
            print_error(f"{display_path(step.path)}: {step.problem.params.get('detail', '')}")
            failed = True
            continue
        assert step.added is not None
        record = step.added.article
        if parsed.json:
            _print(json.dumps({"status": step.added.status.value, **record.to_json()}, ensure_ascii=False))
        else:
            _print(
                f"{step.added.status.value}\t{record.id}\t{one_line(record.title)}\t{display_path(record.path)}"
            )
    return EXIT_FAILED if failed else EXIT_OK


def _list(library: Library, parsed: argparse.Namespace) -> int:
    records = library.articles()
    if parsed.json:
        _print(json.dumps([record.to_json() for record in records], ensure_ascii=False, indent=2))
    else:
        for record in records:
            _print(_line(record))
    return EXIT_OK


def _line(record: ArticleRecord) -> str:
    mark = "\tmissing" if record.is_missing else ""
    date = record.date or "-"
    return f"{record.id}\t{date}\t{one_line(record.title)}\t{display_path(record.path)}{mark}"


def _search(library: Library, parsed: argparse.Namespace) -> int:
    results = library.search(parsed.query, parsed.limit)
    if parsed.json:
        data = [
            {
                "id": result.article.id,
                "title": result.article.title,
                "path": result.article.path,
                "rank": result.rank,
                "snippet": result.snippet,
                "start": result.start,
                "end": result.end,
                "offset": result.offset,
                "missing": result.article.is_missing,
            }
            for result in results
        ]
        _print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for result in results:
            snippet = result.snippet
            marked = snippet[: result.start] + "【" + snippet[result.start : result.end] + "】"
            marked += snippet[result.end :]
            _print(_line(result.article) + "\n\t" + one_line(marked))
    return EXIT_OK


def _remove(library: Library, parsed: argparse.Namespace) -> int:
    failed = False
    removed: list[int] = []
    for article_id in parsed.ids:
        if library.remove(article_id):
            removed.append(article_id)
            if not parsed.json:
                _print(f"removed\t{article_id}")
        else:
            print_error(f"{article_id}: no article with this id in the library")
            failed = True
    if parsed.json:
        _print(json.dumps({"removed": removed}))
    return EXIT_FAILED if failed else EXIT_OK


def _export(library: Library, parsed: argparse.Namespace) -> int:
    data = library.export()
    data["exported_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if parsed.file is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    target: Path = parsed.file
    try:
        _write_atomically(target, text)
    except OSError as error:
        from reader.core.errors import write_message

        print_error(f"{display_path(target)}: {write_message(error, target, '{detail}').english}")
        return EXIT_FAILED
    articles = data["articles"]
    count = len(articles) if isinstance(articles, list) else 0
    print(f"exported {count} articles to {display_path(target)}", file=sys.stderr)
    return EXIT_OK


def _write_atomically(path: Path, text: str) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        Path(temporary).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


def _print(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


_COMMANDS = {"add": _add, "list": _list, "search": _search, "remove": _remove, "export": _export}
