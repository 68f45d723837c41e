"""kill -9 harness (DESIGN §7): a child writes clients, the parent SIGKILLs it and checks the DB.

    python -m tests.fault.kill_loop --rounds 1000 --dir D      (or: python tests/fault/kill_loop.py)

Per round a fresh child process unlocks the workspace and creates (and now and then updates)
clients as fast as it can, printing each committed client id on stdout. The parent kills it
with SIGKILL after a random 10–300 ms, counted from the child's "ready" line (every fourth
round from the spawn, so kills also land while it imports and unlocks). After every kill:
every acknowledged id is present, `integrity_check` is ok, `cipher_integrity_check` returns no
rows and the audit chain verifies. The last stdout line is a JSON summary; exit 0 means clean.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import sqlcipher3

from pohsd.domain.client import Address, ClientInput, HouseholdMember
from pohsd.domain.errors import PohsdError
from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.store.engine import connect
from pohsd.workspace import Workspace

USER = "kill"
PASSPHRASE = "kill loop test passphrase"
READY = "ready"
SPAWN_TIMEOUT = 60.0


class KillLoopError(AssertionError):
    """A lost acknowledged commit, a failed integrity check, or a child that misbehaved."""


# ---- child -------------------------------------------------------------------------------------


def _client(n: int) -> ClientInput:
    return ClientInput(
        given_name=f"Proef{n}",
        family_name="Killtest",
        birth_date=date(1950 + n % 60, 1 + n % 12, 1 + n % 28),
        bsn="",
        address=Address("Teststraat", str(1 + n % 200), "", "9999 ZZ", "Demodorp"),
        household=(HouseholdMember("kind", f"Kind{n}"),) if n % 3 == 0 else (),
    )


def child(data_dir: Path) -> None:
    """Write until killed; print each id only after its transaction committed."""
    paths = AppPaths.resolve(data_dir)
    ws = Workspace.unlock(paths, USER, PASSPHRASE, allow_weak_kdf=True, source="cli")
    out = sys.stdout
    out.write(READY + "\n")
    out.flush()
    n = 0
    while True:
        client, _ = ws.clients.create(_client(n))
        if n % 4 == 3:  # mix in updates of an acknowledged client
            ws.clients.update(client.id, _client(n + 1))
        out.write(client.id + "\n")
        out.flush()
        n += 1


# ---- parent ------------------------------------------------------------------------------------


def create(data_dir: Path) -> AppPaths:
    paths = AppPaths.resolve(data_dir)
    if not paths.exists():
        ws, _ = Workspace.create(
            paths,
            Practice(naam="Killtest", agb_code="01999999"),
            USER,
            PASSPHRASE,
            kdf=WEAK_TEST_PARAMS,
            allow_weak_kdf=True,
            source="cli",
        )
        ws.close(event="session.logout")
    return paths


class _Reader(threading.Thread):
    """Collects the child's complete stdout lines (a torn last line is not acknowledged)."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        super().__init__(daemon=True)
        self.proc = proc
        self.lines: list[str] = []
        self.ready = threading.Event()

    def run(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if not line.endswith("\n"):
                break
            text = line.rstrip("\n")
            if text == READY:
                self.ready.set()
            else:
                self.lines.append(text)
        self.ready.set()  # EOF: never wait forever


def run_round(data_dir: Path, rng: random.Random, from_spawn: bool) -> tuple[list[str], float]:
    """Start a child, SIGKILL it after 10–300 ms; return its acknowledged ids and the delay."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "--dir", str(data_dir)]
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, bufsize=1, env=os.environ.copy()
    )
    reader = _Reader(proc)
    reader.start()
    delay = rng.uniform(0.010, 0.300)
    try:
        if not from_spawn and not reader.ready.wait(SPAWN_TIMEOUT):
            raise KillLoopError("child did not become ready")
        time.sleep(delay)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reader.join(10)
    if proc.returncode != -signal.SIGKILL:  # it died of something else: a real error
        raise KillLoopError(f"child ended with exit code {proc.returncode}, not by the kill")
    return reader.lines, delay


def verify(paths: AppPaths, acknowledged: set[str]) -> dict[str, int]:
    """After a crash: acknowledged ids present, both integrity checks clean, chain whole."""
    try:
        return _verify(paths, acknowledged)
    except (sqlcipher3.DatabaseError, PohsdError) as exc:
        raise KillLoopError(f"database unreadable: {type(exc).__name__}: {exc}") from exc


def _verify(paths: AppPaths, acknowledged: set[str]) -> dict[str, int]:
    keys = Workspace.derive_keys(paths, USER, PASSPHRASE, allow_weak_kdf=True)
    con = connect(paths.db, keys.keys[0])
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        cipher_problems = con.execute("PRAGMA cipher_integrity_check").fetchall()
        present = {row[0] for row in con.execute("SELECT id FROM client")}
    finally:
        con.close()
    if integrity != [("ok",)]:
        raise KillLoopError(f"integrity_check: {integrity[:5]}")
    if cipher_problems:
        raise KillLoopError(f"cipher_integrity_check: {cipher_problems[:5]}")
    missing = acknowledged - present
    if missing:
        raise KillLoopError(f"{len(missing)} acknowledged client(s) lost, e.g. {min(missing)}")
    ws = Workspace.open(paths, USER, keys, source="cli")
    try:
        rows, broken = ws.audit.verify()
    finally:
        ws.close(event="session.logout")
    if broken is not None:
        raise KillLoopError(f"audit chain broken at seq {broken}")
    return {"clients": len(present), "audit_rows": rows}


def run(rounds: int, data_dir: Path, seed: int) -> dict[str, object]:
    rng = random.Random(seed)  # noqa: S311 — timing jitter, not security
    paths = create(data_dir)
    acknowledged: set[str] = set()
    started = time.monotonic()
    state: dict[str, int] = {}
    for number in range(rounds):
        lines, delay = run_round(data_dir, rng, from_spawn=number % 4 == 0)
        acknowledged.update(lines)
        try:
            state = verify(paths, acknowledged)
        except KillLoopError as exc:
            raise KillLoopError(
                f"round {number} (delay {delay * 1000:.0f} ms, seed {seed}): {exc}"
            ) from exc
    return {
        "ok": True,
        "rounds": rounds,
        "seed": seed,
        "acknowledged": len(acknowledged),
        **state,
        "seconds": round(time.monotonic() - started, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dir", type=Path, required=True, help="data folder (created if new)")
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.dir)
        return 0
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    try:
        summary = run(args.rounds, args.dir, seed)
    except KillLoopError as exc:
        sys.stdout.write(json.dumps({"ok": False, "seed": seed, "error": str(exc)}) + "\n")
        return 1
    sys.stdout.write(json.dumps(summary) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
