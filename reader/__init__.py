"""无障碍阅读器 (Accessible Reader): an offline barrier-free reader for saved articles.

Layers: ``reader.core`` and ``reader.speech`` are free of Qt; ``reader.ui`` is the only package that
imports PySide6; ``reader.cli`` parses the command line and dispatches.
"""

__version__ = "0.1.0"
