"""SOEP text (letters §2.1): content per line, copy modes, wrapping, character sets."""

from datetime import date

from pohsd.documents.models import Soep
from pohsd.documents.soep import ASCII, charset, copy_all, copy_field, length_findings
from pohsd.domain.client import ClientInput


def _lines(text: str) -> list[str]:
    return text.rstrip("\n").split("\n")


def test_soep_lines_follow_the_spec(workspace, ron):
    soep = workspace.letters.gp_feedback(ron.client_id).soep
    assert soep.s.startswith("Intake POH-SD, 60 min. Verwezen door huisarts: Gaat niet goed")
    assert "Hulpvraag: “Ik wil weer meedoen, iets zinnigs doen overdag”." in soep.s
    assert "Geld: inkomen: uitkering van de gemeente;" in soep.s
    assert "Netwerk: Marja Bakker (broer of zus; steun, luisterend oor, contactpersoon)" in soep.s
    assert soep.o.startswith("Rapportcijfer leven 4. Eigen cijfers: gezondheid 5, geld 2, "
                             "wonen 6, meedoen 3. MHI-5 44 (< 60). DJG-6 4, enigszins eenzaam "
                             "(emotioneel 2, sociaal 2).")  # fmt: skip
    assert (
        "Zelfredzaamheid: psychisch 3, middelen 3, schulden 2, administratie 2, "
        "dagbesteding 2." in soep.o
    )
    assert "Geen suïcidale gedachten. Kindcheck: geen kinderen." in soep.o
    assert "Signalering: Afsluiting energie of water, afgehandeld" in soep.e
    assert soep.e.endswith("ICPC: Z01 Armoede/financiële problemen; Z29 Andere sociale problemen.")
    assert (
        "Aanmelding Schuldhulpverlening gemeente Demodorp (Gemeente Demodorp) (toestemming"
        in soep.p
    )
    assert "Vraag aan huisarts: Stemming en alcohol met cliënt bespreken" in soep.p
    assert "Vervolg POH " in soep.p


def test_copy_all_wraps_at_80_with_prefixes_and_indent(workspace, ron):
    soep = workspace.letters.gp_feedback(ron.client_id).soep
    text = copy_all(soep)
    lines = _lines(text)
    assert [line[:3] for line in lines if not line.startswith("   ")] == ["S: ", "O: ", "E: ",
                                                                          "P: "]  # fmt: skip
    assert all(len(line) <= 80 for line in lines)
    assert all(line == line.rstrip() and "\t" not in line and line for line in lines)
    assert "€" not in text
    assert "EUR 23.000" in " ".join(lines)
    assert "“" not in text
    assert '"Ik wil weer meedoen' in text
    # never broken between a label and its number, a number and its unit, a code and its title
    for line in lines:
        assert not line.endswith((" Z01", " Z29", "leven", "MHI-5", "EUR"))
        assert not line.lstrip().startswith(("min.", "glazen", "Armoede", "44 "))
    wide = _lines(copy_all(soep, width=200))
    assert max(len(line) for line in wide) <= 120
    narrow = _lines(copy_all(soep, width=10))
    assert max(len(line) for line in narrow) <= 60


def test_copy_field_has_no_hard_line_breaks_and_ascii_mode_drops_diacritics():
    soep = Soep("Cliënt zegt: “het gaat…” – €\u00a040", "-", "-", "-")
    assert copy_field(soep.s) == 'Cliënt zegt: "het gaat..." - EUR 40'
    assert "\n" not in copy_field("een\ntwee")
    assert charset("suïcidale gedachten, één", ASCII) == "suicidale gedachten, een"
    assert copy_field("") == "-"


def test_empty_fields_are_a_dash(workspace):
    client, _ = workspace.clients.create(ClientInput("Piet", "Leeg", date(1990, 1, 1)))
    soep = workspace.letters.gp_feedback(client.id).soep
    assert soep.s == "-"
    assert soep.o == "-"
    assert soep.p == "-"
    assert soep.e == "Signalering: geen."


def test_length_warnings_above_the_limits():
    long = "woord " * 300
    findings = length_findings(Soep(long, long, long, "-"))
    assert [f.code for f in findings] == ["soep_field_length"] * 3 + ["soep_block_length"]
    assert all(not f.blocking for f in findings)
