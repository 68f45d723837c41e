"""Toestemming voor vastleggen in the flow: apply the answer, and what a new record holds."""

from __future__ import annotations

from collections.abc import Sequence

from pohsd.intake.flow import CONSENT_BEHALVE, CONSENT_QUESTION, Consent, FlowEngine

CONSENT_FORM_QUESTION = "opening.toestemming_vorm"


def apply_consent(engine: FlowEngine, excluded: Sequence[str]) -> bool:
    """Give the engine the consent of the answer (locks parts); False while unanswered."""
    label = engine.sheet.value(CONSENT_QUESTION)
    if not isinstance(label, str):
        engine.set_consent(None)
        return False
    engine.set_consent(Consent.from_answer(label, excluded))
    return True


def consent_record(engine: FlowEngine) -> tuple[str, list[str], str] | None:
    """besluit, excluded domains and vorm for `record_vastleggen`; None while incomplete."""
    if not isinstance(engine.sheet.value(CONSENT_QUESTION), str):
        return None
    consent = engine.consent
    if consent.besluit == CONSENT_BEHALVE and not consent.uitgesloten:
        return None  # the excluded domains still have to be chosen
    form = engine.sheet.value(CONSENT_FORM_QUESTION)
    return (
        consent.besluit,
        sorted(consent.uitgesloten),
        form if isinstance(form, str) else "mondeling",
    )
