"""Rules for Dutch personal data: elfproef, postcode, phone, dates, text."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pohsd.domain.client import Address, ClientInput, NetworkPerson
from pohsd.domain.errors import ValidationError
from pohsd.domain.validation import (
    bsn_valid,
    clean_text,
    normalize_bsn,
    normalize_phone,
    normalize_postcode,
)

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("bsn", ["123456782", "111222333", "999999990"])
def test_valid_bsns_pass_the_elfproef(bsn):
    assert bsn_valid(bsn)


@pytest.mark.parametrize("bsn", ["123456789", "000000000", "12345678", "12345678a", ""])
def test_invalid_bsns_fail(bsn):
    assert not bsn_valid(bsn)


def test_bsn_normalised_and_eight_digits_padded():
    assert normalize_bsn("1234.56.782") == "123456782"
    assert normalize_bsn("") is None
    eight = next(f"{n:08d}" for n in range(10_000_000, 99_999_999) if bsn_valid(f"0{n:08d}"))
    assert normalize_bsn(eight) == "0" + eight  # old BSNs have eight digits
    with pytest.raises(ValidationError) as err:
        normalize_bsn("123456789")
    assert err.value.rule == "bsn_elfproef"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("3562ab", "3562 AB"), ("3562 AB", "3562 AB"), (" 1011 xz ", "1011 XZ")],
)
def test_postcode_normalised(typed, stored):
    assert normalize_postcode(typed) == stored


@pytest.mark.parametrize("typed", ["0123 AB", "123 AB", "3562 A", "3562-AB", "ABCD EF"])
def test_bad_postcode_refused(typed):
    with pytest.raises(ValidationError) as err:
        normalize_postcode(typed)
    assert err.value.rule == "postcode_format"


@given(st.text(max_size=12))
def test_postcode_parser_never_crashes(text):
    try:
        result = normalize_postcode(text)
    except ValidationError:
        return
    assert result is None or (len(result) == 7 and result[4] == " " and result[5:].isupper())


def test_phone_rules():
    assert normalize_phone("06 12345678") == "06 12345678"
    assert normalize_phone("+31 6 1234 5678") == "+31 6 1234 5678"
    for bad in ("12345", "06-abc", "0612345678901234567"):
        with pytest.raises(ValidationError):
            normalize_phone(bad)


def test_text_refuses_control_characters_and_overlong():
    assert clean_text("  regel\nregel  ", "x") == "regel\nregel"
    with pytest.raises(ValidationError):
        clean_text("a\x00b", "x")
    with pytest.raises(ValidationError):
        clean_text("a" * 10_001, "x")
    with pytest.raises(ValidationError):
        clean_text("  ", "x", required=True)


def test_client_input_names_the_bad_field():
    base = ClientInput("Ron", "Jansen", date(1980, 3, 14))
    assert base.validated(TODAY).given_name == "Ron"
    cases = [
        (ClientInput("", "Jansen", date(1980, 3, 14)), "given_name", "required"),
        (ClientInput("Ron", "Jansen", date(2027, 1, 1)), "birth_date", "date_in_future"),
        (ClientInput("Ron", "Jansen", None), "birth_date", "required"),
        (ClientInput("Ron", "Jansen", date(1980, 3, 14), bsn="123456789"), "bsn", "bsn_elfproef"),
        (
            ClientInput("Ron", "Jansen", date(1980, 3, 14), address=Address(postal_code="12")),
            "address.postal_code",
            "postcode_format",
        ),
        (
            ClientInput(
                "Ron", "Jansen", date(1980, 3, 14), network=(NetworkPerson("Marja", "zus"),)
            ),
            "network[0].relatie",
            "unknown_option",
        ),
    ]
    for data, field, rule in cases:
        with pytest.raises(ValidationError) as err:
            data.validated(TODAY)
        assert (err.value.field, err.value.rule) == (field, rule)


def test_pii_not_in_repr():
    data = ClientInput("Zwanhilde", "Kwakernaat", date(1980, 3, 14), bsn="123456782")
    assert "Zwanhilde" not in repr(data)
    assert "123456782" not in repr(data)
