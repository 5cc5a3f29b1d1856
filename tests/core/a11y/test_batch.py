"""Batch checking: collecting pages from folders, ordered parallel results, crashes, hard pages, memory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.a11y import batch
from reader.core.a11y.batch import CRASH_REASON, check_one, check_pages, collect_pages
from reader.core.a11y.model import Outcome, PageReport

PAGE = (
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title></head>'
    '<body><h1>{title}</h1><p>正文第 {n} 段。</p><img src="a{n}.png"><a href="/x">详细</a></body></html>'
)


def _page(folder: Path, name: str, n: int = 0, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = PAGE.format(title=f"通知{n}", n=n).replace("utf-8", encoding)
    if encoding == "big5":  # Big5 has traditional characters only
        text = text.replace("详细", "詳細").replace("正文", "內文").replace("段", "節")
    path.write_bytes(text.encode(encoding))
    return path


# Checkers for the worker processes: module level so a spawned worker can import them by name.


def pid_checker(path: Path) -> PageReport:
    return PageReport(path=path, title=f"{os.getpid()}")


def crashing_checker(path: Path) -> PageReport:
    if path.name.startswith("crash"):
        os._exit(70)  # what a segfault in C code looks like to the pool
    if path.name.startswith("raise"):
        raise RuntimeError("a bug in a rule")
    return PageReport(path=path, title=path.stem)


# --- collecting -----------------------------------------------------------------------------------


def test_collect_walks_folders_sorted_and_skips_saved_resources(tmp_path: Path) -> None:
    site = tmp_path / "站点"
    for name in ("b.HTML", "a.htm", "sub/c.mhtml", "sub/d.xhtml", "e.MHT", "notes.txt", "x.css"):
        _page(site, name)
    _page(site, "a_files/frame.html")  # Chrome's folder for a.htm's images and frames
    _page(site, "other_files/kept.html")  # no page called "other": a real folder
    _page(site, ".git/hidden.html")
    collected = collect_pages([site])
    names = [path.relative_to(site).as_posix() for path in collected.pages]
    assert names == ["a.htm", "b.HTML", "e.MHT", "other_files/kept.html", "sub/c.mhtml", "sub/d.xhtml"]
    assert collected.errors == []


def test_collect_takes_named_files_as_they_are_and_reports_missing(tmp_path: Path) -> None:
    text = tmp_path / "page.txt"
    text.write_text("正文", encoding="utf-8")
    empty = tmp_path / "空"
    empty.mkdir()
    collected = collect_pages([text, tmp_path / "missing.html", empty, text])
    assert collected.pages == [text]  # named twice, checked once
    errors = [report.error for report in collected.errors]
    assert errors == [
        f"{tmp_path / 'missing.html'}: no such file or folder",
        f"{empty}: no saved pages (.html, .htm, .mhtml…) in this folder",
    ]
    assert all(report.path is not None and not report.findings for report in collected.errors)


# --- checking -------------------------------------------------------------------------------------


def test_single_process_reports_in_order_with_progress(tmp_path: Path) -> None:
    pages = [_page(tmp_path, f"p{n}.html", n) for n in range(3)]
    seen: list[tuple[int, int]] = []
    reports = list(check_pages(pages, jobs=1, progress=lambda done, total: seen.append((done, total))))
    assert [report.path for report in reports] == pages
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert all(report.error is None for report in reports)
    assert reports[0].title == "通知0"


def test_parallel_results_come_in_order_and_pools_are_recycled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "PAGES_PER_WORKER", 5)
    pages = [tmp_path / f"p{n:02d}.html" for n in range(40)]
    seen: list[int] = []
    reports = list(
        check_pages(pages, jobs=2, progress=lambda done, total: seen.append(done), checker=pid_checker)
    )
    assert [report.path for report in reports] == pages
    assert seen == list(range(1, 41))
    workers = {report.title for report in reports}
    assert str(os.getpid()) not in workers
    # 40 pages, 2 workers, 5 pages each before the pool is retired: 4 pools, each with its own processes
    # (a pool starts its second worker only when the first is busy, so on a loaded machine 1 may do all).
    assert len(workers) >= 4


def test_a_crash_or_exception_costs_only_that_page(tmp_path: Path) -> None:
    names = ["a.html", "crash.html", "b.html", "raise.html", "c.html", "d.html", "crash2.html", "e.html"]
    pages = [tmp_path / name for name in names]
    reports = list(check_pages(pages, jobs=2, checker=crashing_checker))
    assert [report.path for report in reports] == pages
    errors = {report.path.name: report.error for report in reports if report.error and report.path}
    assert set(errors) == {"crash.html", "raise.html", "crash2.html"}
    assert errors["crash.html"] == f"{tmp_path / 'crash.html'}: {CRASH_REASON}"
    assert "RuntimeError: a bug in a rule" in (errors["raise.html"] or "")
    assert [report.title for report in reports if not report.error] == ["a", "b", "c", "d", "e"]


def test_check_one_turns_a_bug_into_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from reader.core.a11y import checking

    def broken(path: str | Path) -> PageReport:
        raise RecursionError("too deep")

    monkeypatch.setattr(checking, "check_file", broken)
    report = check_one(tmp_path / "x.html")
    assert report.error == f"{tmp_path / 'x.html'}: internal error: RecursionError: too deep"


# --- hard pages, real rules -------------------------------------------------------------------------


def _hard_pages(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    pages = {
        "gb18030": _page(folder, "gb.html", 1, "gb18030"),
        "big5": _page(folder, "big5.html", 2, "big5"),
        "no-html": folder / "fragment.html",
        "broken": folder / "broken.html",
        "deep": folder / "deep.html",
        "large": folder / "large.html",
        "binary": folder / "image.html",
        "empty": folder / "empty.html",
    }
    pages["no-html"].write_text('<title>片段</title><p>没有 html 元素<img src="x.png">', encoding="utf-8")
    pages["broken"].write_text(
        "<html><head><title>坏<body><table><tr><td><p><b><i>未闭合</table></div></span><a href=>",
        encoding="utf-8",
    )
    depth = 100_000
    pages["deep"].write_text(
        "<html lang='zh'><title>深</title><body>" + "<div>" * depth + "很深" + "</div>" * depth,
        encoding="utf-8",
    )
    paragraph = "<p>这是一个很长的页面中的段落，用来检查五兆字节的页面。<a href='/a'>链接</a></p>\n"
    repeat = 5 * 1024 * 1024 // len(paragraph.encode("utf-8")) + 1
    pages["large"].write_text(
        "<html lang='zh-CN'><title>大</title><body>" + paragraph * repeat + "</body></html>", encoding="utf-8"
    )
    pages["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    pages["empty"].write_bytes(b"")
    return pages


def test_hard_pages_each_get_a_report_or_a_clear_error(tmp_path: Path) -> None:
    pages = _hard_pages(tmp_path / "hard")
    assert pages["large"].stat().st_size >= 5 * 1024 * 1024
    reports = dict(zip(pages, check_pages(list(pages.values()), jobs=2), strict=True))
    for kind in ("gb18030", "big5", "no-html", "broken", "deep", "large"):
        report = reports[kind]
        assert report.error is None, (kind, report.error)
        assert report.rules_run, kind
    assert reports["gb18030"].title == "通知1"
    assert reports["big5"].title == "通知2"
    assert reports["no-html"].rule_outcomes()["image-alt"] is Outcome.FAILED
    for kind in ("binary", "empty"):
        error = reports[kind].error
        assert error is not None and error.startswith(str(pages[kind]) + ": "), (kind, error)
        assert "internal error" not in error and CRASH_REASON not in error


# --- memory ---------------------------------------------------------------------------------------


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    pytest.skip("no /proc/self/status here")


def test_a_thousand_pages_keep_the_parent_flat(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/proc/self/status").exists():
        pytest.skip("needs /proc to read the resident set size")
    pages = [_page(tmp_path / f"d{n // 100}", f"p{n:04d}.html", n) for n in range(1000)]
    # Warm up: imports, the first pool, and the allocator's arenas.
    for _ in check_pages(pages[:50], jobs=2):
        pass
    before = _rss_kb()
    checked = failed = 0
    for report in check_pages(pages, jobs=2):
        checked += 1
        failed += report.has_failures
    after = _rss_kb()
    with capsys.disabled():
        print(f"\n1,000 pages: parent RSS {before / 1024:.1f} MB before, {after / 1024:.1f} MB after")
    assert checked == 1000
    assert failed == 1000  # every page has an image without alt
    assert after - before < 20 * 1024
