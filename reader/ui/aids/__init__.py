"""Reading aids drawn over the window: big pointer, crosshair, line focus and the 大字幕 caption strip.

Each aid is self-contained and driven by the window (toolbar, View menu, shortcuts, settings):

- :class:`~reader.ui.aids.pointer.BigPointer` — 2× / 3× outlined pointers, app-wide;
- :class:`~reader.ui.aids.crosshair.Crosshair` — guide lines through the pointer over one window;
- :class:`~reader.ui.aids.linefocus.LineFocus` — dims all but 1, 3 or 5 lines of a text view;
- :class:`~reader.ui.aids.caption.CaptionStrip` and :class:`~reader.ui.aids.caption.CaptionFeeder` —
  the sentence under the pointer or the caret, in huge text.

Their user strings are in :mod:`reader.ui.strings`.
"""
