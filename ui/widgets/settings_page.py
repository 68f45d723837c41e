"""Instellingen: Praktijk, Gebruikers, Sociale kaart, Brieven, Beveiliging, Privacy, Over (tabs)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

import pohsd
from ui.bridge import ChangeBridge
from ui.tasks import TaskRunner
from ui.viewmodels.session import AppConfig
from ui.views.form_helpers import heading
from ui.widgets.settings_backup import BackupSettings
from ui.widgets.settings_letters import LetterSettings
from ui.widgets.settings_practice import PracticeSettings
from ui.widgets.settings_privacy import PrivacySettings
from ui.widgets.settings_security import SecuritySettings
from ui.widgets.settings_socialmap import SocialMapSettings
from ui.widgets.settings_users import UsersSettings


class AboutSettings(QWidget):
    """Version and data folder."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("AboutSettings", text)

    def __init__(self, config: AppConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutSettings")
        self._folder = config.paths.data_dir
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(self, self.tr("POH Sociaal Domein"), "aboutTitle", 1.2))
        form = QFormLayout()
        self.version = QLabel(pohsd.__version__, self)
        self.version.setObjectName("aboutVersion")
        form.addRow(self.tr("Versie"), self.version)
        form.addRow(self.tr("Qt"), QLabel(qVersion(), self))
        self.data_dir = QLabel(str(config.paths.data_dir), self)
        self.data_dir.setObjectName("aboutDataDir")
        self.data_dir.setTextFormat(Qt.TextFormat.PlainText)
        self.data_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_dir.setWordWrap(True)
        form.addRow(self.tr("Gegevensmap"), self.data_dir)
        self.log_dir = QLabel(str(config.paths.log_dir), self)
        self.log_dir.setObjectName("aboutLogDir")
        self.log_dir.setTextFormat(Qt.TextFormat.PlainText)
        self.log_dir.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_dir.setWordWrap(True)
        form.addRow(self.tr("Logboekbestanden"), self.log_dir)
        layout.addLayout(form)
        self.open_folder = QPushButton(self.tr("Gegevensmap openen"), self)
        self.open_folder.setObjectName("aboutOpenFolder")
        self.open_folder.setAccessibleName(self.tr("Gegevensmap openen"))
        layout.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        note = QLabel(
            self.tr(
                "De gegevens zijn versleuteld. Kopieer de map niet naar OneDrive, Dropbox of een "
                "netwerkschijf; gebruik de back-upfunctie."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        layout.addStretch(1)
        self.open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))
        )

    def clear(self) -> None:
        """Nothing personal here."""

    def refresh(self) -> None:
        """Static."""


class SettingsPage(QWidget):
    """Controller of the Instellingen tabs.

    Signals:
        practice_changed(Practice): the practice details were saved.
        idle_minutes_changed(int): the idle lock limit was saved.
        lock_requested(str): a backup was restored; the window must lock (reason code).
    """

    practice_changed = Signal(object)
    idle_minutes_changed = Signal(int)
    lock_requested = Signal(str)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SettingsPage", text)

    def __init__(
        self,
        config: AppConfig,
        runner: TaskRunner,
        bridge: ChangeBridge,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(heading(self, self.tr("Instellingen"), "settingsTitle"))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setAccessibleName(self.tr("Instellingen"))
        self.practice = PracticeSettings(runner, bridge, self)
        self.users = UsersSettings(config, runner, bridge, self)
        self.security = SecuritySettings(runner, bridge, self)
        self.socialmap = SocialMapSettings(runner, bridge, self)
        self.letters = LetterSettings(runner, bridge, self)
        self.privacy = PrivacySettings(runner, bridge, self)
        self.backup = BackupSettings(runner, bridge, self, allow_weak_kdf=config.allow_weak_kdf)
        self.about = AboutSettings(config, self)
        self.tabs.addTab(self.practice, self.tr("Praktijk"))
        self.tabs.addTab(self.users, self.tr("Gebruikers"))
        self.tabs.addTab(self.socialmap, self.tr("Sociale kaart"))
        self.tabs.addTab(self.letters, self.tr("Brieven"))
        self.tabs.addTab(self.security, self.tr("Beveiliging"))
        self.tabs.addTab(self.privacy, self.tr("Privacy"))
        self.tabs.addTab(self.backup, self.tr("Back-up"))
        self.tabs.addTab(self.about, self.tr("Over"))
        layout.addWidget(self.tabs, 1)
        self.practice.practice_changed.connect(self.practice_changed.emit)
        self.security.idle_minutes_changed.connect(self.idle_minutes_changed.emit)
        self.backup.lock_requested.connect(self.lock_requested.emit)

    def clear(self) -> None:
        for tab in (self.practice, self.users, self.socialmap, self.letters, self.security,
                    self.about, self.privacy, self.backup):  # fmt: skip
            tab.clear()

    def refresh(self) -> None:
        for tab in (self.practice, self.users, self.socialmap, self.letters, self.security,
                    self.about, self.privacy, self.backup):  # fmt: skip
            tab.refresh()
