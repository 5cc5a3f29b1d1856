"""The sample in a real X11 window (Xvfb + xcb): the screenshot is not blank and shows Chinese glyphs.

The app runs in a subprocess, as a user would start it, with ``QT_QPA_PLATFORM=xcb`` on an Xvfb display this
test starts itself. A spy on ``save_screenshot`` reports from inside the app which font family the reading
view really uses (``QFontInfo``), whether that family covers Simplified Chinese and the title's characters,
and where the reading view is in the window. The PNG is then checked: several colours, a good share of
non-background pixels, and many ink clusters shaped like CJK characters (see ``cjk_like_glyphs``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from tests.conftest import PROJECT_DIR, require_system

pytestmark = pytest.mark.gui

SPY = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetrics
import reader.ui.app as app_module

original = app_module.save_screenshot

def spy(window, path):
    view = window.reading_view
    family = QFontInfo(view.font()).family()
    title = window.opened.article.title if window.opened else ""
    metrics = QFontMetrics(view.font())
    top_left = view.viewport().mapTo(window, QPoint(0, 0))
    print("SPY " + json.dumps({
        "family": family,
        "simplified_chinese":
            QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family),
        "title": title,
        "title_in_font": all(metrics.inFontUcs4(ord(c)) for c in title if "\u4e00" <= c <= "\u9fff"),
        "platform": app_module.QGuiApplication.platformName(),
        "view": [top_left.x(), top_left.y(), view.viewport().width(), view.viewport().height()],
    }, ensure_ascii=False), flush=True)
    return original(window, path)

app_module.save_screenshot = spy
sys.exit(app_module.run(None, screenshot=Path(sys.argv[1])))
"""


def run_app(display: str, out: Path, config: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": display,
        "READER_CONFIG_DIR": str(config),
    }
    return subprocess.run(
        [sys.executable, "-c", SPY, str(out)],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def gray_rows(image: QImage) -> list[bytes]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())
    stride = gray.bytesPerLine()
    return [data[y * stride : y * stride + gray.width()] for y in range(gray.height())]


def cjk_like_glyphs(rows: list[bytes], area: tuple[int, int, int, int], *, dark: int = 110) -> int:
    """Ink clusters in ``area`` (x, y, width, height) shaped like CJK characters.

    A cluster is a run of inked columns within a text line. CJK characters are about as wide as the line is
    high and stack several horizontal strokes, so some column crosses ink 4 or more times; Latin letters and
    words cross at most 3 times (e, g, s), and a missing-glyph box twice. Measured here: Noto Sans CJK text
    gives ~0.8 such clusters per character, DejaVu Sans/Serif Latin text none.
    """
    x0, y0, width, height = area
    ink = [[value < dark for value in row[x0 : x0 + width]] for row in rows[y0 : y0 + height]]
    bands: list[tuple[int, int]] = []
    start = None
    for y, row in enumerate(ink):
        if any(row) and start is None:
            start = y
        elif not any(row) and start is not None:
            bands.append((start, y))
            start = None
    found = 0
    for top, bottom in bands:
        line = bottom - top
        if line < 10:
            continue
        columns = [any(ink[y][x] for y in range(top, bottom)) for x in range(width)]
        x = 0
        while x < width:
            if not columns[x]:
                x += 1
                continue
            left = x
            while x < width and columns[x]:
                x += 1
            if not 0.5 * line <= x - left <= 1.3 * line:
                continue
            crossings = max(
                sum(1 for y in range(top, bottom) if ink[y][column] and (y == top or not ink[y - 1][column]))
                for column in range(left, x)
            )
            found += crossings >= 4
    return found


@pytest.mark.system
def test_sample_in_real_window_shows_cjk(display: str, tmp_path: Path) -> None:
    out = tmp_path / "window.png"
    result = run_app(display, out, tmp_path / "config")
    if "could not load the qt platform plugin" in result.stderr.lower():
        require_system(f"PySide6 cannot open an xcb window (missing xcb libraries): {result.stderr[-300:]}")
    assert result.returncode == 0, result.stderr
    spy_lines = [line[4:] for line in result.stdout.splitlines() if line.startswith("SPY ")]
    assert spy_lines, result.stdout + result.stderr
    facts = json.loads(spy_lines[0])
    assert facts["platform"] == "xcb"
    assert facts["simplified_chinese"], facts
    assert facts["title_in_font"], facts

    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 800
    assert image.height() >= 600
    colours = Counter(
        image.pixel(x, y) for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
    )
    assert len(colours) >= 8
    _background, count = colours.most_common(1)[0]
    non_background = 1 - count / sum(colours.values())
    assert non_background >= 0.03, non_background

    glyphs = cjk_like_glyphs(gray_rows(image), tuple(facts["view"]))
    assert glyphs >= 60, glyphs


@pytest.mark.parametrize(
    ("family", "text", "expected_at_least", "expected_at_most"),
    [
        (
            "Noto Sans CJK SC",
            "青溪区桂园街道综合养老服务中心正式投入运营这是全区首家集助餐日间照料" * 4,
            60,
            10_000,
        ),
        ("DejaVu Sans", "The quick brown fox jumps over the lazy dog. Municipal services open. " * 6, 0, 0),
    ],
)
def test_glyph_detector_tells_cjk_from_latin(
    qapp: object, family: str, text: str, expected_at_least: int, expected_at_most: int
) -> None:
    image = QImage(1000, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(family)
    font.setPointSizeF(16)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(QRect(20, 20, 960, 360), Qt.TextFlag.TextWordWrap, text)
    painter.end()
    if family not in QFont(family).family() and "CJK" in family:
        require_system(f"font {family} is not installed (Debian package fonts-noto-cjk)")
    found = cjk_like_glyphs(gray_rows(image), (0, 0, 1000, 400))
    assert expected_at_least <= found <= expected_at_most
