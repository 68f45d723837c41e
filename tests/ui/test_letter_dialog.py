"""Brief dialog: preview per kind, edits, Definitief then output (export, print, copy), audit."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter

from pohsd.documents.edits import editable_parts
from pohsd.documents.models import KINDS, Paragraph
from pohsd.workspace import Workspace
from tests.ui.intake_support import WAIT_MS, db, runner, settle
from tests.unit.documents.personas import Persona, bare_model, make_ron
from ui.clipboard import EXCLUSION_FORMATS, SensitiveClipboard
from ui.dialogs.letter_dialog import PART_LABELS, LetterDialog
from ui.models.letter_html import letter_html
from ui.tasks import TaskRunner
from ui.viewmodels.letter_vm import EXPORT_FOLDER_SETTING

__all__ = ["runner"]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path("/tmp/shots")


@pytest.fixture
def ron(qtbot: Any, runner: TaskRunner) -> Persona:
    return db(qtbot, runner, make_ron)


def _open(qtbot: Any, runner: TaskRunner, kind: str, **ids: Any) -> LetterDialog:
    dialog = LetterDialog.open_for(runner, None, kind, **ids)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: dialog.vm.model is not None or dialog.view.error.isVisible(), timeout=WAIT_MS
    )
    return dialog


def _finalise(qtbot: Any, dialog: LetterDialog) -> None:
    """Click "Definitief maken" (ticking the B1 confirmation first) and wait for the outputs."""
    if dialog.view.confirm.isVisible():
        dialog.view.confirm.setChecked(True)
    qtbot.waitUntil(dialog.view.final_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(dialog.view.final_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.view.print_button.isEnabled, timeout=WAIT_MS)


def _shot(dialog: LetterDialog, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / f"letter_{name}.png"))


@pytest.mark.parametrize("kind", ["gp-feedback", "client-summary", "referral", "status-update"])
def test_each_kind_opens_and_shows_the_letter(qtbot, runner, ron, kind) -> None:
    ids = {"client_id": ron.client_id} if kind in ("gp-feedback", "client-summary") else {
        "referral_id": ron.referral_id}  # fmt: skip
    dialog = _open(qtbot, runner, kind, **ids)
    _shot(dialog, kind.replace("-", "_"))
    assert not dialog.view.error.isVisible()
    text = dialog.view.preview.toPlainText()
    assert "Sanne de Vries" in text
    assert " — " in dialog.view.omitted.text()
    assert dialog.view.fields
    assert dialog.view.copy_button.isVisible() == (kind in ("gp-feedback", "status-update"))
    assert "Bakker" not in dialog.windowTitle()
    assert not dialog.view.pdf_button.isEnabled()  # Definitief first, then output
    assert "Concept" in dialog.view.state.text()
    assert dialog.view.confirm.isVisible() == (kind == "client-summary")
    assert dialog.view.final_button.isEnabled() == (kind != "client-summary")
    settle(qtbot, runner)


def _set_folder(qtbot: Any, runner: TaskRunner, folder: Path) -> None:
    db(qtbot, runner, lambda ws: ws.practice.set_setting(EXPORT_FOLDER_SETTING, str(folder)))


def _events(qtbot: Any, runner: TaskRunner, client_id: str) -> list[str]:
    rows = db(qtbot, runner, lambda ws: ws.audit.entries(client_id=client_id))
    return [r.event for r in rows if r.event.startswith("document.")]


def test_edited_hulpvraag_reaches_the_docx_and_the_name_stays_anonymous(
    qtbot, runner, ron, tmp_path
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    _set_folder(qtbot, runner, folder)
    dialog = _open(qtbot, runner, "referral", referral_id=ron.referral_id)
    editor = dialog.view.fields["hulpvraag"]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Graag snel een gesprek over de rekeningen")
    qtbot.waitUntil(
        lambda: "over de rekeningen" in dialog.view.preview.toPlainText(), timeout=WAIT_MS
    )
    _finalise(qtbot, dialog)
    qtbot.mouseClick(dialog.view.docx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.view.drag_handle.isVisible, timeout=WAIT_MS)
    [path] = list(folder.iterdir())
    assert path.name.startswith("verwijsbrief_")
    assert path.suffix == ".docx"
    for private in ("Ron", "Bakker", "1980", "Demodorp", "999993653"):
        assert private not in path.name
    texts = "\n".join(p.text for p in docx.Document(io.BytesIO(path.read_bytes())).paragraphs)
    assert "Graag snel een gesprek over de rekeningen" in texts
    assert "iets zinnigs doen overdag" not in texts
    assert path.name in dialog.view.status.text()
    mime = dialog.view.drag_handle.mime_data()
    assert mime is not None
    assert [u.toLocalFile() for u in mime.urls()] == [str(path)]
    _shot(dialog, "exported")
    qtbot.mouseClick(dialog.view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(list(folder.iterdir())) == 2, timeout=WAIT_MS)
    settle(qtbot, runner)
    assert _events(qtbot, runner, ron.client_id).count("document.export") == 2


def test_a_bsn_typed_in_free_text_blocks_export(qtbot, runner, ron) -> None:
    dialog = _open(qtbot, runner, "gp-feedback", client_id=ron.client_id)
    editor = dialog.view.fields["beoordeling"]
    editor.setPlainText("BSN 999993653 staat hier per ongeluk.")
    qtbot.waitUntil(lambda: "BSN" in dialog.view.checks.text(), timeout=WAIT_MS)
    assert not dialog.view.final_button.isEnabled()
    assert not dialog.view.copy_button.isEnabled()
    assert "blokkerend" in dialog.view.state.text()
    qtbot.wait(100)
    _shot(dialog, "blocked")
    editor.setPlainText("Schulden staan voorop.")
    qtbot.waitUntil(dialog.view.final_button.isEnabled, timeout=WAIT_MS)
    settle(qtbot, runner)


def test_print_goes_to_the_printer_and_is_audited(qtbot, runner, ron, tmp_path) -> None:
    dialog = _open(qtbot, runner, "status-update", referral_id=ron.referral_id)
    _finalise(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "print.pdf"
    printer.setOutputFileName(str(target))
    dialog.print_to(printer)
    raw = " ".join(page.extract_text() for page in PdfReader(target).pages)
    text = " ".join(raw.split())
    assert "Statusupdate verwijzing" in text
    assert "Schuldhulpverlening" in text
    qtbot.waitUntil(lambda: "document.print" in _events(qtbot, runner, ron.client_id),
                    timeout=WAIT_MS)  # fmt: skip


def test_copy_for_his_marks_the_clipboard_and_clears_it(qtbot, runner, ron) -> None:
    guard = SensitiveClipboard()
    dialog = LetterDialog.open_for(runner, None, "gp-feedback", client_id=ron.client_id,
                                   clipboard=guard)  # fmt: skip
    qtbot.addWidget(dialog)
    _finalise(qtbot, dialog)
    qtbot.waitUntil(dialog.view.copy_button.isEnabled, timeout=WAIT_MS)
    dialog.vm.prefs = dialog.vm.prefs.__class__(clear_seconds=1)
    qtbot.mouseClick(dialog.view.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text().startswith("S: Intake POH-SD")
    mime = clipboard.mimeData()
    for fmt, value in EXCLUSION_FORMATS.items():
        assert mime.hasFormat(fmt)
        assert bytes(mime.data(fmt).data()) == value
    assert "klembord" in dialog.view.status.text()
    qtbot.waitUntil(lambda: "document.clipboard" in _events(qtbot, runner, ron.client_id),
                    timeout=WAIT_MS)  # fmt: skip
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=5000)
    assert not guard.pending


def test_without_consent_the_referral_letter_says_what_is_missing(
    qtbot: Any, runner: TaskRunner, ron: Persona
) -> None:
    def withdraw(ws: Workspace) -> None:
        ws.consents.withdraw(ron.consent_id)

    db(qtbot, runner, withdraw)
    dialog = _open(qtbot, runner, "referral", referral_id=ron.referral_id)
    assert dialog.view.error.isVisible()
    assert "toestemming ingetrokken" in dialog.view.error.text()
    assert not dialog.view.pdf_button.isEnabled()
    assert not dialog.view.print_button.isEnabled()
    assert not dialog.view.final_button.isEnabled()
    _shot(dialog, "no_consent")
    settle(qtbot, runner)


def test_every_free_text_label_can_be_translated() -> None:
    labels = {part.label for kind in KINDS for part in editable_parts(bare_model(kind))}
    assert labels == set(PART_LABELS)


def test_typed_text_is_never_markup_in_the_preview() -> None:
    model = bare_model(blocks=(Paragraph("<img src=x> & <b>vet</b>"),))
    html = letter_html(model)
    assert "&lt;img src=x&gt; &amp; &lt;b&gt;vet&lt;/b&gt;" in html
    assert "<img" not in html


def test_definitief_enables_the_outputs_and_is_audited(qtbot, runner, ron) -> None:
    dialog = _open(qtbot, runner, "gp-feedback", client_id=ron.client_id)
    buttons = (dialog.view.pdf_button, dialog.view.docx_button, dialog.view.print_button,
               dialog.view.copy_button)  # fmt: skip
    assert not any(b.isEnabled() for b in buttons)
    assert dialog.view.pdf_button.toolTip() == "Maak de brief eerst definitief."
    dialog.resize(1366, 760)
    _finalise(qtbot, dialog)
    assert all(b.isEnabled() for b in buttons)
    assert not dialog.view.final_button.isEnabled()
    kenmerk = dialog.vm.model.kenmerk
    assert f"versie 1, kenmerk {kenmerk}" in dialog.view.state.text()
    assert dialog.view.state.text().startswith("✓ Definitief")
    qtbot.waitUntil(lambda: "document.finalise" in _events(qtbot, runner, ron.client_id),
                    timeout=WAIT_MS)  # fmt: skip
    [frozen] = db(qtbot, runner, lambda ws: ws.letters.versions(ron.client_id))
    assert (frozen.version, frozen.kenmerk) == (1, kenmerk)
    _shot(dialog, "definitief")
    settle(qtbot, runner)


def test_the_summary_needs_the_confirmation_tick(qtbot, runner, ron) -> None:
    dialog = _open(qtbot, runner, "client-summary", client_id=ron.client_id)
    assert not dialog.view.final_button.isEnabled()
    assert "Vink aan" in dialog.view.state.text()
    qtbot.mouseClick(dialog.view.confirm, Qt.MouseButton.LeftButton)
    assert dialog.view.confirm.isChecked()
    assert dialog.view.final_button.isEnabled()
    settle(qtbot, runner)


def test_an_edit_after_definitief_is_a_correction_that_asks_a_reason(
    qtbot, runner, ron, tmp_path
) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    _set_folder(qtbot, runner, folder)
    dialog = _open(qtbot, runner, "referral", referral_id=ron.referral_id)
    dialog.resize(1366, 760)
    _finalise(qtbot, dialog)
    assert not dialog.view.reason.isVisible()
    editor = dialog.view.fields["vraag"]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Wilt u hem deze week bellen?")
    qtbot.waitUntil(dialog.view.reason.isVisible, timeout=WAIT_MS)
    assert not dialog.view.pdf_button.isEnabled()  # the changed letter is not final
    assert not dialog.view.final_button.isEnabled()  # a reason is needed first
    assert dialog.view.final_button.text() == "Correctie definitief maken"
    assert "nieuwe versie" in dialog.view.state.text()
    _shot(dialog, "correctie")
    qtbot.keyClicks(dialog.view.reason, "Termijn aangepast na telefoontje")
    assert dialog.view.final_button.isEnabled()
    qtbot.mouseClick(dialog.view.final_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.view.pdf_button.isEnabled, timeout=WAIT_MS)
    assert not dialog.view.reason.isVisible()
    assert "versie 2" in dialog.view.state.text()
    versions = db(qtbot, runner, lambda ws: ws.letters.versions(ron.client_id))
    assert [(v.version, v.reason) for v in versions] == [
        (2, "Termijn aangepast na telefoontje"), (1, ""),
    ]  # fmt: skip
    qtbot.mouseClick(dialog.view.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.view.drag_handle.isVisible, timeout=WAIT_MS)
    [path] = list(folder.iterdir())
    assert path.name.endswith(f"_{versions[0].kenmerk}-v2.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    assert "deze week bellen" in " ".join(text.split())
    # typing the text of the frozen version back is no change: no reason asked
    editor.setPlainText(dialog.vm.text_of("vraag"))
    qtbot.wait(400)
    assert not dialog.view.reason.isVisible()
    settle(qtbot, runner)


def test_a_frozen_version_opens_read_only_with_its_outputs(qtbot, runner, ron) -> None:
    def freeze(ws: Workspace) -> Any:
        return ws.letters.finalise(ws.letters.status_update(ron.referral_id))

    frozen = db(qtbot, runner, freeze)
    dialog = _open(qtbot, runner, "status-update", referral_id=ron.referral_id,
                   document_id=frozen.document_id, version=frozen.version)  # fmt: skip
    qtbot.waitUntil(dialog.view.print_button.isEnabled, timeout=WAIT_MS)
    assert dialog.vm.model == frozen.model
    assert all(e.isReadOnly() for e in dialog.view.fields.values())
    assert not dialog.view.final_button.isEnabled()
    assert dialog.view.correct_button.isVisible()
    assert f"kenmerk {frozen.kenmerk}" in dialog.view.state.text()
    qtbot.mouseClick(dialog.view.correct_button, Qt.MouseButton.LeftButton)
    assert not any(e.isReadOnly() for e in dialog.view.fields.values())
    assert not dialog.view.correct_button.isVisible()
    settle(qtbot, runner)
