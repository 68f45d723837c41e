"""The readable part of an AVG-inzage: `overzicht.pdf`, in plain Dutch (B1), from the export.

It is built from the same `pohsd-client/1` document as `client.json`, plus the list of letters
and the client's audit rows, so the PDF never shows more or less than the machine-readable files.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from pohsd.documents.pdf import FONT, MARGIN, printable
from pohsd.documents.textfmt import dmy, parse_iso
from pohsd.domain.questionnaire_loader import load_questionnaire
from pohsd.domain.referral import STATE_BY_CODE
from pohsd.paths import resources_dir

ACTION_WORDS = {
    "read": "ingezien",
    "create": "aangemaakt",
    "update": "gewijzigd",
    "delete": "verwijderd",
    "export": "gegevens meegegeven (export)",
    "print": "afgedrukt",
    "copy": "gekopieerd",
    "emergency": "ingezien in noodgeval",
}
OBJECT_WORDS = {
    "client": "dossier",
    "consent": "toestemming",
    "document": "brief",
    "goal": "plan",
    "plan": "plan",
    "intake": "gesprek",
    "referral": "verwijzing",
    "signal": "signaal",
}
LETTER_WORDS = {
    "verwijsbrief": "Verwijsbrief",
    "samenvatting": "Samenvatting voor u",
    "terugkoppeling": "Terugkoppeling aan de huisarts",
    "statusupdate": "Bericht aan de huisarts over een verwijzing",
}
KIND_WORDS = {"intake": "Kennismakingsgesprek (intake)", "vervolg": "Vervolggesprek"}
GENDER_WORDS = {"man": "man", "vrouw": "vrouw", "anders": "anders", "onbekend": "niet vastgelegd"}


@dataclass(frozen=True)
class LetterLine:
    """One frozen letter version (no content: the letter itself is not part of the overview)."""

    kind: str
    version: int
    kenmerk: str
    created_at: datetime
    author: str


def _day(value: object) -> str:
    day = parse_iso(value) if isinstance(value, str) else None
    return dmy(day) if day else "—"


def _moment(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def _state(code: str) -> str:
    state = STATE_BY_CODE.get(code)
    return state.label if state is not None else code


def _person_rows(c: Mapping[str, Any]) -> list[tuple[str, str]]:
    rows = [
        ("Naam", f"{c.get('given_name', '')} {c.get('family_name', '')}".strip()),
        ("Geboortedatum", _day(c.get("birth_date"))),
        ("Geslacht", GENDER_WORDS.get(str(c.get("gender", "")), "—")),
        ("BSN", c.get("bsn") or "niet vastgelegd"),
    ]
    a = c.get("address") or {}
    if a:
        street = " ".join(str(a.get(k, "")) for k in ("street", "house_number", "addition"))
        rows.append(
            (
                "Adres",
                f"{' '.join(street.split())}, {a.get('postal_code', '')} "
                f"{a.get('city', '')}".strip(),
            )
        )
    rows += [
        ("Telefoon", c.get("phone") or "—"),
        ("E-mail", c.get("email") or "—"),
        ("Huisarts", c.get("responsible_gp") or "—"),
    ]
    for m in c.get("household", []):
        rows.append(("Huisgenoot", f"{m.get('given_name', '')} ({m.get('relation', '')})"))
    for p in c.get("network", []):
        rows.append(("Netwerk", f"{p.get('naam', '')} ({p.get('relatie', '')})"))
    return rows


def _topic_words() -> dict[str, str]:
    """Domain and topic codes (`geld`, `geld.schulden`) → their Dutch labels."""
    try:
        q = load_questionnaire("1")
    except Exception:  # the bundled list is always there; never fail an export on it
        return {}
    words: dict[str, str] = {}
    for part in q.parts:
        if part.domain is not None:
            words[part.domain.code] = part.domain.label
            for topic in part.domain.topics:
                words[topic.code] = f"{part.domain.label}: {topic.label.lower()}"
    return words


def _ratings(intake: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(leefgebied, cijfer 0–10, laagste zelfredzaamheid 1–5) for every rated domain."""
    answers = intake.get("answers", {})
    try:
        q = load_questionnaire(str(intake.get("question_set_version", "1")))
    except Exception:  # an unknown version: show no ratings rather than fail the export
        return []
    rows = []
    for part in q.parts:
        domain = part.domain
        if domain is None:
            continue
        cijfer = answers.get(domain.cijfer.id)
        zr = [answers[t.zr.id] for t in domain.topics if isinstance(answers.get(t.zr.id), int)]
        if cijfer is None and not zr:
            continue
        rows.append(
            (domain.label, "—" if cijfer is None else str(cijfer), str(min(zr)) if zr else "—")
        )
    return rows


def build_overview(
    doc: Mapping[str, Any],
    letters: Sequence[LetterLine],
    audit: Sequence[Mapping[str, Any]],
    *,
    practice: str,
    today: date,
) -> bytes:
    """Render the overview PDF (A4, DejaVu Sans embedded); nothing is written to disk."""
    pdf = _Pdf(practice, today)
    c = doc.get("client", {})
    pdf.title("Uw gegevens bij de praktijkondersteuner")
    pdf.para(
        f"Dit is een overzicht van alles wat {practice or 'de praktijk'} over u heeft vastgelegd. "
        f"U heeft hierom gevraagd op grond van de AVG (recht op inzage). Gemaakt op {dmy(today)}."
    )
    pdf.para(
        "In dit pakket zitten ook twee bestanden voor de computer: client.json (al uw gegevens) "
        "en audit.json (wie uw dossier wanneer heeft geopend of gewijzigd)."
    )
    pdf.heading("1. Uw persoonsgegevens")
    pdf.table(("Wat", "Gegevens"), _person_rows(c), (1, 2.6))

    pdf.heading("2. Gesprekken")
    intakes = doc.get("intakes", [])
    if not intakes:
        pdf.para("Er zijn nog geen gesprekken vastgelegd.")
    for i, intake in enumerate(intakes, start=1):
        contacts = intake.get("contacts", [])
        first = _day(contacts[0]["date"]) if contacts else "—"
        status = "afgerond" if intake.get("status") == "afgerond" else "nog open"
        kind = KIND_WORDS.get(str(intake.get("kind")), "Gesprek")
        pdf.subheading(f"2.{i} {kind} van {first} ({status})")
        ratings = _ratings(intake)
        if ratings:
            pdf.para(
                "Hoe u uw leven beoordeelde. Cijfer: 0 is heel slecht, 10 is heel goed. "
                "Zelfredzaamheid: 1 is veel hulp nodig, 5 is helemaal zelf."
            )
            pdf.table(("Leefgebied", "Uw cijfer", "Zelfredzaamheid"), ratings, (2.2, 1, 1.3))
        else:
            pdf.para("In dit gesprek zijn geen cijfers gegeven.")
        pdf.para(
            f"Aantal vastgelegde antwoorden: {len(intake.get('answers', {}))}. "
            "Alle antwoorden staan in client.json."
        )

    pdf.heading("3. Plan")
    plan = doc.get("plan") or {}
    goals = plan.get("goals", [])
    topics = _topic_words()
    if goals:
        pdf.table(
            ("Doel", "Wens", "Streefdatum", "Stand"),
            [
                (
                    topics.get(str(g.get("topic", "")), str(g.get("topic", ""))),
                    g.get("wens", "") or "—",
                    _day(g.get("target_date")),
                    g.get("status", ""),
                )
                for g in goals
            ],
            (1.9, 2.2, 1, 0.8),
        )
    else:
        pdf.para("Er is geen plan vastgelegd.")
    if plan.get("question_to_gp"):
        pdf.para(f"Vraag aan de huisarts: {plan['question_to_gp']}")

    pdf.heading("4. Toestemmingen")
    consents = doc.get("consents", [])
    if consents:
        rows = []
        for k in consents:
            if k.get("kind") == "vastleggen":
                what = f"Mag de praktijk uw gegevens vastleggen? {k.get('besluit', '')}"
            else:
                what = (
                    f"Delen met {(k.get('ontvanger') or {}).get('naam', '')}: {k.get('doel', '')}"
                )
            rows.append((_day(k.get("datum")), what, k.get("status", "actief")))
        pdf.table(("Datum", "Waarvoor", "Stand"), rows, (1, 3.2, 1))
    else:
        pdf.para("Er zijn geen toestemmingen vastgelegd.")

    pdf.heading("5. Verwijzingen")
    referrals = doc.get("referrals", [])
    if not referrals:
        pdf.para("U bent niet doorverwezen.")
    for r in referrals:
        name = r.get("service_name", "")
        org = r.get("organization_name", "")
        pdf.subheading(f"{name}" + (f" ({org})" if org and org != name else ""))
        pdf.table(
            ("Datum", "Stand", "Toelichting"),
            [
                (
                    _day(e.get("effectief_op")),
                    _state(str(e.get("to", ""))),
                    (e.get("reason") or {}).get("text", "") or e.get("note", "") or "—",
                )
                for e in r.get("history", [])
            ],
            (1, 1.3, 2.8),
        )

    pdf.heading("6. Brieven")
    if letters:
        pdf.table(
            ("Datum", "Soort brief", "Versie", "Kenmerk"),
            [
                (
                    x.created_at.astimezone().strftime("%d-%m-%Y"),
                    LETTER_WORDS.get(x.kind, x.kind),
                    str(x.version),
                    x.kenmerk,
                )
                for x in letters
            ],
            (1, 2.2, 0.8, 1.2),
        )
    else:
        pdf.para("Er zijn geen brieven gemaakt.")

    pdf.heading("7. Wie heeft uw dossier ingezien of gewijzigd")
    seen = [a for a in audit if a.get("action") in ACTION_WORDS]
    if seen:
        pdf.para("Elke keer dat iemand uw dossier opent of wijzigt, wordt dat bijgehouden.")
        pdf.table(
            ("Wanneer", "Wie", "Wat"),
            [
                (
                    _moment(str(a.get("ts_utc", ""))),
                    str(a.get("user_name", "")),
                    f"{OBJECT_WORDS.get(str(a.get('object_type')), 'dossier')} "
                    f"{ACTION_WORDS[str(a['action'])]}",
                )
                for a in seen
            ],
            (1.3, 1.6, 2.2),
        )
    else:
        pdf.para("Niemand heeft uw dossier geopend.")
    pdf.heading("Vragen?")
    pdf.para(
        "Klopt er iets niet, of wilt u dat wij iets aanpassen of verwijderen? Vraag het aan de "
        "praktijkondersteuner of de huisarts. Wij bewaren uw dossier 20 jaar na de laatste "
        "wijziging; dat is de wet (WGBO)."
    )
    return bytes(pdf.doc.output())


class _Pdf:
    """A small writer: title, headings, paragraphs and tables in DejaVu Sans."""

    SIZE = 11.0
    LINE = 5.6

    def __init__(self, practice: str, today: date) -> None:
        from fpdf import FPDF  # deferred: startup budget

        footer_text = printable(f"AVG-inzage · {practice} · {dmy(today)}")

        class OverviewPdf(FPDF):  # type: ignore[misc]
            def footer(self) -> None:
                self.set_y(-14)
                self.set_font(FONT, "", 8)
                self.cell(0, 5, f"{footer_text} · pagina {self.page_no()} van {{nb}}", align="C")

        self.doc = OverviewPdf(format="A4", unit="mm")
        fonts = resources_dir() / "fonts"
        self.doc.add_font(FONT, "", str(fonts / "DejaVuSans.ttf"))
        self.doc.add_font(FONT, "B", str(fonts / "DejaVuSans-Bold.ttf"))
        self.doc.set_margins(MARGIN, 18, MARGIN)
        self.doc.set_auto_page_break(True, margin=20)
        self.doc.set_title("AVG-inzage")
        self.doc.set_creator("pohsd")
        self.doc.add_page()

    def title(self, text: str) -> None:
        self.doc.set_font(FONT, "B", self.SIZE + 6)
        self.doc.multi_cell(0, 9, printable(text), new_x="LMARGIN", new_y="NEXT")
        self.doc.ln(2)

    def heading(self, text: str) -> None:
        if self.doc.will_page_break(self.LINE * 6):
            self.doc.add_page()
        else:
            self.doc.ln(self.LINE * 0.8)
        self.doc.set_font(FONT, "B", self.SIZE + 2.5)
        self.doc.multi_cell(0, self.LINE * 1.3, printable(text), new_x="LMARGIN", new_y="NEXT")
        self.doc.ln(1)

    def subheading(self, text: str) -> None:
        if self.doc.will_page_break(self.LINE * 5):
            self.doc.add_page()
        self.doc.ln(1)
        self.doc.set_font(FONT, "B", self.SIZE)
        self.doc.multi_cell(0, self.LINE, printable(text), new_x="LMARGIN", new_y="NEXT")
        self.doc.ln(0.5)

    def para(self, text: str) -> None:
        self.doc.set_font(FONT, "", self.SIZE)
        self.doc.multi_cell(0, self.LINE, printable(text), new_x="LMARGIN", new_y="NEXT", align="L")
        self.doc.ln(1.5)

    def table(
        self, header: tuple[str, ...], rows: Sequence[tuple[str, ...]], widths: tuple[float, ...]
    ) -> None:
        from fpdf.fonts import FontFace  # deferred: startup budget

        self.doc.set_font(FONT, "", self.SIZE - 1)
        with self.doc.table(
            line_height=self.LINE - 0.6,
            first_row_as_headings=True,
            padding=1.2,
            headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
            text_align="LEFT",
            col_widths=widths,
        ) as table:
            for row in (header, *rows):
                cells = table.row()
                for value in row:
                    cells.cell(printable(value))
        self.doc.ln(2)
