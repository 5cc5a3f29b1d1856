"""Walk the reader's AT-SPI tree as a screen reader sees it; print one JSON object per accessible.

Run with the system Python (``pyatspi`` comes with at-spi2 / Orca, not with the project's environment),
inside the D-Bus session the reader runs in: ``/usr/bin/python3 atspi_walk.py PID``. Each line:
``{"role", "name", "description", "states", "actions", "keys", "path"}``.
"""

import json
import sys

import pyatspi  # type: ignore[import-not-found]

MAX_CHILDREN = 400
"""A table or a long list is sampled, not walked to the end."""


def walk(node, path, out):
    try:
        role = node.getRoleName()
        name = node.name or ""
        description = node.description or ""
        states = [pyatspi.stateToString(s) for s in node.getState().getStates()]
    except Exception:
        return
    actions, keys = [], []
    try:
        action = node.queryAction()
        for index in range(action.nActions):
            actions.append(action.getName(index))
            keys.append(action.getKeyBinding(index))
    except NotImplementedError:
        pass
    except Exception:
        pass
    out.append(
        {
            "role": role,
            "name": name,
            "description": description,
            "states": states,
            "actions": actions,
            "keys": keys,
            "path": path,
        }
    )
    try:
        count = min(node.childCount, MAX_CHILDREN)
    except Exception:
        return
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            walk(child, f"{path}/{child.getRoleName()}[{index}]", out)


def main() -> int:
    pid = int(sys.argv[1])
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.get_process_id() == pid:
            out = []
            walk(app, "application", out)
            for entry in out:
                print(json.dumps(entry, ensure_ascii=False))
            return 0
    print(f"no application with pid {pid} on the AT-SPI bus", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
