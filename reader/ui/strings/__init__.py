"""Every user-visible string of the window, in one place, through Qt's translation function.

The source language is Simplified Chinese (the readers'); other languages come from ``.qm`` files later.
Every string is in one language (see :mod:`reader.ui.strings.base`); a control's accessible name is its
visible label. Nothing else in ``reader/ui`` writes a literal user string: widgets ask this package.

The strings live in one module per feature and are all re-exported here, so callers write
``strings.open_file()``: ``base`` (``_tr``, ``Control``, the application's names), ``commands`` (the main
window's menus, parts and dialogs), ``controls`` (the barrier-free toolbar and display settings),
``dialogs`` (text settings, shortcuts, colour schemes), ``errors`` (why a file could not be opened or an
export written, worded from core's message codes), ``find`` (find in the article), ``keys`` (changing a
command's keys), ``library`` (the 文库 dialog, bookmarks, importing, kept positions), ``navigation`` (moving
by heading, paragraph, table and image, the outline, "where am I"), ``pinyin`` (拼音 / 注音, the 读音词典),
``problems`` (settings problems and custom colours' contrast, worded from core's messages), ``reading``
(reading aids and reading aloud), ``report`` (the accessibility check), ``rules`` (the check's rules and
findings), ``status`` (progress and paused states) and ``appearance`` (the interface size).
``packaging/build_translations.py`` collects the translated literals of the modules in name order, each in
source order: that is the order of the messages in the ``.ts`` files.
"""

from reader.ui.strings.appearance import *  # noqa: F403
from reader.ui.strings.base import *  # noqa: F403
from reader.ui.strings.commands import *  # noqa: F403
from reader.ui.strings.controls import *  # noqa: F403
from reader.ui.strings.controls import _conversion_entries as _conversion_entries
from reader.ui.strings.controls import _interface_languages as _interface_languages
from reader.ui.strings.dialogs import *  # noqa: F403
from reader.ui.strings.dialogs import _pair_name as _pair_name
from reader.ui.strings.dialogs import _roles as _roles
from reader.ui.strings.dialogs import _short as _short
from reader.ui.strings.errors import *  # noqa: F403
from reader.ui.strings.find import *  # noqa: F403
from reader.ui.strings.keys import *  # noqa: F403
from reader.ui.strings.library import *  # noqa: F403
from reader.ui.strings.navigation import *  # noqa: F403
from reader.ui.strings.pinyin import *  # noqa: F403
from reader.ui.strings.problems import *  # noqa: F403
from reader.ui.strings.reading import *  # noqa: F403
from reader.ui.strings.report import *  # noqa: F403
from reader.ui.strings.rules import *  # noqa: F403
from reader.ui.strings.status import *  # noqa: F403
