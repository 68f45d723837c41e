"""SOEP journal text for the HIS (letters §2.1): four one-line fields, copy modes, wrapping."""

from __future__ import annotations

import re
import textwrap
import unicodedata

from pohsd.documents.facts import (
    Sources,
    discussed_topics,
    domain_facts,
    icpc_text,
    topic_facts,
    topic_word,
)
from pohsd.documents.models import Finding, Soep
from pohsd.documents.sanitize import one_line
from pohsd.documents.textfmt import dm_or_dmy, dmy, sentence
from pohsd.domain.referral import label as state_label
from pohsd.intake.scoring import (
    DjgScore,
    Mhi5Score,
    score_djg6,
    score_mhi5,
)

VEILIG, ASCII = "veilig", "ascii"
DEFAULT_WIDTH, MIN_WIDTH, MAX_WIDTH = 80, 60, 120
INDENT = "   "
FIELD_LIMIT, BLOCK_LIMIT = 1500, 4000
_GLUE = "\u2060"  # stands in for a space that must not break (removed after wrapping)
_LATIN1_MAP = {
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "–": "-", "—": "-", "‒": "-", "−": "-",
    "…": "...", "•": "- ", "·": "-", "€": "EUR", "\u00a0": " ", "\u202f": " ",
}  # fmt: skip
_NO_BREAK = (
    re.compile(r"(?<=\S) (?=[<>≤≥]?\d)"),  # label and number: "leven 4", "MHI-5 44"
    re.compile(r"(?<=\d) (?=\S)"),  # number and unit: "60 min", "6 glazen"
    re.compile(r"(?<=\bZ\d\d) (?=\S)"),  # Z code and (the first word of) its title
)


# ---- the four fields ---------------------------------------------------------------------------


def build_soep(src: Sources) -> Soep:
    """S, O, E and P of the intake or vervolg in `src.intake` (each one line, "-" when empty)."""
    return Soep(s=_s(src) or "-", o=_o(src) or "-", e=_e(src) or "-", p=_p(src) or "-")


def _s(src: Sources) -> str:
    parts: list[str] = []
    intake = src.intake
    if intake is not None:
        kind = "Intake" if intake.summary.kind == "intake" else "Vervolggesprek"
        minutes = sum(c.minutes for c in intake.contacts)
        parts.append(f"{kind} POH-SD" + (f", {minutes} min." if minutes else "."))
    reason, by = src.text("opening.aanleiding"), src.text("opening.verwijzer")
    if reason:
        parts.append(sentence(f"Verwezen door {by}: {reason}" if by else f"Aanleiding: {reason}"))
    if wish := src.text("prioriteit.wens"):
        parts.append(f"Hulpvraag: “{wish}”.")
    q, values, excluded = src.questionnaire, src.values, set(src.excluded_domains)
    discussed = discussed_topics(q, values)
    for domain in q.domains:
        if domain.code in excluded:
            continue
        facts = [*domain_facts(q, values, domain.code)]
        for topic in domain.topics:
            if topic.code in discussed:
                facts.extend(topic_facts(q, values, topic.code)[0])
        if facts:
            clauses = [_lower(f).rstrip(".") for f in facts]
            parts.append(f"{domain.label}: " + "; ".join(clauses) + ".")
    network = [_person(p) for p in src.client.network]
    if network:
        parts.append("Netwerk: " + ", ".join(network) + ".")
    return " ".join(parts)


def _lower(text: str) -> str:
    return text[:1].lower() + text[1:]


def _person(p: object) -> str:
    naam, relatie, rol = getattr(p, "naam", ""), getattr(p, "relatie", ""), getattr(p, "rol", ())
    detail = "; ".join(x for x in (relatie, ", ".join(rol)) if x)
    return f"{one_line(naam)} ({detail})" if detail else one_line(naam)


def _o(src: Sources) -> str:
    values, q = src.values, src.questionnaire
    parts: list[str] = []
    rap = values.get("meting.rapportcijfer")
    if isinstance(rap, int) and not isinstance(rap, bool):
        parts.append(f"Rapportcijfer leven {rap}.")
    excluded = set(src.excluded_domains)
    own = [
        f"{d.label.lower()} {values[d.cijfer.id]}"
        for d in q.domains
        if d.code not in excluded and isinstance(values.get(d.cijfer.id), int)
    ]
    if own:
        parts.append("Eigen cijfers: " + ", ".join(own) + ".")
    mhi = score_mhi5(values)
    if isinstance(mhi, Mhi5Score) and "gezondheid" not in excluded:
        parts.append(f"MHI-5 {mhi.score}" + (" (< 60)." if mhi.ongezond else "."))
    djg = score_djg6(values)
    if isinstance(djg, DjgScore) and "meedoen" not in excluded:
        parts.append(f"DJG-6 {djg.total}, {djg.band} (emotioneel {djg.emotioneel}, sociaal "
                     f"{djg.sociaal}).")  # fmt: skip
    all_zr = src.settings.get("soep.zr_alle") == "1"
    zr = []
    for topic in q.topics:
        level = values.get(f"{topic.code}.zr")
        if topic.domain in excluded or not isinstance(level, int) or isinstance(level, bool):
            continue
        if all_zr or level <= 3:
            zr.append(f"{topic_word(q, topic.code)} {level}")
    if zr:
        parts.append("Zelfredzaamheid: " + ", ".join(zr) + ".")
    suicide = values.get("gezondheid.psychisch.suicidegedachten")
    if suicide == "nee":
        parts.append("Geen suïcidale gedachten.")
    elif isinstance(suicide, str):
        parts.append(f"Suïcidale gedachten: {suicide}.")
    if isinstance(kind := values.get("wonen.thuis.kindcheck"), str):
        parts.append(f"Kindcheck: {kind}.")
    return " ".join(parts)


def signal_lines(src: Sources) -> list[str]:
    """Each signal with its status (open or closed); always included, consent or not."""
    out = []
    for signal in src.intake.signals if src.intake else ():
        try:
            name = src.questionnaire.signal(signal.signal_id).label
        except KeyError:
            name = signal.signal_id
        if signal.closed_at is None:
            status = f"open sinds {dmy(signal.raised_at.date())}, urgentie {signal.urgency}"
        else:
            status = f"{signal.closure} {dmy(signal.closed_at.date())}"
        last = f" ({one_line(signal.actions[-1].text)})" if signal.actions else ""
        out.append(f"{name}, {status}{last}")
    return out


def passive_death_wish(src: Sources) -> str:
    levensmoe = src.value("gezondheid.psychisch.levensmoe")
    suicide = src.value("gezondheid.psychisch.suicidegedachten")
    if levensmoe in ("soms", "vaak") and suicide in (None, "nee", "vroeger wel, nu niet"):
        return f"Passieve doodswens (levensmoe: {levensmoe})."
    return ""


def confirmed_icpc(src: Sources) -> list[str]:
    """Only the Z codes the POH confirmed, with their working labels."""
    codes = src.intake.icpc if src.intake else ()
    return [icpc_text(c) for c in codes if re.fullmatch(r"Z\d\d", c)]


def _e(src: Sources) -> str:
    parts = []
    if src.intake is not None and (assessment := one_line(src.intake.assessment)):
        parts.append(sentence(assessment))
    signals = signal_lines(src)
    parts.append("Signalering: " + ("; ".join(signals) if signals else "geen") + ".")
    if wish := passive_death_wish(src):
        parts.append(wish)
    if codes := confirmed_icpc(src):
        parts.append("ICPC: " + "; ".join(codes) + ".")
    return " ".join(parts)


def referral_line(src: Sources, referral: object) -> str:
    """Aanmelding <dienst> (<organisatie>) (toestemming dd-mm, <status> dd-mm)."""
    r = referral
    consent = next((c for c in src.consents if c.id == getattr(r, "consent_id", "")), None)
    bits = []
    if consent is not None:
        bits.append(f"toestemming {dm_or_dmy(consent.datum, src.today)}")
    history = getattr(r, "history", ())
    when = dm_or_dmy(history[-1].effectief_op, src.today) if history else ""
    bits.append(f"{state_label(getattr(r, 'status', 'concept')).lower()} {when}".strip())
    org = one_line(getattr(r, "organization_name", ""))
    name = one_line(getattr(r, "service_name", "")) + (f" ({org})" if org else "")
    return f"Aanmelding {name} ({', '.join(bits)})"


def _p(src: Sources) -> str:
    parts = []
    for r in src.referrals:
        if r.status != "foutief":
            parts.append(referral_line(src, r) + ".")
    for goal in src.plan.goals:
        for action in goal.actions:
            if action.status == "open":
                when = f" ({dm_or_dmy(action.wanneer, src.today)})" if action.wanneer else ""
                parts.append(sentence(f"{one_line(action.wie)}: {one_line(action.wat)}{when}"))
    if question := one_line(src.plan.question_to_gp):
        parts.append(sentence(f"Vraag aan huisarts: {question}"))
    if follow := src.follow_up():
        parts.append(f"Vervolg POH {dmy(follow)}.")
    return " ".join(parts)


# ---- output forms --------------------------------------------------------------------------------


def charset(text: str, mode: str = VEILIG) -> str:
    """Mode "veilig": Latin-1, typographic marks simplified; "ascii" also drops diacritics."""
    for char, plain in _LATIN1_MAP.items():
        text = text.replace(char, plain)
    if mode == ASCII:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        return text.encode("ascii", "replace").decode("ascii")
    return text.encode("latin-1", "replace").decode("latin-1")


def copy_field(text: str, mode: str = VEILIG) -> str:
    """One field for a HIS screen with four separate fields: no hard line breaks."""
    return charset(" ".join(text.split()), mode) or "-"


def copy_all(soep: Soep, *, width: int = DEFAULT_WIDTH, mode: str = VEILIG) -> str:
    """One block with "S: " … "P: " prefixes, hard wrapped, continuation lines indented 3."""
    width = max(MIN_WIDTH, min(MAX_WIDTH, width))
    out = []
    for prefix, text in soep.fields():
        glued = copy_field(text, mode)
        for pattern in _NO_BREAK:
            glued = pattern.sub(_GLUE, glued)
        wrapped = textwrap.wrap(
            glued, width=width, initial_indent=f"{prefix}: ", subsequent_indent=INDENT,
            break_long_words=False, break_on_hyphens=False,
        )  # fmt: skip
        out.extend(line.replace(_GLUE, " ").rstrip() for line in wrapped)
    return "\n".join(out) + "\n"


def length_findings(soep: Soep) -> list[Finding]:
    """Warnings above 1,500 characters per field or 4,000 per block."""
    findings = [
        Finding("soep_field_length", False, prefix)
        for prefix, text in soep.fields()
        if len(text) > FIELD_LIMIT
    ]
    if sum(len(t) for _, t in soep.fields()) > BLOCK_LIMIT:
        findings.append(Finding("soep_block_length", False, "SOEP"))
    return findings
