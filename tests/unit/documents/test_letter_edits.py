"""Step 7: editing the free-text parts of a letter model; step 6 runs again on the result."""

from pohsd.documents.edits import editable_parts, part_text, with_edits
from pohsd.documents.models import Heading
from pohsd.workspace import Workspace
from tests.unit.documents.personas import Persona


def _keys(model) -> list[str]:
    return [p.key for p in editable_parts(model)]


def test_each_kind_offers_its_free_text_parts(workspace: Workspace, ron: Persona) -> None:
    letters = workspace.letters
    assert _keys(letters.referral_letter(ron.referral_id)) == ["hulpvraag", "vraag"]
    assert "beoordeling" in _keys(letters.gp_feedback(ron.client_id))
    assert _keys(letters.status_update(ron.referral_id)) == ["beoordeling", "vervolg"]
    assert "doen" in _keys(letters.client_summary(ron.client_id))


def test_editing_the_vraag_replaces_that_section_only(workspace: Workspace, ron: Persona) -> None:
    model = workspace.letters.referral_letter(ron.referral_id)
    vraag = next(p for p in editable_parts(model) if p.key == "vraag")
    assert part_text(model, vraag).startswith("Wilt u de heer Bakker")
    edited = with_edits(model, {"vraag": "Kunt u hem deze week bellen?\nGraag voor vrijdag."})
    text = edited.text()
    assert "Kunt u hem deze week bellen?\nGraag voor vrijdag.\n\nTerugkoppeling" in text
    assert "binnen twee weken" not in text
    assert "Toestemming" in text  # the bound sections stay
    assert (edited.document_id, edited.kenmerk) == (model.document_id, model.kenmerk)
    assert part_text(edited, vraag) == "Kunt u hem deze week bellen?\nGraag voor vrijdag."
    assert sum(isinstance(b, Heading) for b in edited.blocks) == sum(
        isinstance(b, Heading) for b in model.blocks
    )


def test_a_bsn_typed_into_free_text_blocks_again(workspace: Workspace, ron: Persona) -> None:
    model = workspace.letters.gp_feedback(ron.client_id)
    assert not model.blocking
    edited = with_edits(model, {"beoordeling": "Zie BSN 999993653."})
    assert [f.code for f in edited.blocking] == ["bsn_in_text"]
    fixed = with_edits(edited, {"beoordeling": "Schulden staan voorop"})
    assert not fixed.blocking
    assert fixed.soep is not None
    assert fixed.soep.e.startswith("Schulden staan voorop. Signalering: ")


def test_the_status_update_letter_follows_the_soep_edit(workspace: Workspace, ron: Persona) -> None:
    model = workspace.letters.status_update(ron.referral_id)
    edited = with_edits(model, {"vervolg": "Bellen over twee weken. Geen actie huisarts nodig."})
    assert edited.soep is not None
    assert edited.soep.p == "Bellen over twee weken. Geen actie huisarts nodig."
    assert "P: Bellen over twee weken." in edited.text()


def test_codes_typed_into_the_summary_block(workspace: Workspace, ron: Persona) -> None:
    model = workspace.letters.client_summary(ron.client_id)
    edited = with_edits(model, {"doen": "- Z01 bespreken\n- Samen bellen"})
    assert "code_pattern" in [f.code for f in edited.blocking]
    assert "- Samen bellen" in edited.text()
    assert with_edits(model, {"doen": ""}).text().count("We spreken dit de volgende keer af.") >= 1
