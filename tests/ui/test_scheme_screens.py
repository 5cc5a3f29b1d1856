"""Every fixed scheme on a real X11 screen (Xvfb + xcb) at 48 pt, checked by measuring the picture.

For each scheme a subprocess starts the application as a user would (``reader.ui.app.application``), opens
the bundled sample in a ``MainWindow`` at 1280×900, applies the scheme through ``ThemeManager`` with the
reading text at 48 pt, and grabs the whole screen (``QScreen.grabWindow(0)``, so what the X server really
shows, popups included) three times: the top of the article, the File menu opened over it, and the first
long paragraph scrolled to the top. It prints where the parts of the window are and the font's metrics.

The test then measures the pixels, never trusting what the app says it drew:

1. the dominant colour of the reading area is the scheme's background;
2. the most common other colour there is the scheme's text colour, and the two measured colours have a
   contrast of at least 7:1;
3. text lines are as tall as 48 pt makes them: ink height near the font's pixel size (48 × DPI / 72) and
   line pitch equal to the font's height times the paragraph's line spacing;
4. menu bar, toolbar and status bar are in the chrome colour, dark in dark schemes and light in light
   ones, and the opened menu's background matches them.

``READER_UPDATE_SCREENSHOTS=1`` copies three schemes' pictures to ``docs/scheme-<name>.png`` for the README.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from reader.core.contrast import contrast_ratio, format_colour, relative_luminance
from reader.core.themes import Theme, list_themes
from tests.conftest import PROJECT_DIR, require_system

pytestmark = pytest.mark.gui

POINT_SIZE = 48
SCREEN = (1280, 900)
DOC_SCHEMES = ("yellow-on-black", "black-on-yellow", "white-on-blue")
UPDATE_ENV = "READER_UPDATE_SCREENSHOTS"
COLOUR_TOLERANCE = 10
"""Largest difference per channel (0–255) between a measured and an expected colour."""
PITCH_TOLERANCE = 0.08

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QFontInfo, QFontMetricsF, QGuiApplication
from reader.core.resources import sample_article
from reader.core.themes import get_theme
from reader.ui.app import application
from reader.ui.mainwindow import MainWindow
from reader.ui.theming import ThemeManager

name, out, size = sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])
app = application()
window = MainWindow()
# The window's own manager when it has one: a second one would take the first one's look as "original".
themes = getattr(window, "theme_manager", None) or ThemeManager(app)
if not window.open_path(sample_article()):
    sys.exit(3)
themes.apply(get_theme(name), font_size_pt=size, big_toolbar=False)
window.reading_view.set_point_size(size)
window.move(0, 0)
window.resize(1280, 900)
window.show()
window.activateWindow()
view = window.reading_view
facts = {}

def rect(widget):
    corner = widget.mapToGlobal(QPoint(0, 0))
    return [corner.x(), corner.y(), widget.width(), widget.height()]

def grab(kind):
    QGuiApplication.primaryScreen().grabWindow(0).save(str(out / f"{name}-{kind}.png"))

def top():
    grab("top")
    menu = window.menuBar().actions()[0].menu()
    menu.popup(view.viewport().mapToGlobal(QPoint(200, 200)))
    QTimer.singleShot(500, lambda: opened(menu))

def opened(menu):
    grab("menu")
    facts["menu"] = rect(menu)
    menu.close()
    # The first long paragraph at the top of the view: body lines to measure.
    document = view.document()
    block = document.begin()
    while block.isValid() and len(block.text()) < 80:
        block = block.next()
    facts["line_height_type"] = block.blockFormat().lineHeightType()
    facts["line_height"] = block.blockFormat().lineHeight()
    top_y = document.documentLayout().blockBoundingRect(block).top()
    view.verticalScrollBar().setValue(int(top_y))
    QTimer.singleShot(500, body)

def body():
    grab("body")
    screen = QGuiApplication.primaryScreen()
    # The document's font is the reading font (the view's own may differ once the window styles it).
    font = view.document().defaultFont()
    metrics = QFontMetricsF(font)
    facts.update({
        "platform": QGuiApplication.platformName(),
        "dpi": screen.logicalDotsPerInchY(),
        "device_pixel_ratio": screen.devicePixelRatio(),
        "point_size": font.pointSizeF(),
        "pixel_size": QFontInfo(font).pixelSize(),
        "font_height": metrics.height(),
        "view": rect(view.viewport()),
        "menubar": rect(window.menuBar()),
        "toolbar": rect(window.toolbar),
        "statusbar": rect(window.statusBar()),
    })
    print("FACTS " + json.dumps(facts), flush=True)
    app.exit(0)

QTimer.singleShot(1500, top)
QTimer.singleShot(30000, lambda: app.exit(4))
sys.exit(app.exec())
"""

Rect = tuple[int, int, int, int]
RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Screen:
    """A screenshot as rows of 0xAARRGGBB integers."""

    width: int
    height: int
    rows: list[list[int]]

    @classmethod
    def load(cls, path: Path) -> Screen:
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
        assert not image.isNull(), path
        data = memoryview(bytes(image.constBits())).cast("I")
        stride = image.bytesPerLine() // 4
        rows = [list(data[y * stride : y * stride + image.width()]) for y in range(image.height())]
        return cls(image.width(), image.height(), rows)

    def counts(self, area: Rect, step: int = 1) -> Counter[int]:
        x, y, width, height = area
        counter: Counter[int] = Counter()
        for row in self.rows[y : y + height : step]:
            counter.update(row[x : x + width : step])
        return counter


def rgb(value: int) -> RGB:
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def hex_rgb(colour: str) -> RGB:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def distance(a: RGB, b: RGB) -> int:
    return max(abs(p - q) for p, q in zip(a, b, strict=True))


def inset(area: list[int], margin: int) -> Rect:
    x, y, width, height = area
    return x + margin, y + margin, width - 2 * margin, height - 2 * margin


def dominant(screen: Screen, area: Rect) -> RGB:
    return rgb(screen.counts(area).most_common(1)[0][0])


def text_cluster(screen: Screen, area: Rect, background: RGB) -> RGB:
    """The mean colour of the most common group of clearly non-background pixels (32 levels a channel)."""
    groups: dict[RGB, list[RGB]] = {}
    for value, count in screen.counts(area).items():
        colour = rgb(value)
        if distance(colour, background) <= 48:
            continue
        key = (colour[0] // 32, colour[1] // 32, colour[2] // 32)
        groups.setdefault(key, []).extend([colour] * count)
    assert groups, "no text found in the reading area"
    members = max(groups.values(), key=len)
    r, g, b = (round(statistics.fmean(channel)) for channel in zip(*members, strict=True))
    return r, g, b


def ink_bands(screen: Screen, area: Rect, ink: RGB) -> list[tuple[int, int]]:
    """(top, height) of each run of rows holding pixels of the text colour."""
    x, y, width, height = area
    bands: list[tuple[int, int]] = []
    start: int | None = None
    for row_number in range(y, y + height):
        row = screen.rows[row_number][x : x + width]
        inked = sum(1 for value in row if distance(rgb(value), ink) <= 60) >= 3
        if inked and start is None:
            start = row_number
        elif not inked and start is not None:
            bands.append((start, row_number - start))
            start = None
    return bands


def expected_pitch(facts: dict[str, Any]) -> float:
    """Line distance Qt's layout gives a paragraph (QTextBlockFormat.LineHeightTypes)."""
    height, kind, value = facts["font_height"], int(facts["line_height_type"]), facts["line_height"]
    if kind == 1:  # ProportionalHeight: percent of the font's height
        return height * value / 100
    if kind == 2:  # FixedHeight
        return value
    if kind == 3:  # MinimumHeight
        return max(height, value)
    if kind == 4:  # LineDistanceHeight: extra space between lines
        return height + value
    return height  # SingleHeight


def shoot(display: str, theme: Theme, out: Path) -> dict[str, Any]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "xcb",
        "DISPLAY": display,
        "READER_CONFIG_DIR": str(out / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, theme.name, str(out), str(POINT_SIZE)],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if "could not load the qt platform plugin" in result.stderr.lower():
        require_system(f"PySide6 cannot open an xcb window (missing xcb libraries): {result.stderr[-300:]}")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line[6:] for line in result.stdout.splitlines() if line.startswith("FACTS ")]
    assert lines, result.stdout + result.stderr
    facts: dict[str, Any] = json.loads(lines[0])
    return facts


@pytest.mark.system
@pytest.mark.parametrize("theme", [t for t in list_themes() if not t.is_system], ids=lambda t: t.name)
def test_scheme_on_a_real_screen_at_48pt(display: str, tmp_path: Path, theme: Theme) -> None:
    facts = shoot(display, theme, tmp_path)
    assert facts["platform"] == "xcb"
    assert facts["point_size"] == POINT_SIZE
    assert facts["pixel_size"] == round(POINT_SIZE * facts["dpi"] / 72 * facts["device_pixel_ratio"])
    top = Screen.load(tmp_path / f"{theme.name}-top.png")
    body = Screen.load(tmp_path / f"{theme.name}-body.png")
    assert (top.width, top.height) == SCREEN
    reading = inset(facts["view"], 12)

    # 1–2. Page and text colours, measured, and their contrast.
    page = dominant(body, reading)
    assert distance(page, hex_rgb(theme.background or "")) <= COLOUR_TOLERANCE, (page, theme.background)
    ink = text_cluster(body, reading, page)
    assert distance(ink, hex_rgb(theme.text or "")) <= 3 * COLOUR_TOLERANCE, (ink, theme.text)
    measured = contrast_ratio(format_colour(page), format_colour(ink))
    assert measured >= 7.0, f"{theme.name}: measured contrast {measured:.2f}:1"

    # 3. Line height: glyphs about one em tall, lines one line-spacing apart.
    bands = ink_bands(body, reading, ink)
    em = facts["pixel_size"]
    pitch = expected_pitch(facts)
    # Qt spaces lines by the font's height (ascent + descent), which CJK fonts make 1.2–1.5 em.
    assert 1.0 <= facts["font_height"] / em <= 1.6, facts
    tall = [height for _top, height in bands if height >= 0.5 * em]
    assert len(tall) >= 3, bands
    assert 0.7 * em <= statistics.median(tall) <= 1.1 * em, (tall, em)
    tops = [band_top for band_top, height in bands if height >= 0.5 * em]
    steps = [b - a for a, b in itertools.pairwise(tops) if 0.5 * pitch <= b - a <= 1.5 * pitch]
    assert len(steps) >= 2, (tops, pitch)
    measured_pitch = statistics.median(steps)
    assert abs(measured_pitch - pitch) <= PITCH_TOLERANCE * pitch, (steps, pitch)

    # 4. Chrome: the scheme's chrome colour, dark with dark schemes, and the menu matches it.
    chrome = hex_rgb(theme.chrome_background or "")
    for part in ("menubar", "toolbar", "statusbar"):
        found = dominant(top, inset(facts[part], 2))
        assert distance(found, chrome) <= COLOUR_TOLERANCE, (part, found, theme.chrome_background)
        luminance = relative_luminance(found)
        assert (luminance < 0.2) if theme.is_dark else (luminance > 0.4), (part, luminance)
    menu_shot = Screen.load(tmp_path / f"{theme.name}-menu.png")
    menu = dominant(menu_shot, inset(facts["menu"], 4))
    menubar = dominant(top, inset(facts["menubar"], 2))
    assert distance(menu, menubar) <= COLOUR_TOLERANCE, (menu, menubar)
    # The menu really is on screen: its area differs from the page under it in the top shot.
    assert menu_shot.counts(inset(facts["menu"], 4)) != top.counts(inset(facts["menu"], 4))

    if os.environ.get(UPDATE_ENV) == "1" and theme.name in DOC_SCHEMES:
        shutil.copyfile(tmp_path / f"{theme.name}-top.png", PROJECT_DIR / "docs" / f"scheme-{theme.name}.png")
