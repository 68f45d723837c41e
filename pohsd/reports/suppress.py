"""Small-cell suppression (k = 5) with complementary suppression over rows, columns and totals.

Primary: every count 1–4 is suppressed and shown as "<5" (zero is not secret and stays).
Complementary: every total is an equation `total = sum(parts)` (rows, columns, the grand total,
totals shared between tables, and row links such as sociale basis = vrij + aanmelding). More
cells (shown as "x") are hidden until no suppressed cell can be recovered:

- from one equation, even by a reader who knows that a "<5" cell lies in 1..4 and an "x" cell is
  at least 5 (interval reasoning, `pinned`);
- by combining equations linearly (`determined`: Gaussian elimination over the suppressed
  cells; its unit vector must not lie in the row space of the equations).

The complement chosen is the smallest shown non-zero cell of an equation that still leaks, so
as little as possible is hidden. Rounding and non-negativity across several equations at once
(a full linear programme) are not checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from pohsd.reports.model import (
    HIDDEN,
    SHOWN,
    SMALL,
    TOTAL_KEY,
    WITHHELD,
    Cell,
    Figure,
    K,
    RawReport,
    RawTable,
    Report,
    Table,
)

INF = float("inf")


@dataclass(frozen=True)
class Equation:
    """`total = sum(parts)`, over cell keys."""

    total: str
    parts: tuple[str, ...]

    @property
    def keys(self) -> tuple[str, ...]:
        return (self.total, *self.parts)


def bounds(state: str, value: int, k: int = K) -> tuple[float, float]:
    """What a reader knows of a cell from its marker."""
    if state == SMALL:
        return 1, k - 1
    if state == HIDDEN:
        return k, INF
    if state == WITHHELD:
        return 1, INF  # an "x" that may be small: zero is never hidden
    return value, value


def pinned(
    eq: Equation, values: Mapping[str, int], states: Mapping[str, str], k: int = K
) -> list[str]:
    """Suppressed cells of `eq` whose value follows from it alone (interval reasoning)."""
    coef = {key: 1 for key in eq.parts}
    coef[eq.total] = coef.get(eq.total, 0) - 1
    hidden = [key for key in coef if states.get(key, SHOWN) != SHOWN and coef[key]]
    if not hidden:
        return []
    rest = -sum(c * values[key] for key, c in coef.items() if key not in hidden)
    out = []
    for j in hidden:
        lo_s = hi_s = 0.0
        for v in hidden:
            if v == j:
                continue
            lo, hi = bounds(states[v], values[v], k)
            if coef[v] > 0:
                lo_s, hi_s = lo_s + coef[v] * lo, hi_s + coef[v] * hi
            else:
                lo_s, hi_s = lo_s + coef[v] * hi, hi_s + coef[v] * lo
        c = coef[j]
        lo_j, hi_j = (rest - hi_s) / c, (rest - lo_s) / c
        if c < 0:
            lo_j, hi_j = hi_j, lo_j
        own_lo, own_hi = bounds(states[j], values[j], k)
        lo_j, hi_j = max(lo_j, own_lo), min(hi_j, own_hi)
        if lo_j == hi_j and lo_j != INF:
            out.append(j)
    return out


def determined(equations: Sequence[Equation], states: Mapping[str, str]) -> list[str]:
    """Suppressed cells fixed by a linear combination of the equations (values ignored).

    Solved per connected group of suppressed cells, so a large report stays fast.
    """
    groups: dict[str, str] = {}

    def find(key: str) -> str:
        while groups[key] != key:
            groups[key] = groups[groups[key]]
            key = groups[key]
        return key

    rows_of: list[tuple[Equation, list[str]]] = []
    for eq in equations:
        hidden = [k for k in dict.fromkeys(eq.keys) if states.get(k, SHOWN) != SHOWN]
        if not hidden:
            continue
        rows_of.append((eq, hidden))
        for key in hidden:
            groups.setdefault(key, key)
        for key in hidden[1:]:
            groups[find(key)] = find(hidden[0])
    by_group: dict[str, list[Equation]] = {}
    for eq, hidden in rows_of:
        by_group.setdefault(find(hidden[0]), []).append(eq)
    out: list[str] = []
    for eqs in by_group.values():
        out.extend(_determined_in(eqs, states))
    return sorted(out)


def _determined_in(equations: Sequence[Equation], states: Mapping[str, str]) -> list[str]:
    hidden = sorted({k for eq in equations for k in eq.keys if states.get(k, SHOWN) != SHOWN})
    index = {key: i for i, key in enumerate(hidden)}
    rows: list[list[Fraction]] = []
    for eq in equations:
        row = [Fraction(0)] * len(hidden)
        for key in eq.parts:
            if key in index:
                row[index[key]] += 1
        if eq.total in index:
            row[index[eq.total]] -= 1
        if any(row):
            rows.append(row)
    pivots = _rref(rows, len(hidden))
    return [
        hidden[col]
        for r, col in pivots
        if sum(1 for x in rows[r] if x) == 1  # the row is the unit vector of `col`
    ]


def _rref(rows: list[list[Fraction]], width: int) -> list[tuple[int, int]]:
    """Reduce `rows` in place; return (row, pivot column) pairs."""
    pivots: list[tuple[int, int]] = []
    r = 0
    for col in range(width):
        found = next((i for i in range(r, len(rows)) if rows[i][col]), None)
        if found is None:
            continue
        rows[r], rows[found] = rows[found], rows[r]
        lead = rows[r][col]
        rows[r] = [x / lead for x in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][col]:
                factor = rows[i][col]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[r], strict=True)]
        pivots.append((r, col))
        r += 1
    return pivots


def choose(values: Mapping[str, int], equations: Sequence[Equation], k: int = K) -> dict[str, str]:
    """The state of every cell: SHOWN, SMALL (1..k-1) or HIDDEN (complementary)."""
    states = {key: SMALL if 0 < v < k else SHOWN for key, v in values.items()}
    by_key: dict[str, list[Equation]] = {}
    for eq in equations:
        for key in eq.keys:
            by_key.setdefault(key, []).append(eq)
    while True:
        _close_single_equations(values, equations, states, k)
        _withhold_all_small(values, equations, states, k)
        leaks = determined(equations, states)
        if not leaks or not any(_hide_near(key, values, states, by_key) for key in leaks):
            return states  # safe, or nothing left to hide (all around is zero or hidden)


def _close_single_equations(
    values: Mapping[str, int], equations: Sequence[Equation], states: dict[str, str], k: int
) -> None:
    """Hide complements until no equation on its own pins a suppressed cell."""
    changed = True
    while changed:
        changed = False
        for eq in equations:
            if pinned(eq, values, states, k):
                pick = _smallest_shown(eq.keys, values, states)
                if pick is not None:
                    states[pick] = HIDDEN
                    changed = True


def _withhold_all_small(
    values: Mapping[str, int], equations: Sequence[Equation], states: dict[str, str], k: int
) -> None:
    """Withhold the "<5" cells of an equation that still pins one and has nothing left to hide.

    Then all its cells are "<5" (1+1+1+1 = 4); shown as "x" the range 1–4 no longer adds up.
    """
    for eq in equations:
        if pinned(eq, values, states, k) and _smallest_shown(eq.keys, values, states) is None:
            for key in eq.keys:
                if states[key] == SMALL:
                    states[key] = WITHHELD


def _hide_near(
    key: str,
    values: Mapping[str, int],
    states: dict[str, str],
    by_key: Mapping[str, list[Equation]],
) -> bool:
    """Hide one more cell, as close to `key` as possible.

    First the equations around `key` (least hidden first); when they hold nothing left to
    hide (only zeros and suppressed cells), the equations one step further, and so on.
    """

    def hidden_count(eq: Equation) -> int:
        return sum(1 for k in eq.keys if states.get(k, SHOWN) != SHOWN)

    frontier, seen_keys, seen_eqs = [key], {key}, set()
    while frontier:
        around = {
            id(eq): eq for k in frontier for eq in by_key.get(k, []) if id(eq) not in seen_eqs
        }
        seen_eqs.update(around)
        for eq in sorted(around.values(), key=hidden_count):
            pick = _smallest_shown(eq.keys, values, states)
            if pick is not None:
                states[pick] = HIDDEN
                return True
        frontier = [
            k
            for eq in around.values()
            for k in eq.keys
            if states.get(k, SHOWN) != SHOWN and k not in seen_keys
        ]
        seen_keys.update(frontier)
    return False


def _smallest_shown(
    keys: Iterable[str], values: Mapping[str, int], states: Mapping[str, str]
) -> str | None:
    shown = [k for k in dict.fromkeys(keys) if states[k] == SHOWN and values[k] > 0]
    return min(shown, key=lambda k: (values[k], k), default=None)


# ---- tables → cells and equations ------------------------------------------------------------


def _key(t: RawTable, row: str, col: str) -> str:
    if t.total_group and row == TOTAL_KEY:
        return f"group:{t.total_group}|{row}|{col}"
    return f"{t.key}|{row}|{col}"


def table_cells(t: RawTable) -> tuple[dict[str, int], list[Equation]]:
    """Every cell of a table (totals included) by key, and the table's own equations."""
    values: dict[str, int] = {}
    eqs: list[Equation] = []
    for r, row in enumerate(t.row_keys):
        for c, col in enumerate(t.col_keys):
            values[_key(t, row, col)] = t.counts[r][c]
        if t.row_totals:
            values[_key(t, row, TOTAL_KEY)] = t.row_sum(r)
            eqs.append(
                Equation(_key(t, row, TOTAL_KEY), tuple(_key(t, row, c) for c in t.col_keys))
            )
    if t.col_totals:
        for c, col in enumerate(t.col_keys):
            values[_key(t, TOTAL_KEY, col)] = t.col_sum(c)
            eqs.append(
                Equation(_key(t, TOTAL_KEY, col), tuple(_key(t, r, col) for r in t.row_keys))
            )
        if t.row_totals:
            grand = _key(t, TOTAL_KEY, TOTAL_KEY)
            values[grand] = sum(t.row_sum(r) for r in range(len(t.row_keys)))
            eqs.append(Equation(grand, tuple(_key(t, TOTAL_KEY, c) for c in t.col_keys)))
            eqs.append(Equation(grand, tuple(_key(t, r, TOTAL_KEY) for r in t.row_keys)))
    return values, eqs


def report_cells(raw: RawReport) -> tuple[dict[str, int], list[Equation]]:
    """All cells of a report with every equation, shared totals and row links included."""
    values: dict[str, int] = {}
    eqs: list[Equation] = []
    tables = {t.key: t for t in raw.tables}
    for t in raw.tables:
        cells, own = table_cells(t)
        for key, value in cells.items():
            if values.setdefault(key, value) != value:
                raise ValueError(f"shared total {key} differs between tables")  # a bug
        eqs.extend(own)
    for link in raw.links:
        target = tables[link.table]
        cols = [*target.col_keys, *([TOTAL_KEY] if target.row_totals else [])]
        for col in cols:
            parts = tuple(
                _key(tables[t], row, col)
                for t, row in link.parts
                if col in tables[t].col_keys or col == TOTAL_KEY
            )
            total = _key(target, link.row, col)
            if sum(values[p] for p in parts) != values[total]:
                raise ValueError(f"row link {link.table}.{link.row} does not add up")  # a bug
            eqs.append(Equation(total, parts))
    return values, eqs


def protect(raw: RawReport, k: int = K) -> Report:
    """The publishable report: suppressed cells lose their value; figures need n ≥ k."""
    values, eqs = report_cells(raw)
    states = choose(values, eqs, k)

    def cell(t: RawTable, row: str, col: str) -> Cell:
        key = _key(t, row, col)
        state = states[key]
        return Cell(values[key] if state == SHOWN else None, state)

    tables = []
    for t in raw.tables:
        grand = t.row_totals and t.col_totals
        tables.append(
            Table(
                key=t.key,
                title=t.title,
                row_keys=t.row_keys,
                row_labels=t.row_labels,
                col_keys=t.col_keys,
                col_labels=t.col_labels,
                cells=tuple(tuple(cell(t, r, c) for c in t.col_keys) for r in t.row_keys),
                row_totals=tuple(cell(t, r, TOTAL_KEY) for r in t.row_keys)
                if t.row_totals
                else None,
                col_totals=tuple(cell(t, TOTAL_KEY, c) for c in t.col_keys)
                if t.col_totals
                else None,
                grand_total=cell(t, TOTAL_KEY, TOTAL_KEY) if grand else None,
                note=t.note,
            )
        )
    figures = [Figure(f.key, f.label, f.value if f.n >= k else None, f.unit) for f in raw.figures]
    by_key = {t.key: t for t in tables}
    for s in raw.shares:
        figures.append(Figure(s.key, s.label, share(by_key[s.table], s.row), "%"))
    return Report(
        raw.period_from,
        raw.period_to,
        raw.per_pc4,
        raw.generated_at,
        tuple(tables),
        tuple(figures),
        k,
    )


def share(table: Table, row_key: str) -> float | None:
    """Percentage of a row in its table's total, or None when either is suppressed or zero."""
    part = table.row_value(row_key)
    whole = table.grand_total or (table.col_totals[0] if table.col_totals else None)
    if whole is None or part.value is None or not whole.value:
        return None
    return 100.0 * part.value / whole.value
