"""Instellingen › Sociale kaart: source, sync on start, old-map warning, the previous map."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.changes import Changes
from pohsd.domain.errors import ErrorCode, PohsdError
from pohsd.policy import Policy
from ui.bridge import ChangeBridge
from ui.messages import error_text
from ui.tasks import TaskRunner
from ui.viewmodels.socialmap_sync_vm import (
    DEFAULT_WARN_MONTHS,
    MAX_WARN_MONTHS,
    MIN_WARN_MONTHS,
    MapPrefs,
    read_prefs,
    save_prefs,
)
from ui.views.form_helpers import heading
from ui.widgets.settings_map_rollback import SocialMapRollback

SAVE_DELAY_MS = 500


class SocialMapSettings(QWidget):
    """Controller of the Sociale kaart tab; every change is saved at once (debounced)."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SocialMapSettings", text)

    def __init__(self, runner: TaskRunner, bridge: ChangeBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("socialMapSettings")
        self._runner = runner
        self._bridge = bridge
        self._loading = False
        self._url_dirty = False  # the address is saved when the field is left (or Enter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self, self.tr("Sociale kaart"), "socialMapSettingsHeading", 1.15))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.url = QLineEdit(self)
        self.url.setObjectName("socialmapUrl")
        self.url.setAccessibleName(self.tr("Adres van de bron (HSDS-API)"))
        self.url.setPlaceholderText("https://")
        self.url.setMinimumWidth(420)
        self.url.setMaximumWidth(720)
        form.addRow(self.tr("Adres van de bron"), self.url)
        self.sync_on_start = QCheckBox(
            self.tr("Bijwerken bij het starten als er internet is"), self
        )
        self.sync_on_start.setObjectName("socialmapSyncOnStart")
        self.sync_on_start.setAccessibleName(self.tr("Bijwerken bij het starten"))
        form.addRow("", self.sync_on_start)
        self.warn_months = QSpinBox(self)
        self.warn_months.setObjectName("socialmapWarnMonths")
        self.warn_months.setAccessibleName(
            self.tr("Waarschuwen als de kaart ouder is dan dit aantal maanden")
        )
        self.warn_months.setRange(MIN_WARN_MONTHS, MAX_WARN_MONTHS)
        self.warn_months.setValue(DEFAULT_WARN_MONTHS)
        self.warn_months.setSuffix(self.tr(" maanden"))
        self.warn_months.setMinimumWidth(140)
        form.addRow(self.tr("Waarschuwen als de kaart ouder is dan"), self.warn_months)
        layout.addLayout(form)
        self.url_policy = QLabel(
            self.tr("Vastgelegd door de beheerder: de bron kunt u hier niet wijzigen."), self
        )
        self.url_policy.setObjectName("socialmapUrlPolicyNote")
        self.url_policy.setProperty("role", "hint")
        self.url_policy.setWordWrap(True)
        self.url_policy.setVisible(False)
        layout.addWidget(self.url_policy)
        hint = QLabel(
            self.tr(
                "Het adres is dat van de HSDS-API van de sociale kaart in uw gemeente of regio. "
                "Bijwerken doet u op het scherm Sociale kaart met Bijwerken…; bij het starten "
                "gebeurt het op de achtergrond. Lukt het niet, dan blijft de vorige kaart in "
                "gebruik en ziet u een melding."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        hint.setMaximumWidth(720)
        layout.addWidget(hint)
        layout.addSpacing(12)
        self.rollback = SocialMapRollback(runner, bridge, self)
        layout.addWidget(self.rollback)
        self.status = QLabel(self)
        self.status.setObjectName("socialmapSettingsStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SAVE_DELAY_MS)
        self._debounce.timeout.connect(self.save)
        self.url.textEdited.connect(self._url_edited)
        self.url.editingFinished.connect(self._save_now)
        self.sync_on_start.toggled.connect(self._edited)
        self.warn_months.valueChanged.connect(self._edited)
        self.rollback.message.connect(self.status.setText)

    def clear(self) -> None:
        self._debounce.stop()
        self._url_dirty = False
        self._loading = True
        self.url.clear()
        self.sync_on_start.setChecked(False)
        self.warn_months.setValue(DEFAULT_WARN_MONTHS)
        self._loading = False
        self.status.clear()
        self.rollback.clear()

    def refresh(self) -> None:
        self._runner.db(lambda ws: ws.practice.policy()).success(self._show_policy).failure(
            self._failed
        ).run()
        self._runner.db(read_prefs).success(self._show).failure(self._failed).run()
        self.rollback.refresh()

    def _show_policy(self, policy: Policy) -> None:
        """A source fixed in the beheerder's policy file is shown read-only."""
        fixed = policy.socialmap_url is not None
        self.url.setReadOnly(fixed)
        self.url.setProperty("policy", "fixed" if fixed else "")
        self.url.style().polish(self.url)  # the style sheet greys fixed fields
        self.url_policy.setVisible(fixed)

    def _show(self, prefs: MapPrefs) -> None:
        if self._debounce.isActive() or self._url_dirty:
            return  # the user changed something meanwhile; that is about to be saved
        self._loading = True
        self.url.setText(prefs.url)
        self.sync_on_start.setChecked(prefs.sync_on_start)
        self.warn_months.setValue(prefs.warn_months)
        self._loading = False

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._debounce.start()

    def _url_edited(self, _text: str) -> None:
        self._url_dirty = True
        self.status.clear()

    def _save_now(self) -> None:
        if self._debounce.isActive() or self._url_dirty:
            self.save()

    def save(self) -> None:
        self._debounce.stop()
        self._url_dirty = False
        url = self.url.text().strip()
        if url and not url.lower().startswith(("https://", "http://")):
            self.status.setText(self.tr("Het adres moet beginnen met https:// of http://."))
            return
        on, months = self.sync_on_start.isChecked(), self.warn_months.value()
        self._runner.db(lambda ws: save_prefs(ws, url, on, months)).success(self._saved).failure(
            self._failed
        ).run()

    def _saved(self, _result: object) -> None:
        self.status.setText(self.tr("Opgeslagen."))
        self._bridge.publish(Changes(audit=True), self)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, PohsdError) and exc.code == ErrorCode.LOCKED:
            return
        self.status.setText(error_text(exc))
