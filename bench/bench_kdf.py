"""Unlock cost in the core: KDF alone, wrong passphrase, and opening the store after the KDF."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from bench.util import Result, median_time
from pohsd.domain.errors import PohsdError
from pohsd.domain.practice import Practice
from pohsd.paths import AppPaths
from pohsd.security.kdf import calibrate, derive_kek
from pohsd.workspace import Workspace

PASSPHRASE = "bench passphrase for pohsd"  # noqa: S105 — a throwaway benchmark database


def run() -> list[Result]:
    params = calibrate()
    kdf = median_time(lambda: derive_kek(PASSPHRASE, b"s" * 16, params))
    with tempfile.TemporaryDirectory(prefix="pohsd-bench-") as tmp:
        paths = AppPaths.resolve(Path(tmp) / "data")
        ws, _ = Workspace.create(paths, Practice("Bench"), "bench", PASSPHRASE)
        ws.close()

        def wrong() -> None:
            with contextlib.suppress(PohsdError):  # the rejection is what is timed
                Workspace.derive_keys(paths, "bench", "not the passphrase")

        wrong_s = median_time(wrong)

        # close() zeroes the key, so each round derives a fresh one
        def open_fresh() -> None:
            fresh = Workspace.derive_keys(paths, "bench", PASSPHRASE)
            Workspace.open(paths, "bench", fresh).close()

        open_total = median_time(open_fresh, repeat=3)
    return [
        Result(
            "kdf",
            kdf,
            note=f"Argon2id m={params.memory_kib // 1024} MiB t={params.time_cost}"
            f" p={params.parallelism}",
        ),
        Result("wrong_passphrase", wrong_s, kdf),
        Result("open_store", max(open_total - kdf, 0.0), note="open after KDF (median)"),
    ]
