"""View-models of the record's Verwijzingen and Toestemmingen tabs: load, step, withdraw."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from pohsd.domain.changes import Changes
from pohsd.domain.errors import ValidationError
from pohsd.domain.intake import ConsentRecord
from pohsd.domain.referral import GEANNULEERD, REASON_CONSENT_WITHDRAWN, Referral
from pohsd.domain.reminders import OPTIONAL_FEEDBACK_STATES, TERMINAL_FEEDBACK
from PySide6.QtCore import QObject, Signal, Slot

from ui.bridge import ChangeBridge
from ui.tasks import TaskRunner
from ui.viewmodels.referral_vm import REFERRAL_CHANGES

if TYPE_CHECKING:  # the workspace is only touched on the DB thread
    from pohsd.services.worklist import ReferralNote
    from pohsd.workspace import Workspace

#: Where the POH heard of a withdrawal: from the client.
WITHDRAWAL_SOURCE = "cliënt"


@dataclass(frozen=True)
class StatusStep:
    """One §8 step as the status dialog collected it."""

    to: str
    effective: date
    source: str
    reason_code: str | None = None
    reason_text: str = field(default="", repr=False)
    result: str | None = None
    expected_start: date | None = None
    note: str = field(default="", repr=False)


@dataclass(frozen=True)
class ReferralOverview:
    """The client's referrals (oldest first) and the consents they rest on, by id.

    `notes` holds each referral's follow-up notes (oldest first); `feedback_pending` the ids of
    terminal referrals whose GP terugkoppeling is neither given nor skipped.
    """

    referrals: tuple[Referral, ...] = ()
    consents: dict[str, ConsentRecord] = field(default_factory=dict, repr=False)
    notes: dict[str, tuple[ReferralNote, ...]] = field(default_factory=dict, repr=False)
    feedback_pending: frozenset[str] = frozenset()


def feedback_states(setting: Callable[[str, str], object]) -> frozenset[str]:
    """Terminal states that ask for a GP terugkoppeling; geannuleerd only when switched on."""
    optional = {c for c in OPTIONAL_FEEDBACK_STATES if setting(f"terugkoppeling.{c}", "") == "1"}
    return frozenset(c for c in TERMINAL_FEEDBACK if c != "geannuleerd" or c in optional)


class _ClientBound(QObject):
    """Shared: one client at a time, stale results dropped, reload on changes from elsewhere."""

    error = Signal(object)

    def __init__(self, runner: TaskRunner, bridge: ChangeBridge, parent: QObject | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bridge = bridge
        self._generation = 0
        self.client_id: str | None = None
        bridge.changed.connect(self._on_changed)

    def load(self, client_id: str) -> None:
        self._generation += 1
        self.client_id = client_id
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def clear(self) -> None:
        self._generation += 1
        self.client_id = None

    def _current(self, generation: int) -> bool:
        return generation == self._generation and self.client_id is not None

    def _fail(self, generation: int, exc: BaseException) -> None:
        if self._current(generation):
            self.error.emit(exc)

    @Slot(object, object)
    def _on_changed(self, changes: Changes, initiator: object) -> None:
        if self.client_id is not None and initiator is not self and changes.clients:
            self.reload()


class ClientReferralsViewModel(_ClientBound):
    """The Verwijzingen tab: the client's referrals with history, steps and concept removal.

    Signals:
        loaded(object): a ReferralOverview.
        stepped(object): the Referral after a stored step (published as a change).
        step_invalid(str, str): field and rule of a refused step; nothing was stored.
        deleted(): a concept was removed.
        noted(str): a note was stored for this referral id.
        feedback_recorded(str): the terugkoppeling of this referral id was skipped.
        note_invalid(str, str): field and rule of a refused note or skip; nothing was stored.
        error(object): any other failure.
    """

    loaded = Signal(object)
    stepped = Signal(object)
    step_invalid = Signal(str, str)
    deleted = Signal()
    noted = Signal(str)
    feedback_recorded = Signal(str)
    note_invalid = Signal(str, str)

    def reload(self) -> None:
        client_id, generation = self.client_id, self._generation
        if client_id is None:
            return

        def fetch(ws: Workspace) -> ReferralOverview:
            referrals = tuple(ws.referrals.for_client(client_id))
            consents = {c.id: c for c in ws.consents.list(client_id)} if referrals else {}
            notes = {r.id: tuple(ws.worklist.notes(r.id)) for r in referrals}
            wanted = feedback_states(ws.practice.setting)
            pending = frozenset(
                r.id for r in referrals if r.status in wanted and ws.worklist.feedback_pending(r.id)
            )
            return ReferralOverview(referrals, consents, notes, pending)

        self._runner.db(fetch).success(lambda o: self._on_loaded(generation, o)).failure(
            lambda exc: self._fail(generation, exc)
        ).run()

    def transition(self, referral_id: str, step: StatusStep) -> None:
        generation = self._generation

        def store(ws: Workspace) -> Referral:
            return ws.referrals.transition(
                referral_id, step.to, effective=step.effective, source=step.source,
                reason_code=step.reason_code, reason_text=step.reason_text, result=step.result,
                expected_start=step.expected_start, note=step.note,
            )  # fmt: skip

        self._runner.db(store).success(lambda r: self._on_stepped(generation, r)).failure(
            lambda exc: self._step_failed(generation, exc)
        ).run()

    def add_note(self, referral_id: str, text: str, remind_on: date | None = None) -> None:
        """A follow-up note, optionally with a new reminder date (clears "Actie nodig")."""
        generation = self._generation
        self._runner.db(lambda ws: ws.worklist.add_note(referral_id, text, remind_on)).success(
            lambda _none: self._on_noted(generation, referral_id)
        ).failure(lambda exc: self._note_failed(generation, exc)).run()

    def skip_feedback(self, referral_id: str, reason: str) -> None:
        """The GP terugkoppeling of the newest step is skipped, with the reason why."""
        generation = self._generation
        self._runner.db(
            lambda ws: ws.worklist.record_feedback(referral_id, "overgeslagen", reason)
        ).success(lambda _none: self._on_feedback(generation, referral_id)).failure(
            lambda exc: self._note_failed(generation, exc)
        ).run()

    def _on_noted(self, generation: int, referral_id: str) -> None:
        self._bridge.publish(REFERRAL_CHANGES, self)
        if self._current(generation):
            self.noted.emit(referral_id)
            self.reload()

    def _on_feedback(self, generation: int, referral_id: str) -> None:
        self._bridge.publish(REFERRAL_CHANGES, self)
        if self._current(generation):
            self.feedback_recorded.emit(referral_id)
            self.reload()

    def _note_failed(self, generation: int, exc: BaseException) -> None:
        if not self._current(generation):
            return
        if isinstance(exc, ValidationError):
            self.note_invalid.emit(exc.field, exc.rule)
        else:
            self.error.emit(exc)

    def delete_concept(self, referral_id: str) -> None:
        generation = self._generation
        self._runner.db(lambda ws: ws.referrals.delete_concept(referral_id)).success(
            lambda _none: self._on_deleted(generation)
        ).failure(lambda exc: self._fail(generation, exc)).run()

    def _on_loaded(self, generation: int, overview: ReferralOverview) -> None:
        if self._current(generation):
            self.loaded.emit(overview)

    def _on_stepped(self, generation: int, referral: Referral) -> None:
        self._bridge.publish(REFERRAL_CHANGES, self)
        if self._current(generation):
            self.stepped.emit(referral)
            self.reload()

    def _step_failed(self, generation: int, exc: BaseException) -> None:
        if not self._current(generation):
            return
        if isinstance(exc, ValidationError):
            self.step_invalid.emit(exc.field, exc.rule)
        else:
            self.error.emit(exc)

    def _on_deleted(self, generation: int) -> None:
        self._bridge.publish(REFERRAL_CHANGES, self)
        if self._current(generation):
            self.deleted.emit()
            self.reload()


class ClientConsentsViewModel(_ClientBound):
    """The Toestemmingen tab: every consent, withdrawal, and cancelling what leaned on it.

    Signals:
        loaded(list): the ConsentRecords, newest first.
        withdrawn(object, list): the withdrawn ConsentRecord and the open referrals that
            `open_for_consent` proposes for Geannuleerd (empty for vastleggen).
        cancelled(int, object): how many referrals went to Geannuleerd, and the first
            failure (or None).
        error(object): any other failure.
    """

    loaded = Signal(list)
    withdrawn = Signal(object, list)
    cancelled = Signal(int, object)

    def reload(self) -> None:
        client_id, generation = self.client_id, self._generation
        if client_id is None:
            return
        self._runner.db(lambda ws: ws.consents.list(client_id)).success(
            lambda rows: self._on_loaded(generation, rows)
        ).failure(lambda exc: self._fail(generation, exc)).run()

    def withdraw(self, consent_id: str) -> None:
        generation = self._generation

        def store(ws: Workspace) -> tuple[ConsentRecord, Changes, list[Referral]]:
            record, changes = ws.consents.withdraw(consent_id)
            proposed = ws.referrals.open_for_consent(consent_id) if record.kind == "gericht" else []
            return record, changes, proposed

        self._runner.db(store).success(lambda r: self._on_withdrawn(generation, *r)).failure(
            lambda exc: self._fail(generation, exc)
        ).run()

    def cancel_referrals(self, referral_ids: Sequence[str]) -> None:
        """Each to Geannuleerd, reason "toestemming ingetrokken", effective today."""
        generation, ids = self._generation, tuple(referral_ids)

        def store(ws: Workspace) -> tuple[int, BaseException | None]:
            done, first_error = 0, None
            for referral_id in ids:
                try:
                    ws.referrals.transition(
                        referral_id, GEANNULEERD, effective=date.today(),
                        source=WITHDRAWAL_SOURCE, reason_code=REASON_CONSENT_WITHDRAWN,
                    )  # fmt: skip
                except ValidationError as exc:  # e.g. changed meanwhile; the rest still go
                    first_error = first_error or exc
                else:
                    done += 1
            return done, first_error

        self._runner.db(store).success(lambda r: self._on_cancelled(generation, *r)).failure(
            lambda exc: self._fail(generation, exc)
        ).run()

    def _on_loaded(self, generation: int, rows: list[ConsentRecord]) -> None:
        if self._current(generation):
            self.loaded.emit(rows)

    def _on_withdrawn(
        self, generation: int, record: ConsentRecord, changes: Changes, proposed: list[Referral]
    ) -> None:
        self._bridge.publish(changes, self)
        if self._current(generation):
            self.withdrawn.emit(record, proposed)
            self.reload()

    def _on_cancelled(self, generation: int, done: int, failure: BaseException | None) -> None:
        if done:
            self._bridge.publish(REFERRAL_CHANGES, self)
        if self._current(generation):
            self.cancelled.emit(done, failure)
