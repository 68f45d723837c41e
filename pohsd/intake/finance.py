"""Financieel overzicht (spec §2.2, geld.rondkomen.begroting): lists and Decimal totals."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from pohsd.domain.errors import ValidationError
from pohsd.domain.validation import clean_text

#: Sources as in `geld.rondkomen.inkomen`, without "geen inkomen" (an amount needs a source).
INKOMEN_BRONNEN: tuple[str, ...] = (
    "loon",
    "uitkering van de gemeente",
    "WW",
    "WIA, WAO of Wajong",
    "AOW",
    "pensioen",
    "studiefinanciering",
    "alimentatie",
    "anders",
)
VASTE_LASTEN: tuple[str, ...] = (
    "huur",
    "energie",
    "water",
    "zorgverzekering",
    "gemeentebelastingen",
    "telefoon en internet",
    "anders",
)
MAX_AMOUNT = Decimal("10000000")
MAX_CREDITOR = 200
CENT = Decimal("0.01")
_MONTH = re.compile(r"^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])$")
_ROOT = "financial_overview"


def parse_amount(value: object, field: str) -> Decimal:
    """A non-negative euro amount with at most two decimals (typed text: "1.210,50" or "1210.5")."""
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal | str):
        raise ValidationError(field, "not_a_number")
    if isinstance(value, str):
        text = value.strip().replace("€", "").replace(" ", "")
        if "," in text or re.fullmatch(r"[0-9]{1,3}(\.[0-9]{3})+", text):
            text = text.replace(".", "").replace(",", ".")  # Dutch: 1.210,50
        if not re.fullmatch(r"-?[0-9]{1,12}(\.[0-9]+)?", text):
            raise ValidationError(field, "not_a_number")
    else:
        text = str(value)
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(field, "not_a_number") from None
    if not amount.is_finite():
        raise ValidationError(field, "not_a_number")
    if amount < 0 or amount > MAX_AMOUNT:
        raise ValidationError(field, "out_of_range")
    rounded = amount.quantize(CENT, rounding=ROUND_HALF_UP)
    if amount != rounded:
        raise ValidationError(field, "too_many_decimals")
    return rounded


def _flag(value: object, field: str) -> bool:
    if isinstance(value, bool):
        return value
    if value in ("ja", "nee"):
        return value == "ja"
    raise ValidationError(field, "wrong_type")


def _choice(value: object, options: tuple[str, ...], field: str) -> str:
    if not isinstance(value, str) or value.strip() not in options:
        raise ValidationError(field, "unknown_option")
    return value.strip()


@dataclass(frozen=True)
class Inkomst:
    bron: str
    bedrag_per_maand: Decimal = field(repr=False)


@dataclass(frozen=True)
class VasteLast:
    post: str
    bedrag_per_maand: Decimal = field(repr=False)


@dataclass(frozen=True)
class Schuld:
    schuldeiser: str = field(repr=False)
    bedrag: Decimal = field(repr=False)
    sinds: str | None = None  # "JJJJ-MM"
    achterstand: bool = False
    incassobureau: bool = False
    deurwaarder: bool = False
    beslag: bool = False


@dataclass(frozen=True)
class FinancieelOverzicht:
    """The worksheet. It shows income minus fixed costs and never judges whether it is enough."""

    inkomsten: tuple[Inkomst, ...] = ()
    vaste_lasten: tuple[VasteLast, ...] = ()
    schulden: tuple[Schuld, ...] = ()

    @property
    def totaal_inkomsten(self) -> Decimal:
        return sum((i.bedrag_per_maand for i in self.inkomsten), Decimal("0.00"))

    @property
    def totaal_vaste_lasten(self) -> Decimal:
        return sum((v.bedrag_per_maand for v in self.vaste_lasten), Decimal("0.00"))

    @property
    def vrij_besteedbaar_per_maand(self) -> Decimal:
        """Monthly income minus fixed costs; may be negative."""
        return self.totaal_inkomsten - self.totaal_vaste_lasten

    @property
    def totaal_schulden(self) -> Decimal:
        return sum((s.bedrag for s in self.schulden), Decimal("0.00"))

    @property
    def aantal_schuldeisers(self) -> int:
        return len({s.schuldeiser.casefold() for s in self.schulden})

    @property
    def totaal_achterstanden(self) -> Decimal:
        return sum((s.bedrag for s in self.schulden if s.achterstand), Decimal("0.00"))

    @property
    def met_deurwaarder_of_beslag(self) -> tuple[Schuld, ...]:
        return tuple(s for s in self.schulden if s.deurwaarder or s.beslag)

    @property
    def is_empty(self) -> bool:
        return not (self.inkomsten or self.vaste_lasten or self.schulden)

    # exchange format (spec/exchange.md §1 `financial_overview`) ------------------------------

    def to_json(self) -> dict[str, list[dict[str, Any]]]:
        def money(d: Decimal) -> int | float:
            return int(d) if d == d.to_integral_value() else float(d)

        return {
            "income": [
                {"source": i.bron, "amount_per_month": money(i.bedrag_per_maand)}
                for i in self.inkomsten
            ],
            "fixed_costs": [
                {"item": v.post, "amount_per_month": money(v.bedrag_per_maand)}
                for v in self.vaste_lasten
            ],
            "debts": [
                {
                    "creditor": s.schuldeiser,
                    "amount": money(s.bedrag),
                    **({"since": s.sinds} if s.sinds else {}),
                    "arrears": s.achterstand,
                    "collection_agency": s.incassobureau,
                    "bailiff": s.deurwaarder,
                    "garnishment": s.beslag,
                }
                for s in self.schulden
            ],
        }

    @classmethod
    def from_json(cls, data: object, root: str = _ROOT) -> FinancieelOverzicht:
        """Validate the exchange object; errors name the path, e.g. `…debts[0].amount`."""
        if not isinstance(data, Mapping):
            raise ValidationError(root, "wrong_type")
        _keys(data, ("income", "fixed_costs", "debts"), root)
        income = tuple(
            Inkomst(
                _choice(row.get("source"), INKOMEN_BRONNEN, f"{p}.source"),
                parse_amount(row.get("amount_per_month"), f"{p}.amount_per_month"),
            )
            for p, row in _rows(data, "income", root, ("source", "amount_per_month"))
        )
        costs = tuple(
            VasteLast(
                _choice(row.get("item"), VASTE_LASTEN, f"{p}.item"),
                parse_amount(row.get("amount_per_month"), f"{p}.amount_per_month"),
            )
            for p, row in _rows(data, "fixed_costs", root, ("item", "amount_per_month"))
        )
        debt_keys = ("creditor", "amount", "since", "arrears", "collection_agency", "bailiff",
                     "garnishment")  # fmt: skip
        debts = tuple(_debt(p, row) for p, row in _rows(data, "debts", root, debt_keys))
        return cls(income, costs, debts)


def _keys(row: Mapping[str, Any], allowed: Sequence[str], path: str) -> None:
    for key in row:
        if key not in allowed:
            raise ValidationError(f"{path}.{key}", "unknown_key")


def _rows(
    data: Mapping[str, Any], key: str, root: str, allowed: Sequence[str]
) -> list[tuple[str, Mapping[str, Any]]]:
    rows = data.get(key, [])
    if not isinstance(rows, list):
        raise ValidationError(f"{root}.{key}", "wrong_type")
    out = []
    for n, row in enumerate(rows):
        path = f"{root}.{key}[{n}]"
        if not isinstance(row, Mapping):
            raise ValidationError(path, "wrong_type")
        _keys(row, allowed, path)
        out.append((path, row))
    return out


def _debt(path: str, row: Mapping[str, Any]) -> Schuld:
    creditor = row.get("creditor")
    if not isinstance(creditor, str):
        raise ValidationError(f"{path}.creditor", "required")
    name = clean_text(creditor, f"{path}.creditor", required=True, max_len=MAX_CREDITOR)
    since = row.get("since")
    if since is not None and (not isinstance(since, str) or not _MONTH.match(since)):
        raise ValidationError(f"{path}.since", "month_format")
    return Schuld(
        schuldeiser=name or "",
        bedrag=parse_amount(row.get("amount"), f"{path}.amount"),
        sinds=since,
        achterstand=_flag(row.get("arrears", False), f"{path}.arrears"),
        incassobureau=_flag(row.get("collection_agency", False), f"{path}.collection_agency"),
        deurwaarder=_flag(row.get("bailiff", False), f"{path}.bailiff"),
        beslag=_flag(row.get("garnishment", False), f"{path}.garnishment"),
    )
