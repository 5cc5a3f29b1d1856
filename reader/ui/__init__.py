"""The window: the only package that imports PySide6.

``app.run`` is the entry point the command line calls; ``mainwindow`` holds the menus, toolbar and status
bar; ``readingview`` the text widget; ``rendering`` turns an ``Article`` into the HTML it shows;
``documents`` opens a file into an article plus its local images; ``recent`` keeps the recent-files list;
``strings`` holds every user-visible string.
"""
