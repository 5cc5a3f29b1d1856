"""The saved format's version and the named steps that bring an older settings file up to it.

Add one step per format change, keyed by the version it starts from; never edit an old one.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from reader.core.messages import Message, message
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


def migrate(data: dict[str, Any]) -> tuple[dict[str, Any], list[Message]]:
    """Bring saved data up to :data:`VERSION`; unknown or newer versions are read as they are.

    Problems: ``settings.version_invalid`` (``value``), ``settings.version_newer`` and
    ``settings.version_too_old`` (``version``).
    """
    problems: list[Message] = []
    raw = data.get("version", 0)
    if isinstance(raw, bool) or not isinstance(raw, int):
        problems.append(
            message(
                "settings.version_invalid",
                "The settings file's version {value} is not valid; reading it as the current version.",
                value=show_value(raw),
            )
        )
        version = VERSION
    else:
        version = raw
    if version > VERSION:
        problems.append(
            message(
                "settings.version_newer",
                "The settings file is from a newer version ({version}); settings this version does not know "
                "are ignored.",
                version=version,
            )
        )
    while version in MIGRATIONS and version < VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    if version < VERSION:
        problems.append(
            message(
                "settings.version_too_old",
                "The settings file's version {version} is too old to convert; using the default settings.",
                version=version,
            )
        )
        return {}, problems
    return data, problems
