"""Run the benchmarks and compare them with bench/budgets.toml (python -m bench)."""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

from bench import bench_autosave, bench_frozen, bench_gui, bench_kdf, bench_socialmap, bench_typing
from bench.util import Result

BUDGETS = Path(__file__).with_name("budgets.toml")


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores"


def _verdict(result: Result, budget: dict[str, float]) -> str:
    checks = []
    if "max_mb" in budget:  # memory rows carry megabytes in `seconds`
        checks.append(result.seconds <= budget["max_mb"])
    if "max_seconds" in budget:
        checks.append(result.seconds <= budget["max_seconds"])
    if "max_ratio" in budget and result.ratio is not None:
        checks.append(result.ratio <= budget["max_ratio"])
    if not checks:
        return "—"
    return "binnen budget" if all(checks) else "BOVEN BUDGET"


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--json", action="store_true", help="also print the results as JSON")
    parser.add_argument(
        "--services",
        type=int,
        default=bench_socialmap.DEFAULT_SERVICES,
        help="size of the generated sociale kaart (default 100 000; 5 000 for a quick run)",
    )
    parser.add_argument(
        "--only",
        default="",
        help="comma-separated groups: kdf, gui, autosave, typing, socialmap, startup_frozen",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = _parse(argv)
    budgets = tomllib.loads(BUDGETS.read_text(encoding="utf-8"))
    groups: dict[str, Callable[[], list[Result]]] = {
        "kdf": bench_kdf.run,
        "gui": bench_gui.run,
        "autosave": bench_autosave.run,
        "typing": bench_typing.run,
        "socialmap": lambda: bench_socialmap.run(args.services),
        "startup_frozen": bench_frozen.run,
    }
    wanted = [g.strip() for g in args.only.split(",") if g.strip()] or list(groups)
    unknown = [g for g in wanted if g not in groups]
    if unknown:
        print(f"unknown group(s): {', '.join(unknown)}; choose from {', '.join(groups)}")
        return 2
    results = [r for name in wanted for r in groups[name]()]
    print(f"machine: {_machine()}, Python {platform.python_version()}")
    print(f"{'benchmark':<18}{'seconds':>9}{'floor':>9}{'ratio':>8}  verdict / note")
    rows = []
    for r in results:
        budget = budgets.get(r.name, {})
        floor = f"{r.floor_seconds:.3f}" if r.floor_seconds else "—"
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "—"
        verdict = _verdict(r, budget)
        value = f"{r.seconds:>6.0f} MB" if "max_mb" in budget else f"{r.seconds:>9.3f}"
        print(f"{r.name:<18}{value}{floor:>9}{ratio:>8}  {verdict}  {r.note}")
        rows.append({**r.__dict__, "ratio": r.ratio, "verdict": verdict})
    if args.json:
        print(json.dumps({"machine": _machine(), "results": rows}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
