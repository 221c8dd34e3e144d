"""Run with the system python3 (pyatspi from Debian's python3-pyatspi): find the
Fettle application on the accessibility bus and print every interactive object
without a name, one per line as ROLE<TAB>description, and every chart as
CHART<TAB>name<TAB>description; prints WALKED n at the end."""

from __future__ import annotations

import sys
import time

import pyatspi

INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "spin button",
    "slider",
    "list",
    "list box",
    "table",
    "tree",
    "tree table",
    "page tab",
    "menu item",
    "chart",
    "canvas",
    "date editor",
    "password text",
}


def find_app(name: str, deadline: float):
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name and name.lower() in child.name.lower():
                return child
        time.sleep(0.2)  # a poll on the condition: the app is another process on the bus
    return None


def where(node) -> str:
    """The named ancestors of ``node``, window first, so a failure says where to look."""
    names = []
    parent = node.parent
    while parent is not None and parent.getRoleName() != "application":
        if (parent.name or "").strip():
            names.append(f"{parent.getRoleName()} '{parent.name}'")
        parent = parent.parent
    return " > ".join(reversed(names))


def main() -> int:
    app = find_app(sys.argv[1] if len(sys.argv) > 1 else "python", time.monotonic() + 30)
    if app is None:
        print("NOAPP")
        return 2
    windows = [app.getChildAtIndex(i) for i in range(app.childCount)]
    print("WINDOWS\t" + "\t".join(w.name for w in windows if w is not None), flush=True)
    walked = 0
    stack = [app]
    while stack:
        node = stack.pop()
        walked += 1
        role = node.getRoleName()
        states = node.getState()
        if (
            role in INTERACTIVE
            and states.contains(pyatspi.STATE_SHOWING)
            and not (node.name or "").strip()
        ):
            print(f"UNNAMED\t{role}\t{node.description}\t{where(node)}")
        if role == "chart" and states.contains(pyatspi.STATE_SHOWING):
            print(f"CHART\t{node.name}\t{node.description}", flush=True)
        stack.extend(
            node.getChildAtIndex(i)
            for i in range(node.childCount)
            if node.getChildAtIndex(i) is not None
        )
    print(f"WALKED {walked}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
