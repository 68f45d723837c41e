"""Samenvatting voor de cliënt in B1 (letters §3): fixed headings, short sentences, lint."""

from __future__ import annotations

import re

from pohsd.documents.common import new_document_id, new_kenmerk, template_fields, text_checks
from pohsd.documents.facts import Sources
from pohsd.documents.models import (
    NIET_TOEGESTAAN,
    SAMENVATTING,
    B1SamenvattingModel,
    Block,
    Box,
    Bullets,
    Finding,
    Heading,
    Omission,
    Paragraph,
    block_text,
)
from pohsd.documents.sanitize import one_line
from pohsd.documents.textfmt import aanspreekvorm, sentence, words_date
from pohsd.intake.scoring import score_formulieren

HEADINGS = ("Wat gaat goed", "Wat wilt u veranderen", "Wat gaan we doen", "Wie helpt u",
            "Wanneer zien we elkaar")  # fmt: skip
EMPTY = "We spreken dit de volgende keer af."
OPENING = ("We hebben gepraat over uw gezondheid, geld, wonen en meedoen. "
           "Hier leest u wat we hebben afgesproken.")  # fmt: skip
HELP_113 = ("Denkt u aan zelfdoding? Bel dan gratis 0800-0113 of 113. Dag en nacht. "
            "U kunt ook chatten op 113.nl.")  # fmt: skip
RELATION_WORDS = {
    "partner": "uw partner", "kind": "uw kind", "ouder": "uw ouder",
    "broer of zus": "uw broer of zus", "ander familielid": "familie", "vriend(in)": "een vriend",
    "buur": "uw buur", "kennis": "een kennis", "vrijwilliger": "een vrijwilliger",
    "hulpverlener": "een hulpverlener",
}  # fmt: skip
#: Avoid → use (letters §3.2): warnings, the POH decides.
JARGON = {
    "schuldhulpverlening": "hulp bij schulden", "schulddienstverlening": "hulp bij schulden",
    "dagbesteding": "iets te doen overdag", "mantelzorger": "iemand die voor u zorgt",
    "verwijzing": "Ik heb u aangemeld bij …", "verwijzen": "Ik heb u aangemeld bij …",
    "toestemming": "U vond het goed dat …", "beschikking": "besluit van de gemeente",
    "indicatie": "besluit van de gemeente",
    "budgetbeheer": "hulp bij het betalen van uw rekeningen",
    "beschermingsbewind": "iemand die uw geld voor u regelt", "traject": "hulp",
    "evaluatie": "We kijken samen hoe het gaat.",
    "praktijkondersteuner sociaal domein": "<naam>. Ik werk bij uw huisarts.",
}  # fmt: skip
ABBREVIATIONS = ("POH", "Wmo", "WMO", "BSN", "AGB", "ZRM", "SOEP", "HAP")
MAX_SENTENCE, MAX_AVERAGE, MAX_WORDS, MAX_WORDS_READ_ALOUD = 15, 12, 400, 250
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_PASSIVE = re.compile(r"\bword(?:t|en)\b[^.!?]*\bdoor\b|\b(?:is|zijn)\b[^.!?]*\bgedaan\b", re.I)


def build_samenvatting(src: Sources) -> B1SamenvattingModel:
    """The B1 summary: five fixed headings in order; an empty section gets one sentence."""
    client, values = src.client, src.values
    omitted: list[Omission] = [
        Omission("Scores, zelfredzaamheid en codes", NIET_TOEGESTAAN),
        Omission("BSN, geboortedatum en adres", NIET_TOEGESTAAN),
    ]
    day = src.intake.contacts[0].day if src.intake and src.intake.contacts else src.today
    titel = f"Wat we hebben besproken op {words_date(day)}"
    blocks: list[Block] = [Paragraph(f"Beste {aanspreekvorm(client)},"), Paragraph(OPENING)]

    good = [sentence(t) for t in (src.text("prioriteit.goed"),) if t]
    good += [sentence(f"{one_line(p.naam)} helpt u") for p in client.network]
    blocks += _part(0, good)
    change = [sentence(t) for t in (src.text("prioriteit.wens"),) if t]
    for goal in src.plan.goals:
        wish = sentence(one_line(goal.wens)) if goal.wens else ""
        if wish and wish not in change and goal.status not in ("bereikt", "vervallen"):
            change.append(wish)
    blocks += _part(1, change)

    todo: list[str] = []
    for goal in src.plan.goals:
        for action in goal.actions:
            if action.status != "open":
                continue
            when = f" Wanneer: {words_date(action.wanneer)}." if action.wanneer else ""
            todo.append(f"{sentence(one_line(action.wat))} {_doer(action.wie)}{when}")
    helpers: list[str] = [_poh_line(src)]
    for r in src.referrals:
        if r.status in ("foutief", "geannuleerd", "afgewezen", "niet_gestart"):
            continue
        org = one_line(r.organization_name)
        name = one_line(r.service_name)
        verb = "Ik ga u aanmelden bij" if r.status == "concept" else "Ik heb u aangemeld bij"
        todo.append(f"{verb} {name}.")
        recipient = src.recipients.get(r.service_id)
        phone = f" Telefoon {recipient.phone}." if recipient and recipient.phone else ""
        helpers.append(f"{name}{', ' + org if org else ''}.{phone}")
    if src.plan.question_to_gp.strip():
        todo.append("Ik vraag uw huisarts om met u te praten.")
        omitted.append(Omission("Vraag aan de huisarts (inhoud)", NIET_TOEGESTAAN))
    blocks += _part(2, todo)
    for p in client.network:
        relation = RELATION_WORDS.get(p.relatie, "")
        helpers.append(sentence(f"{one_line(p.naam)}{', ' + relation if relation else ''}"))
    blocks += _part(3, helpers)

    follow = src.follow_up()
    meet = []
    if follow:
        meet.append(f"Op {words_date(follow)}, bij de huisartsenpraktijk.")
        if phone := one_line(src.practice.telefoon):
            meet.append(f"Kunt u niet? Bel dan {phone}.")
    blocks += _part(4, meet)

    signals = src.intake.signals if src.intake else ()
    signal_ids = {s.signal_id for s in signals if s.closure != "onterecht"}
    if "suicide" in signal_ids:
        blocks.append(Box(HELP_113))
    if "onveilig" in signal_ids:
        omitted.append(Omission("Signalering veiligheid thuis (nooit genoemd)", NIET_TOEGESTAAN))
    blocks += [Paragraph("Heeft u een vraag? Bel mij gerust."), Paragraph(one_line(src.user.label))]

    forms = score_formulieren(values)
    large = bool(getattr(forms, "flagged", False))
    kenmerk = new_kenmerk()
    findings = [*text_checks([Paragraph(titel), *blocks], bsn_allowed=False, codes_blocked=True),
                *b1_lint(blocks, read_aloud=large)]  # fmt: skip
    address = ""
    if src.settings.get("samenvatting.per_post") == "1" and not client.address.is_empty:
        a = client.address
        address = "\n".join([one_line(client.full_name),
                             one_line(f"{a.street} {a.house_number}{a.addition}"),
                             one_line(f"{a.postal_code} {a.city}")])  # fmt: skip
    return B1SamenvattingModel(
        kind=SAMENVATTING, document_id=new_document_id(), kenmerk=kenmerk, datum=src.today,
        titel=titel, client_id=client.id,
        fields=template_fields(src, titel=titel, kenmerk=kenmerk, betreft="", ontvanger=address,
                               with_agb=False),
        blocks=tuple(blocks), omitted=tuple(dict.fromkeys(omitted)), findings=tuple(findings),
        footer=f"Kenmerk {kenmerk}", intake_id=src.intake.id if src.intake else None,
        large_print=large,
    )  # fmt: skip


def _part(index: int, items: list[str]) -> list[Block]:
    body: Block = Bullets(tuple(items)) if items else Paragraph(EMPTY)
    return [Heading(HEADINGS[index], 1), body]


def _doer(wie: str) -> str:
    who = one_line(wie)
    if who.casefold() in ("poh", "ik"):
        return "Dat doe ik."
    if who.casefold() in ("cliënt", "client", "u"):
        return "Dat doet u."
    return f"Dat doet {who}."


def _poh_line(src: Sources) -> str:
    phone = one_line(src.practice.telefoon)
    line = f"{one_line(src.user.label)}. Ik werk bij uw huisarts."
    return line + (f" Telefoon {phone}." if phone else "")


# ---- B1 checks (warnings only; codes block through text_checks) --------------------------------


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def b1_lint(blocks: list[Block] | tuple[Block, ...], *, read_aloud: bool = False) -> list[Finding]:
    """Sentence length, passive forms, jargon, abbreviations and length (letters §3.2)."""
    lines = [line.removeprefix("- ") for b in blocks if not isinstance(b, Heading)
             for line in block_text(b)]  # fmt: skip
    found: list[Finding] = []
    all_sentences = [s for line in lines for s in sentences(line)]
    counts = [len(s.split()) for s in all_sentences]
    for s, n in zip(all_sentences, counts, strict=True):
        if n > MAX_SENTENCE:
            found.append(Finding("b1_long_sentence", False, f"{n} woorden"))
        if _PASSIVE.search(s):
            found.append(Finding("b1_passive", False, "lijdende vorm"))
    if counts and sum(counts) / len(counts) > MAX_AVERAGE:
        found.append(Finding("b1_average", False, f"{sum(counts) / len(counts):.1f} woorden"))
    text = " ".join(lines)
    lower = text.casefold()
    for word, better in JARGON.items():
        if word in lower:
            found.append(Finding("b1_jargon", False, f"{word} → {better}"))
    for abbreviation in ABBREVIATIONS:
        if re.search(rf"\b{abbreviation}\b", text):
            found.append(Finding("b1_abbreviation", False, abbreviation))
    limit = MAX_WORDS_READ_ALOUD if read_aloud else MAX_WORDS
    if sum(counts) > limit:
        found.append(Finding("b1_too_long", False, f"{sum(counts)} woorden"))
    return found
