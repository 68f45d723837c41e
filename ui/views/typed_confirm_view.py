"""A framed question that asks to type a word (WISSEN) before a final step can be confirmed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import arg

#: The word a person types to confirm an erasure (the same in every language of the UI).
CONFIRM_WORD = "WISSEN"


class TypedConfirmView(QFrame):
    """Question text, a field for the word, and Definitief wissen / Annuleren buttons.

    The confirm button is enabled only while the field holds exactly the word.
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("TypedConfirmView", text)

    def __init__(self, prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{prefix}_confirm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.text = QLabel(self)
        self.text.setObjectName(f"{prefix}_confirm_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.setSpacing(8)
        prompt = QLabel(arg(self.tr("Typ %1 om te bevestigen:"), CONFIRM_WORD), self)
        row.addWidget(prompt)
        self.word = QLineEdit(self)
        self.word.setObjectName(f"{prefix}_confirm_word")
        self.word.setAccessibleName(arg(self.tr("Typ %1 om te bevestigen"), CONFIRM_WORD))
        self.word.setMaximumWidth(160)
        prompt.setBuddy(self.word)
        row.addWidget(self.word)
        row.addStretch(1)
        self.yes = QPushButton(self.tr("Definitief wissen"), self)
        self.yes.setObjectName(f"{prefix}_confirm_yes")
        self.yes.setAccessibleName(self.tr("Definitief wissen"))
        self.yes.setEnabled(False)
        row.addWidget(self.yes)
        self.no = QPushButton(self.tr("Annuleren"), self)
        self.no.setObjectName(f"{prefix}_confirm_no")
        self.no.setAccessibleName(self.tr("Annuleren"))
        row.addWidget(self.no)
        layout.addLayout(row)
        self.word.textChanged.connect(lambda text: self.yes.setEnabled(text == CONFIRM_WORD))
        self.word.returnPressed.connect(lambda: self.yes.click() if self.yes.isEnabled() else None)
        self.no.clicked.connect(self.dismiss)
        self.hide()

    def ask(self, question: str) -> None:
        """Show the question with an empty field; the focus goes to the field."""
        self.text.setText(question)
        self.word.clear()
        self.yes.setEnabled(False)
        self.show()
        self.word.setFocus(Qt.FocusReason.OtherFocusReason)

    def dismiss(self) -> None:
        self.word.clear()
        self.text.clear()
        self.hide()
