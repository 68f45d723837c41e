"""Terugkoppeling aan de huisarts (letters §2.2): the SOEP content as a letter with a "Kern"."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pohsd.documents.common import (
    betreft_line,
    huisarts_naam,
    new_document_id,
    new_kenmerk,
    omitted_unique,
    section,
    signature,
    template_fields,
    text_checks,
)
from pohsd.documents.facts import Sources, discussed_topics, domain_facts, topic_facts
from pohsd.documents.models import (
    NIET_INGEVULD,
    NIET_VASTLEGGEN,
    PRAKTIJKINSTELLING,
    TERUGKOPPELING,
    Block,
    Bullets,
    Heading,
    Omission,
    Paragraph,
    Table,
    TerugkoppelingModel,
)
from pohsd.documents.sanitize import one_line
from pohsd.documents.soep import (
    build_soep,
    confirmed_icpc,
    length_findings,
    passive_death_wish,
    signal_lines,
)
from pohsd.documents.textfmt import dmy, sentence
from pohsd.domain.referral import label as state_label
from pohsd.intake.answers import answered_values
from pohsd.intake.scoring import DjgScore, Mhi5Score, score_djg6, score_mhi5

STAGES = {"intake": "intake", "vervolg": "tussenstand", "afsluiting": "afsluiting"}
BSN_SETTING = "terugkoppeling.bsn"  # practice setting, default off (letters §0.2)


def build_terugkoppeling(src: Sources, *, stage: str | None = None) -> TerugkoppelingModel:
    """The GP feedback letter and its SOEP text for `src.intake` (signals always included)."""
    q, values, client = src.questionnaire, src.values, src.client
    excluded = set(src.excluded_domains)
    omitted: list[Omission] = []
    kind = stage or (src.intake.summary.kind if src.intake else "intake")
    titel = f"Terugkoppeling praktijkondersteuner sociaal domein – {STAGES.get(kind, kind)}"
    kenmerk = new_kenmerk()
    bsn_allowed = src.settings.get(BSN_SETTING) == "1"

    betreft = betreft_line(src)
    if client.bsn and bsn_allowed:
        betreft += f", BSN {client.bsn}"
    elif client.bsn:
        omitted.append(Omission("BSN", PRAKTIJKINSTELLING))
    blocks: list[Block] = [
        Paragraph(f"Aan: {huisarts_naam(src) or 'de huisarts'}, huisarts"),
        Paragraph(f"Van: {one_line(src.user.label)}, praktijkondersteuner sociaal domein"),
        Paragraph(f"Betreft: {betreft}", bold=True),
    ]
    blocks += section("Kern", [Paragraph(line) for line in _kern(src)])

    contacts = [f"{dmy(c.day)}, {c.minutes} min, spreekuur" for c in
                (src.intake.contacts if src.intake else ())]  # fmt: skip
    blocks += section("Contacten", [Bullets(tuple(contacts))] if contacts else [Paragraph("-")])

    reason: list[Block] = []
    if aanleiding := src.text("opening.aanleiding"):
        by = src.text("opening.verwijzer")
        reason.append(Paragraph(sentence(f"Aanleiding{f' (verwezen door {by})' if by else ''}: "
                                         f"{aanleiding}")))  # fmt: skip
    if wish := src.text("prioriteit.wens"):
        reason.append(Paragraph(f"Wens van de cliënt: “{wish}”"))
    else:
        omitted.append(Omission("Wens in eigen woorden", NIET_INGEVULD))
    blocks += section("Aanleiding en hulpvraag", reason or [Paragraph("-")])

    signals = signal_lines(src)
    if death := passive_death_wish(src):
        signals.append(death)
    blocks += section("Signaleringen", [Bullets(tuple(signals))] if signals else
                      [Paragraph("Geen")])  # fmt: skip

    areas: list[Block] = []
    discussed = discussed_topics(q, values)
    for domain in q.domains:
        if domain.code in excluded:
            omitted.append(Omission(domain.label, NIET_VASTLEGGEN))
            continue
        facts = domain_facts(q, values, domain.code)
        for topic in domain.topics:
            if topic.code not in discussed:
                continue
            facts.extend(topic_facts(q, values, topic.code)[0])
            zr = values.get(f"{topic.code}.zr")
            if isinstance(zr, int) and not isinstance(zr, bool):
                facts.append(f"Zelfredzaamheid {topic.label.lower()}: {zr} "
                             f"({q.ratings.zr_levels[zr - 1].lower()})")  # fmt: skip
        cijfer = values.get(domain.cijfer.id)
        if isinstance(cijfer, int) and not isinstance(cijfer, bool):
            facts.append(f"Eigen cijfer: {cijfer}")
        if facts:
            areas += [Heading(domain.label, 2), Bullets(tuple(facts))]
    blocks += section("Leefgebieden", areas or [Paragraph("Nog niet besproken.")])
    blocks += section("Metingen", [_measures(src)])

    important: list[str] = []
    ranked = values.get("prioriteit.belangrijkste")
    for n, code in enumerate(ranked if isinstance(ranked, list) else [], 1):
        label = q.domain(code).label if "." not in code else q.topic(code).label
        important.append(f"{n}. {label}")
    for qid, label in (("prioriteit.goed", "Gaat goed"),
                       ("prioriteit.eerder_geholpen", "Hielp eerder")):  # fmt: skip
        if text := src.text(qid):
            important.append(f"{label}: {text}")
    blocks += section("Wat is voor de cliënt het belangrijkste",
                      [Bullets(tuple(important))] if important else [Paragraph("-")])  # fmt: skip

    network = [f"{one_line(p.naam)} ({p.relatie}{', ' + ', '.join(p.rol) if p.rol else ''})"
               for p in client.network]  # fmt: skip
    blocks += section("Zorgnetwerk", [Bullets(tuple(network))] if network else [Paragraph("-")])
    blocks += section("Plan en verwijzingen", _plan(src))
    question = one_line(src.plan.question_to_gp)
    blocks += section("Vraag aan de huisarts", [Paragraph(sentence(question) if question
                                                          else "Geen")])  # fmt: skip
    codes = confirmed_icpc(src)
    blocks += section("ICPC (bevestigd door POH)", [Bullets(tuple(codes))] if codes else
                      [Paragraph("Geen")])  # fmt: skip
    follow = src.follow_up()
    vervolg = [Paragraph(f"Volgend contact: {dmy(follow)}." if follow else
                         "Volgend contact: nog niet gepland.")]  # fmt: skip
    if reach := one_line(src.settings.get("afzender.bereikbaar", "")):
        vervolg.append(Paragraph(f"Bereikbaar: {reach}."))
    blocks += section("Vervolg", vervolg)
    blocks += signature(src)

    soep = build_soep(src)
    findings = [*text_checks(blocks, bsn_allowed=bsn_allowed, codes_blocked=False),
                *length_findings(soep)]  # fmt: skip
    return TerugkoppelingModel(
        kind=TERUGKOPPELING, document_id=new_document_id(), kenmerk=kenmerk, datum=src.today,
        titel=titel, client_id=client.id,
        fields=template_fields(src, titel=titel, kenmerk=kenmerk, betreft=betreft_line(src)),
        blocks=tuple(blocks), omitted=omitted_unique(omitted), findings=tuple(findings),
        footer=f"Kenmerk {kenmerk} · Vertrouwelijk – medisch beroepsgeheim",
        intake_id=src.intake.id if src.intake else None, soep=soep,
    )  # fmt: skip


def _kern(src: Sources) -> list[str]:
    """At most three lines: main problem, what happens now, what is asked of the GP."""
    q, values = src.questionnaire, src.values
    assessment = one_line(src.intake.assessment) if src.intake else ""
    ranked = values.get("prioriteit.belangrijkste")
    if assessment:
        first = sentence(assessment.split(". ")[0])
    elif isinstance(ranked, list) and ranked:
        labels = [q.domain(c).label if "." not in c else q.topic(c).label for c in ranked]
        first = sentence("Voorop staat: " + ", ".join(label.lower() for label in labels))
    else:
        first = "Nog geen prioriteit benoemd."
    active = [one_line(r.service_name) for r in src.referrals
              if r.status not in ("foutief", "geannuleerd")]  # fmt: skip
    follow = src.follow_up()
    if active:
        now = sentence("Aangemeld bij " + ", ".join(active))
    else:
        now = f"Vervolg bij de POH op {dmy(follow)}." if follow else "Nog geen vervolg gepland."
    question = one_line(src.plan.question_to_gp)
    return [first, now, sentence(f"Vraag: {question}") if question else "Vraag: geen."]


def _int(values: Mapping[str, Any], qid: str) -> str:
    value = values.get(qid)
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else "-"


def _measures(src: Sources) -> Table:
    """Rapportcijfer, the four own cijfers, DJG-6 and MHI-5: start, previous and now."""
    records = list(src.intakes)
    current = src.intake
    if current is not None and current in records:
        records = records[: records.index(current) + 1]
    sheets = [answered_values(r.answers, r.answer_states) for r in records] or [{}]
    base, now = sheets[0], sheets[-1]
    prev = sheets[-2] if len(sheets) > 2 else {}
    rows = [("Rapportcijfer leven", *(_int(s, "meting.rapportcijfer") for s in (base, prev, now)))]
    excluded = set(src.excluded_domains)
    for d in src.questionnaire.domains:
        if d.code not in excluded:
            rows.append((f"Eigen cijfer {d.label.lower()}",
                         *(_int(s, d.cijfer.id) for s in (base, prev, now))))  # fmt: skip

    def djg(s: Mapping[str, Any]) -> str:
        r = score_djg6(s)
        return f"{r.total} ({r.band})" if isinstance(r, DjgScore) else "-"

    def mhi(s: Mapping[str, Any]) -> str:
        r = score_mhi5(s)
        return f"{r.score}{' (< 60)' if r.ongezond else ''}" if isinstance(r, Mhi5Score) else "-"

    if "meedoen" not in excluded:
        rows.append(("DJG-6", djg(base), djg(prev), djg(now)))
    if "gezondheid" not in excluded:
        rows.append(("MHI-5", mhi(base), mhi(prev), mhi(now)))
    if len(sheets) == 1:
        rows = [(r[0], r[1], "-", "-") for r in rows]
    return Table(("Meting", "Start", "Vorige", "Nu"), tuple(rows))


def _plan(src: Sources) -> list[Block]:
    q = src.questionnaire
    goals = []
    for goal in src.plan.goals:
        label = q.domain(goal.topic).label if "." not in goal.topic else q.topic(goal.topic).label
        wish = f": {one_line(goal.wens)}" if goal.wens else ""
        target = f", streefcijfer {goal.streefcijfer}" if goal.streefcijfer is not None else ""
        goals.append(f"{label}{wish} (status {goal.status}{target})")
    blocks: list[Block] = [Bullets(tuple(goals))] if goals else [Paragraph("Nog geen doelen.")]
    rows = []
    for r in src.referrals:
        if r.status == "foutief":
            continue
        when = dmy(r.history[-1].effectief_op) if r.history else ""
        rows.append((one_line(r.organization_name) or "-", one_line(r.service_name), r.toegang,
                     state_label(r.status), when))  # fmt: skip
    if rows:
        blocks.append(Table(("Organisatie", "Dienst", "Toegang", "Status", "Datum"), tuple(rows)))
    return blocks
