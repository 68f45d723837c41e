"""Instellingen › Brieven: default export folder, clipboard clearing, practice templates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pohsd.documents.models import SAMENVATTING, STATUSUPDATE, TERUGKOPPELING, VERWIJSBRIEF
from pohsd.domain.changes import Changes
from pohsd.domain.enums import Rol
from pohsd.domain.errors import ErrorCode, PohsdError, ValidationError
from ui.bridge import ChangeBridge
from ui.clipboard import CLEAR_SETTING, MAX_CLEAR_SECONDS, MIN_CLEAR_SECONDS
from ui.i18n import arg
from ui.messages import error_text, rule_text
from ui.tasks import TaskRunner
from ui.viewmodels.letter_vm import (
    EXPORT_FOLDER_SETTING,
    LetterPrefs,
    looks_cloud_synced,
    read_letter_prefs,
)
from ui.views.form_helpers import heading

if TYPE_CHECKING:  # the workspace (SQLAlchemy) is imported on the DB thread
    from pohsd.workspace import Workspace

SAVE_DELAY_MS = 500
TEMPLATE_KINDS = (
    (VERWIJSBRIEF, QT_TRANSLATE_NOOP("LetterSettings", "Verwijsbrief")),
    (TERUGKOPPELING, QT_TRANSLATE_NOOP("LetterSettings", "Terugkoppeling huisarts")),
    (STATUSUPDATE, QT_TRANSLATE_NOOP("LetterSettings", "Statusupdate verwijzing")),
    (SAMENVATTING, QT_TRANSLATE_NOOP("LetterSettings", "Samenvatting voor de cliënt")),
)


def template_report_text(exc: BaseException) -> str:
    """The import check of a template (letters §4.3) in Dutch, naming the fields found."""
    if not (isinstance(exc, ValidationError) and exc.field == "template"):
        return error_text(exc)
    name = str(exc.params.get("template", ""))
    if exc.rule == "unknown_placeholder":
        did_you_mean = QCoreApplication.translate("LetterSettings", "%1 (bedoelt u %2?)")
        parts = []
        suggestions = list(exc.params.get("suggestions", []))
        for i, tag in enumerate(exc.params.get("names", [])):
            hint = suggestions[i] if i < len(suggestions) else ""
            text = f"{{{{ {tag} }}}}"
            parts.append(arg(did_you_mean, text, hint) if hint else text)
        unknown = QCoreApplication.translate(
            "LetterSettings", "Het sjabloon %1 is niet geïnstalleerd. Onbekende velden: %2."
        )
        return arg(unknown, name, "; ".join(parts))
    if exc.rule == "placeholder_not_allowed":
        names = ", ".join(str(n) for n in exc.params.get("names", []))
        not_allowed = QCoreApplication.translate(
            "LetterSettings",
            "Het sjabloon %1 is niet geïnstalleerd. Deze velden mogen niet in dit soort brief: %2.",
        )
        return arg(not_allowed, name, names)
    failed = QCoreApplication.translate("LetterSettings", "Het sjabloon is niet geïnstalleerd: %1")
    return arg(failed, rule_text(exc.rule))


class LetterSettings(QWidget):
    """Controller of the Brieven tab; folder and clipboard time are saved at once."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("LetterSettings", text)

    def __init__(self, runner: TaskRunner, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("letterSettings")
        self._runner = runner
        self._bridge = bridge
        self._loading = False
        self.is_beheerder = False
        self.file_dialog: QFileDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self, self.tr("Brieven"), "letterSettingsHeading", 1.15))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("letterExportFolder")
        self.folder.setAccessibleName(self.tr("Standaardmap voor bestanden"))
        self.folder.setReadOnly(True)
        self.folder.setPlaceholderText(self.tr("geen: het programma vraagt het elke keer"))
        self.folder.setMinimumWidth(420)
        self.choose = self._button(self.tr("Kies map…"), "letterChooseFolder",
                                   self.tr("Standaardmap kiezen"))  # fmt: skip
        self.no_folder = self._button(self.tr("Geen standaardmap"), "letterClearFolder",
                                      self.tr("Geen standaardmap gebruiken"))  # fmt: skip
        row = QHBoxLayout()
        row.setSpacing(8)
        for widget in (self.folder, self.choose, self.no_folder):
            row.addWidget(widget)
        form.addRow(self.tr("Standaardmap voor bestanden"), row)
        self.seconds = QSpinBox(self)
        self.seconds.setObjectName("letterClipboardSeconds")
        self.seconds.setAccessibleName(self.tr("Klembord wissen na dit aantal seconden"))
        self.seconds.setRange(MIN_CLEAR_SECONDS, MAX_CLEAR_SECONDS)
        self.seconds.setValue(LetterPrefs().clear_seconds)
        self.seconds.setSuffix(self.tr(" seconden"))
        self.seconds.setMinimumWidth(140)
        form.addRow(self.tr("Klembord wissen na"), self.seconds)
        layout.addLayout(form)
        layout.addWidget(self._hint(self.tr(
            "Bestanden krijgen een naam met soort brief, datum en kenmerk, nooit de naam van de "
            "cliënt. Kies geen map die met OneDrive of Dropbox wordt gesynchroniseerd: bestanden "
            "buiten het programma zijn niet versleuteld. Tekst voor het HIS wordt na deze tijd "
            "van het klembord gehaald, als er niets anders is gekopieerd."
        )))  # fmt: skip

        layout.addSpacing(12)
        layout.addWidget(
            heading(self, self.tr("Terugkoppeling aan de huisarts"), "feedbackHeading", 1.15)
        )
        self.feedback_boxes: dict[str, QCheckBox] = {}
        for key, text in (
            ("terugkoppeling.automatisch",
             self.tr("Statusupdate meteen klaarzetten na Gestart, Afgerond, Afgewezen of "
                     "Niet gestart")),
            ("terugkoppeling.wachtlijst", self.tr("Ook een statusupdate bij Wachtlijst")),
            ("terugkoppeling.geannuleerd", self.tr("Ook een statusupdate bij Geannuleerd")),
        ):  # fmt: skip
            box = QCheckBox(text, self)
            box.setObjectName("letterFeedback_" + key.split(".")[1])
            box.setAccessibleName(text)
            box.toggled.connect(lambda on, k=key: self._feedback_toggled(k, on))
            self.feedback_boxes[key] = box
            layout.addWidget(box)

        layout.addSpacing(12)
        layout.addWidget(heading(self, self.tr("Sjablonen"), "templateHeading", 1.15))
        layout.addWidget(self._hint(self.tr(
            "Een sjabloon is een Word-bestand met het briefhoofd van de praktijk en velden als "
            "{{ praktijk.naam }} en {{ inhoud }}. Het programma controleert het bij installeren."
        )))  # fmt: skip
        kinds = QHBoxLayout()
        kinds.setSpacing(8)
        self.kind = QComboBox(self)
        self.kind.setObjectName("letterTemplateKind")
        self.kind.setAccessibleName(self.tr("Soort brief"))
        for code, label in TEMPLATE_KINDS:
            self.kind.addItem(self.tr(label), code)
        kinds.addWidget(self.kind)
        self.open_templates = self._button(self.tr("Sjablonen openen"), "letterOpenTemplates",
                                           self.tr("Map met sjablonen openen"))  # fmt: skip
        self.install = self._button(self.tr("Sjabloon installeren…"), "letterInstallTemplate",
                                    self.tr("Sjabloon installeren"))  # fmt: skip
        self.restore = self._button(self.tr("Standaard herstellen"), "letterRestoreTemplate",
                                    self.tr("Standaardsjabloon herstellen"))  # fmt: skip
        for widget in (self.install, self.restore, self.open_templates):
            kinds.addWidget(widget)
        kinds.addStretch(1)
        layout.addLayout(kinds)
        self.role_hint = self._hint(
            self.tr("Alleen een beheerder kan sjablonen installeren of herstellen.")
        )
        self.role_hint.setObjectName("letterTemplateRoleHint")
        self.role_hint.hide()
        layout.addWidget(self.role_hint)
        self.report = QLabel(self)
        self.report.setObjectName("letterTemplateReport")
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.PlainText)
        self.report.setMaximumWidth(760)
        layout.addWidget(self.report)
        self.status = QLabel(self)
        self.status.setObjectName("letterSettingsStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.status.setMaximumWidth(760)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SAVE_DELAY_MS)
        self._debounce.timeout.connect(self._save_seconds)
        self.seconds.valueChanged.connect(self._seconds_edited)
        self.choose.clicked.connect(self._choose_folder)
        self.no_folder.clicked.connect(lambda: self.set_folder(""))
        self.open_templates.clicked.connect(self._open_templates)
        self.install.clicked.connect(self._choose_template)
        self.restore.clicked.connect(self.restore_default)

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setProperty("role", "hint")
        label.setMaximumWidth(760)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # ---- loading -----------------------------------------------------------------------

    def clear(self) -> None:
        self._debounce.stop()
        self._loading = True
        self.folder.clear()
        self.seconds.setValue(LetterPrefs().clear_seconds)
        self._loading = False
        self.report.clear()
        self.status.clear()
        if self.file_dialog is not None:
            self.file_dialog.reject()

    def refresh(self) -> None:
        def read(ws: Workspace) -> tuple[LetterPrefs, bool]:
            return read_letter_prefs(ws), ws.user.rol == Rol.BEHEERDER

        self._runner.db(read).success(self._show).failure(self._failed).run()
        keys = list(self.feedback_boxes)

        def read_feedback(ws: Workspace) -> dict[str, bool]:
            return {k: ws.practice.setting(k, "") == "1" for k in keys}

        self._runner.db(read_feedback).success(self._show_feedback).failure(self._failed).run()

    def _show_feedback(self, values: dict[str, bool]) -> None:
        for key, on in values.items():
            box = self.feedback_boxes[key]
            blocked = box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(blocked)

    def _feedback_toggled(self, key: str, on: bool) -> None:
        self._save(key, "1" if on else "0", lambda: None)

    def _show(self, result: tuple[LetterPrefs, bool]) -> None:
        prefs, beheerder = result
        self.is_beheerder = beheerder
        self.install.setEnabled(beheerder)
        self.restore.setEnabled(beheerder)
        self.role_hint.setVisible(not beheerder)
        self.folder.setText(prefs.export_folder)
        if not self._debounce.isActive():
            self._loading = True
            self.seconds.setValue(prefs.clear_seconds)
            self._loading = False

    # ---- export folder and clipboard -----------------------------------------------------------

    def _choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Kies de standaardmap voor bestanden"))
        dialog.setObjectName("letterFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda chosen: self.set_folder(chosen) if chosen else None)
        self.file_dialog = dialog
        dialog.open()

    def set_folder(self, folder: str) -> None:
        self._save(EXPORT_FOLDER_SETTING, folder, lambda: self.folder.setText(folder))

    def _seconds_edited(self, _value: int) -> None:
        if not self._loading:
            self._debounce.start()

    def _save_seconds(self) -> None:
        self._save(CLEAR_SETTING, str(self.seconds.value()), lambda: None)

    def _save(self, key: str, value: str, then: Callable[[], None]) -> None:
        def saved(_r: object) -> None:
            then()
            self.status.setText(self.tr("Opgeslagen."))
            if key == EXPORT_FOLDER_SETTING and looks_cloud_synced(value):
                self.status.setText(self.tr(
                    "Opgeslagen. Let op: deze map wordt met de cloud gesynchroniseerd; bestanden "
                    "buiten het programma zijn daar niet versleuteld."
                ))  # fmt: skip
            self._bridge.publish(Changes(audit=True), self)

        self._runner.db(lambda ws: ws.practice.set_setting(key, value)).success(saved).failure(
            self._failed
        ).run()

    # ---- templates -----------------------------------------------------------------------

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _open_templates(self) -> None:
        def folder(ws: Workspace) -> Path:
            path = ws.letters.templates.folder
            path.mkdir(parents=True, exist_ok=True)
            return path

        self._runner.db(folder).success(
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        ).failure(self._failed).run()

    def _choose_template(self) -> None:
        dialog = QFileDialog(self, self.tr("Kies een sjabloon (Word-bestand)"))
        dialog.setObjectName("letterTemplateDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Word-bestanden (*.docx)"))
        dialog.fileSelected.connect(lambda chosen: self.install_file(chosen) if chosen else None)
        self.file_dialog = dialog
        dialog.open()

    def install_file(self, path: str) -> None:
        """Check and install `path` as the practice template of the chosen kind (beheerder)."""
        kind = self.current_kind()
        self.report.clear()

        def install(ws: Workspace) -> None:
            ws.letters.install_template(kind, Path(path).read_bytes())

        self._runner.db(install).success(self._installed).failure(self._template_failed).run()

    def _installed(self, _report: object) -> None:
        self.report.setText(self.tr("Het sjabloon is geïnstalleerd. De controle vond geen fouten."))
        self._bridge.publish(Changes(audit=True), self)

    def restore_default(self) -> None:
        kind = self.current_kind()
        self._runner.db(lambda ws: ws.letters.restore_default_template(kind)).success(
            lambda _r: self._restored()
        ).failure(self._template_failed).run()

    def _restored(self) -> None:
        self.report.setText(self.tr("Het standaardsjabloon is weer in gebruik."))
        self._bridge.publish(Changes(audit=True), self)

    def _template_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            self.report.setText(self.tr("Het bestand kon niet worden gelezen."))
            return
        self.report.setText(template_report_text(exc))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        self.status.setText(error_text(exc))
