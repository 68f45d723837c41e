"""Smoke test of a built onedir without pytest (Windows build machine): selftest, DB, demo start.

Usage: python packaging/smoke_test.py [DIST]   (default build/dist/pohsd); exit 0 when all pass.
Everything happens in a temporary folder; the real data folder is never touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""
PASSPHRASE = "smoke test passphrase"  # noqa: S105 — a throwaway database


def _run(name: str, command: list[str], env: dict[str, str], expect: str) -> bool:
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300,
                          check=False)  # fmt: skip
    ok = done.returncode == 0 and expect in done.stdout + done.stderr
    print(f"{'OK  ' if ok else 'FOUT'} {name} (exit {done.returncode})")
    if not ok:
        print(done.stdout[-3000:], done.stderr[-3000:], sep="\n")
    return ok


def main(argv: list[str]) -> int:
    dist = Path(argv[0]) if argv else ROOT / "build" / "dist" / "pohsd"
    cli, gui = str(dist / f"pohsd-cli{EXE}"), str(dist / f"pohsd{EXE}")
    with tempfile.TemporaryDirectory(prefix="pohsd-smoke-") as tmp:
        env = {**os.environ, "POHSD_HOME": str(Path(tmp) / "home")}
        db_env = {**env, "POHSD_PASSPHRASE": PASSPHRASE}
        data = str(Path(tmp) / "data")
        results = [
            _run("selftest", [cli, "selftest"], env, "zelftest geslaagd"),
            _run("init", [cli, "init", "--data-dir", data, "--practice-name", "Rooktest",
                          "--practice-agb", "01234567", "--user", "rook"], db_env,
                 "herstelsleutel"),
            _run("audit verify", [cli, "audit", "verify", "--data-dir", data], db_env, "ok: "),
            _run("selftest --unlock", [cli, "selftest", "--unlock", "--data-dir", data], db_env,
                 "logboek intact"),
            _run("demo reaches the unlock screen",
                 [gui, "--demo", "--data-dir", str(Path(tmp) / "demo")],
                 {**env, "POHSD_EXIT_AFTER_UNLOCK_SHOWN": "1",
                  "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen")},
                 "" if sys.platform == "win32" else "unlock-shown"),
        ]  # fmt: skip
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
