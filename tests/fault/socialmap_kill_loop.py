"""kill -9 during sociale-kaart imports: the map pointer always names a whole, verified generation.

    python tests/fault/socialmap_kill_loop.py --rounds 1000 --dir D [--services 300]

Per round a fresh child unlocks the workspace and imports two feeds in turn (A, B, A, …) with
`ws.socialmap.import_path`, printing "imported <generation id>" after each import returned.
The parent SIGKILLs it after a random 10–1500 ms — while it parses, validates, writes chunks,
builds the FTS index, verifies, flips the pointer or prunes. After every kill the parent
reopens the workspace (which removes a crashed import's leftovers) and checks: the pointer
names a generation that passes `integrity_check`, `cipher_integrity_check` and its row counts,
with exactly the feed's number of services (no half generation); it is the last acknowledged
generation or a newer one; no other files than the current and previous generation remain;
the main database's checks are clean and the audit chain verifies. Last stdout line: JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

import sqlcipher3

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script: make `tests.fault.kill_loop` importable
    sys.path.insert(0, str(ROOT))

from pohsd.domain.errors import PohsdError  # noqa: E402
from pohsd.paths import AppPaths  # noqa: E402
from pohsd.socialmap import generation as gen  # noqa: E402
from pohsd.store.engine import connect  # noqa: E402
from pohsd.workspace import Workspace  # noqa: E402
from tests.fault.kill_loop import (  # noqa: E402
    PASSPHRASE,
    READY,
    USER,
    KillLoopError,
    create,
    fork_and_kill,
    run_round,
)

FEEDS = ("feed_a.json", "feed_b.json")
WINDOW = (0.010, 1.500)  # kill delay after "ready": an import of 300 services takes ~0.5–1 s


def _sid(kind: int, n: int) -> str:
    return f"{kind}0000000-0000-4000-8000-{n:012d}"


def _service(n: int, word: str) -> dict[str, object]:
    """A valid Dutch-profile HSDS service with uuid ids on every nested object."""
    service_id = _sid(0, n)
    return {
        "id": service_id,
        "name": f"{word} {n}",
        "description": f"{word} {n}: hulp in de wijk bij geldzaken en formulieren.",
        "status": "active",
        "organization": {"id": _sid(1, 1), "name": "Wijkwerk Noord", "description": "Welzijn."},
        "phones": [{"id": _sid(2, n), "service_id": service_id, "number": "030 123 45 67"}],
        "attributes": [
            _attribute(service_id, _sid(3, n), 1, "geld.schulden", "nl-leefgebieden"),
            _attribute(service_id, _sid(5, n), 2, "vrij", "nl-toegang"),
        ],
    }


def _attribute(service_id: str, attr_id: str, term: int, code: str, taxonomy: str) -> dict:
    return {
        "id": attr_id,
        "taxonomy_term_id": _sid(4, term),
        "link_id": service_id,
        "link_entity": "service",
        "link_type": "leefgebied" if taxonomy == "nl-leefgebieden" else "toegang",
        "taxonomy_term": {
            "id": _sid(4, term),
            "code": code,
            "name": code,
            "description": code,
            "taxonomy": taxonomy,
        },
    }


def write_feeds(folder: Path, count: int) -> list[Path]:
    """Two feeds with the same ids and count, different texts (so every import differs)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, word in zip(FEEDS, ("Buurtpost", "Wijkteam"), strict=True):
        path = folder / name
        path.write_text(json.dumps([_service(n, word) for n in range(count)]), encoding="utf-8")
        paths.append(path)
    return paths


# ---- child -------------------------------------------------------------------------------------


def child(data_dir: Path, feeds: list[Path], out: int = 1) -> None:
    """Import A, B, A, … until killed; write a line to fd `out` after each finished import."""
    ws = Workspace.unlock(AppPaths.resolve(data_dir), USER, PASSPHRASE, allow_weak_kdf=True)
    os.write(out, f"{READY}\n".encode())
    turn = 0
    while True:
        result = ws.socialmap.import_path(feeds[turn % 2], accept_drop=True)
        os.write(out, f"imported {result.generation_id}\n".encode())
        turn += 1


def forked_round(data_dir: Path, feeds: list[Path], rng: random.Random) -> tuple[list[str], float]:
    """Like kill_loop.run_round, but the child is os.fork()ed from this (already imported)
    process, so a round costs the unlock and the import, not a fresh interpreter's start-up.
    The parent holds no database connection when it forks (verify closes everything)."""
    return fork_and_kill(lambda out: child(data_dir, feeds, out), rng, WINDOW)


# ---- parent ------------------------------------------------------------------------------------


def verify(paths: AppPaths, last_acknowledged: str, expected: int) -> dict[str, object]:
    try:
        return _verify(paths, last_acknowledged, expected)
    except (sqlcipher3.DatabaseError, PohsdError) as exc:
        raise KillLoopError(f"unreadable: {type(exc).__name__}: {exc}") from exc


def _verify(paths: AppPaths, last_acknowledged: str, expected: int) -> dict[str, object]:
    keys = Workspace.derive_keys(paths, USER, PASSPHRASE, allow_weak_kdf=True)
    con = connect(paths.db, keys.keys[0])
    try:
        if con.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise KillLoopError("main database integrity_check failed")
        if con.execute("PRAGMA cipher_integrity_check").fetchall():
            raise KillLoopError("main database cipher_integrity_check failed")
    finally:
        con.close()
    folder = paths.data_dir / "socialmap"
    before = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
    ws = Workspace.open(paths, USER, keys, source="cli")  # removes a crashed import's files
    try:
        current = ws.practice.setting("socialmap.current")
        previous = ws.practice.setting("socialmap.previous")
        if last_acknowledged and not current:
            raise KillLoopError("the map pointer was lost")
        if current:
            count = gen.verify(gen.generation_path(folder, current), ws._socialmap_key())
            if count != expected:
                raise KillLoopError(f"current generation has {count} of {expected} services")
            if ws.socialmap.status().count != expected:
                raise KillLoopError("status does not show the whole map")
        # The child prints after each import, before the next: the pointer is the last
        # acknowledged generation, or one newer that committed just before the kill.
        if current != last_acknowledged and previous != last_acknowledged:
            raise KillLoopError(
                "the pointer does not name the acknowledged generation or its successor"
            )
        ws.socialmap.close_map()
        allowed = {f"{g}.db" for g in (current, previous) if g}
        present = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
        if present - allowed:
            raise KillLoopError(f"leftover files after open: {sorted(present - allowed)}")
        rows, broken = ws.audit.verify()
        if broken is not None:
            raise KillLoopError(f"audit chain broken at seq {broken}")
    finally:
        ws.close(event="session.logout")
    kept = {g for g in (current, previous) if g}
    leftovers = sorted(n for n in before if n.split(".db")[0] not in kept)
    return {"current": current, "audit_rows": rows, "leftovers": len(leftovers)}


def run(
    rounds: int, data_dir: Path, seed: int, services: int, *, fork: bool = False
) -> dict[str, object]:
    rng = random.Random(seed)  # noqa: S311 — timing jitter, not security
    paths = create(data_dir)
    feeds = write_feeds(data_dir.parent / f"{data_dir.name}-feeds", services)
    extra = ["--feeds", *map(str, feeds)]
    last = ""
    imports = 0
    flips_unacknowledged = 0
    cleaned = 0
    started = time.monotonic()
    state: dict[str, object] = {}
    for number in range(rounds):
        if fork:
            lines, delay = forked_round(data_dir, feeds, rng)
        else:
            lines, delay = run_round(
                data_dir, rng, from_spawn=False, script=Path(__file__), extra=extra, window=WINDOW
            )
        done = [line.split()[1] for line in lines if line.startswith("imported ")]
        imports += len(done)
        last = done[-1] if done else last
        try:
            state = verify(paths, last, services)
        except KillLoopError as exc:
            raise KillLoopError(
                f"round {number} (delay {delay * 1000:.0f} ms, seed {seed}): {exc}"
            ) from exc
        cleaned += int(state["leftovers"] > 0)  # type: ignore[operator]
        if state["current"] != last:
            flips_unacknowledged += 1  # committed just before the kill, not yet printed
            last = str(state["current"])
    return {
        "ok": True,
        "rounds": rounds,
        "seed": seed,
        "services": services,
        "imports_acknowledged": imports,
        "flipped_before_ack": flips_unacknowledged,
        "rounds_with_leftovers_cleaned": cleaned,
        "audit_rows": state.get("audit_rows", 0),
        "seconds": round(time.monotonic() - started, 1),
        "forked": fork,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--services", type=int, default=300)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--fork", action="store_true", help="fork children (POSIX; faster)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--feeds", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.dir, list(args.feeds))
        return 0
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    try:
        summary = run(args.rounds, args.dir, seed, args.services, fork=args.fork)
    except KillLoopError as exc:
        sys.stdout.write(json.dumps({"ok": False, "seed": seed, "error": str(exc)}) + "\n")
        return 1
    sys.stdout.write(json.dumps(summary) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
