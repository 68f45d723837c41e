"""Benchmarks of pohsd against the budgets in DESIGN.md §8 (run: python -m bench)."""
