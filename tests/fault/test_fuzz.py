"""Hypothesis: hostile exchange files and free text never corrupt the database or a letter."""

from __future__ import annotations

import copy
import io
import json
from datetime import date

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pohsd.domain.client import ClientInput
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.exchange.export import export_client
from pohsd.exchange.importer import import_client
from pohsd.store.engine import connect
from pohsd.workspace import Workspace
from tests.unit.test_exchange import FULL, JSON, mutated, stored

FIXTURE_OK = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]

# any unicode a person (or a paste from a web page or a PDF) could put into a text field
FREE_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)),  # no lone surrogates
    min_size=1,
    max_size=300,
)


def _db_clean(ws: Workspace) -> None:
    """Both integrity checks on the encrypted file and an intact audit chain."""
    con = connect(ws.paths.db, ws._dek)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA cipher_integrity_check").fetchall() == []
    finally:
        con.close()
    assert ws.audit.verify()[1] is None


def _document(draw: st.DrawFn) -> object:
    """A mutated valid file, a random JSON value, or a valid file given a fresh client id."""
    kind = draw(st.sampled_from(("mutated", "json", "valid")))
    if kind == "mutated":
        return draw(mutated())
    if kind == "json":
        return draw(JSON)
    doc = copy.deepcopy(FULL)
    return json.loads(json.dumps(doc).replace(doc["client"]["id"], draw(st.uuids(version=4)).hex))


def check_import(ws: Workspace, doc: object) -> None:
    before = stored(ws)
    error: PohsdError | None = None
    try:
        client_id = import_client(ws, doc)
    except PohsdError as exc:  # ValidationError included; anything else fails the test
        error = exc
    if error is None:
        assert stored(ws)[0] == before[0] + 1
        assert export_client(ws, client_id)["client"]["id"] == client_id
    else:
        assert error.code in (ErrorCode.INVALID_INPUT, ErrorCode.DB_EXISTS)
        assert stored(ws) == before  # nothing partially stored
    _db_clean(ws)


DOCUMENTS = st.composite(_document)()


@settings(max_examples=10, deadline=None, suppress_health_check=FIXTURE_OK)
@given(doc=DOCUMENTS)
def test_exchange_import_is_all_or_nothing_and_never_corrupts(workspace, doc) -> None:
    check_import(workspace, doc)


@pytest.mark.slow
@settings(max_examples=200, deadline=None, suppress_health_check=FIXTURE_OK)
@given(doc=DOCUMENTS)
def test_exchange_import_fuzz_long(workspace, doc) -> None:
    check_import(workspace, doc)


@pytest.fixture
def letter_client(workspace: Workspace) -> tuple[str, str]:
    client, _ = workspace.clients.create(ClientInput("Ron", "Bakker", date(1980, 6, 14)))
    intake, _ = workspace.intakes.start(client.id, "intake")
    return client.id, intake.id


def check_letter(ws: Workspace, client_id: str, intake_id: str, text: str) -> None:
    error: PohsdError | None = None
    try:
        ws.intakes.save_drafts(intake_id, {"opening.aanleiding": (text, "beantwoord")})
    except PohsdError as exc:  # e.g. only control characters: refused in Dutch, nothing stored
        error = exc
    if error is not None:
        assert error.code == ErrorCode.INVALID_INPUT
        return
    ws.intakes.promote(intake_id)
    model = ws.letters.gp_feedback(client_id, intake_id)
    document = docx.Document(io.BytesIO(ws.letters.render(model, "docx")))  # it reopens
    assert document.paragraphs
    pdf = ws.letters.render(model, "pdf")
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    _db_clean(ws)


@settings(max_examples=4, deadline=None, suppress_health_check=FIXTURE_OK)
@given(text=FREE_TEXT)
def test_any_free_text_gives_a_valid_docx_and_pdf_or_a_clean_error(
    workspace, letter_client, text
) -> None:
    check_letter(workspace, *letter_client, text)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE_OK)
@given(text=FREE_TEXT)
def test_free_text_letters_fuzz_long(workspace, letter_client, text) -> None:
    check_letter(workspace, *letter_client, text)
