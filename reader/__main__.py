"""``python -m reader``: the same as the ``reader`` command.

A helper process (``--child NAME …``, :mod:`reader.children`) is run before ``reader.cli`` is imported, so
that the speech worker and the checker start without the command line's imports.
"""

import sys

if __name__ == "__main__":
    from reader.children import run_child

    code = run_child(sys.argv[1:])
    if code is None:
        from reader.cli import main

        code = main()
    sys.exit(code)
