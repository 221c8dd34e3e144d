"""Regenerate ``holiday_months.txt`` (a developer tool; never imported at run time).

    python -m app.redact.data.make_holiday_months

``app/redact/date_holidays.py`` matches the holiday names the ``holidays`` package (MIT)
knows for 25 regions, their subdivisions, categories and German names. Asking the
package for them costs half a second, which every process paid on its first share;
the names and their usual months are written here once instead.
``tests/app/redact/test_redact_holiday_months.py`` fails when the file and the installed
package disagree.
"""

from __future__ import annotations

from pathlib import Path

HEADER = """\
# Holiday names and their usual month (2025), from the holidays package (MIT licence),
# regions GB US CA IE AU NZ IN ZA DE and others, with their subdivisions and categories.
# Written by make_holiday_months.py; read by app/redact/date_holidays.py. name<TAB>month
"""


def render() -> str:
    from app.redact.date_holidays import months_from_package

    months = months_from_package()
    return HEADER + "".join(f"{name}\t{months[name]}\n" for name in sorted(months))


def main() -> None:
    path = Path(__file__).with_name("holiday_months.txt")
    path.write_text(render(), encoding="utf-8")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
