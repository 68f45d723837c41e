"""View-model of the Verwijzen dialog: recipient and goals in, consent plus concept out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from pohsd.domain.changes import Changes
from pohsd.domain.errors import ValidationError
from pohsd.domain.intake import ConsentRecord, Goal
from pohsd.domain.referral import URGENCY_DEFAULT, Referral
from PySide6.QtCore import QObject, Signal

from ui.bridge import ChangeBridge
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the workspace is only touched on the DB thread
    from pohsd.workspace import Workspace

AGB_SCHEME = "NL-AGB"
TOEGANG_TAXONOMY = "nl-toegang"
ZORG_TOEGANG = "verwijzing-zorg"
REFERRAL_CHANGES = Changes(clients=True, audit=True)


def toegang_codes(service: Mapping[str, object]) -> tuple[str, ...]:
    """The `nl-toegang` codes of a raw HSDS service, in the order of the map."""
    out: list[str] = []
    attributes = service.get("attributes")
    for attribute in attributes if isinstance(attributes, list) else ():
        term = attribute.get("taxonomy_term") if isinstance(attribute, Mapping) else None
        if isinstance(term, Mapping) and term.get("taxonomy") == TOEGANG_TAXONOMY:
            code = str(term.get("code", ""))
            if code and code not in out:
                out.append(code)
    return tuple(out)


def is_zorgaanbieder(service: Mapping[str, object]) -> bool:
    """Spec §9.2: the organisation has an AGB identifier, or the service needs a verwijzing zorg."""
    organization = service.get("organization")
    identifiers = (
        organization.get("organization_identifiers") if isinstance(organization, Mapping) else None
    )
    for item in identifiers if isinstance(identifiers, list) else ():
        if (
            isinstance(item, Mapping)
            and str(item.get("identifier_scheme", "")).upper() == AGB_SCHEME
            and str(item.get("identifier", "")).strip()
        ):
            return True
    return ZORG_TOEGANG in toegang_codes(service)


@dataclass(frozen=True)
class Recipient:
    """Who receives the referral, as the sociale kaart describes it now."""

    service_id: str
    service_name: str
    organization_name: str
    toegang: tuple[str, ...]
    zorgaanbieder: bool


def recipient_of(service: Mapping[str, object]) -> Recipient:
    organization = service.get("organization")
    org_name = organization.get("name") if isinstance(organization, Mapping) else ""
    return Recipient(
        service_id=str(service.get("id", "")),
        service_name=str(service.get("name") or ""),
        organization_name=str(org_name or ""),
        toegang=toegang_codes(service),
        zorgaanbieder=is_zorgaanbieder(service),
    )


@dataclass(frozen=True)
class ReferralForm:
    """What the dialog shows when it opens.

    `previous` is set for "Opnieuw verwijzen", with its consent; that may be used again only
    when `previous_consent_active` (otherwise it pre-fills a new one).
    """

    recipient: Recipient
    goals: tuple[Goal, ...] = ()
    previous: Referral | None = None
    previous_consent: ConsentRecord | None = None
    previous_consent_active: bool = False


@dataclass(frozen=True)
class ReferralRequest:
    """What the POH filled in; `consent` None re-uses the previous referral's consent."""

    question: str
    goal_id: str | None = None
    urgency: str = URGENCY_DEFAULT
    urgency_reason: str = ""
    consent: Mapping[str, object] | None = field(default=None, repr=False)


class ReferralFormViewModel(QObject):
    """Loads the recipient and the plan, then stores consent and concept referral together.

    Signals:
        loaded(object): the ReferralForm.
        stored(object): the new Referral (in concept); the changes were published.
        invalid(str, str): field path (e.g. "consent.leefgebieden") and rule; nothing stored.
        error(object): any other failure.
        busy_changed(bool): True while storing.
    """

    loaded = Signal(object)
    stored = Signal(object)
    invalid = Signal(str, str)
    error = Signal(object)
    busy_changed = Signal(bool)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge | None,
        client_id: str,
        service_id: str,
        previous_id: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._bridge = bridge
        self.client_id = client_id
        self.service_id = service_id
        self.previous_id = previous_id
        self._busy = False
        self._closed = False

    @property
    def busy(self) -> bool:
        return self._busy

    def load(self) -> None:
        client_id, service_id, previous_id = self.client_id, self.service_id, self.previous_id

        def fetch(ws: Workspace) -> ReferralForm:
            recipient = recipient_of(ws.socialmap.service(service_id))
            goals = ws.plan.get(client_id).goals
            previous = ws.referrals.get(previous_id) if previous_id else None
            consent = None
            if previous is not None:
                consents = ws.consents.list(client_id)
                consent = next((c for c in consents if c.id == previous.consent_id), None)
            active = consent is not None and consent.is_active_on(date.today())
            return ReferralForm(recipient, goals, previous, consent, active)

        self._runner.db(fetch).success(self._on_loaded).failure(self._on_error).run()

    def store(self, request: ReferralRequest) -> None:
        """Consent (if any) and the concept referral in one transaction on the DB thread."""
        if self._busy or self._closed:
            return
        self._set_busy(True)
        client_id, service_id, previous_id = self.client_id, self.service_id, self.previous_id
        consent = dict(request.consent) if request.consent is not None else None

        def save(ws: Workspace) -> Referral:
            if previous_id is not None:
                return ws.referrals.again(previous_id, consent=consent, question=request.question)
            return ws.referrals.create(
                client_id, service_id, consent=consent, goal_id=request.goal_id,
                question=request.question, urgency=request.urgency,
                urgency_reason=request.urgency_reason,
            )  # fmt: skip

        self._runner.db(save).success(self._on_stored).failure(self._on_failed).run()

    def invalid_input(self, exc: ValidationError) -> None:
        """A rule the form broke before it reached the core (a date that is not a date)."""
        self.invalid.emit(exc.field, exc.rule)

    def close(self) -> None:
        """The dialog went away: results still on the way are ignored."""
        self._closed = True

    # -- results ----------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    def _on_loaded(self, form: ReferralForm) -> None:
        if not self._closed:
            self.loaded.emit(form)

    def _on_stored(self, referral: Referral) -> None:
        if self._bridge is not None:
            self._bridge.publish(REFERRAL_CHANGES, self)
        if self._closed:
            return
        self._set_busy(False)
        self.stored.emit(referral)

    def _on_failed(self, exc: BaseException) -> None:
        if self._closed:
            return
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self.invalid.emit(exc.field, exc.rule)
        else:
            self.error.emit(exc)

    def _on_error(self, exc: BaseException) -> None:
        if not self._closed:
            self.error.emit(exc)
