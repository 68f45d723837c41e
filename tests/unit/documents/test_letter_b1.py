"""Samenvatting voor de cliënt (letters §3): fixed headings, B1 rules, help line, code block."""

import re
from datetime import date

from pohsd.documents.b1 import EMPTY, HEADINGS, HELP_113, JARGON, b1_lint, sentences
from pohsd.documents.models import Bullets, Heading, Paragraph
from pohsd.domain.client import ClientInput
from pohsd.domain.intake import Goal


def _body_sentences(model) -> list[str]:
    lines = []
    for block in model.blocks:
        if isinstance(block, Bullets):
            lines.extend(block.items)
        elif isinstance(block, Paragraph):
            lines.append(block.text)
    return [s for line in lines for s in sentences(line)]


def test_b1_summary_rules_hold_for_greet(workspace, greet):
    summary = workspace.letters.client_summary(greet.client_id)
    text = summary.text()
    said = _body_sentences(summary)
    assert sum(len(s.split()) for s in said) / len(said) <= 12
    assert not re.search(r"\b[A-Z]\d\d\b", text)  # no ICPC code
    assert not [word for word in JARGON if word in text.casefold()]
    assert "Beste mevrouw de Graaf," in text
    assert summary.titel.startswith("Wat we hebben besproken op ")
    assert "1943" not in text
    assert "999990019" not in text
    assert summary.large_print  # forms are hard for her: read-aloud layout
    assert summary.blocking == ()


def test_five_headings_in_order_and_empty_sections_get_a_sentence(workspace, ron):
    summary = workspace.letters.client_summary(ron.client_id)
    headings = [b.text for b in summary.blocks if isinstance(b, Heading)]
    assert headings == list(HEADINGS)
    assert "Ik heb u aangemeld bij Schuldhulpverlening gemeente Demodorp." in summary.text()
    assert "Kunt u niet? Bel dan" in summary.text()
    assert summary.text().rstrip().endswith("Heeft u een vraag? Bel mij gerust.\nSanne de Vries")
    # the service name from the sociale kaart is jargon: a warning, not a block
    assert ("b1_jargon", False) in {(f.code, f.blocking) for f in summary.findings}
    client, _ = workspace.clients.create(ClientInput("Piet", "Leeg", date(1990, 1, 1)))
    bare = workspace.letters.client_summary(client.id)
    assert [b.text for b in bare.blocks if isinstance(b, Heading)] == list(HEADINGS)
    assert bare.text().count(EMPTY) == 4  # all but "Wie helpt u" (the POH is always there)


def test_help_line_after_an_open_suicide_signal(workspace, ron):
    assert HELP_113 not in workspace.letters.client_summary(ron.client_id).text()
    workspace.intakes.raise_signal(
        ron.intake_id, "suicide", "gezondheid.psychisch.suicidegedachten", "Direct"
    )
    assert HELP_113 in workspace.letters.client_summary(ron.client_id).text()


def test_codes_in_the_summary_block_it(workspace, ron, tmp_path):
    workspace.plan.save(ron.client_id, [Goal("geld.schulden", "Minder zorgen om Z01 en ZRM")])
    summary = workspace.letters.client_summary(ron.client_id)
    assert {f.detail for f in summary.blocking} >= {"Z01", "ZRM"}
    assert {f.code for f in summary.blocking} == {"code_pattern"}


def test_b1_lint_warns_on_long_sentences_passive_and_abbreviations():
    long = (
        "Dit is een hele lange zin met veel te veel woorden die niemand in een keer goed kan lezen."
    )
    blocks = [Paragraph(long), Paragraph("De brief wordt door de POH verstuurd."),
              Paragraph("Het is al gedaan.")]  # fmt: skip
    codes = [f.code for f in b1_lint(blocks)]
    assert "b1_long_sentence" in codes
    assert [f.code for f in b1_lint([Paragraph(long)])] == ["b1_long_sentence", "b1_average"]
    assert codes.count("b1_passive") == 2
    assert "b1_abbreviation" in codes
    assert all(not f.blocking for f in b1_lint(blocks))
    assert b1_lint([Paragraph("U belt mij. Ik help u.")]) == []
