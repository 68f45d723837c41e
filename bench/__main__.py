"""Run the benchmarks and compare them with bench/budgets.toml (python -m bench)."""

from __future__ import annotations

import json
import platform
import sys
import tomllib
from pathlib import Path

from bench import bench_autosave, bench_gui, bench_kdf, bench_typing
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
    if "max_seconds" in budget:
        checks.append(result.seconds <= budget["max_seconds"])
    if "max_ratio" in budget and result.ratio is not None:
        checks.append(result.ratio <= budget["max_ratio"])
    if not checks:
        return "—"
    return "binnen budget" if all(checks) else "BOVEN BUDGET"


def main(argv: list[str]) -> int:
    budgets = tomllib.loads(BUDGETS.read_text(encoding="utf-8"))
    results = bench_kdf.run() + bench_gui.run() + bench_autosave.run() + bench_typing.run()
    print(f"machine: {_machine()}, Python {platform.python_version()}")
    print(f"{'benchmark':<18}{'seconds':>9}{'floor':>9}{'ratio':>8}  verdict / note")
    rows = []
    for r in results:
        budget = budgets.get(r.name, {})
        floor = f"{r.floor_seconds:.3f}" if r.floor_seconds else "—"
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "—"
        verdict = _verdict(r, budget)
        print(f"{r.name:<18}{r.seconds:>9.3f}{floor:>9}{ratio:>8}  {verdict}  {r.note}")
        rows.append({**r.__dict__, "ratio": r.ratio, "verdict": verdict})
    if "--json" in argv:
        print(json.dumps({"machine": _machine(), "results": rows}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
