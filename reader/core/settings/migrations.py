"""The saved format's version and the named steps that bring an older settings file up to it.

Add one step per format change, keyed by the version it starts from; never edit an old one.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from reader.core.settings.kinds import show_value

VERSION = 1
"""The format :meth:`Settings.to_dict` writes."""


def migrate_0_to_1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 (hypothetical first format) stored ``font_size`` in pixels at 96 dpi; 1 has points."""
    migrated = dict(data)
    if "font_size" in migrated:
        px = migrated.pop("font_size")
        if not isinstance(px, bool) and isinstance(px, int | float) and math.isfinite(px):
            migrated.setdefault("font_size_pt", round(px * 0.75, 1))
        else:
            migrated.setdefault("font_size_pt", px)  # left for validation to report
    return migrated


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: migrate_0_to_1}
"""Step from version N to N + 1, keyed by N. Add one per format change; never edit an old one."""


def migrate(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Bring saved data up to :data:`VERSION`; unknown or newer versions are read as they are."""
    problems: list[str] = []
    raw = data.get("version", 0)
    if isinstance(raw, bool) or not isinstance(raw, int):
        problems.append(
            f"设置文件的版本号 {show_value(raw)} 无效，按当前版本读取。 "
            f"The settings file's version {show_value(raw)} is not valid; reading it as the current version."
        )
        version = VERSION
    else:
        version = raw
    if version > VERSION:
        problems.append(
            f"设置文件来自较新的版本（{version}），不认识的设置会被忽略。 "
            f"The settings file is from a newer version ({version}); settings this version does not know "
            "are ignored."
        )
    while version in MIGRATIONS and version < VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    if version < VERSION:
        problems.append(
            f"设置文件的版本 {version} 太旧，无法转换，已用默认设置。 "
            f"The settings file's version {version} is too old to convert; using the default settings."
        )
        return {}, problems
    return data, problems
