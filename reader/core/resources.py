"""Where the bundled resources live (sample articles, styles, icons, translations).

In a source checkout or an editable install they are the top-level ``resources/`` folder; in a built
wheel they are packaged as ``reader/_resources``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The folder holding the bundled resources."""
    packaged = _PACKAGE_DIR / "_resources"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent / "resources"


def sample_article() -> Path:
    """The bundled sample article that ``reader`` opens when given no file."""
    return resources_dir() / "samples" / "sample-article.html"
