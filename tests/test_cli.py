"""The command line: ``reader extract`` on the bundled sample and on bad inputs, its formats, the dispatch.

Most tests call ``reader.cli.main`` in-process; a few run ``python -m reader`` in a subprocess where only a
separate process can show it (the real stdout encoding, a crash that would take pytest down, peak memory).
"""

from __future__ import annotations

import json
import os
import quopri
import random
import subprocess
import sys
import types
from pathlib import Path

import pytest

from reader.cli import format_markdown, format_text, main
from reader.core.document import Article, Block, BlockKind
from reader.core.resources import sample_article

SAMPLE = sample_article()
SAMPLE_TITLE = "青溪区首家街道综合养老服务中心在桂园街道投入运营"
SAMPLE_HEADINGS = [
    "一站式服务，让老人少跑腿",
    "智慧养老，让子女更放心",
    "医养结合，让健康有保障",
    "织密服务网络，打造“15分钟养老服务圈”",
]
SAMPLE_IMAGE_ALT = "桂园街道综合养老服务中心一楼的长者食堂，老人们围坐在餐桌旁用午餐"
# Page furniture around the sample article that must not reach the article text.
BOILERPLATE = [
    "棋牌",
    "中国政府网",
    "无障碍",
    "关怀版",
    "网站支持IPv6",
    "注册",
    "政务公开",
    "您当前位置",
    "字号：",
    "打印本页",
    "扫一扫",
    "二维码",
    "上一篇",
    "下一篇",
    "相关链接",
    "主办单位",
    "网站标识码",
    "ICP",
    "公网安备",
]

SUBPROCESS_TIMEOUT = 180


def run_reader(*args: str, cwd: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m reader ARGS`` in a C locale (so UTF-8 output has to come from the program itself)."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "PYTHONIO"))}
    environment.update({"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0", **env})
    completed = subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        cwd=cwd,
        env=environment,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8"),
        completed.stderr.decode("utf-8"),
    )


def assert_one_error_line(stderr: str, path: Path | str) -> None:
    """Exactly one line, ``reader: error: PATH: reason``, and no traceback."""
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    prefix = f"reader: error: {path}: "
    assert lines[0].startswith(prefix), lines[0]
    assert len(lines[0]) > len(prefix), "the reason is missing"


# --- the bundled sample ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_json() -> dict[str, object]:
    """The sample's extraction, run once for the tests that read it."""
    completed = run_reader("extract", str(SAMPLE))
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    lines = completed.stdout.splitlines()
    assert len(lines) == 1, "one file gives one line of JSON"
    data = json.loads(lines[0])
    assert isinstance(data, dict)
    return data


def test_sample_metadata(sample_json: dict[str, object]) -> None:
    assert sample_json["path"] == str(SAMPLE)
    assert sample_json["title"] == SAMPLE_TITLE
    assert sample_json["date"] == "2025-05-06"
    assert sample_json["source"] == "青溪区融媒体中心"
    assert str(sample_json["language"]).startswith("zh")


def test_sample_body_is_the_article_without_boilerplate(sample_json: dict[str, object]) -> None:
    text = sample_json["text"]
    assert isinstance(text, str)
    assert text.startswith("5月5日上午，青溪区桂园街道综合养老服务中心正式投入运营。")
    assert "家住枫林社区的78岁居民刘秀兰说" in text
    assert "“让老年人在家门口就能享受到专业、便利、有温度的养老服务，是我们最朴素的目标。”" in text
    assert "服务咨询电话：023-00000000" in text
    for heading in SAMPLE_HEADINGS:
        assert heading in text
    leaked = [word for word in BOILERPLATE if word in text]
    assert leaked == []
    # The body is about 3,000 characters; the page with its furniture is much longer.
    assert 2500 <= len(text) <= 4000


def test_sample_blocks(sample_json: dict[str, object]) -> None:
    blocks = sample_json["blocks"]
    assert isinstance(blocks, list)
    headings = [block["text"] for block in blocks if block["type"] == "heading"]
    assert headings == SAMPLE_HEADINGS
    images = [block for block in blocks if block["type"] == "image"]
    assert len(images) == 1, "the logo, the QR code and the filing badge are not article images"
    assert images[0]["alt"] == SAMPLE_IMAGE_ALT
    assert str(images[0]["src"]).endswith("sample-article_files/dining-hall.png")
    tables = [block for block in blocks if block["type"] == "table"]
    assert len(tables) == 1
    assert tables[0]["rows"][0] == ["服务项目", "开放时间", "所在楼层"]
    assert len(tables[0]["rows"]) == 6
    lists = [block for block in blocks if block["type"] == "list"]
    assert len(lists) == 1
    assert len(lists[0]["items"]) == 5
    assert lists[0]["items"][0].startswith("助餐送餐")


def test_sample_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "text", str(SAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == SAMPLE_TITLE
    assert lines[1] == "日期：2025-05-06　来源：青溪区融媒体中心"
    assert lines[2] == ""
    assert lines[3].startswith("5月5日上午")
    assert "扫一扫" not in out


def test_sample_as_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--format", "markdown", str(SAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.startswith(f"# {SAMPLE_TITLE}\n\n日期：2025-05-06　来源：青溪区融媒体中心\n\n")
    assert "\n## 一站式服务，让老人少跑腿\n" in out
    assert f"![{SAMPLE_IMAGE_ALT}](" in out
    assert "sample-article_files/dining-hall.png)" in out
    assert "\n| 服务项目 | 开放时间 | 所在楼层 |\n| --- | --- | --- |\n" in out
    assert "\n- 助餐送餐：" in out


# --- the formats, on an article built here --------------------------------------------------------


def every_kind_article() -> Article:
    return Article(
        title="标题 *强调*",
        date="2025-01-02",
        source="某某区融媒体中心",
        blocks=[
            Block(BlockKind.PARAGRAPH, "第一段。"),
            Block(BlockKind.HEADING, "小标题", level=2),
            Block(BlockKind.HEADING, "更小的标题", level=4),
            Block(BlockKind.LIST, "甲\n乙", items=("甲", "乙")),
            Block(BlockKind.LIST, "一\n二", items=("一", "二"), ordered=True),
            Block(BlockKind.QUOTE, "引用一行\n引用二行"),
            Block(BlockKind.IMAGE, "图片说明", alt="图片说明", src="a b_files/图(1).png"),
            Block(
                BlockKind.TABLE,
                "项目\t时间\n食堂\t11:00|13:00",
                rows=(("项目", "时间"), ("食堂", "11:00|13:00")),
                has_header=True,
            ),
            Block(BlockKind.PARAGRAPH, "# 不是标题\n1. 不是列表"),
        ],
    )


def test_markdown_renders_every_block_kind() -> None:
    assert format_markdown(every_kind_article()) == "\n\n".join(
        [
            r"# 标题 \*强调\*",
            "日期：2025-01-02　来源：某某区融媒体中心",
            "第一段。",
            "## 小标题",
            "#### 更小的标题",
            "- 甲\n- 乙",
            "1. 一\n2. 二",
            "> 引用一行\n> 引用二行",
            "![图片说明](a%20b_files/图%281%29.png)",
            "| 项目 | 时间 |\n| --- | --- |\n| 食堂 | 11:00\\|13:00 |",
            "\\# 不是标题\n1\\. 不是列表",
        ]
    )


def test_markdown_table_without_header_gets_an_empty_one() -> None:
    article = Article(title="T", blocks=[Block(BlockKind.TABLE, "a\tb\nc", rows=(("a", "b"), ("c",)))])
    assert format_markdown(article) == "# T\n\n|  |  |\n| --- | --- |\n| a | b |\n| c |  |"


def test_text_is_title_metadata_then_body() -> None:
    article = Article(
        title="标题", blocks=[Block(BlockKind.PARAGRAPH, "一"), Block(BlockKind.PARAGRAPH, "二")]
    )
    assert format_text(article) == "标题\n\n一\n\n二"
    article.source = "来源甲"
    assert format_text(article) == "标题\n来源：来源甲\n\n一\n\n二"


# --- bad inputs -----------------------------------------------------------------------------------


def make_mhtml(html: str) -> bytes:
    """A Chrome-style single-file save holding ``html`` quoted-printable."""
    boundary = "----MultipartBoundary--TestBoundary0123456789----"
    body = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    return (
        "From: <Saved by Blink>\r\n"
        "Snapshot-Content-Location: https://www.example.gov.cn/news/1.html\r\n"
        "Subject: test\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n'
        "\r\n"
        f"--{boundary}\r\n"
        "Content-Type: text/html\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: https://www.example.gov.cn/news/1.html\r\n"
        "\r\n"
        f"{body}\r\n"
        f"--{boundary}--\r\n"
    ).encode("ascii")


MHTML_PAGE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>测试页面_某某区人民政府</title></head><body>"
    "<h1>测试页面</h1>"
    + "".join(f"<p>这是正文的第{n}段，讲的是社区里的一件小事。</p>" for n in range(40))
    + "</body></html>"
)


def bad_input(tmp_path: Path, kind: str) -> Path:
    """Make one of the inputs ``reader extract`` must refuse, and return its path."""
    path = tmp_path / f"{kind}.html"
    if kind == "random-bytes":
        path.write_bytes(random.Random(20250506).randbytes(64 * 1024))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "directory":
        path = tmp_path / "a-folder.html"
        path.mkdir()
    elif kind == "missing":
        path = tmp_path / "no-such-file.html"
    elif kind == "sparse-200mb":
        with path.open("wb") as handle:
            os.truncate(handle.fileno(), 200 * 1024 * 1024)
    elif kind == "mhtml-headers-only":
        path = tmp_path / "cut.mhtml"
        whole = make_mhtml(MHTML_PAGE)
        path.write_bytes(whole[: whole.index(b"Content-Type: text/html")])
    else:
        raise AssertionError(kind)
    return path


BAD_INPUTS = ["random-bytes", "empty", "directory", "missing", "sparse-200mb", "mhtml-headers-only"]


@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_bad_input_is_one_error_line_and_exit_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad_input(tmp_path, kind)
    assert main(["extract", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_error_line(err, path)


def test_mhtml_whole_and_cut_inside_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    whole = make_mhtml(MHTML_PAGE)
    good = tmp_path / "whole.mhtml"
    good.write_bytes(whole)
    assert main(["extract", str(good)]) == 0
    article = json.loads(capsys.readouterr().out)
    assert article["title"] == "测试页面"
    assert "这是正文的第39段" in article["text"]

    # Cut in the middle of the page part, as a failed download leaves it: either what survived is shown
    # or the file is refused, but never a traceback.
    cut = tmp_path / "cut-in-page.mhtml"
    cut.write_bytes(whole[: len(whole) // 2])
    code = main(["extract", str(cut)])
    out, err = capsys.readouterr()
    assert code in (0, 2)
    if code == 0:
        assert json.loads(out)["title"] == "测试页面"
    else:
        assert out == ""
        assert_one_error_line(err, cut)


def test_deeply_nested_html_neither_crashes_nor_hangs(tmp_path: Path) -> None:
    # In a subprocess: a recursion that overflows the C stack would take the whole test run down.
    depth = 100_000
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><head><title>深</title></head><body>"
        + "<div>" * depth
        + "<p>最深处的一句话。</p>"
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )
    completed = run_reader("extract", str(path))
    assert completed.returncode in (0, 2), completed.stderr[-2000:]
    assert "Traceback" not in completed.stderr
    if completed.returncode == 0:
        assert completed.stderr == ""
        assert isinstance(json.loads(completed.stdout), dict)
    else:
        assert completed.stdout == ""
        assert_one_error_line(completed.stderr, path)


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    if not Path("/proc/self/status").is_file():
        pytest.skip("peak memory is read from /proc (Linux)")
    path = bad_input(tmp_path, "sparse-200mb")
    # VmHWM is this process's own peak; getrusage's ru_maxrss would include the forking pytest's.
    script = (
        "import re, sys\n"
        "from reader.cli import main\n"
        "code = main(['extract', sys.argv[1]])\n"
        "status = open('/proc/self/status').read()\n"
        "print(re.search(r'VmHWM:\\s*(\\d+) kB', status).group(1))\n"
        "sys.exit(code)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )
    assert completed.returncode == 2
    assert_one_error_line(completed.stderr, path)
    peak_mb = int(completed.stdout.strip()) / 1024
    assert peak_mb < 180, f"peak RSS {peak_mb:.0f} MB: the 200 MB file was read into memory"


# --- several files --------------------------------------------------------------------------------


def test_several_files_one_bad_others_still_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.html"
    other = tmp_path / "other.txt"
    other.write_text("第二个文件\n\n这是一段纯文本正文，用来检查多个文件时的输出。\n", encoding="utf-8")
    assert main(["extract", str(SAMPLE), str(missing), str(other)]) == 2
    out, err = capsys.readouterr()
    assert_one_error_line(err, missing)
    records = [json.loads(line) for line in out.splitlines()]
    assert [record["path"] for record in records] == [str(SAMPLE), str(other)]
    assert records[0]["title"] == SAMPLE_TITLE
    assert "这是一段纯文本正文" in records[1]["text"]


def test_several_files_as_text_are_marked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text("甲文件的正文内容在这里。\n", encoding="utf-8")
    second.write_text("乙文件的正文内容在这里。\n", encoding="utf-8")
    assert main(["extract", "--format", "text", str(first), str(second)]) == 0
    out = capsys.readouterr().out
    assert out.index(f"==> {first} <==") < out.index("甲文件") < out.index(f"==> {second} <==")
    assert out.index(f"==> {second} <==") < out.index("乙文件")


def test_unexpected_exception_is_one_line_and_the_rest_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import reader.core.extraction

    real = reader.core.extraction.extract_file

    def flaky(path: str | Path) -> Article:
        if Path(path).name == "boom.txt":
            raise RuntimeError("boom\nsecond line")
        return real(path)

    monkeypatch.setattr(reader.core.extraction, "extract_file", flaky)
    boom = tmp_path / "boom.txt"
    boom.write_text("内容", encoding="utf-8")
    assert main(["extract", str(boom), str(SAMPLE)]) == 2
    out, err = capsys.readouterr()
    assert_one_error_line(err, boom)
    assert "internal error: RuntimeError: boom second line" in err
    assert json.loads(out)["title"] == SAMPLE_TITLE


# --- arguments and dispatch -----------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from reader import __version__

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"reader {__version__}"


def test_help_mentions_extract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "reader extract" in capsys.readouterr().out
    assert main(["extract", "--help"]) == 0
    assert "--format" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],
        ["extract", "--format", "pdf", "x.html"],
        ["--font-size", "huge"],
        ["--font-size", "0"],
        ["--font-size", "11"],
        ["--font-size", "121"],
        ["--theme", "dark"],
        ["--convert", "x2y"],
        ["--no-such-option"],
    ],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "error:" in err
    assert "Traceback" not in err


@pytest.fixture
def fake_window(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, dict[str, object]]]:
    """Replace ``reader.ui.app`` with a recorder so the dispatch is tested without opening a window."""
    calls: list[tuple[Path, dict[str, object]]] = []

    def run(path: Path, **options: object) -> int:
        calls.append((path, options))
        return 0

    module = types.ModuleType("reader.ui.app")
    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "reader.ui.app", module)
    return calls


def test_no_arguments_opens_the_sample(fake_window: list[tuple[Path, dict[str, object]]]) -> None:
    assert main([]) == 0
    assert fake_window == [(SAMPLE, {"font_size": None, "theme": None, "screenshot": None, "convert": None})]


def test_window_options_are_passed_on(fake_window: list[tuple[Path, dict[str, object]]]) -> None:
    args = ["page.html", "--font-size", "18", "--theme", "yellow-on-black", "--screenshot", "shot.png"]
    assert main([*args, "--convert", "s2twp"]) == 0
    options = {
        "font_size": 18.0,
        "theme": "yellow-on-black",
        "screenshot": Path("shot.png"),
        "convert": "s2twp",
    }
    assert fake_window == [(Path("page.html"), options)]


@pytest.mark.parametrize("size", ["12", "120", "48.5"])
def test_font_size_bounds_are_the_windows(
    size: str, fake_window: list[tuple[Path, dict[str, object]]]
) -> None:
    assert main(["--font-size", size]) == 0
    assert fake_window[0][1]["font_size"] == float(size)


def test_unknown_theme_lists_the_valid_ones(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--theme", "purple"]) == 2
    err = capsys.readouterr().err
    assert "purple" in err
    for name in ("default", "black-on-white", "white-on-black", "yellow-on-black", "black-on-cream"):
        assert name in err


def test_list_themes_prints_every_scheme_with_its_labels(capsys: pytest.CaptureFixture[str]) -> None:
    from reader.core.themes import list_themes

    assert main(["--list-themes"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [theme.name for theme in list_themes()]
    assert lines[0].split()[0] == "default"
    for line, theme in zip(lines, list_themes(), strict=True):
        assert theme.label_zh in line
        assert theme.label_en in line
    assert "yellow-on-black" in out
    assert "黄字黑底 Yellow on black" in out


def test_a_file_named_like_a_subcommand_opens_with_a_path(
    fake_window: list[tuple[Path, dict[str, object]]],
) -> None:
    assert main(["./extract"]) == 0
    assert fake_window[0][0] == Path("extract")


# --- as a separate program ------------------------------------------------------------------------


def test_subprocess_writes_utf8_in_a_c_locale_and_never_loads_qt(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from reader.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "sys.exit(code if 'PySide6' not in sys.modules else 99)\n"
    )
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "PYTHONIO"))}
    environment.update({"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"})
    completed = subprocess.run(
        [sys.executable, "-c", script, "extract", "--format", "text", str(SAMPLE)],
        capture_output=True,
        cwd=tmp_path,
        env=environment,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr.decode("utf-8", "replace")
    assert completed.stdout.decode("utf-8").splitlines()[0] == SAMPLE_TITLE
    themes = subprocess.run(
        [sys.executable, "-c", script, "--list-themes"],
        capture_output=True,
        cwd=tmp_path,
        env=environment,
        timeout=SUBPROCESS_TIMEOUT,
        check=False,
    )
    assert themes.returncode == 0, themes.stderr.decode("utf-8", "replace")
    assert "白字黑底 White on black" in themes.stdout.decode("utf-8")


def test_subprocess_reports_errors_the_same_way_with_chinese_file_names(tmp_path: Path) -> None:
    # In a C locale without UTF-8 mode Python receives these names as escapes; they must print as written.
    good = tmp_path / "养老服务中心.html"
    good.write_bytes(SAMPLE.read_bytes())
    missing = tmp_path / "没有这个文件.html"
    completed = run_reader("extract", str(good), str(missing), cwd=tmp_path)
    assert completed.returncode == 2
    record = json.loads(completed.stdout)
    assert record["title"] == SAMPLE_TITLE
    assert record["path"] == str(good)
    assert_one_error_line(completed.stderr, missing)


# --- reader convert -------------------------------------------------------------------------------


def test_convert_sample_as_text_keeps_title_metadata_and_paragraphs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from reader.core.conversion import convert_text
    from reader.core.extraction import extract_file

    assert main(["convert", "--to", "s2t", str(SAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    article = extract_file(SAMPLE)
    title, meta, blank, *body = out.rstrip("\n").split("\n")
    assert title == convert_text(SAMPLE_TITLE, "s2t") == "青溪區首家街道綜合養老服務中心在桂園街道投入運營"
    assert meta.startswith("日期：2025-05-06　來源：")
    assert blank == ""
    # Same paragraphs as extract's text, each one converted.
    assert "\n".join(body) == convert_text(article.text, "s2t")
    assert body.count("") == article.text.count("\n\n")


def test_convert_sample_as_json_converts_every_field(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "--to", "s2twp", "--format", "json", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["conversion"] == "s2twp"
    assert data["title"] == "青溪區首家街道綜合養老服務中心在桂園街道投入運營"
    assert data["language"] == "zh-Hant-TW"
    assert data["date"] == "2025-05-06"
    assert data["path"] == str(SAMPLE)
    assert data["text"] == "\n\n".join(block["text"] for block in data["blocks"] if block["text"])
    headings = [block["text"] for block in data["blocks"] if block["type"] == "heading"]
    assert headings[0] == "一站式服務，讓老人少跑腿"
    images = [block for block in data["blocks"] if block["type"] == "image"]
    assert images[0]["alt"] == "桂園街道綜合養老服務中心一樓的長者食堂，老人們圍坐在餐桌旁用午餐"


def test_convert_phrases_and_traditional_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    simplified = tmp_path / "s.txt"
    simplified.write_text("U盘使用说明\n\n请把U盘插入电脑，再打开软件。\n\n鼠标在左边。\n", encoding="utf-8")
    traditional = tmp_path / "t.txt"
    traditional.write_text("隨身碟使用說明\n\n請把隨身碟插入電腦，再開啟軟體。\n", encoding="big5")
    assert main(["convert", "--to", "s2twp", str(simplified)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("隨身碟使用說明\n\n")
    assert "請把隨身碟插入電腦，再開啟軟體。\n\n滑鼠在左邊。" in out
    assert main(["convert", "--to", "tw2sp", str(traditional)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("U盘使用说明\n\n")
    assert "请把U盘插入电脑，再打开软件。" in out


def test_convert_non_chinese_passes_through(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    english = tmp_path / "e.txt"
    english.write_text("A plain title\n\nSome English text, 123 and e.g. more.\n", encoding="utf-8")
    assert main(["convert", "--to", "s2t", str(english)]) == 0
    extracted = main(["extract", "--format", "text", str(english)])
    assert extracted == 0
    converted_out, extracted_out = capsys.readouterr().out.split("A plain title")[1:]
    assert converted_out == extracted_out


def test_convert_unknown_config_lists_the_valid_ones(capsys: pytest.CaptureFixture[str]) -> None:
    from reader.core.conversion import CONFIGS

    assert main(["convert", "--to", "s2x", str(SAMPLE)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    assert "unknown conversion 's2x'" in err
    assert all(name in err for name in CONFIGS)


@pytest.mark.parametrize(
    "args", [["convert"], ["convert", str(SAMPLE)], ["convert", "--to", "s2t", "--format", "markdown", "x"]]
)
def test_convert_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "error:" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_convert_bad_input_is_one_error_line_and_exit_2(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = bad_input(tmp_path, kind)
    assert main(["convert", "--to", "s2t", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_error_line(err, path)


def test_convert_several_files_one_bad_others_still_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.html"
    other = tmp_path / "other.txt"
    other.write_text("第二个文件\n\n这是一段纯文本正文。\n", encoding="utf-8")
    assert main(["convert", "--to", "s2hk", "--format", "json", str(SAMPLE), str(missing), str(other)]) == 2
    out, err = capsys.readouterr()
    assert_one_error_line(err, missing)
    records = [json.loads(line) for line in out.splitlines()]
    assert [record["path"] for record in records] == [str(SAMPLE), str(other)]
    assert records[1]["text"] == "這是一段純文本正文。"
    assert main(["convert", "--to", "s2t", str(SAMPLE), str(other)]) == 0
    out = capsys.readouterr().out
    assert out.index(f"==> {SAMPLE} <==") < out.index(f"==> {other} <==") < out.index("這是一段純文本正文")


def test_convert_help_lists_the_configs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "reader convert" in capsys.readouterr().out
    assert main(["convert", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--to CONFIG" in out
    assert "s2hkp (experimental)" in out


def test_convert_subprocess_in_a_c_locale() -> None:
    completed = run_reader("convert", "--to", "s2t", str(SAMPLE))
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("青溪區首家街道綜合養老服務中心在桂園街道投入運營\n")
