"""Statusupdate verwijzing (letters §2.3): a short SOEP for the GP about one referral."""

from __future__ import annotations

from pohsd.documents.common import (
    betreft_line,
    huisarts_naam,
    new_document_id,
    new_kenmerk,
    section,
    signature,
    template_fields,
    text_checks,
)
from pohsd.documents.facts import Sources
from pohsd.documents.models import (
    NIET_TOEGESTAAN,
    STATUSUPDATE,
    Omission,
    Paragraph,
    Soep,
    StatusupdateModel,
)
from pohsd.documents.sanitize import one_line
from pohsd.documents.soep import length_findings
from pohsd.documents.textfmt import dmy, sentence
from pohsd.domain.referral import Referral, ReferralEvent
from pohsd.domain.referral import label as state_label

NO_GP_ACTION = "Geen actie huisarts nodig."


def referral_domain(src: Sources, referral: Referral) -> str:
    """The leefgebied of the referral: its goal's topic, else the consent's first code."""
    q = src.questionnaire
    code = next((g.topic for g in src.plan.goals if g.id and g.id == referral.goal_id), None)
    if code is None:
        consent = next((c for c in src.consents if c.id == referral.consent_id), None)
        codes = list(consent.data.get("leefgebieden", ())) if consent else []
        code = codes[0] if codes else None
    return q.domain(code.split(".")[0]).label if code else "Verwijzing"


def _sent(referral: Referral) -> str:
    sent = next((e for e in referral.history if e.to == "verstuurd"), None)
    first = sent or (referral.history[0] if referral.history else None)
    return dmy(first.effectief_op) if first else ""


def _e_line(domain: str, event: ReferralEvent, status: str) -> str:
    reason = one_line(event.reason_code or "")
    if event.reason_text:
        reason = (
            f"{reason} ({one_line(event.reason_text)})" if reason else one_line(event.reason_text)
        )
    note = one_line(event.note)
    if status == "gestart":
        return f"{domain}: hulp is gestart." + (f" {sentence(note)}" if note else "")
    if status == "afgerond":
        return f"{domain}: hulp afgerond. Resultaat: {event.result or 'onbekend'}." + (
            f" {sentence(note)}" if note else ""
        )
    if status == "niet_gestart":
        return f"{domain}: hulp niet gestart / gestopt. Reden: {reason or 'onbekend'}."
    if status == "afgewezen":
        return f"{domain}: aanmelding afgewezen. Reden: {reason or 'onbekend'}."
    if status == "wachtlijst":
        start = dmy(event.expected_start) if event.expected_start else "onbekend"
        return f"{domain}: op wachtlijst sinds {dmy(event.effectief_op)}, verwachte start {start}."
    if status == "geannuleerd":
        return f"{domain}: verwijzing geannuleerd. Reden: {reason or 'onbekend'}."
    return f"{domain}: {state_label(status).lower()}."


def build_statusupdate(
    src: Sources, referral: Referral, *, vervolg: str = "", vraag: str = ""
) -> StatusupdateModel:
    """The four lines of §2.3 for the referral's latest step, as text and a one-page letter."""
    event = referral.history[-1] if referral.history else None
    if event is None:
        raise ValueError("a referral always has a history")
    status = referral.status
    who = "cliënt" if event.source == "cliënt" else "aanbieder"
    s_line = (f"Bericht van {who} ({event.source}, {dmy(event.effectief_op)}) over verwijzing van "
              f"{_sent(referral)}.")  # fmt: skip
    org = one_line(referral.organization_name)
    service = one_line(referral.service_name)
    o_line = f"{service}{', ' + org if org else ''}: {state_label(status).lower()} op " \
             f"{dmy(event.effectief_op)}."  # fmt: skip
    domain = referral_domain(src, referral)
    e_line = _e_line(domain, event, status)
    follow = src.follow_up()
    default = f"Evaluatie bij vervolggesprek POH {dmy(follow)}." if follow else ""
    if status in ("niet_gestart", "afgewezen"):
        default = "Nieuwe stap of andere aanbieder bespreken met cliënt."
    if status == "wachtlijst":
        default = "Overbrugging: contact met de POH tot de start."
    p_parts = [sentence(one_line(vervolg)) if vervolg.strip() else default]
    p_parts.append(sentence(f"Vraag aan huisarts: {one_line(vraag)}") if vraag.strip()
                   else NO_GP_ACTION)  # fmt: skip
    soep = Soep(s_line, o_line, e_line, " ".join(p for p in p_parts if p))

    kenmerk = new_kenmerk()
    titel = "Statusupdate verwijzing"
    blocks = [
        Paragraph(f"Aan: {huisarts_naam(src) or 'de huisarts'}, huisarts"),
        Paragraph(f"Van: {one_line(src.user.label)}, praktijkondersteuner sociaal domein"),
        Paragraph(f"Betreft: {betreft_line(src)}", bold=True),
        *section("SOEP", [Paragraph(f"{k}: {v}") for k, v in soep.fields()]),
        *signature(src),
    ]
    omitted = (Omission("Gegevens buiten het leefgebied van deze verwijzing", NIET_TOEGESTAAN),)
    findings = (*text_checks(blocks, bsn_allowed=False, codes_blocked=False),
                *length_findings(soep))  # fmt: skip
    return StatusupdateModel(
        kind=STATUSUPDATE, document_id=new_document_id(), kenmerk=kenmerk, datum=src.today,
        titel=titel, client_id=src.client.id,
        fields=template_fields(src, titel=titel, kenmerk=kenmerk, betreft=betreft_line(src)),
        blocks=tuple(blocks), omitted=omitted, findings=findings,
        footer=f"Kenmerk {kenmerk} · Vertrouwelijk – medisch beroepsgeheim",
        referral_id=referral.id, consent_id=referral.consent_id,
        recipient_id=referral.service_id, soep=soep,
    )  # fmt: skip
