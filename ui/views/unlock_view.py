"""Layout of the unlock screen: a calm card with user picker, passphrase and one button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class UnlockView(QWidget):
    """Widgets only; `ui.widgets.unlock_page.UnlockPage` drives them."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("UnlockView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockView")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame(self)
        card.setObjectName("card")
        card.setMinimumWidth(460)
        card.setMaximumWidth(560)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        layout = QVBoxLayout(card)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(14)

        self.title = QLabel(self.tr("POH Sociaal Domein"), card)
        self.title.setObjectName("unlockTitle")
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.8)
        title_font.setBold(True)
        self.title.setFont(title_font)
        layout.addWidget(self.title)

        self.intro = QLabel(self.tr("Vergrendeld. Kies uw naam en typ uw wachtwoordzin."), card)
        self.intro.setObjectName("unlockIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.demo_hint = QLabel(self.tr("Demo: gebruiker demo, wachtwoordzin demo"), card)
        self.demo_hint.setObjectName("unlockDemoHint")
        self.demo_hint.setProperty("role", "demo")
        self.demo_hint.setVisible(False)
        layout.addWidget(self.demo_hint)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        self.user = QComboBox(card)
        self.user.setObjectName("unlockUser")
        self.user.setAccessibleName(self.tr("Gebruiker"))
        self.user.setMinimumContentsLength(18)
        user_label = QLabel(self.tr("&Gebruiker"), card)
        user_label.setBuddy(self.user)
        form.addRow(user_label, self.user)

        self.passphrase = QLineEdit(card)
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setAccessibleName(self.tr("Wachtwoordzin"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setClearButtonEnabled(False)
        pass_label = QLabel(self.tr("&Wachtwoordzin"), card)
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, self.passphrase)
        layout.addLayout(form)

        self.message = QLabel(card)
        self.message.setObjectName("unlockMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setVisible(False)
        layout.addWidget(self.message)

        self.keyslots_note = QLabel(
            self.tr(
                "Het sleutelbestand was beschadigd; de reservekopie wordt gebruikt. U kunt "
                "gewoon ontgrendelen, daarna wordt het bestand hersteld."
            ),
            card,
        )
        self.keyslots_note.setObjectName("unlockKeyslotsNote")
        self.keyslots_note.setProperty("role", "hint")
        self.keyslots_note.setWordWrap(True)
        self.keyslots_note.setVisible(False)
        layout.addWidget(self.keyslots_note)

        self.status = QLabel(card)
        self.status.setObjectName("unlockStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout.addWidget(self.status)

        buttons = QHBoxLayout()
        self.forgot = QPushButton(self.tr("Wachtwoordzin vergeten?"), card)
        self.forgot.setObjectName("unlockForgot")
        self.forgot.setAccessibleName(self.tr("Wachtwoordzin vergeten"))
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)
        buttons.addWidget(self.forgot)
        buttons.addStretch(1)
        self.unlock = QPushButton(self.tr("Ontgrendelen"), card)
        self.unlock.setObjectName("unlockButton")
        self.unlock.setAccessibleName(self.tr("Ontgrendelen"))
        self.unlock.setProperty("primary", True)
        self.unlock.setDefault(True)
        self.unlock.setMinimumWidth(150)
        buttons.addWidget(self.unlock)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self.user, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.unlock)
        QWidget.setTabOrder(self.unlock, self.forgot)
