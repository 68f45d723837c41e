"""Verwijsbrief aan een aanbieder (letters §1): only what the gerichte toestemming covers."""

from __future__ import annotations

from datetime import date, timedelta

from pohsd.documents.common import (
    betreft_line,
    new_document_id,
    new_kenmerk,
    omitted_unique,
    section,
    signature,
    template_fields,
    text_checks,
)
from pohsd.documents.facts import (
    Recipient,
    Sources,
    discussed_topics,
    domain_facts,
    fact_label,
    format_value,
    is_medical,
    topic_facts,
)
from pohsd.documents.models import (
    GEEN_TOESTEMMING,
    GEEN_ZORGAANBIEDER,
    NIET_INGEVULD,
    NIET_TOEGESTAAN,
    NIET_VASTLEGGEN,
    VERWIJSBRIEF,
    Block,
    Bullets,
    Finding,
    Heading,
    Omission,
    Paragraph,
    VerwijsbriefModel,
)
from pohsd.documents.sanitize import one_line
from pohsd.documents.textfmt import (
    aanhef,
    dmy,
    formal_name,
    join_words,
    long_date,
    parse_iso,
    pronoun,
    sentence,
)
from pohsd.domain.errors import ValidationError
from pohsd.domain.intake import ConsentRecord
from pohsd.domain.referral import Referral
from pohsd.intake.scoring import DjgScore, Mhi5Score, score_djg6, score_mhi5

ADRES, TELEFOON, EMAIL, BSN = "adres", "telefoon", "e-mail", "BSN"
ZR, VRAGENLIJSTEN = "zelfredzaamheidsscores", "uitkomsten vragenlijsten"
MEDISCH, NETWERK = "medische informatie", "contactpersoon uit netwerk"
FORMAL_ROUTES = ("beschikking", "verwijzing-zorg")
STALE_AFTER = timedelta(days=365)
TITEL = "Verwijsbrief"


def require_consent(
    consent: ConsentRecord | None, referral: Referral, today: date
) -> ConsentRecord:
    """The referral's gerichte toestemming, valid today, or ValidationError("consent", rule).

    Rules: consent_required (none), consent_other_recipient, consent_withdrawn,
    consent_expired (past `geldig_tot`, or the referral ended and no end date was given).
    """
    if consent is None or consent.kind != "gericht":
        raise ValidationError("consent", "consent_required")
    if consent.data.get("ontvanger", {}).get("service_id") != referral.service_id:
        raise ValidationError("consent", "consent_other_recipient")
    if consent.status == "ingetrokken":
        raise ValidationError("consent", "consent_withdrawn")
    if consent.status != "actief" or not consent.is_active_on(today):
        raise ValidationError("consent", "consent_expired")
    if "geldig_tot" not in consent.data and referral.is_terminal:
        raise ValidationError("consent", "consent_expired")  # "tot het einde van de aanmelding"
    return consent


def _covers(codes: list[str], topic: str) -> bool:
    return topic in codes or topic.split(".")[0] in codes


def build_verwijsbrief(
    src: Sources, referral: Referral, consent: ConsentRecord | None
) -> VerwijsbriefModel:
    """The referral letter, filtered by the consent record and the §0.2 whitelist.

    Raises:
        ValidationError("consent", …): no valid gerichte toestemming (see `require_consent`).
    """
    consent = require_consent(consent, referral, src.today)
    codes = list(consent.data.get("leefgebieden", ()))
    gegevens = set(consent.data.get("gegevens", ()))
    recipient = src.recipients.get(referral.service_id) or Recipient(
        referral.service_id, referral.service_name, referral.organization_name
    )
    zorgaanbieder = (
        recipient.zorgaanbieder
        or referral.toegang == "verwijzing-zorg"
        or bool(getattr(referral, "zorgaanbieder", False))  # marked by hand, when stored
    )
    client, q = src.client, src.questionnaire
    excluded = set(src.excluded_domains)
    omitted: list[Omission] = []
    kenmerk = new_kenmerk()
    service = one_line(referral.service_name)

    # ---- header lines ---------------------------------------------------------------------
    blocks: list[Block] = [
        Paragraph(_urgency(referral)),
        Paragraph(
            f"Betreft: Aanmelding {service} – {formal_name(client)}, "
            f"geboren {dmy(client.birth_date)}",
            bold=True,
        ),
    ]
    s = src.settings
    reach = [one_line(s.get("afzender.bereikbaar", "")), one_line(s.get("afzender.telefoon",
             src.practice.telefoon))]  # fmt: skip
    if s.get("afzender.email"):
        reach.append(f"{one_line(s['afzender.email'])} (beveiligd)")
    afzender = [Paragraph(f"{one_line(src.user.label)}, praktijkondersteuner sociaal domein")]
    if any(reach):
        afzender.append(Paragraph("Bereikbaar: " + ", ".join(r for r in reach if r)))
    if gp := template_fields(src, titel="", kenmerk="", betreft="").huisarts["naam"]:
        afzender.append(Paragraph(f"Verantwoordelijk huisarts: {gp}"))
    blocks += section("Afzender", afzender)

    # ---- cliënt -----------------------------------------------------------------------------
    who = formal_name(client)
    person = [f"{who[0].upper()}{who[1:]} ({one_line(client.given_name)}), "
              f"geboren {dmy(client.birth_date)}"]  # fmt: skip
    if not client.address.is_empty:
        if ADRES in gegevens:
            a = client.address
            house = " ".join(p for p in (a.street, a.house_number + a.addition) if p)
            person.append(one_line(f"{house}, {a.postal_code} {a.city}".strip(", ")))
        else:
            omitted.append(Omission("Adres", GEEN_TOESTEMMING))
    for item, value, label in ((TELEFOON, client.phone, "Telefoon"),
                               (EMAIL, client.email, "E-mail")):  # fmt: skip
        if value and item in gegevens:
            person.append(f"{label} {one_line(value)}")
        elif value:
            omitted.append(Omission(label, GEEN_TOESTEMMING))
    bsn_included = False
    if client.bsn:
        if BSN not in gegevens:
            omitted.append(Omission("BSN", GEEN_TOESTEMMING))
        elif not zorgaanbieder:
            omitted.append(Omission("BSN", GEEN_ZORGAANBIEDER))
        else:
            person.append(f"BSN {client.bsn}")
            bsn_included = True
    if _covers(codes, "meedoen.taal") and "meedoen" not in excluded:
        if language := src.text("meedoen.taal.thuistaal"):
            person.append(f"Taal: {language}")
        if src.value("meedoen.taal.tolk") == "ja":
            person.append("Tolk gewenst.")
        if src.value("meedoen.taal.formulieren_zeker") in ("redelijk zeker", "een beetje zeker",
                                                          "helemaal niet zeker"):  # fmt: skip
            person.append("Hulp bij lezen en formulieren is welkom.")
    blocks += section("Cliënt", [Paragraph(line) for line in person])

    # ---- hulpvraag ----------------------------------------------------------------------------
    wish = src.text("prioriteit.wens")
    hulpvraag: list[Block] = []
    if wish:
        hulpvraag.append(Paragraph(f"“{wish}”"))
    else:
        omitted.append(Omission("Wens in eigen woorden", NIET_INGEVULD))
    if doel := one_line(consent.data.get("doel", "")):
        hulpvraag.append(Paragraph(sentence(f"Doel van de aanmelding: {doel}")))
    blocks += section("Hulpvraag", hulpvraag or [Paragraph("-")])

    # ---- situatie -------------------------------------------------------------------------------
    situatie, held = _situation(src, codes, gegevens, excluded, omitted)
    blocks += section("Situatie", situatie or [Paragraph("Geen gegevens gedeeld.")])

    # ---- wat is al gedaan ---------------------------------------------------------------------
    done = _done(src, codes, excluded)
    if src.client.network:
        if NETWERK in gegevens:
            for p in src.client.network:
                if p.mag_benaderd:
                    phone = f" Mag gebeld worden: {one_line(p.telefoon)}." if p.telefoon else ""
                    rol = f", {', '.join(p.rol)}" if p.rol else ""
                    done.append(f"Contactpersoon: {one_line(p.naam)} ({p.relatie}{rol}).{phone}")
        else:
            omitted.append(Omission("Contactpersonen uit netwerk", GEEN_TOESTEMMING))
    blocks += section("Wat is al gedaan", [Bullets(tuple(done))] if done else [Paragraph("-")])

    # ---- vraag, terugkoppeling, toestemming, ondertekening --------------------------------------
    question = one_line(referral.question)
    if not question:
        omitted.append(Omission("Vraag aan de ontvanger", NIET_INGEVULD))
    blocks += section("Vraag aan u", [Paragraph(sentence(question) if question else "-")])
    days = s.get("verwijsbrief.terugkoppeling_dagen") or (
        "10" if referral.toegang in FORMAL_ROUTES else "5"
    )
    blocks += section("Terugkoppeling", [Paragraph(
        f"Graag hoor ik binnen {one_line(days)} werkdagen wanneer het eerste gesprek is. "
        "Laat u mij ook weten als de hulp niet start of stopt, en wanneer die is afgerond. "
        "Dat kan telefonisch of per beveiligde e-mail aan mij."
    )])  # fmt: skip
    blocks += section("Toestemming", [Paragraph(_consent_sentence(src, consent, recipient))])
    blocks += signature(src)

    if any(sig.signal_id == "onveilig" for sig in (src.intake.signals if src.intake else ())):
        omitted.append(Omission("Aantekeningen meldcode", NIET_TOEGESTAAN))
    if src.intake and src.intake.signals:
        omitted.append(Omission("Signaleringen (alleen feiten van gedeelde onderwerpen)",
                                NIET_TOEGESTAAN))  # fmt: skip
    for code in held:
        label = fact_label(code) or code
        reason = GEEN_TOESTEMMING if is_medical(code) else NIET_TOEGESTAAN
        omitted.append(Omission(f"{label}", reason))
    for domain in sorted(excluded):
        omitted.append(Omission(q.domain(domain).label, NIET_VASTLEGGEN))

    address = "\n".join([*(x for x in (one_line(recipient.organization_name), service) if x),
                         *recipient.address_lines])  # fmt: skip
    fields = template_fields(
        src, titel=TITEL, kenmerk=kenmerk, betreft=betreft_line(src), ontvanger=address
    )
    findings = text_checks(blocks, bsn_allowed=bsn_included, codes_blocked=False)
    if recipient.assured_date and src.today - recipient.assured_date > STALE_AFTER:
        findings.append(Finding("socialmap_stale", False, "Gegevens sociale kaart mogelijk "
                                "verouderd"))  # fmt: skip
    return VerwijsbriefModel(
        kind=VERWIJSBRIEF, document_id=new_document_id(), kenmerk=kenmerk, datum=src.today,
        titel=TITEL, client_id=client.id, fields=fields,
        blocks=tuple(blocks), omitted=omitted_unique(omitted), findings=tuple(findings),
        footer=f"Kenmerk {kenmerk} · Vertrouwelijk", intake_id=src.intake.id if src.intake
        else None, referral_id=referral.id, consent_id=consent.id,
        recipient_id=referral.service_id, bsn_included=bsn_included,
    )  # fmt: skip


def _urgency(referral: Referral) -> str:
    line = f"Urgentie: {referral.urgency}"
    reason = one_line(referral.urgency_reason)
    return f"{line} – {reason}" if reason else line


def _situation(
    src: Sources, codes: list[str], gegevens: set[str], excluded: set[str],
    omitted: list[Omission],
) -> tuple[list[Block], list[str]]:  # fmt: skip
    """One sub-heading per consented domain with its facts; the rest listed as omitted."""
    q, values = src.questionnaire, src.values
    blocks: list[Block] = []
    held: list[str] = []
    discussed = discussed_topics(q, values)
    for domain in q.domains:
        if domain.code in excluded:
            continue
        shared, not_shared = [], []
        lines = domain_facts(q, values, domain.code) if domain.code in codes else []
        for topic in domain.topics:
            if topic.code not in discussed:
                continue
            if not _covers(codes, topic.code):
                not_shared.append(topic.code.split(".")[-1])
                continue
            facts, back = topic_facts(q, values, topic.code, external=True)
            for qid in back:
                if is_medical(qid) and MEDISCH in gegevens and qid in values:
                    question = q.question(qid)
                    facts.append(f"{fact_label(qid)}: {format_value(question, values[qid])}")
                else:
                    held.append(qid)
            zr = values.get(f"{topic.code}.zr")
            if isinstance(zr, int) and not isinstance(zr, bool):
                if ZR in gegevens:
                    facts.append(f"Zelfredzaamheid: {zr} ({q.ratings.zr_levels[zr - 1]})")
                else:
                    omitted.append(Omission("Zelfredzaamheidsscores", GEEN_TOESTEMMING))
            shared.append(topic.code)
            lines.extend(facts)
        lines.extend(_instruments(src, domain.code, codes, gegevens, omitted))
        if lines:
            blocks.append(Heading(domain.label, 2))
            blocks.append(Bullets(tuple(lines)))
        if not_shared:
            item = f"{domain.label} ({', '.join(not_shared)})"
            omitted.append(Omission(item, GEEN_TOESTEMMING))
    return blocks, held


def _instruments(
    src: Sources, domain: str, codes: list[str], gegevens: set[str], omitted: list[Omission]
) -> list[str]:
    """Own cijfer, MHI-5 and DJG-6 of a consented domain: only with "uitkomsten vragenlijsten"."""
    if domain not in codes and not any(c.startswith(domain + ".") for c in codes):
        return []
    values = src.values
    found: list[str] = []
    cijfer = values.get(f"{domain}.cijfer")
    if isinstance(cijfer, int) and not isinstance(cijfer, bool):
        found.append(f"Eigen cijfer {domain}: {cijfer}")
    if domain == "gezondheid" and _covers(codes, "gezondheid.psychisch"):
        mhi = score_mhi5(values)
        if isinstance(mhi, Mhi5Score):
            found.append(f"MHI-5: {mhi.score}" + (" (< 60)" if mhi.ongezond else ""))
    if domain == "meedoen" and _covers(codes, "meedoen.ontmoeting"):
        djg = score_djg6(values)
        if isinstance(djg, DjgScore):
            found.append(f"DJG-6: {djg.total}, {djg.band}")
    if found and VRAGENLIJSTEN not in gegevens:
        omitted.append(Omission("Uitkomsten vragenlijsten en eigen cijfers", GEEN_TOESTEMMING))
        return []
    return found


def _done(src: Sources, codes: list[str], excluded: set[str]) -> list[str]:
    """Dated bullets: the intake, finished plan actions and signal actions of shared topics."""
    out: list[str] = []
    if src.intake and src.intake.contacts:
        out.append(f"{long_date(src.intake.contacts[0].day)}: intakegesprek bij de "
                   "praktijkondersteuner.")  # fmt: skip
    for goal in src.plan.goals:
        if not _covers(codes, goal.topic) or goal.topic.split(".")[0] in excluded:
            continue
        for action in goal.actions:
            if action.status == "gedaan":
                when = f"{long_date(action.wanneer)}: " if action.wanneer else ""
                out.append(when + sentence(f"{one_line(action.wie)}: {one_line(action.wat)}"))
    for signal in src.intake.signals if src.intake else ():
        topics = _signal_topics(src, signal.trigger)
        if topics and all(_covers(codes, t) for t in topics):
            for action in signal.actions:
                out.append(f"{long_date(action.at.date())}: {sentence(one_line(action.text))}")
    return out


def _signal_topics(src: Sources, trigger: str) -> list[str]:
    question = src.questionnaire.get(trigger)
    return [question.topic] if question is not None and question.topic else []


def _consent_sentence(src: Sources, consent: ConsentRecord, recipient: Recipient) -> str:
    """The fixed sentence of letters §1.1, filled from the consent record."""
    data = consent.data
    q = src.questionnaire
    items = [g for g in data.get("gegevens", ()) if g != "naam en geboortedatum"]
    gegevens = join_words(["naam en geboortedatum", *items])
    areas = []
    for code in data.get("leefgebieden", ()):
        areas.append(q.domain(code).label.lower() if "." not in code else q.topic(code).label
                     .lower())  # fmt: skip
    organisation = one_line(data.get("ontvanger", {}).get("naam", "")) or one_line(
        recipient.service_name
    )
    until = parse_iso(data.get("geldig_tot"))
    geldig = f"tot {long_date(until)}" if until else "tot het einde van deze aanmelding"
    vorm = one_line(data.get("vorm", "mondeling"))
    return (
        f"{aanhef(src.client)} heeft op {long_date(consent.datum)} {vorm} toestemming gegeven "
        f"om {gegevens} over {join_words(areas)} te delen met {organisation}, met als doel: "
        f"{one_line(data.get('doel', ''))}. Deze toestemming geldt {geldig} of tot "
        f"{pronoun(src.client)} haar intrekt."
    )
