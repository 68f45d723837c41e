"""Report DTOs: raw count tables (inside pohsd.reports only) and the suppressed, shareable report.

A `RawTable` holds true counts and never leaves the reports package; `suppress.protect` turns
a `RawReport` into a `Report` whose suppressed cells carry no value at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

K = 5  # cells 1..K-1 are primary-suppressed ("<5"); zero cells are not secret
SHOWN, SMALL, HIDDEN = "shown", "small", "hidden"
# A small cell whose "<5" would still give it away (every cell of a sum is "<5" and so is the
# total, e.g. 1+1+1+1 = 4): it is shown as "x" too, so a reader learns only that it is ≥ 1.
WITHHELD = "withheld"
SMALL_TEXT = "<5"
HIDDEN_TEXT = "x"
TOTAL_KEY = "#"
COLLAPSE, FLATTEN = "collapse", "flatten"


@dataclass(frozen=True)
class Cell:
    """One published count: its value, or None when suppressed (`state` says why)."""

    value: int | None
    state: str = SHOWN

    @property
    def suppressed(self) -> bool:
        return self.state != SHOWN

    @property
    def text(self) -> str:
        """What a reader sees: the number, "<5" (under 5) or "x" (hidden to protect a "<5")."""
        if self.state == SMALL:
            return SMALL_TEXT
        if self.state in (HIDDEN, WITHHELD):
            return HIDDEN_TEXT
        return str(self.value)


@dataclass(frozen=True)
class Table:
    """A published table: rows × columns of cells, optional row/column totals and grand total."""

    key: str
    title: str
    row_keys: tuple[str, ...]
    row_labels: tuple[str, ...]
    col_keys: tuple[str, ...]
    col_labels: tuple[str, ...]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...] | None = None
    col_totals: tuple[Cell, ...] | None = None
    grand_total: Cell | None = None
    note: str = ""

    def cell(self, row_key: str, col_key: str) -> Cell:
        """A cell by keys; `TOTAL_KEY` ("#") names a total row or column."""
        if row_key == TOTAL_KEY and col_key == TOTAL_KEY:
            if self.grand_total is None:
                raise KeyError("grand total")
            return self.grand_total
        if row_key == TOTAL_KEY:
            if self.col_totals is None:
                raise KeyError("column totals")
            return self.col_totals[self.col_keys.index(col_key)]
        r = self.row_keys.index(row_key)
        if col_key == TOTAL_KEY:
            if self.row_totals is None:
                raise KeyError("row totals")
            return self.row_totals[r]
        return self.cells[r][self.col_keys.index(col_key)]

    def row_value(self, row_key: str) -> Cell:
        """The figure of a row: its total when there is one, else its only cell."""
        if self.row_totals is not None:
            return self.cell(row_key, TOTAL_KEY)
        return self.cell(row_key, self.col_keys[0])


@dataclass(frozen=True)
class Figure:
    """A single published figure (a median, a share); None when based on fewer than K cases."""

    key: str
    label: str
    value: float | None
    unit: str = ""

    @property
    def text(self) -> str:
        if self.value is None:
            return "—"
        number = f"{self.value:.1f}".replace(".", ",").removesuffix(",0")
        return f"{number} {self.unit}".strip() if self.unit != "%" else f"{number} %"


@dataclass(frozen=True)
class Report:
    """The anonymised practice report of one period (safe to show, export and share)."""

    period_from: date
    period_to: date
    per_pc4: bool
    generated_at: datetime
    tables: tuple[Table, ...]
    figures: tuple[Figure, ...] = ()
    k: int = K

    def table(self, key: str) -> Table:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def figure(self, key: str) -> Figure:
        for f in self.figures:
            if f.key == key:
                return f
        raise KeyError(key)


# ---- raw side: never leaves pohsd.reports -------------------------------------------------------


@dataclass
class RawTable:
    """True counts of one table before suppression.

    `total_group`: tables in the same group share their column-total row and grand total
    (e.g. every table of referrals sums to "referrals sent"), so a total suppressed in one is
    suppressed in all of them.
    """

    key: str
    title: str
    row_keys: tuple[str, ...]
    row_labels: tuple[str, ...]
    col_keys: tuple[str, ...]
    col_labels: tuple[str, ...]
    counts: list[list[int]]
    row_totals: bool = False
    col_totals: bool = False
    total_group: str | None = None
    note: str = ""

    def row_sum(self, r: int) -> int:
        return sum(self.counts[r])

    def col_sum(self, c: int) -> int:
        return sum(row[c] for row in self.counts)


@dataclass(frozen=True)
class RowLink:
    """`table.row` is the sum of other tables' rows, column by column.

    For example sociale basis = vrij + aanmelding.
    """

    table: str
    row: str
    parts: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RawFigure:
    """A figure from a number of cases (`n`); published only when n ≥ K."""

    key: str
    label: str
    value: float | None
    n: int
    unit: str = ""


@dataclass(frozen=True)
class RawShare:
    """A percentage of a row in its table's total, computed from the published cells only."""

    key: str
    label: str
    table: str
    row: str


@dataclass
class RawReport:
    period_from: date
    period_to: date
    per_pc4: bool
    generated_at: datetime
    tables: list[RawTable] = field(default_factory=list)
    links: list[RowLink] = field(default_factory=list)
    figures: list[RawFigure] = field(default_factory=list)
    shares: list[RawShare] = field(default_factory=list)
