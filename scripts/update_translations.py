"""Refresh the English catalogue: pyside6-lupdate over ui/ into pohsd_en.ts, then lrelease to .qm.

Usage: python scripts/update_translations.py [--check]

Source strings are Dutch (DESIGN.md §6). New strings arrive in the .ts as "unfinished"; write
their English in the .ts (Qt Linguist or a text editor) and run this script again. --check
exits with 1 while any message is untranslated or a translation lost a %1/%n placeholder.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "translations" / "pohsd_en.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"%(?:\d|n)")


def tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = shutil.which(name) or (str(beside_python) if beside_python.exists() else None)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6 (pip install -e .)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "ui").rglob("*.py"))


def problems(ts: Path) -> tuple[list[str], list[str]]:
    """Untranslated sources, and translations whose placeholders differ from the source."""
    untranslated: list[str] = []
    broken: list[str] = []
    for message in ET.parse(ts).getroot().iter("message"):  # noqa: S314 — our own file
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in {"obsolete", "vanished"}:
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        if translation.get("type") == "unfinished" or not all(forms):
            untranslated.append(source)
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        if any(sorted(PLACEHOLDER.findall(form)) != wanted for form in forms):
            broken.append(source)
    return untranslated, broken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail on missing translations")
    args = parser.parse_args(argv)
    TS.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-source-language",
            "nl_NL",
            "-target-language",
            "en_GB",
            "-locations",
            "none",
            "-no-obsolete",
            "-ts",
            str(TS.relative_to(REPO)),
        ],
        cwd=REPO,
        check=True,
    )
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(QM)], cwd=REPO, check=True
    )
    untranslated, broken = problems(TS)
    for source in untranslated:
        print(f"untranslated: {source}")
    for source in broken:
        print(f"placeholders differ: {source}")
    print(f"{TS.name}: {len(untranslated)} untranslated, {len(broken)} with broken placeholders")
    return 1 if args.check and (untranslated or broken) else 0


if __name__ == "__main__":
    sys.exit(main())
