"""Opening an intake (DB thread), the answer sheet, where Volgende goes, vervolg and web data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from pohsd.domain.client import Client
from pohsd.domain.intake import IntakeRecord, IntakeSummary
from pohsd.domain.questionnaire import Questionnaire
from pohsd.intake.answers import AnswerSheet, AnswerState
from pohsd.intake.flow import FlowEngine
from pohsd.intake.vervolg import Change, compare, vervolg_measures

from ui.models.intake_radar_model import RadarData, radar_data, to_local

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace

FOLLOW_UP_WEEKS = 6
_BEANTWOORD = AnswerState.BEANTWOORD.value


def default_follow_up(today: date | None = None) -> date:
    """Vervolg: 6 weeks from today unless a date was chosen (spec §7)."""
    return (today or date.today()) + timedelta(weeks=FOLLOW_UP_WEEKS)


@dataclass(frozen=True)
class IntakeBundle:
    """Everything the screen needs, read on the DB thread in one task."""

    record: IntakeRecord
    client: Client
    baseline: IntakeRecord | None = None  # the intake a vervolg is compared with
    previous: IntakeRecord | None = None  # the vervolg before this one
    plan_topics: tuple[str, ...] = ()
    settings: tuple[str, ...] = ()
    excluded: tuple[str, ...] | None = None  # from the current toestemming voor vastleggen


def load_bundle(ws: Workspace, intake_id: str, client: Client | None, today: date) -> IntakeBundle:
    """DB thread: the intake (audited read), its client, and for a vervolg the comparisons."""
    record = ws.intakes.open(intake_id)
    summary = record.summary
    if client is None or client.id != summary.client_id:
        client = ws.clients.open(summary.client_id)
    if summary.status == "open" and record.contacts and record.contacts[-1].day != today:
        ws.intakes.add_contact(intake_id, today)  # "Gesprek voortzetten": a new contact
    baseline = previous = None
    if summary.kind == "vervolg":
        earlier = [
            s for s in ws.intakes.list_for_client(client.id) if s.created_at < summary.created_at
        ]
        intakes = [s for s in earlier if s.kind == "intake"]
        vervolgen = [s for s in earlier if s.kind == "vervolg"]
        baseline = ws.intakes.open(intakes[-1].id) if intakes else None
        previous = ws.intakes.open(vervolgen[-1].id) if vervolgen else None
    plan_topics = tuple(g.topic for g in ws.plan.get(client.id).goals if "." in g.topic)
    settings = ("intake.justitie",) if ws.practice.setting("intake.justitie") == "1" else ()
    consent = ws.consents.current_vastleggen(client.id)
    excluded = consent.uitgesloten if consent is not None else None
    return IntakeBundle(record, client, baseline, previous, plan_topics, settings, excluded)


def next_target(engine: FlowEngine) -> str | None:
    """The engine's next view, but never back to an earlier view (a domain left "deels").

    `resolve_next` offers the next domain still to do, which can be one already passed; going
    forward with Volgende / Ctrl+PgDn then never reaches the Prioriteiten. Earlier views stay
    one click away in the navigator.
    """
    target = engine.resolve_next()
    order = engine.navmap.linear(engine.domain_order)
    here = order.index(engine.current)
    if target is not None and order.index(target) < here:
        return order[here + 1] if here + 1 < len(order) else None
    return target


class _Open(Protocol):
    questionnaire: Questionnaire
    engine: FlowEngine | None
    summary: IntakeSummary | None
    baseline: AnswerSheet | None
    previous: AnswerSheet | None
    plan_topics: tuple[str, ...]

    @property
    def is_vervolg(self) -> bool: ...


def measures_of(vm: _Open) -> tuple[str, ...]:
    """What a vervolg measures again (spec §7), given the intake it follows."""
    base = vm.baseline or AnswerSheet(vm.questionnaire)
    return vervolg_measures(vm.questionnaire, base, vm.plan_topics)


def changes_of(vm: _Open) -> tuple[Change, ...]:
    """The change view of a vervolg against its intake (empty without one)."""
    if vm.engine is None or vm.baseline is None:
        return ()
    return compare(vm.questionnaire, vm.baseline, vm.engine.sheet, vm.previous, vm.plan_topics)


def radar_of(vm: _Open) -> RadarData | None:
    """The web of an intake, or of a vervolg laid over its intake."""
    engine, summary = vm.engine, vm.summary
    if engine is None or summary is None:
        return None
    created = to_local(summary.created_at).date()
    if vm.is_vervolg:
        return radar_data(vm.questionnaire, vm.baseline, engine.sheet, vervolg_date=created)
    return radar_data(vm.questionnaire, engine.sheet, intake_date=created)
