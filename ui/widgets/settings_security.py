"""Instellingen › Beveiliging: the idle lock and a new recovery key."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,  # noqa: TID251 — a controller may ask for confirmation
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.changes import Changes
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.policy import Policy
from pohsd.security.lockpolicy import (
    DEFAULT_IDLE_MINUTES,
    MAX_IDLE_MINUTES,
    MIN_IDLE_MINUTES,
    LockPolicy,
)
from pohsd.security.recovery import format_recovery_key, new_recovery_key
from ui.bridge import ChangeBridge
from ui.i18n import arg
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.session import IDLE_SETTING
from ui.views.form_helpers import heading
from ui.widgets.recovery_key_panel import RecoveryKeyDialog


class SecuritySettings(QWidget):
    """Controller of the Beveiliging tab.

    Signals:
        idle_minutes_changed(int): the idle lock limit was saved.
    """

    idle_minutes_changed = Signal(int)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SecuritySettings", text)

    def __init__(self, runner: TaskRunner, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("securitySettings")
        self._runner = runner
        self._bridge = bridge
        self._loading = False
        self.key_dialog: RecoveryKeyDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self, self.tr("Automatisch vergrendelen"), "idleHeading", 1.15))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle = QSpinBox(self)
        self.idle.setObjectName("idleMinutes")
        self.idle.setAccessibleName(self.tr("Minuten tot automatisch vergrendelen"))
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setValue(DEFAULT_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" minuten"))
        self.idle.setMinimumWidth(140)
        form.addRow(self.tr("Vergrendelen na"), self.idle)
        layout.addLayout(form)
        idle_hint = QLabel(
            self.tr(
                "Zonder toetsaanslag of muisbeweging vergrendelt het programma zich na deze tijd "
                "(1 tot 15 minuten). Met Ctrl+L vergrendelt u meteen."
            ),
            self,
        )
        idle_hint.setWordWrap(True)
        idle_hint.setProperty("role", "hint")
        layout.addWidget(idle_hint)
        self.idle_policy = QLabel(self)
        self.idle_policy.setObjectName("idlePolicyNote")
        self.idle_policy.setProperty("role", "hint")
        self.idle_policy.setWordWrap(True)
        self.idle_policy.setVisible(False)
        layout.addWidget(self.idle_policy)
        self.status = QLabel(self)
        self.status.setObjectName("securityStatus")
        self.status.setProperty("role", "hint")
        layout.addWidget(self.status)
        layout.addSpacing(16)
        layout.addWidget(heading(self, self.tr("Herstelsleutel"), "recoveryHeading", 1.15))
        recovery_hint = QLabel(
            self.tr(
                "Een nieuwe herstelsleutel vervangt de vorige: het oude blad in de kluis werkt "
                "daarna niet meer. Doe dit als het blad zoek is of als iemand het heeft gezien "
                "die het niet mocht zien."
            ),
            self,
        )
        recovery_hint.setWordWrap(True)
        recovery_hint.setProperty("role", "hint")
        layout.addWidget(recovery_hint)
        self.new_key = QPushButton(self.tr("Nieuwe herstelsleutel maken…"), self)
        self.new_key.setObjectName("newRecoveryKey")
        self.new_key.setAccessibleName(self.tr("Nieuwe herstelsleutel maken"))
        layout.addWidget(self.new_key, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(500)
        self._debounce.timeout.connect(self._save_idle)
        self.idle.valueChanged.connect(self._idle_edited)
        self.new_key.clicked.connect(self._confirm_new_key)

    def clear(self) -> None:
        self._debounce.stop()
        self.status.clear()
        if self.key_dialog is not None:
            self.key_dialog.force_close()
            self.key_dialog = None

    def refresh(self) -> None:
        self._runner.db(lambda ws: ws.practice.policy()).success(self._show_policy).failure(
            self._failed
        ).run()
        self._runner.db(
            lambda ws: ws.practice.setting(IDLE_SETTING, str(DEFAULT_IDLE_MINUTES))
        ).success(self._show_idle).failure(self._failed).run()

    def _show_policy(self, policy: Policy) -> None:
        """The beheerder's maximum: shorter is allowed, longer is not offered."""
        limit = policy.idle_minutes_max or MAX_IDLE_MINUTES
        self._loading = True
        self.idle.setMaximum(limit)
        self._loading = False
        self.idle_policy.setVisible(policy.idle_minutes_max is not None)
        self.idle_policy.setText(
            arg(self.tr("Vastgelegd door de beheerder: hoogstens %1 minuten."), limit)
        )

    def _show_idle(self, value: str) -> None:
        if self._debounce.isActive():
            return  # the user changed it meanwhile; that value is about to be saved
        try:
            minutes = LockPolicy(int(value)).idle_minutes
        except ValueError:
            minutes = DEFAULT_IDLE_MINUTES
        self._loading = True
        self.idle.setValue(minutes)
        self._loading = False

    def _idle_edited(self, _value: int) -> None:
        if not self._loading:
            self._debounce.start()

    def _save_idle(self) -> None:
        minutes = LockPolicy(self.idle.value()).idle_minutes
        self._runner.db(lambda ws: ws.practice.set_setting(IDLE_SETTING, str(minutes))).success(
            lambda _r: self._idle_saved(minutes)
        ).failure(self._failed).run()

    def _idle_saved(self, minutes: int) -> None:
        self.status.setText(self.tr("Opgeslagen."))
        self._bridge.publish(Changes(audit=True), self)
        self.idle_minutes_changed.emit(minutes)

    def _confirm_new_key(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("confirmNewRecoveryKey")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Nieuwe herstelsleutel"))
        box.setText(
            self.tr(
                "Een nieuwe herstelsleutel maken? De vorige herstelsleutel werkt daarna niet meer."
            )
        )
        make = box.addButton(self.tr("Nieuwe sleutel maken"), QMessageBox.ButtonRole.AcceptRole)
        make.setObjectName("confirmNewRecoveryKeyYes")
        box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(make)
        box.finished.connect(lambda _r: self._make_key() if box.clickedButton() is make else None)
        box.open()

    def _make_key(self) -> None:
        # The key is only made here; it replaces the old one once the user confirms it is kept.
        self.new_key.setEnabled(False)
        key = format_recovery_key(new_recovery_key())
        self._runner.db(lambda ws: ws.practice.get().naam).success(
            lambda name: self._show_key(key, name)
        ).failure(self._failed).run()

    def _show_key(self, key: str, practice_name: str) -> None:
        self.key_dialog = RecoveryKeyDialog(key, practice_name, self)
        self.key_dialog.finished.connect(lambda result: self._key_dialog_closed(key, result))
        self.key_dialog.open()

    def _key_dialog_closed(self, key: str, result: int) -> None:
        if self.key_dialog is not None:
            self.key_dialog.deleteLater()
            self.key_dialog = None
        if result != QDialog.DialogCode.Accepted:
            self.new_key.setEnabled(True)  # closed by a lock: the old key stays valid
            return
        self._runner.db(lambda ws: ws.set_recovery_key(key)).success(self._key_saved).failure(
            self._failed
        ).run()

    def _key_saved(self, _result: object) -> None:
        self.new_key.setEnabled(True)
        self.status.setText(self.tr("De nieuwe herstelsleutel is in gebruik."))
        self._bridge.publish(Changes(audit=True), self)

    def _failed(self, exc: BaseException) -> None:
        self.new_key.setEnabled(True)
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        self.status.setText(error_text(exc))
