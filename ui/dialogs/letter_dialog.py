"""Brief: preview, free-text edits, checks, Definitief (versions); export, print, copy, drag."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QVBoxLayout, QWidget
from typing_extensions import override

from pohsd.documents.frozen import FrozenLetter
from pohsd.documents.models import LetterModel
from pohsd.domain.changes import Changes
from pohsd.domain.errors import ValidationError
from ui.bridge import ChangeBridge
from ui.clipboard import SensitiveClipboard, shared_clipboard
from ui.i18n import arg
from ui.messages import error_text
from ui.models.letter_checks import finding_text, no_findings_text
from ui.models.letter_html import letter_html
from ui.models.letter_state import consent_text, output_tip, state_text
from ui.tasks import TaskRunner
from ui.viewmodels.letter_vm import (
    CLIENT_SUMMARY,
    GP_FEEDBACK,
    REFERRAL,
    STATUS_UPDATE,
    LetterRequest,
    LetterViewModel,
    looks_cloud_synced,
)
from ui.views.letter_view import LetterView

EDIT_DELAY_MS = 300
TITLES = {
    GP_FEEDBACK: QT_TRANSLATE_NOOP("LetterDialog", "Terugkoppeling aan de huisarts"),
    CLIENT_SUMMARY: QT_TRANSLATE_NOOP("LetterDialog", "Samenvatting voor de cliënt"),
    REFERRAL: QT_TRANSLATE_NOOP("LetterDialog", "Verwijsbrief"),
    STATUS_UPDATE: QT_TRANSLATE_NOOP("LetterDialog", "Statusupdate verwijzing"),
}
#: The labels of pohsd.documents.edits, listed so the translation tools find them.
PART_LABELS = (
    QT_TRANSLATE_NOOP("LetterDialog", "Hulpvraag"),
    QT_TRANSLATE_NOOP("LetterDialog", "Vraag aan de ontvanger"),
    QT_TRANSLATE_NOOP("LetterDialog", "Kern"),
    QT_TRANSLATE_NOOP("LetterDialog", "Aanleiding en hulpvraag"),
    QT_TRANSLATE_NOOP("LetterDialog", "Beoordeling (E in de SOEP-tekst)"),
    QT_TRANSLATE_NOOP("LetterDialog", "Vraag aan de huisarts"),
    QT_TRANSLATE_NOOP("LetterDialog", "Beoordeling (E)"),
    QT_TRANSLATE_NOOP("LetterDialog", "Plan en vervolg (P)"),
    QT_TRANSLATE_NOOP("LetterDialog", "Wat gaat goed"),
    QT_TRANSLATE_NOOP("LetterDialog", "Wat wilt u veranderen"),
    QT_TRANSLATE_NOOP("LetterDialog", "Wat gaan we doen"),
)
_CLOUD = QT_TRANSLATE_NOOP(
    "LetterDialog",
    "Let op: deze map wordt met de cloud gesynchroniseerd; het bestand is daar niet versleuteld.",
)


class LetterDialog(QDialog):
    """Controller of one letter: the view model builds it, the view shows it."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("LetterDialog", text)

    @classmethod
    def open_for(
        cls,
        runner: TaskRunner,
        parent: QWidget | None,
        kind: str,
        *,
        client_id: str | None = None,
        referral_id: str | None = None,
        intake_id: str | None = None,
        bridge: ChangeBridge | None = None,
        clipboard: SensitiveClipboard | None = None,
        document_id: str | None = None,
        version: int | None = None,
    ) -> LetterDialog:
        """Open the preview of `kind` (gp-feedback, client-summary, referral, status-update).

        With `document_id` and `version` the frozen version is shown read-only, ready to go out.
        """
        request = LetterRequest(kind, client_id, referral_id, intake_id, document_id, version)
        dialog = cls(runner, request, parent, bridge=bridge, clipboard=clipboard)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def __init__(
        self,
        runner: TaskRunner,
        request: LetterRequest,
        parent: QWidget | None = None,
        *,
        bridge: ChangeBridge | None = None,
        clipboard: SensitiveClipboard | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("letter_dialog")
        self.setWindowTitle(self.tr(TITLES.get(request.kind, TITLES[GP_FEEDBACK])))
        self.resize(1180, 720)
        self._bridge = bridge
        self.clipboard = clipboard or shared_clipboard()
        self.vm = LetterViewModel(runner, request, self)
        self.view = LetterView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.title.setText(self.windowTitle())
        self.view.preview.setPlainText(self.tr("De brief wordt gemaakt…"))
        self._set_outputs(False)
        self.view.copy_button.setVisible(request.kind in (GP_FEEDBACK, STATUS_UPDATE))
        self.view.confirm.setVisible(request.kind == CLIENT_SUMMARY and not request.is_frozen)
        self.view.final_button.setEnabled(False)
        self._edit_timer = QTimer(self)
        self._edit_timer.setSingleShot(True)
        self._edit_timer.setInterval(EDIT_DELAY_MS)
        self._edit_timer.timeout.connect(self._apply_edits)
        self.file_dialog: QFileDialog | None = None

        v = self.view
        v.pdf_button.clicked.connect(lambda: self.export("pdf"))
        v.docx_button.clicked.connect(lambda: self.export("docx"))
        v.print_button.clicked.connect(self._ask_print)
        v.copy_button.clicked.connect(self.copy_for_his)
        v.folder_button.clicked.connect(self._open_folder)
        v.close_button.clicked.connect(self.reject)
        v.final_button.clicked.connect(self.finalise)
        v.correct_button.clicked.connect(self.start_correction)
        v.confirm.toggled.connect(lambda _on: self._update_final())
        v.reason.textChanged.connect(lambda _t: self._update_final())
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.finalise)
        self.vm.loaded.connect(self._on_loaded)
        self.vm.model_changed.connect(self._show_model)
        self.vm.failed.connect(self._on_failed)
        self.vm.exported.connect(self._on_exported)
        self.vm.recorded.connect(self._on_recorded)
        self.vm.output_failed.connect(self._on_output_failed)
        self.vm.finalised.connect(self._on_finalised)
        self.vm.finalise_failed.connect(self._on_output_failed)
        self.vm.load()

    # ---- showing ---------------------------------------------------------------------------

    def _on_loaded(self, model: LetterModel) -> None:
        for part, text in self.vm.parts():
            editor = self.view.add_field(part.key, self.tr(part.label), text)
            editor.textChanged.connect(self._edit_timer.start)
        if self.vm.request.is_frozen:  # shown as it was sent; "Corrigeren…" makes a new version
            self.view.set_fields_editable(False)
            self.view.correct_button.show()
        self._show_model(model)

    def _show_model(self, model: LetterModel) -> None:
        v = self.view
        bar = v.preview.verticalScrollBar()
        position = bar.value()
        v.preview.setHtml(letter_html(model))
        bar.setValue(position)
        lines = [
            (self.tr("Blokkeert: ") if f.blocking else self.tr("Let op: ")) + finding_text(f)
            for f in (*model.blocking, *model.warnings)
        ]
        v.checks.setText("\n".join(lines) if lines else "✓ " + no_findings_text())
        omitted = [f"• {o.item} — {o.reason}" for o in model.omitted]
        v.omitted.setText("\n".join(omitted) if omitted else self.tr("Alles is opgenomen."))
        self._set_outputs(True)
        self._update_final()

    def _set_outputs(self, ready: bool) -> None:
        """Outputs only for a frozen version (letters §0.1: step 8 Definitief, then 9 Uitvoer)."""
        v = self.view
        can = ready and self.vm.can_export
        tip = output_tip(self.vm.model, can=can) if ready else ""
        for button in (v.pdf_button, v.docx_button, v.print_button, v.copy_button):
            button.setEnabled(can and (button is not v.copy_button or self.vm.has_soep))
            button.setToolTip(tip)

    def _update_final(self) -> None:
        """The Definitief button, the reason field of a correction and the state line."""
        v, vm = self.view, self.vm
        model = vm.model
        correction = vm.is_correction
        v.show_reason(correction)
        needs_tick = vm.request.kind == CLIENT_SUMMARY and not vm.request.is_frozen
        ready = (
            vm.can_finalise
            and (not correction or bool(v.reason.text().strip()))
            and (not needs_tick or v.confirm.isChecked())
        )
        v.final_button.setEnabled(ready)
        v.final_button.setText(
            self.tr("Correctie definitief maken") if correction else self.tr("Definitief maken")
        )
        v.state.setText(
            state_text(
                model,
                final=vm.is_final,
                correction=correction,
                tick_missing=needs_tick and not v.confirm.isChecked(),
            )
        )

    # ---- Definitief --------------------------------------------------------------------------

    def finalise(self) -> None:
        """Freeze the letter as shown (a correction with its reason); audited."""
        self.flush_edits()
        if not self.view.final_button.isEnabled():
            return
        reason = self.view.reason.text() if self.vm.is_correction else ""
        self.view.final_button.setEnabled(False)
        self.view.status.setText(self.tr("Bezig met definitief maken…"))
        self.vm.finalise(reason)

    def _on_finalised(self, frozen: FrozenLetter) -> None:
        v = self.view
        v.error.hide()
        v.reason.clear()
        v.correct_button.hide()
        v.set_fields_editable(True)
        v.status.clear()  # the state line says it: version and kenmerk
        if self.vm.model is not None:
            self._show_model(self.vm.model)
        self._publish()

    def start_correction(self) -> None:
        """Make the free text of a frozen version editable: an edit becomes the next version."""
        v = self.view
        v.correct_button.hide()
        v.set_fields_editable(True)
        v.status.setText(
            self.tr("Pas de vrije tekst aan. Een correctie wordt een nieuwe versie met een reden.")
        )
        first = next(iter(v.fields.values()), None)
        if first is not None:
            first.setFocus()

    def _apply_edits(self) -> None:
        for key, editor in self.view.fields.items():
            if self.vm.text_of(key) != editor.toPlainText():
                self.vm.set_text(key, editor.toPlainText())

    def flush_edits(self) -> None:
        """Apply what is typed now (before an output, so the file has the latest text)."""
        if self._edit_timer.isActive():
            self._edit_timer.stop()
            self._apply_edits()

    def _on_failed(self, exc: BaseException) -> None:
        rule = exc.rule if isinstance(exc, ValidationError) and exc.field == "consent" else ""
        text = consent_text(rule) or error_text(exc)
        self._show_error(text)
        self.view.preview.clear()
        self.view.splitter.hide()  # nothing to show; the message says what is missing
        self.view.state.parentWidget().hide()
        self._set_outputs(False)

    def _show_error(self, text: str) -> None:
        self.view.error.setText(text)
        self.view.error.show()

    # ---- output ----------------------------------------------------------------------------

    def export(self, fmt: str, folder: str | None = None) -> None:
        """Write PDF or DOCX into `folder`, the default export folder, or one the user picks."""
        self.flush_edits()
        if not self.vm.can_export:
            return
        target = folder or self.vm.prefs.export_folder
        if target and Path(target).is_dir():
            self.view.status.setText(self.tr("Bezig met opslaan…"))
            self.vm.export(fmt, target)
            return
        dialog = QFileDialog(self, self.tr("Kies de map voor het bestand"))
        dialog.setObjectName("letter_folder_dialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda chosen: self.export(fmt, chosen) if chosen else None)
        self.file_dialog = dialog
        dialog.open()

    def _on_exported(self, path: Path) -> None:
        v = self.view
        v.status.setText(
            arg(
                self.tr("Opgeslagen als %1 in %2. Sleep het bestand naar het HIS of open de map."),
                path.name,
                str(path.parent),
            )
        )
        if looks_cloud_synced(path.parent):
            v.status.setText(v.status.text() + " " + self.tr(_CLOUD))
        v.drag_handle.path = path
        v.drag_handle.show()
        v.folder_button.show()
        self._publish()

    def _open_folder(self) -> None:
        path = self.vm.last_export
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def _ask_print(self) -> None:
        self.flush_edits()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("letter_print_dialog")
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.open()

    def print_to(self, printer: QPrinter) -> None:
        """Print straight to `printer` (no file in between); audited as document.print."""
        self.flush_edits()
        model = self.vm.model
        if model is None or not self.vm.can_export:
            return
        html = letter_html(model)
        document = QTextDocument(self)
        document.setHtml(html)
        document.print_(printer)
        document.deleteLater()
        self.vm.record("print", html)
        self.view.status.setText(self.tr("De brief is naar de printer gestuurd."))

    def copy_for_his(self) -> None:
        """The SOEP text on the clipboard, marked sensitive and cleared later; audited."""
        self.flush_edits()
        text = self.vm.soep_text()
        if not text or not self.vm.can_export:
            return
        seconds = self.vm.prefs.clear_seconds
        self.clipboard.copy(
            text, seconds=seconds, audit=lambda digest: self.vm.record_hash("clipboard", digest)
        )
        self.view.status.setText(
            arg(
                self.tr("De SOEP-tekst staat op het klembord. Na %1 seconden wordt hij gewist."),
                seconds,
            )
        )

    def _on_recorded(self, _channel: str) -> None:
        self._publish()

    def _on_output_failed(self, exc: BaseException) -> None:
        self.view.status.clear()
        self._show_error(error_text(exc))

    def _publish(self) -> None:
        if self._bridge is not None:
            self._bridge.publish(Changes(audit=True), self)

    # ---- closing ---------------------------------------------------------------------------

    def force_close(self) -> None:
        """At a lock: drop the letter and everything typed, then close."""
        self._edit_timer.stop()
        self.vm.close()
        self.view.clear_values()
        if self.file_dialog is not None:
            self.file_dialog.reject()
        self.reject()

    @override
    def reject(self) -> None:
        """Override QDialog.reject: nothing is kept after closing."""
        self._edit_timer.stop()
        self.vm.close()
        super().reject()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget.closeEvent."""
        self._edit_timer.stop()
        self.vm.close()
        super().closeEvent(event)
