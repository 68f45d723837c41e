"""Autosave: draft commit latency (debounce → commit, on the DB thread) with 20 000 clients."""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from bench.util import Result
from pohsd.domain.client import Address, ClientInput
from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths
from pohsd.security.kdf import WEAK_TEST_PARAMS
from pohsd.store.repo import clients as client_repo
from pohsd.workspace import Workspace

CLIENTS = 20_000
PASSPHRASE = "bench passphrase for pohsd"  # noqa: S105 — a throwaway benchmark database


def _fill(ws: Workspace, count: int) -> str:
    """Bulk-load invented clients in one transaction (a bench shortcut, not an app path)."""
    now = datetime.now(UTC)
    with ws._ctx.transaction() as s:
        for i in range(count):
            data = ClientInput(
                f"Voornaam{i}",
                f"Achternaam{i % 997}",
                date(1940 + i % 60, 1 + i % 12, 1 + i % 28),
                address=Address("Straat", str(i % 300), "", f"{1000 + i % 8999} AB", "Plaats"),
            )
            last = client_repo.create(s, data, now)
    return last.id


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="pohsd-bench-") as tmp:
        paths = AppPaths.resolve(Path(tmp) / "data")
        ws, _ = Workspace.create(
            paths, Practice("Bench"), "bench", PASSPHRASE, kdf=WEAK_TEST_PARAMS, allow_weak_kdf=True
        )
        client_id = _fill(ws, CLIENTS)
        summary, _ = ws.intakes.start(client_id)
        samples = []
        text = ""
        for i in range(300):
            text += "woord " if i % 7 else "regel\n"
            start = time.perf_counter()
            ws.intakes.save_drafts(
                summary.id,
                {
                    "opening.aanleiding": (text, "beantwoord"),
                    "meta.notes": (text[:200], "beantwoord"),
                },
            )
            samples.append(time.perf_counter() - start)
        ws.close()
    samples.sort()
    p95 = samples[int(len(samples) * 0.95)]
    return [
        Result(
            "autosave_p95",
            p95,
            note=f"{CLIENTS} clients; median "
            f"{statistics.median(samples) * 1000:.1f} ms, max {samples[-1] * 1000:.1f} ms",
        ),
    ]
