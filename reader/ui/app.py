"""The application: ``run`` creates the QApplication and the main window and runs the event loop.

Steps of ``run``:

1. Check the theme: an unknown name is refused with exit code 2 and the list of valid ones (rather than
   silently showing the default).
2. Create (or reuse) the QApplication with the reader's names and desktop file name.
3. Create the window, which reads the settings; ``--font-size`` and ``--theme`` override them for this run.
   Put it where it was last time, or (first run, and always for screenshots) at 1100×800: explicit,
   because without a window manager (Xvfb) a maximised window comes out small.
4. Open the file (the bundled sample when none is given).
5. With ``screenshot``, wait for the reading view's first paint of the article, grab the window into a PNG
   and quit with 0; an unreadable file then exits 2 with ``reader: error: PATH: reason`` on stderr. A
   screenshot run neither saves settings nor shows notices about them (they would be in the picture).
   Without it, a failed open shows a message and the window stays open.

With ``READER_REPORT_TIMING=1`` the first paint prints one line on stderr,
``reader-timing: first-paint run=S process=S pss-kb=N``: seconds since ``run`` was called and since the
process started, and the process's proportional set size then (benchmarks read it).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from reader.core.conversion import CONFIGS
from reader.core.errors import LoadError, unexpected_message
from reader.core.resources import resources_dir, sample_article
from reader.core.settings import SettingsStore
from reader.core.themes import theme_names
from reader.ui import strings
from reader.ui.documents import open_article
from reader.ui.mainwindow import MainWindow
from reader.ui.opening import LARGE_FILE_BYTES
from reader.ui.settingscontroller import SettingsController

WINDOW_SIZE = (1100, 800)
SCREENSHOT_TIMEOUT_MS = 30_000
TIMING_ENV = "READER_REPORT_TIMING"

_log = logging.getLogger(__name__)


def application(language: str | None = None, *, is_translated: bool = True) -> QApplication:
    """The process's QApplication, created with the reader's identity on first use, with the interface
    translation for ``language`` (the setting; None: read from the settings file, without changing it)."""
    QGuiApplication.setApplicationName(strings.APP_NAME)
    QGuiApplication.setOrganizationName(strings.ORGANISATION)
    QGuiApplication.setDesktopFileName(strings.APP_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    if is_translated:
        install_translations(app, language)
    return app


def install_translations(app: QApplication, language: str | None) -> None:
    """Install the interface translation once per application: the saved choice, else the system's.

    The source strings are Simplified Chinese (zh_CN needs no file); the others are
    ``resources/translations/reader_<locale>.qm``, built by ``packaging/build_translations.py``.
    """
    if app.property("readerTranslator") is not None:
        return
    app.setProperty("readerTranslator", "")
    if language is None:
        language = SettingsStore().load(is_read_only=True)[0].interface_language
    locale = QLocale() if language == "system" else QLocale(language)
    shown = QLocale("zh_CN")  # the source strings, unless a translation is found
    if language != "zh_CN":
        translator = QTranslator(app)
        folder = resources_dir() / "translations"
        if folder.is_dir() and translator.load(locale, "reader", "_", str(folder)):
            app.installTranslator(translator)
            app.setProperty("readerTranslator", translator.language())
            shown = locale
    QGuiApplication.setApplicationDisplayName(strings.app_display_name())
    _install_qt_translation(app, shown)  # Qt's dialogs speak the language the window speaks


def _install_qt_translation(app: QApplication, locale: QLocale) -> None:
    """Qt's own strings (file dialog, message box buttons, context menus) in the interface language, from
    the ``qtbase`` translations PySide6 ships. Qt has none for Hong Kong: its Traditional Chinese (Taiwan)
    stands in there."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [locale]
    if (
        locale.language() == QLocale.Language.Chinese
        and locale.script() != QLocale.Script.SimplifiedHanScript
    ):
        candidates.append(QLocale("zh_TW"))
    for candidate in candidates:
        translator = QTranslator(app)
        if translator.load(candidate, "qtbase", "_", folder):
            app.installTranslator(translator)
            app.setProperty("qtTranslator", translator.language())
            return


def _process_seconds() -> float | None:
    """Seconds since this process started (Linux), for start-up timing."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def pss_kb(pid: int | str = "self") -> int | None:
    """Proportional set size of a process in kB (Linux ``smaps_rollup``), or None where unavailable."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def _refusal(theme: str | None, convert: str | None) -> str | None:
    """Why an option cannot be used (an unknown theme or conversion, with the valid ones), or None."""
    if theme is not None and theme not in theme_names():
        return strings.unknown_theme(theme, ", ".join(theme_names()))
    if convert is not None and convert not in CONFIGS:
        return strings.unknown_conversion(convert, ", ".join(CONFIGS))
    return None


def run(
    path: Path | None,
    *,
    font_size: float | None = None,
    theme: str | None = None,
    screenshot: Path | None = None,
    convert: str | None = None,
) -> int:
    """Open the window on ``path`` (None: the bundled sample) and run it; return the exit status."""
    started = time.perf_counter()
    if (refusal := _refusal(theme, convert)) is not None:
        print(f"reader: error: {refusal}", file=sys.stderr)
        return 2
    is_screenshot = screenshot is not None
    # The settings are read once per process: the controller's, for the translation and the window. A
    # screenshot run leaves the user's file as it is (read-only: nothing saved, nothing moved aside).
    app = application(is_translated=False)
    controller = SettingsController(font_size=font_size, theme=theme, is_persistent=not is_screenshot)
    install_translations(app, controller.settings.interface_language)
    target = Path(path) if path is not None else sample_article()
    window = MainWindow(
        convert=convert,
        shows_problems=not is_screenshot,
        settings_controller=controller,
    )
    if is_screenshot or not window.restore_geometry():
        _size_window(window)

    failure: LoadError | None = None
    if not is_screenshot and _is_large(target):
        # Read off the GUI thread once the window is up (with a progress dialog): the window shows at once.
        QTimer.singleShot(0, lambda: window.open_path(target))
    else:
        failure = _open_into(window, target, is_screenshot=is_screenshot)

    if screenshot is not None and failure is not None:
        print(f"reader: error: {failure}", file=sys.stderr)
        return 2

    painted = False

    def first_paint() -> None:
        nonlocal painted
        if painted:
            return
        painted = True
        if os.environ.get(TIMING_ENV) == "1":
            process = _process_seconds()
            print(
                f"reader-timing: first-paint run={time.perf_counter() - started:.3f} "
                f"process={process if process is not None else -1:.3f} pss-kb={pss_kb() or -1}",
                file=sys.stderr,
                flush=True,
            )
        if screenshot is not None:
            # Let the paint finish before grabbing.
            QTimer.singleShot(0, lambda: app.exit(0 if save_screenshot(window, screenshot) else 1))

    window.reading_view.content_painted.connect(first_paint)
    if failure is not None:
        QTimer.singleShot(0, lambda: window.show_error(Path(failure.path).name, failure.message))
    # A watchdog owned by the window and stopped below: a stray app.exit() firing after this run returned
    # would make every later event loop in the process (a second window, a test's wait) return at once.
    watchdog = QTimer(window)
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: app.exit(1))
    if screenshot is not None:
        watchdog.start(SCREENSHOT_TIMEOUT_MS)
    window.show()
    window.activateWindow()
    code = app.exec()
    watchdog.stop()
    window.reading_view.content_painted.disconnect(first_paint)
    window.close()
    window.deleteLater()
    return code


def _is_large(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size >= LARGE_FILE_BYTES
    except OSError:
        return False


def _open_into(window: MainWindow, target: Path, *, is_screenshot: bool) -> LoadError | None:
    """Open ``target`` into the window at once; the failure, if any (the caller reports it)."""
    try:
        opened = open_article(target)
    except LoadError as error:
        return error
    except Exception as error:
        # A bug in loading or extraction must not kill the window: report it like a load failure.
        _log.exception("unexpected failure opening %s", target)
        return LoadError(target, unexpected_message(error))
    window.show_opened(opened)
    if not is_screenshot and target.resolve() != sample_article().resolve():
        window.add_recent(opened.path)
    return None


def _size_window(window: MainWindow) -> None:
    # Explicit, because without a window manager (Xvfb) a maximised window comes out small; never larger
    # than a real screen, though (the offscreen platform's 800×600 "screen" would only spoil screenshots).
    width, height = WINDOW_SIZE
    screen = QGuiApplication.primaryScreen()
    if screen is not None and QGuiApplication.platformName() != "offscreen":
        available = screen.availableGeometry()
        width = min(width, max(available.width() - 40, 400))
        height = min(height, max(available.height() - 60, 300))
    window.resize(width, height)


def save_screenshot(window: MainWindow, path: Path) -> bool:
    """Write the window as a PNG; report on stderr when that is impossible."""
    if window.grab().save(str(path), "PNG"):
        return True
    print(f"reader: error: {strings.screenshot_failed(str(path))}", file=sys.stderr)
    return False
