"""Dutch formatting for letters: dates in numbers and words, money, names, forms of address."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pohsd.domain.client import Client
from pohsd.domain.enums import Gender

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip


def dmy(day: date | None) -> str:
    """dd-mm-jjjj ("" for None)."""
    return day.strftime("%d-%m-%Y") if day else ""


def dm_or_dmy(day: date | None, today: date) -> str:
    """dd-mm within the current year (allowed in the SOEP P line), else dd-mm-jjjj."""
    if day is None:
        return ""
    return day.strftime("%d-%m") if day.year == today.year else dmy(day)


def long_date(day: date) -> str:
    """4 maart 2026."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def words_date(day: date) -> str:
    """Dinsdag 14 april 2026 as B1 asks: weekday, day, month in words, year."""
    return f"{WEEKDAYS[day.weekday()]} {long_date(day)}"


def parse_iso(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def money(amount: object) -> str:
    """€ 40 or € 23.000 or € 145,50 (Dutch separators, no decimals when whole)."""
    value = Decimal(str(amount))
    whole = value == value.to_integral_value()
    text = f"{value:,.0f}" if whole else f"{value:,.2f}"
    return "€ " + text.replace(",", "_").replace(".", ",").replace("_", ".")


def initials(given_name: str) -> str:
    return "".join(f"{part[0].upper()}." for part in given_name.split() if part)


def formal_name(client: Client) -> str:
    """De heer R. Bakker / mevrouw F. El Amrani / R. Bakker (no gender known)."""
    base = f"{initials(client.given_name)} {client.family_name}".strip()
    if client.gender == Gender.MAN:
        return f"de heer {base}"
    if client.gender == Gender.VROUW:
        return f"mevrouw {base}"
    return base


def aanhef(client: Client) -> str:
    """De heer Bakker / Mevrouw Bakker / Ron Bakker: the start of a sentence about the client."""
    if client.gender == Gender.MAN:
        return f"De heer {client.family_name}"
    if client.gender == Gender.VROUW:
        return f"Mevrouw {client.family_name}"
    return client.full_name


def aanspreekvorm(client: Client) -> str:
    """Meneer Bakker / mevrouw Bakker, or the first name when no gender is known (B1 letter)."""
    if client.gender == Gender.MAN:
        return f"meneer {client.family_name}"
    if client.gender == Gender.VROUW:
        return f"mevrouw {client.family_name}"
    return client.given_name


def pronoun(client: Client) -> str:
    """Hij / zij / de cliënt, for "tot hij haar intrekt"."""
    if client.gender == Gender.MAN:
        return "hij"
    if client.gender == Gender.VROUW:
        return "zij"
    return "de cliënt"


def join_words(items: list[str]) -> str:
    """A, b en c."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


def sentence(text: str) -> str:
    """`text` with a capital first letter and a closing full stop (unless it ends in . ! ?)."""
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?\"'”" else text + "."
