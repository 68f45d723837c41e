"""First start: practice details, the first user, then the recovery key (shown once)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from typing_extensions import override

from pohsd.domain.errors import ValidationError
from pohsd.domain.practice import Practice
from pohsd.security.lockpolicy import MIN_PASSPHRASE_LENGTH
from ui.messages import error_text, rule_text
from ui.tasks import TaskRunner
from ui.viewmodels.session import AppConfig, SessionInfo, install_workspace
from ui.views.form_helpers import error_label, field_box, show_error
from ui.widgets.passphrase_fields import PassphraseFields
from ui.widgets.practice_form import PracticeForm
from ui.widgets.recovery_key_panel import RecoveryKeyPanel


class PracticePage(QWizardPage):
    def tr(self, text: str) -> str:
        return QCoreApplication.translate("PracticePage", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizardPracticePage")
        self.setTitle(self.tr("Praktijk"))
        self.setSubTitle(
            self.tr("Welkom. Vul eerst de gegevens van de praktijk in. U kunt ze later wijzigen.")
        )
        layout = QVBoxLayout(self)
        self.form = PracticeForm(self)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self.practice: Practice | None = None

    @override
    def validatePage(self) -> bool:
        """Override QWizardPage.validatePage: the core's rules, messages beside the fields."""
        self.practice = self.form.validated()
        return self.practice is not None


class UserPage(QWizardPage):
    """The first user; pressing "Database maken" creates the encrypted database.

    Signals:
        created(SessionInfo, str): the database exists and is open; the recovery key text.
    """

    created = Signal(object, str)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("UserPage", text)

    def __init__(
        self,
        config: AppConfig,
        runner: TaskRunner,
        practice_page: PracticePage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wizardUserPage")
        self._config = config
        self._runner = runner
        self._practice_page = practice_page
        self._busy = False
        self.session: SessionInfo | None = None
        self.setTitle(self.tr("Eerste gebruiker"))
        self.setSubTitle(
            self.tr(
                "Dit wordt uw eigen account. Kies een wachtwoordzin die u onthoudt: een korte zin "
                "van een paar woorden werkt goed."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Database maken"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.user_name = QLineEdit(self)
        self.user_name.setObjectName("wizardUserName")
        self.user_name.setAccessibleName(self.tr("Gebruikersnaam"))
        self.user_name.setPlaceholderText(self.tr("één woord, bijvoorbeeld sanne"))
        self.user_name_error = error_label(self, "wizardUserNameError")
        form.addRow(
            self.tr("&Gebruikersnaam"), field_box(self, self.user_name, self.user_name_error)
        )
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("wizardDisplayName")
        self.display_name.setAccessibleName(self.tr("Weergavenaam"))
        self.display_name.setPlaceholderText(self.tr("bijvoorbeeld Sanne de Vries"))
        form.addRow(self.tr("&Weergavenaam"), self.display_name)
        self.passphrase = PassphraseFields(form, self, min_length=MIN_PASSPHRASE_LENGTH)
        layout.addLayout(form)
        self.message = error_label(self, "wizardMessage")
        layout.addWidget(self.message)
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("wizardBusy")
        self.busy_label.setProperty("role", "hint")
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        self.user_name.textEdited.connect(lambda _t: show_error(self.user_name_error, ""))

    @override
    def isComplete(self) -> bool:
        """Override QWizardPage.isComplete: not while the database is being made."""
        return not self._busy and super().isComplete()

    @override
    def validatePage(self) -> bool:
        """Override QWizardPage.validatePage: start creating; the wizard moves on when done."""
        if self.session is not None:
            return True
        if self._busy or not self._check():
            return False
        self._create()
        return False

    @property
    def busy(self) -> bool:
        return self._busy

    def _check(self) -> bool:
        name = self.user_name.text().strip()
        ok = bool(name) and not any(c.isspace() for c in name) and len(name) <= 64
        show_error(self.user_name_error, "" if ok else rule_text("user_name_format"))
        if not ok:
            self.user_name.setFocus()
            return False
        return self.passphrase.validated() is not None

    def _create(self) -> None:
        practice = self._practice_page.practice
        assert practice is not None  # noqa: S101 — the previous page validated it
        config = self._config
        runner = self._runner
        name = self.user_name.text().strip()
        display = self.display_name.text().strip()
        passphrase = self.passphrase.passphrase.text()

        def create() -> tuple[SessionInfo, str]:
            from pohsd.workspace import Workspace  # deferred: startup budget (DB thread)

            ws, recovery = Workspace.create(
                config.paths,
                practice,
                name,
                passphrase,
                display_name=display,
                kdf=config.kdf,
                allow_weak_kdf=config.allow_weak_kdf,
            )
            return install_workspace(runner, ws), recovery

        self._set_busy(True)
        runner.db_raw(create).success(self._created).failure(self._failed).run()

    def _created(self, result: tuple[SessionInfo, str]) -> None:
        self.session, recovery = result
        self._set_busy(False)
        self.created.emit(self.session, recovery)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError) and exc.field == "user_name":
            show_error(self.user_name_error, rule_text(exc.rule))
            self.user_name.setFocus()
        elif isinstance(exc, ValidationError) and exc.field == "passphrase":
            show_error(self.passphrase.error, rule_text(exc.rule))
        else:
            show_error(self.message, error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_label.setText(
            self.tr("De database wordt aangemaakt en versleuteld…") if busy else ""
        )
        for widget in (
            self.user_name,
            self.display_name,
            self.passphrase.passphrase,
            self.passphrase.repeat,
        ):
            widget.setEnabled(not busy)
        self.completeChanged.emit()


class RecoveryPage(QWizardPage):
    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RecoveryPage", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizardRecoveryPage")
        self.setTitle(self.tr("Herstelsleutel"))
        self.setSubTitle(self.tr("De database is aangemaakt en versleuteld."))
        layout = QVBoxLayout(self)
        self.panel = RecoveryKeyPanel(self)
        layout.addWidget(self.panel)
        self.registerField("recoverySaved*", self.panel.confirm)


class FirstRunWizard(QWizard):
    """The first-run wizard (QWizard): Praktijk, Eerste gebruiker, Herstelsleutel.

    Signals:
        completed(SessionInfo): finished; the new workspace is open on the DB thread.
    """

    completed = Signal(object)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("FirstRunWizard", text)

    def __init__(self, config: AppConfig, runner: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("POH Sociaal Domein — eerste keer instellen"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(760, 600)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vorige"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Volgende >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Voltooien"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        for which, name in (
            (QWizard.WizardButton.BackButton, "wizardBack"),
            (QWizard.WizardButton.NextButton, "wizardNext"),
            (QWizard.WizardButton.CommitButton, "wizardCommit"),
            (QWizard.WizardButton.FinishButton, "wizardFinish"),
            (QWizard.WizardButton.CancelButton, "wizardCancel"),
        ):
            button = self.button(which)
            button.setObjectName(name)
            button.setAccessibleName(button.text().replace("&", "").strip("<> "))
        self.practice_page = PracticePage(self)
        self.user_page = UserPage(config, runner, self.practice_page, self)
        self.recovery_page = RecoveryPage(self)
        self.addPage(self.practice_page)
        self.addPage(self.user_page)
        self.addPage(self.recovery_page)
        self.user_page.created.connect(self._created)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._confirm)

    @property
    def session(self) -> SessionInfo | None:
        return self.user_page.session

    def _created(self, session: SessionInfo, recovery: str) -> None:
        self.recovery_page.panel.set_key(recovery, session.practice.naam)
        self.next()

    def _confirm(self) -> None:
        if self.currentPage() is self.recovery_page:
            if self.recovery_page.panel.confirm.isChecked():
                self.accept()
        else:
            self.next()

    @override
    def accept(self) -> None:
        """Override QWizard.accept: hand the open session to the main window."""
        session = self.user_page.session
        if session is None or not self.recovery_page.panel.confirm.isChecked():
            return
        self.recovery_page.panel.clear()
        self.completed.emit(session)
        super().accept()

    @override
    def reject(self) -> None:
        """Override QWizard.reject: not while creating, nor before the key is confirmed."""
        if self.user_page.busy or self.user_page.session is not None:
            return
        super().reject()
