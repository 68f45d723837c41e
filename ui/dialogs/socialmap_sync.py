"""Sociale kaart bijwerken: source address, progress, cancel, a held-back drop, the result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from pohsd.domain.progress import Progress
from ui.i18n import arg
from ui.messages import error_text
from ui.viewmodels.socialmap_sync_vm import SyncJob
from ui.views.client_list_view import title_font

_STAGES = {
    "pages": QT_TRANSLATE_NOOP("SocialMapSyncDialog", "Voorzieningen ophalen: %1 binnen…"),
    "changes": QT_TRANSLATE_NOOP("SocialMapSyncDialog", "Wijzigingen ophalen: %1 binnen…"),
    "ids": QT_TRANSLATE_NOOP("SocialMapSyncDialog", "Nagaan welke voorzieningen er nog zijn: %1…"),
    "details": QT_TRANSLATE_NOOP("SocialMapSyncDialog", "Details ophalen: %1 van %2…"),
    "socialmap.build": QT_TRANSLATE_NOOP("SocialMapSyncDialog", "Inlezen: %1 van %2…"),
}


def _named(widget: Any, name: str, accessible: str) -> Any:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class SocialMapSyncDialog(QDialog):
    """Runs the page's SyncJob; the old map stays unless a new one is complete and accepted."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SocialMapSyncDialog", text)

    def __init__(
        self, job: SyncJob, url: str, start: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("socialmap_sync_dialog")
        self.setWindowTitle(self.tr("Sociale kaart bijwerken"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.job = job
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        title = QLabel(self.tr("Sociale kaart bijwerken"), self)
        title.setFont(title_font(self.font()))
        layout.addWidget(title)

        form = QFormLayout()
        self.url = _named(QLineEdit(self), "sync_url", self.tr("Adres van de bron"))
        self.url.setText(url)
        self.url.setPlaceholderText("https://")
        self.url.setMinimumWidth(420)
        form.addRow(self.tr("Adres van de bron"), self.url)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "Het adres van de HSDS-API van uw sociale kaart. Bijwerken haalt alle "
                "voorzieningen op; uw favorieten en eigen notities blijven bewaard."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)

        self.bar = _named(QProgressBar(self), "sync_progress", self.tr("Voortgang"))
        self.bar.setTextVisible(False)
        self.bar.setVisible(False)
        layout.addWidget(self.bar)
        self.stage = QLabel(self)
        self.stage.setObjectName("sync_stage")
        self.stage.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.stage)
        self.message = QLabel(self)
        self.message.setObjectName("sync_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.held_box = QFrame(self)
        self.held_box.setObjectName("sync_held")
        self.held_box.setFrameShape(QFrame.Shape.StyledPanel)
        held_layout = QVBoxLayout(self.held_box)
        self.held_text = QLabel(self.held_box)
        self.held_text.setObjectName("sync_held_text")
        self.held_text.setWordWrap(True)
        self.held_text.setTextFormat(Qt.TextFormat.PlainText)
        held_layout.addWidget(self.held_text)
        held_buttons = QHBoxLayout()
        self.accept_drop = _named(
            QPushButton(self.tr("Toch bijwerken"), self.held_box),
            "sync_accept_drop",
            self.tr("Toch bijwerken"),
        )
        self.keep_old = _named(
            QPushButton(self.tr("Huidige kaart houden"), self.held_box),
            "sync_keep_old",
            self.tr("Huidige kaart houden"),
        )
        for button in (self.accept_drop, self.keep_old):
            button.setAutoDefault(False)
            held_buttons.addWidget(button)
        held_buttons.addStretch(1)
        held_layout.addLayout(held_buttons)
        self.held_box.setVisible(False)
        layout.addWidget(self.held_box)

        self.show_skipped = _named(
            QPushButton(self.tr("Overgeslagen tonen"), self),
            "sync_show_skipped",
            self.tr("Overgeslagen voorzieningen tonen"),
        )
        self.show_skipped.setCheckable(True)
        self.show_skipped.setAutoDefault(False)
        self.show_skipped.setVisible(False)
        layout.addWidget(self.show_skipped, 0, Qt.AlignmentFlag.AlignLeft)
        self.skipped = _named(
            QPlainTextEdit(self), "sync_skipped", self.tr("Overgeslagen voorzieningen")
        )
        self.skipped.setReadOnly(True)
        self.skipped.setVisible(False)
        layout.addWidget(self.skipped, 1)
        layout.addStretch(0)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = _named(
            QPushButton(self.tr("Bijwerken"), self), "sync_start", self.tr("Nu bijwerken")
        )
        self.start_button.setToolTip(self.tr("Bijwerken (Ctrl+Enter)"))
        self.start_button.setProperty("primary", True)
        self.start_button.setDefault(True)
        self.close_button = _named(
            QPushButton(self.tr("Sluiten"), self), "sync_close", self.tr("Sluiten of annuleren")
        )
        self.close_button.setAutoDefault(False)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._start)

        self.start_button.clicked.connect(self._start)
        self.close_button.clicked.connect(self.reject)
        self.accept_drop.clicked.connect(lambda: self._start(accept_drop=True))
        self.keep_old.clicked.connect(self._keep_old)
        self.show_skipped.toggled.connect(self._toggle_skipped)
        job.started.connect(self._started)
        job.progress.connect(self._progress)
        job.succeeded.connect(self._succeeded)
        job.held.connect(self._held)
        job.failed.connect(self._failed)
        self._listening = True
        self.resize(640, self.sizeHint().height())
        if job.running:
            self.url.setText(job.url)
            self._started(job.url)
        elif start and url.strip():
            self._start()
        else:
            self.url.setFocus()

    # ---- running -------------------------------------------------------------------------

    def _start(self, accept_drop: bool = False) -> None:
        if self.job.running:
            return
        url = self.url.text().strip()
        if not url:
            self.message.setText(self.tr("Vul het adres van de bron in."))
            self.url.setFocus()
            return
        if not url.lower().startswith(("https://", "http://")):
            self.message.setText(self.tr("Het adres moet beginnen met https:// of http://."))
            self.url.setFocus()
            return
        self.job.start(url, accept_drop=accept_drop)

    def _started(self, _url: str) -> None:
        self.held_box.setVisible(False)
        self.show_skipped.setChecked(False)
        self.show_skipped.setVisible(False)
        self.message.clear()
        self.url.setEnabled(False)
        self.start_button.setEnabled(False)
        self.close_button.setText(self.tr("Annuleren"))
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.stage.setText(self.tr("Verbinden met de bron…"))
        self.close_button.setFocus()
        self._fit()

    def _progress(self, value: Progress) -> None:
        text = _STAGES.get(value.stage)
        if text is None:
            return
        if value.total > 0:
            self.bar.setRange(0, value.total)
            self.bar.setValue(min(value.done, value.total))
        else:
            self.bar.setRange(0, 0)
        self.stage.setText(arg(self.tr(text), value.done, value.total))

    def _fit(self) -> None:
        """Grow to show what became visible (wrapped text needs its height for this width)."""
        layout = self.layout()
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(self.width())
        else:
            height = layout.totalSizeHint().height()
        if height > self.height():
            self.resize(self.width(), height)

    def _finished_running(self) -> None:
        self.bar.setVisible(False)
        self.stage.clear()
        self.url.setEnabled(True)
        self.start_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Sluiten"))

    def _succeeded(self, result: Any) -> None:
        self._finished_running()
        text = self.tr("De sociale kaart is bijgewerkt: %1 diensten bijgewerkt, %2 overgeslagen.")
        message = arg(text, result.count, len(result.skipped))
        if result.withdrawn:
            message += " " + arg(self.tr("%1 voorzieningen zijn ingetrokken."), result.withdrawn)
        self.message.setText(message)
        lines = [f"{sid}: {reason}" for sid, reason in result.skipped]
        self.skipped.setPlainText("\n".join(lines))
        self.show_skipped.setText(arg(self.tr("Overgeslagen tonen (%1)"), len(lines)))
        self.show_skipped.setVisible(bool(lines))
        self.close_button.setFocus()
        self._fit()

    def _held(self, withdrawn: int, active: int) -> None:
        self._finished_running()
        text = self.tr(
            "De nieuwe kaart haalt %1 van de %2 voorzieningen weg. Dat is meer dan 20 % en kan "
            "een fout bij de bron zijn. Wilt u de kaart toch bijwerken? Anders blijft de huidige "
            "kaart in gebruik."
        )
        self.held_text.setText(arg(text, withdrawn, active))
        self.held_box.setVisible(True)
        self.keep_old.setFocus()
        self._fit()

    def _keep_old(self) -> None:
        self.held_box.setVisible(False)
        self.message.setText(self.tr("De huidige kaart blijft in gebruik."))

    def _failed(self, exc: BaseException) -> None:
        self._finished_running()
        self.message.setText(error_text(exc))
        self.close_button.setFocus()
        self._fit()

    def _toggle_skipped(self, on: bool) -> None:
        self.skipped.setVisible(on)
        if on:
            self.resize(self.width(), max(self.height(), 460))
        self._fit()

    # ---- closing -------------------------------------------------------------------------

    @override
    def reject(self) -> None:
        """Esc or Annuleren: while running cancel (the dialog stays to tell it); else close."""
        if self.job.running:
            self.job.cancel()
            self.stage.setText(self.tr("Bezig met annuleren…"))
            self.close_button.setEnabled(False)
            return
        super().reject()

    @override
    def done(self, result: int) -> None:
        """Override QDialog.done: stop listening to the page's job (it outlives the dialog)."""
        if self._listening:
            self._listening = False
            self._disconnect()
        super().done(result)

    def _disconnect(self) -> None:
        for signal, slot in (
            (self.job.started, self._started),
            (self.job.progress, self._progress),
            (self.job.succeeded, self._succeeded),
            (self.job.held, self._held),
            (self.job.failed, self._failed),
        ):
            signal.disconnect(slot)

    def force_close(self) -> None:
        """A lock: cancel what runs and close at once."""
        self.job.cancel()
        QDialog.reject(self)
