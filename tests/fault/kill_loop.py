"""kill -9 harness (DESIGN §7): a child writes clients, the parent SIGKILLs it and checks the DB.

    python -m tests.fault.kill_loop --rounds 1000 --dir D      (or: python tests/fault/kill_loop.py)

Per round a fresh child process unlocks the workspace and creates (and now and then updates)
clients as fast as it can, printing each committed client id on stdout. Every other client gets
an intake whose free-text answer is autosaved again and again (the intake screen's draft
upserts); each committed autosave is printed as "draft <intake id> <n>". The parent kills it
with SIGKILL after a random 10–300 ms, counted from the child's "ready" line (every fourth
round from the spawn, so kills also land while it imports and unlocks). After every kill:
every acknowledged id is present, every intake holds its last acknowledged autosave (or a
later one that committed just before the kill), `integrity_check` is ok,
`cipher_integrity_check` returns no rows and the audit chain verifies. The last stdout line is
a JSON summary; exit 0 means clean.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
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
DRAFT_QUESTION = "opening.aanleiding"
SPAWN_TIMEOUT = 60.0
FORK_WINDOW = (0.010, 0.600)  # kill delay with --fork


class KillLoopError(AssertionError):
    """A lost acknowledged commit, a failed integrity check, or a child that misbehaved."""


# ---- child -------------------------------------------------------------------------------------


def run_harness(script: Path, data_dir: Path, rounds: int, timeout: float, *extra: str) -> dict:
    """Run a kill-loop script in its own process; its JSON summary (exit 0 required)."""
    result = subprocess.run(
        [sys.executable, str(script), "--rounds", str(rounds), "--dir", str(data_dir), *extra],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = result.stdout.strip().splitlines()
    assert lines, result.stderr[-2000:]
    summary = json.loads(lines[-1])
    assert result.returncode == 0, summary
    return summary  # type: ignore[no-any-return]


def _client(n: int) -> ClientInput:
    return ClientInput(
        given_name=f"Proef{n}",
        family_name="Killtest",
        birth_date=date(1950 + n % 60, 1 + n % 12, 1 + n % 28),
        bsn="",
        address=Address("Teststraat", str(1 + n % 200), "", "9999 ZZ", "Demodorp"),
        household=(HouseholdMember("kind", f"Kind{n}"),) if n % 3 == 0 else (),
    )


class _FdWriter:
    """sys.stdout's write/flush on a raw pipe fd (a forked child writes straight to it)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def write(self, text: str) -> None:
        os.write(self.fd, text.encode())

    def flush(self) -> None:
        return None


def child(data_dir: Path, out_fd: int | None = None) -> None:
    """Write until killed; print each id only after its transaction committed."""
    paths = AppPaths.resolve(data_dir)
    ws = Workspace.unlock(paths, USER, PASSPHRASE, allow_weak_kdf=True, source="cli")
    out = sys.stdout if out_fd is None else _FdWriter(out_fd)
    out.write(READY + "\n")
    out.flush()
    n = 0
    while True:
        client, _ = ws.clients.create(_client(n))
        if n % 4 == 3:  # mix in updates of an acknowledged client
            ws.clients.update(client.id, _client(n + 1))
        out.write(client.id + "\n")
        out.flush()
        if n % 2 == 0:  # an intake being typed in: repeated autosaves of one answer
            intake, _ = ws.intakes.start(client.id, "intake")
            for k in range(1, 6):
                ws.intakes.save_drafts(intake.id, {DRAFT_QUESTION: (_draft_text(k), "beantwoord")})
                out.write(f"draft {intake.id} {k}\n")
                out.flush()
        n += 1


def _draft_text(k: int) -> str:
    return f"autosave {k} " + "x" * (20 * k)


def _draft_number(text: str) -> int:
    return int(text.split()[1])


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


def run_round(
    data_dir: Path,
    rng: random.Random,
    from_spawn: bool,
    *,
    script: Path | None = None,
    extra: list[str] | None = None,
    window: tuple[float, float] = (0.010, 0.300),
) -> tuple[list[str], float]:
    """Start a child, SIGKILL it after 10–300 ms; return its acknowledged lines and the delay.

    `script`, `extra` and `window` let other harnesses (socialmap_kill_loop.py) reuse this.
    """
    child_script = (script or Path(__file__)).resolve()
    command = [sys.executable, str(child_script), "--child", "--dir", str(data_dir)]
    command += extra or []
    proc = subprocess.Popen(
        command, stdout=subprocess.PIPE, text=True, bufsize=1, env=os.environ.copy()
    )
    reader = _Reader(proc)
    reader.start()
    delay = rng.uniform(*window)
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


def forked_round(
    data_dir: Path,
    rng: random.Random,
    from_spawn: bool,
    window: tuple[float, float] = (0.010, 0.300),
) -> tuple[list[str], float]:
    """run_round with an os.fork()ed child: no interpreter start-up per round (POSIX only).

    The parent holds no database connection when it forks (verify closes everything).
    """
    return fork_and_kill(lambda out: child(data_dir, out), rng, window, wait_ready=not from_spawn)


def fork_and_kill(
    run_child: Callable[[int], None],
    rng: random.Random,
    window: tuple[float, float],
    *,
    wait_ready: bool = True,
) -> tuple[list[str], float]:
    """Fork `run_child(pipe)`, kill -9 it a random delay after its READY line; its whole lines.

    Returns the acknowledged lines (a torn last line does not count) and the delay used.
    """
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into the parent's code
        os.close(read_end)
        try:
            run_child(write_end)
        finally:
            os._exit(1)
    os.close(write_end)
    buffer = b""
    delay = rng.uniform(*window)
    try:
        deadline = time.monotonic() + SPAWN_TIMEOUT
        while wait_ready and (READY + "\n").encode() not in buffer:
            if time.monotonic() > deadline:
                raise KillLoopError("child did not become ready")
            if select.select([read_end], [], [], 1.0)[0]:
                chunk = os.read(read_end, 65536)
                if not chunk:
                    break
                buffer += chunk
        time.sleep(delay)
    finally:
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        while chunk := os.read(read_end, 65536):
            buffer += chunk
        os.close(read_end)
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
        raise KillLoopError(f"child ended with status {status}, not by the kill")
    complete = buffer.decode().split("\n")[:-1]  # a torn last line is not acknowledged
    return [line for line in complete if line != READY], delay


def verify(
    paths: AppPaths, acknowledged: set[str], drafts: dict[str, int] | None = None
) -> dict[str, int]:
    """After a crash: acknowledged writes present, integrity checks clean, chain whole."""
    try:
        return _verify(paths, acknowledged, drafts or {})
    except (sqlcipher3.DatabaseError, PohsdError) as exc:
        raise KillLoopError(f"database unreadable: {type(exc).__name__}: {exc}") from exc


def _verify(paths: AppPaths, acknowledged: set[str], drafts: dict[str, int]) -> dict[str, int]:
    keys = Workspace.derive_keys(paths, USER, PASSPHRASE, allow_weak_kdf=True)
    con = connect(paths.db, keys.keys[0])
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchall()
        cipher_problems = con.execute("PRAGMA cipher_integrity_check").fetchall()
        present = {row[0] for row in con.execute("SELECT id FROM client")}
        saved = {  # read raw: ws.intakes.open() would add an audited read per intake and round
            row[0]: json.loads(row[1])
            for row in con.execute(
                "SELECT intake_id, value FROM answer_draft WHERE question_id = ?",
                (DRAFT_QUESTION,),
            )
        }
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
        for intake_id, number in drafts.items():
            text = saved.get(intake_id)
            if text is None or _draft_number(str(text)) < number:
                raise KillLoopError(f"acknowledged autosave {number} of an intake lost: {text}")
    finally:
        ws.close(event="session.logout")
    if broken is not None:
        raise KillLoopError(f"audit chain broken at seq {broken}")
    return {"clients": len(present), "audit_rows": rows, "intakes": len(drafts)}


def run(rounds: int, data_dir: Path, seed: int, *, fork: bool = False) -> dict[str, object]:
    rng = random.Random(seed)  # noqa: S311 — timing jitter, not security
    paths = create(data_dir)
    if fork:  # what a forked child would load first: the question set (static, cached)
        from pohsd.domain.questionnaire_loader import load_questionnaire

        load_questionnaire()
    acknowledged: set[str] = set()
    drafts: dict[str, int] = {}
    autosaves = 0
    started = time.monotonic()
    state: dict[str, int] = {}
    for number in range(rounds):
        if fork:  # no start-up to wait for: a wider window also reaches the autosaves
            lines, delay = forked_round(data_dir, rng, number % 4 == 0, FORK_WINDOW)
        else:
            lines, delay = run_round(data_dir, rng, from_spawn=number % 4 == 0)
        for line in lines:
            if line.startswith("draft "):
                _, intake_id, k = line.split()
                drafts[intake_id] = int(k)
                autosaves += 1
            else:
                acknowledged.add(line)
        try:
            state = verify(paths, acknowledged, drafts)
        except KillLoopError as exc:
            raise KillLoopError(
                f"round {number} (delay {delay * 1000:.0f} ms, seed {seed}): {exc}"
            ) from exc
    return {
        "ok": True,
        "rounds": rounds,
        "seed": seed,
        "acknowledged": len(acknowledged),
        "autosaves_acknowledged": autosaves,
        **state,
        "seconds": round(time.monotonic() - started, 1),
        "forked": fork,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dir", type=Path, required=True, help="data folder (created if new)")
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--fork", action="store_true", help="fork children (POSIX; faster)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.dir)
        return 0
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    try:
        summary = run(args.rounds, args.dir, seed, fork=args.fork)
    except KillLoopError as exc:
        sys.stdout.write(json.dumps({"ok": False, "seed": seed, "error": str(exc)}) + "\n")
        return 1
    sys.stdout.write(json.dumps(summary) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
