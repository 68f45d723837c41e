"""Letter models: data minimisation by consent and whitelist, refusals, step-6 checks, audit."""

from datetime import date, timedelta

import pytest

from pohsd.documents.models import (
    GEEN_TOESTEMMING,
    GEEN_ZORGAANBIEDER,
    NIET_TOEGESTAAN,
    NIET_VASTLEGGEN,
    PRAKTIJKINSTELLING,
)
from pohsd.documents.verwijsbrief import require_consent
from pohsd.domain.errors import ValidationError
from pohsd.domain.intake import ConsentRecord
from pohsd.services.consents import UITLEG
from tests.unit.documents.personas import GREET_BSN, RON_BSN, SCHULDHULP, make_ron


def _omitted(model) -> set[tuple[str, str]]:
    return {(o.item, o.reason) for o in model.omitted}


def test_referral_letter_holds_only_consented_domains_and_data(workspace, ron):
    letter = workspace.letters.referral_letter(ron.referral_id)
    text = letter.text()
    assert "Betreft: Aanmelding Schuldhulpverlening gemeente Demodorp – de heer R. Bakker" in text
    assert "Esdoornstraat 8, 1234 CD Voorbeeldstad" in text  # adres: consented
    assert "Telefoon 06-12345678" in text
    assert "Schulden totaal ongeveer: € 23.000" in text  # geld: consented
    assert "Huurachterstand (maanden): ja (1)" in text  # wonen.huisuitzetting: consented
    assert "Marja Bakker" in text
    assert "06-87654321" in text
    # not consented: gezondheid, meedoen, the rest of wonen, e-mail, BSN, scores
    for absent in ("psychiater", "Alcohol", "MHI-5", "DJG-6", "Zit vooral thuis",
                   "Woonsituatie", "ron@example.org", RON_BSN, "Zelfredzaamheid",
                   "Eigen cijfer", "Z01"):  # fmt: skip
        assert absent not in text, absent
    omitted = _omitted(letter)
    assert ("Gezondheid (psychisch, middelen)", GEEN_TOESTEMMING) in omitted
    assert ("Meedoen (ontmoeting, dagbesteding)", GEEN_TOESTEMMING) in omitted
    assert ("BSN", GEEN_TOESTEMMING) in omitted
    assert ("E-mail", GEEN_TOESTEMMING) in omitted
    assert ("Zelfredzaamheidsscores", GEEN_TOESTEMMING) in omitted
    assert letter.consent_id == ron.consent_id
    assert not letter.bsn_included
    assert (
        "toestemming gegeven om naam en geboortedatum, adres, telefoon en contactpersoon "
        "uit netwerk over geld en dreigende huisuitzetting te delen" in text
    )
    assert letter.blocking == ()


def test_bsn_goes_only_to_a_zorgaanbieder_with_consent(workspace, greet):
    maatje = workspace.letters.referral_letter(greet.referral_id)
    assert GREET_BSN not in maatje.text()
    assert ("BSN", GEEN_ZORGAANBIEDER) in _omitted(maatje)
    ggz = workspace.letters.referral_letter(greet.extra["ggz_referral"])  # verwijzing-zorg
    assert f"BSN {GREET_BSN}" in ggz.text()
    assert ggz.bsn_included
    assert ggz.blocking == ()
    # the passive death wish never goes to a provider, even with gezondheid.psychisch consented
    assert "Levensmoe" not in ggz.text()
    assert ("Levensmoe", NIET_TOEGESTAAN) in _omitted(ggz)


def test_withdrawn_consent_refuses_the_letter(workspace, ron):
    workspace.consents.withdraw(ron.consent_id)
    with pytest.raises(ValidationError) as caught:
        workspace.letters.referral_letter(ron.referral_id)
    assert (caught.value.field, caught.value.rule) == ("consent", "consent_withdrawn")


def test_expired_consent_refuses_the_letter(workspace, ron):
    today = date.today()
    referral = workspace.referrals.create(
        ron.client_id, ron.services[SCHULDHULP], question="Opnieuw",
        consent={"leefgebieden": ["geld"], "gegevens": ["naam en geboortedatum"],
                 "doel": "aanmelding", "vorm": "mondeling", "geldig_tot": today},
    )  # fmt: skip
    assert workspace.letters.referral_letter(referral.id, today=today).consent_id
    with pytest.raises(ValidationError) as caught:
        workspace.letters.referral_letter(referral.id, today=today + timedelta(days=1))
    assert caught.value.rule == "consent_expired"


def test_consent_until_end_of_referral_ends_with_it(workspace, ron):
    workspace.referrals.transition(
        ron.referral_id, "geannuleerd", effective=date.today(), source="telefoon",
        reason_code="situatie opgelost",
    )  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        workspace.letters.referral_letter(ron.referral_id)
    assert caught.value.rule == "consent_expired"


def test_require_consent_names_what_is_missing(workspace, ron):
    referral = workspace.referrals.get(ron.referral_id)
    with pytest.raises(ValidationError) as none:
        require_consent(None, referral, date.today())
    assert none.value.rule == "consent_required"
    other = ConsentRecord("x", "gericht", date.today(),
                          {"status": "actief", "ontvanger": {"service_id": "elders"}})  # fmt: skip
    with pytest.raises(ValidationError) as wrong:
        require_consent(other, referral, date.today())
    assert wrong.value.rule == "consent_other_recipient"


def test_gp_feedback_bsn_only_with_the_practice_setting(workspace, ron):
    letter = workspace.letters.gp_feedback(ron.client_id)
    assert RON_BSN not in letter.text()
    assert ("BSN", PRAKTIJKINSTELLING) in _omitted(letter)
    workspace.practice.set_setting("terugkoppeling.bsn", "1")
    with_bsn = workspace.letters.gp_feedback(ron.client_id)
    assert f"BSN {RON_BSN}" in with_bsn.text()
    assert with_bsn.blocking == ()


def test_gp_feedback_has_signals_scores_and_only_confirmed_codes(workspace, ron):
    letter = workspace.letters.gp_feedback(ron.client_id)
    text = letter.text()
    assert "Afsluiting energie of water, afgehandeld" in text  # signals always included
    assert "MHI-5 | 44 (< 60)" in text
    assert "DJG-6 | 4 (enigszins eenzaam)" in text
    assert "Z01 Armoede/financiële problemen" in text
    assert "Z29 Andere sociale problemen" in text
    assert "Z06" not in text  # never confirmed
    assert "Stemming en alcohol met cliënt bespreken" in text
    assert letter.titel.endswith("– intake")
    headings = [b.text for b in letter.blocks if type(b).__name__ == "Heading" and b.level == 1]
    assert headings == ["Kern", "Contacten", "Aanleiding en hulpvraag", "Signaleringen",
                        "Leefgebieden", "Metingen", "Wat is voor de cliënt het belangrijkste",
                        "Zorgnetwerk", "Plan en verwijzingen", "Vraag aan de huisarts",
                        "ICPC (bevestigd door POH)", "Vervolg"]  # fmt: skip


def test_excluded_domain_stays_out_of_every_letter(workspace, ron):
    workspace.consents.record_vastleggen(
        ron.client_id, "ja, behalve", ["gezondheid"], "mondeling", date.today(), UITLEG
    )
    letter = workspace.letters.gp_feedback(ron.client_id)
    assert "psychiater" not in letter.text()
    assert "Alcohol" not in letter.text()
    assert ("Gezondheid", NIET_VASTLEGGEN) in _omitted(letter)
    assert "psychiater" not in letter.soep.s
    assert "MHI-5" not in letter.soep.o


def test_bsn_like_number_in_free_text_blocks_export(workspace, tmp_path):
    persona = make_ron(workspace)
    intake = workspace.intakes.open(persona.intake_id)
    assert intake.answers["prioriteit.wens"]
    workspace.intakes.save_drafts(
        persona.intake_id, {"prioriteit.wens": (f"Mijn nummer is {RON_BSN[:3]} {RON_BSN[3:]}",
                                                "beantwoord")},
    )  # fmt: skip
    workspace.intakes.promote(persona.intake_id)
    letter = workspace.letters.referral_letter(persona.referral_id)
    assert [f.code for f in letter.blocking] == ["bsn_in_text"]
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError) as caught:
        workspace.letters.export(letter, folder, "pdf")
    assert caught.value.rule == "bsn_in_text"
    assert list(folder.iterdir()) == []


def test_building_and_exporting_are_audited(workspace, ron, tmp_path):
    letter = workspace.letters.referral_letter(ron.referral_id)
    path = workspace.letters.export(letter, tmp_path, "docx")
    rows = workspace.audit.entries(client_id=ron.client_id, limit=10)
    events = [(r.event, r.object_id, r.purpose) for r in rows]
    assert ("letter.referral", ron.referral_id, "zorgverlening") in events
    assert ("document.export", letter.document_id, "verwijzing") in events
    export = next(r for r in rows if r.event == "document.export")
    assert export.outcome == "success"
    assert export.action == "export"
    assert path.exists()
