"""Instellingen › Back-up: folder, schedule, retention, "Nu een back-up maken", sets, restore."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,  # noqa: TID251 — a controller
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.changes import Changes
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.domain.progress import Progress
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.backup_vm import (
    BackupJob,
    BackupOverview,
    BackupPrefs,
    read_overview,
    restore_and_close,
    save_prefs,
)
from ui.views.backup_table import BackupTable, size_text, when_text
from ui.views.form_helpers import heading
from ui.widgets.backup_restore_dialog import RestoreDialog

if TYPE_CHECKING:
    from pohsd.services.backup_sets import BackupInfo

SAVE_DELAY_MS = 500
W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str, accessible: str) -> W:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class BackupSettings(QWidget):
    """Controller of the Back-up tab; settings are saved at once (debounced).

    Signals:
        lock_requested(str): a restore finished (or failed after closing): lock the window.
    """

    lock_requested = Signal(str)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("BackupSettings", text)

    def __init__(
        self,
        runner: TaskRunner,
        bridge: ChangeBridge,
        parent: QWidget | None = None,
        *,
        allow_weak_kdf: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupSettings")
        self._runner = runner
        self._bridge = bridge
        self._allow_weak_kdf = allow_weak_kdf
        self._loading = False
        self._saved_folder = ""  # the folder as last loaded or saved
        self.dialog: RestoreDialog | None = None
        self.job = BackupJob(runner, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self, self.tr("Back-up"), "backupSettingsHeading", 1.15))
        intro = QLabel(
            self.tr(
                "Een back-up is een versleutelde kopie van alle gegevens, met het "
                "sleutelbestand erbij. Elke kopie wordt direct na het maken gecontroleerd. "
                "De map mag op een netwerkschijf van de praktijk staan; de sociale kaart "
                "wordt niet meegekopieerd (die haalt u opnieuw op)."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        intro.setMaximumWidth(760)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        folder_row = QHBoxLayout()
        self.folder = _named(QLineEdit(self), "backupFolder", self.tr("Map voor back-ups"))
        self.folder.setMinimumWidth(420)
        self.folder.setMaximumWidth(640)
        self.choose = _named(
            QPushButton(self.tr("Kiezen…"), self), "backupChooseFolder", self.tr("Map kiezen")
        )
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        form.addRow(self.tr("Map voor back-ups"), folder_row)
        self.daily = _named(
            QCheckBox(self.tr("Elke dag een back-up maken (na het ontgrendelen)"), self),
            "backupDaily",
            self.tr("Elke dag een back-up maken"),
        )
        form.addRow("", self.daily)
        self.on_exit = _named(
            QCheckBox(self.tr("Een back-up maken bij het afsluiten"), self),
            "backupOnExit",
            self.tr("Een back-up maken bij het afsluiten"),
        )
        form.addRow("", self.on_exit)
        keep_row = QHBoxLayout()
        self.keep_daily = _named(
            QSpinBox(self), "backupKeepDaily", self.tr("Aantal dagelijkse back-ups bewaren")
        )
        self.keep_daily.setRange(1, 90)
        self.keep_daily.setSuffix(self.tr(" dagelijkse"))
        self.keep_weekly = _named(
            QSpinBox(self), "backupKeepWeekly", self.tr("Aantal wekelijkse back-ups bewaren")
        )
        self.keep_weekly.setRange(0, 52)
        self.keep_weekly.setSuffix(self.tr(" wekelijkse"))
        for spin in (self.keep_daily, self.keep_weekly):
            spin.setMinimumWidth(150)
            keep_row.addWidget(spin)
        keep_row.addStretch(1)
        form.addRow(self.tr("Bewaren"), keep_row)
        layout.addLayout(form)

        now_row = QHBoxLayout()
        self.make = _named(
            QPushButton(self.tr("Nu een back-up maken"), self),
            "backupNow",
            self.tr("Nu een back-up maken"),
        )
        self.make.setProperty("primary", True)
        self.bar = _named(QProgressBar(self), "backupProgress", self.tr("Voortgang van de back-up"))
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(260)
        self.bar.setVisible(False)
        now_row.addWidget(self.make)
        now_row.addWidget(self.bar)
        now_row.addStretch(1)
        layout.addLayout(now_row)
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)

        layout.addWidget(heading(self, self.tr("Back-ups in deze map"), "backupListHeading", 1.0))
        self.table = BackupTable(self)
        layout.addWidget(self.table, 1)
        restore_row = QHBoxLayout()
        self.restore = _named(
            QPushButton(self.tr("Terugzetten…"), self),
            "backupRestore",
            self.tr("Gekozen back-up terugzetten"),
        )
        self.restore.setEnabled(False)
        restore_row.addWidget(self.restore)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SAVE_DELAY_MS)
        self._debounce.timeout.connect(self.save)
        self.folder.editingFinished.connect(self._folder_done)
        self.choose.clicked.connect(self._choose_folder)
        for box in (self.daily, self.on_exit):
            box.toggled.connect(self._edited)
        for spin in (self.keep_daily, self.keep_weekly):
            spin.valueChanged.connect(self._edited)
        self.make.clicked.connect(self.make_backup)
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._made)
        self.job.failed.connect(self._make_failed)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.restore.clicked.connect(self.ask_restore)

    # ---- loading and saving --------------------------------------------------------------

    def clear(self) -> None:
        self._debounce.stop()
        self._loading = True
        self.folder.clear()
        self._saved_folder = ""
        self.daily.setChecked(True)
        self.on_exit.setChecked(True)
        self._loading = False
        self.status.clear()
        self.bar.setVisible(False)
        self.table.show_sets([])
        self.restore.setEnabled(False)

    def refresh(self) -> None:
        self._runner.db(read_overview).success(self._show).failure(self._failed).run()

    def _show(self, overview: BackupOverview) -> None:
        if not self._debounce.isActive():
            prefs = overview.prefs
            self._loading = True
            self.folder.setText(prefs.folder)
            self._saved_folder = prefs.folder.strip()
            self.folder.setPlaceholderText(prefs.default_folder)
            self.daily.setChecked(prefs.daily)
            self.on_exit.setChecked(prefs.on_exit)
            self.keep_daily.setValue(max(1, prefs.keep_daily))
            self.keep_weekly.setValue(prefs.keep_weekly)
            self._loading = False
        self._show_sets(list(overview.sets))

    def _show_sets(self, sets: list[BackupInfo]) -> None:
        self.table.show_sets(sets)
        self._selection_changed()

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._debounce.start()

    def _folder_done(self) -> None:
        """Enter or leaving the field: save only a changed folder (focus moves a lot)."""
        if not self._loading and self.folder.text().strip() != self._saved_folder:
            self.save()

    def _choose_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Map voor back-ups kiezen"))
        dialog.setObjectName("backupFolderDialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        start = self.folder.text() or self.folder.placeholderText()
        if start:
            dialog.setDirectory(start)
        dialog.fileSelected.connect(self.set_folder)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def set_folder(self, folder: str) -> None:
        self.folder.setText(folder)
        self.save()

    def prefs(self) -> BackupPrefs:
        return BackupPrefs(
            folder=self.folder.text().strip(),
            daily=self.daily.isChecked(),
            on_exit=self.on_exit.isChecked(),
            keep_daily=self.keep_daily.value(),
            keep_weekly=self.keep_weekly.value(),
        )

    def save(self) -> None:
        self._debounce.stop()
        prefs = self.prefs()
        self._saved_folder = prefs.folder
        self._runner.db(lambda ws: save_prefs(ws, prefs)).success(self._saved).failure(
            self._failed
        ).run()

    def _saved(self, _result: object) -> None:
        self.status.setText(self.tr("Opgeslagen."))
        self._bridge.publish(Changes(audit=True), self)
        self.refresh()  # another folder shows other sets

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        self.status.setText(error_text(exc))

    # ---- making a backup -----------------------------------------------------------------

    def make_backup(self) -> None:
        if self._debounce.isActive():
            self.save()  # queued first: the backup goes to the folder just chosen
        if not self.job.start("manual"):
            return
        self.make.setEnabled(False)
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.status.setText(self.tr("Bezig met de back-up…"))

    def _progress(self, value: Progress) -> None:
        if value.total > 0:
            self.bar.setRange(0, value.total)
            self.bar.setValue(value.done)

    def _made(self, info: BackupInfo | None) -> None:
        self.make.setEnabled(True)
        self.bar.setVisible(False)
        if info is not None:
            self.status.setText(
                arg(
                    self.tr("Back-up gemaakt en gecontroleerd: %1 (%2)."),
                    when_text(info),
                    size_text(info.size),
                )
            )
            self._bridge.publish(Changes(audit=True), self)
        self.refresh()

    def _make_failed(self, exc: BaseException) -> None:
        self.make.setEnabled(True)
        self.bar.setVisible(False)
        self._failed(exc)
        self.refresh()

    # ---- restoring ---------------------------------------------------------------------------

    def selected(self) -> BackupInfo | None:
        return self.table.selected()

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore.setEnabled(info is not None and info.verified)

    def ask_restore(self) -> None:
        info = self.selected()
        if info is None or not info.verified:
            return
        dialog = RestoreDialog(when_text(info), self)
        self.dialog = dialog
        dialog.confirmed.connect(lambda passphrase: self._run_restore(info.path, passphrase))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: RestoreDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _run_restore(self, path: Path, passphrase: str) -> None:
        weak = self._allow_weak_kdf
        self._runner.db(lambda ws: restore_and_close(ws, path, passphrase, weak)).success(
            self._restored
        ).failure(self._restore_failed).run()

    def _restored(self, name: str) -> None:
        if self.dialog is not None:
            self.dialog.force_close()
        self.lock_requested.emit("restore")
        self._tell(
            QMessageBox.Icon.Information,
            self.tr(
                "De back-up is teruggezet. Ontgrendel opnieuw met uw wachtwoordzin om verder "
                "te werken."
            ),
        )

    def _restore_failed(self, exc: BaseException) -> None:
        if self._runner.has_workspace:  # refused before anything changed: try again
            if self.dialog is not None:
                self.dialog.show_failure(exc)
            else:
                self._failed(exc)
            return
        if self.dialog is not None:
            self.dialog.force_close()
        self.lock_requested.emit("restore")
        self._tell(QMessageBox.Icon.Warning, error_text(exc))

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Back-up terugzetten"), text, parent=self.window())
        box.setObjectName("restoreResult")
        box.finished.connect(lambda _r: box.deleteLater())
        box.open()
