"""Financieel overzicht: exchange round trip, Decimal totals, errors naming the path."""

import copy
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pohsd.domain.errors import ValidationError
from pohsd.intake.finance import FinancieelOverzicht, Inkomst, Schuld, VasteLast, parse_amount

EXAMPLE = {
    "income": [{"source": "uitkering van de gemeente", "amount_per_month": 1210.00}],
    "fixed_costs": [
        {"item": "huur", "amount_per_month": 640.00},
        {"item": "energie", "amount_per_month": 155.35},
    ],
    "debts": [
        {
            "creditor": "energieleverancier",
            "amount": 830.00,
            "since": "2026-03",
            "arrears": True,
            "collection_agency": False,
            "bailiff": False,
            "garnishment": False,
        },
        {
            "creditor": "CJIB",
            "amount": 412.5,
            "arrears": True,
            "collection_agency": True,
            "bailiff": True,
            "garnishment": False,
        },
    ],
}


def test_exchange_example_round_trip():
    overview = FinancieelOverzicht.from_json(EXAMPLE)
    assert overview.to_json() == EXAMPLE
    assert FinancieelOverzicht.from_json(overview.to_json()) == overview


def test_totals_are_decimal():
    overview = FinancieelOverzicht.from_json(EXAMPLE)
    assert overview.totaal_inkomsten == Decimal("1210.00")
    assert overview.totaal_vaste_lasten == Decimal("795.35")
    assert overview.vrij_besteedbaar_per_maand == Decimal("414.65")
    assert isinstance(overview.vrij_besteedbaar_per_maand, Decimal)
    assert overview.totaal_schulden == Decimal("1242.50")
    assert overview.totaal_achterstanden == Decimal("1242.50")
    assert overview.aantal_schuldeisers == 2
    assert [s.schuldeiser for s in overview.met_deurwaarder_of_beslag] == ["CJIB"]


def test_free_to_spend_may_be_negative_and_is_not_judged():
    overview = FinancieelOverzicht(
        inkomsten=(Inkomst("AOW", Decimal("1100.10")),),
        vaste_lasten=(VasteLast("huur", Decimal("900")), VasteLast("energie", Decimal("250.20"))),
    )
    assert overview.vrij_besteedbaar_per_maand == Decimal("-50.10")


def test_empty_overview():
    overview = FinancieelOverzicht.from_json({})
    assert overview.is_empty
    assert overview.vrij_besteedbaar_per_maand == Decimal("0.00")
    assert overview.to_json() == {"income": [], "fixed_costs": [], "debts": []}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1210", Decimal("1210.00")),
        ("1.210,50", Decimal("1210.50")),
        ("€ 830,5", Decimal("830.50")),
        ("1210.5", Decimal("1210.50")),
        ("1.210", Decimal("1210.00")),
        (640, Decimal("640.00")),
        (0.1, Decimal("0.10")),
    ],
)
def test_parse_amount(text, amount):
    assert parse_amount(text, "x") == amount


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        ("-5", "out_of_range"),
        ("10000000,01", "out_of_range"),
        ("12,345", "too_many_decimals"),
        ("veel", "not_a_number"),
        (True, "not_a_number"),
        (float("inf"), "not_a_number"),
        (None, "not_a_number"),
        (10**40, "out_of_range"),
    ],
)
def test_parse_amount_rejects(value, rule):
    with pytest.raises(ValidationError) as info:
        parse_amount(value, "financial_overview.debts[0].amount")
    assert (info.value.field, info.value.rule) == ("financial_overview.debts[0].amount", rule)


@pytest.mark.parametrize(
    ("change", "field", "rule"),
    [
        (lambda d: d["income"][0].update(source="geen inkomen"),
         "financial_overview.income[0].source", "unknown_option"),
        (lambda d: d["fixed_costs"][1].update(item="gas"),
         "financial_overview.fixed_costs[1].item", "unknown_option"),
        (lambda d: d["debts"][1].update(amount="veel"),
         "financial_overview.debts[1].amount", "not_a_number"),
        (lambda d: d["debts"][0].update(since="03-2026"),
         "financial_overview.debts[0].since", "month_format"),
        (lambda d: d["debts"][0].update(creditor=""),
         "financial_overview.debts[0].creditor", "required"),
        (lambda d: d["debts"][0].update(creditor="x\x07"),
         "financial_overview.debts[0].creditor", "control_characters"),
        (lambda d: d["debts"][0].update(bailiff="misschien"),
         "financial_overview.debts[0].bailiff", "wrong_type"),
        (lambda d: d["debts"][0].update(note="x"),
         "financial_overview.debts[0].note", "unknown_key"),
        (lambda d: d.update(assets=[]), "financial_overview.assets", "unknown_key"),
        (lambda d: d.update(debts={}), "financial_overview.debts", "wrong_type"),
    ],
)  # fmt: skip
def test_from_json_errors_name_the_path(change, field, rule):
    data = copy.deepcopy(EXAMPLE)
    change(data)
    with pytest.raises(ValidationError) as info:
        FinancieelOverzicht.from_json(data)
    assert (info.value.field, info.value.rule) == (field, rule)


def test_debt_repr_hides_the_creditor():
    assert "energieleverancier" not in repr(Schuld("energieleverancier", Decimal(1)))


@settings(max_examples=150, database=None)
@given(st.one_of(st.text(max_size=20), st.integers(), st.floats(), st.decimals(), st.none()))
def test_parse_amount_never_crashes(value):
    try:
        result = parse_amount(value, "x")
    except ValidationError as exc:
        result = exc
    assert isinstance(result, ValidationError) or Decimal("0") <= result <= Decimal("10000000")
