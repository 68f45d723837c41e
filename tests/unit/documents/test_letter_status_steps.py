"""The statusupdate for the GP per lifecycle step (letters.md §2.3): the E- and P-lines."""

from __future__ import annotations

from datetime import date

import pytest

from pohsd.workspace import Workspace
from tests.unit.documents.personas import Persona

TODAY = date.today()
D = TODAY.strftime("%d-%m-%Y")

STEPS = [
    # (steps after verstuurd, expected E-line ending, expected start of P)
    ([("gestart", {})], "hulp is gestart.", "Evaluatie bij vervolggesprek"),
    ([("gestart", {}), ("afgerond", {"result": "doel bereikt"})],
     "hulp afgerond. Resultaat: doel bereikt.", "Evaluatie bij vervolggesprek"),
    ([("afgewezen", {"reason_code": "geen plek"})],
     "aanmelding afgewezen. Reden: geen plek.", "Nieuwe stap of andere aanbieder"),
    ([("niet_gestart", {"reason_code": "cliënt niet verschenen"})],
     "hulp niet gestart / gestopt. Reden: cliënt niet verschenen.",
     "Nieuwe stap of andere aanbieder"),
    ([("wachtlijst", {"expected_start": None})],
     f"op wachtlijst sinds {D}, verwachte start onbekend.", "Overbrugging: contact met de POH"),
    ([("geannuleerd", {"reason_code": "situatie opgelost"})],
     "verwijzing geannuleerd. Reden: situatie opgelost.", "Evaluatie bij vervolggesprek"),
]  # fmt: skip


@pytest.mark.parametrize(("steps", "e_end", "p_start"), STEPS)
def test_each_step_gets_its_own_soep_lines(
    workspace: Workspace, ron: Persona, steps, e_end: str, p_start: str
) -> None:
    for to, extra in steps:
        workspace.referrals.transition(
            ron.referral_id, to, effective=TODAY, source="telefoon", **extra
        )
    model = workspace.letters.status_update(ron.referral_id)
    lines = dict(model.soep.fields())
    assert lines["E"].endswith(e_end), lines["E"]
    assert lines["O"].endswith(f"op {D}.")
    assert lines["S"].startswith(f"Bericht van aanbieder (telefoon, {D})")
    assert lines["P"].startswith(p_start), lines["P"]
    text = workspace.letters.render(model, "txt").decode("utf-8")
    assert e_end in " ".join(text.split())
