"""A new passphrase typed twice, with a strength hint and Dutch messages beside the fields."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from pohsd.security.lockpolicy import MIN_PASSPHRASE_LENGTH, passphrase_strength
from ui.messages import rule_text
from ui.views.form_helpers import error_label, field_box, show_error

_STRENGTH = (
    QT_TRANSLATE_NOOP("PassphraseFields", "Te kort: gebruik minstens 10 tekens."),
    QT_TRANSLATE_NOOP("PassphraseFields", "Zwak: maak de zin wat langer."),
    QT_TRANSLATE_NOOP("PassphraseFields", "Redelijk: een extra woord maakt hem sterker."),
    QT_TRANSLATE_NOOP("PassphraseFields", "Goed."),
    QT_TRANSLATE_NOOP("PassphraseFields", "Sterk."),
)


class PassphraseFields(QObject):
    """Adds "wachtwoordzin" and "herhaling" rows to a form and checks them."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("PassphraseFields", text)

    def __init__(
        self,
        form: QFormLayout,
        parent: QWidget,
        *,
        label: str = "",
        min_length: int = MIN_PASSPHRASE_LENGTH,
    ) -> None:
        super().__init__(parent)
        self._min_length = min_length
        self.passphrase = QLineEdit(parent)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(label or self.tr("Wachtwoordzin"))
        self.strength_bar = QProgressBar(parent)
        self.strength_bar.setObjectName("passphraseStrengthBar")
        self.strength_bar.setAccessibleName(self.tr("Sterkte van de wachtwoordzin"))
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumHeight(6)
        self.strength = QLabel(parent)
        self.strength.setObjectName("passphraseStrength")
        self.strength.setProperty("role", "hint")
        self.error = error_label(parent, "passphraseError")
        form.addRow(
            label or self.tr("Wachtwoordzin"),
            field_box(parent, self.passphrase, self.strength_bar, self.strength, self.error),
        )
        self.repeat = QLineEdit(parent)
        self.repeat.setObjectName("passphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Herhaal de wachtwoordzin"))
        self.repeat_error = error_label(parent, "passphraseRepeatError")
        form.addRow(self.tr("Herhaling"), field_box(parent, self.repeat, self.repeat_error))
        self.passphrase.textChanged.connect(self._update_strength)
        self.passphrase.textEdited.connect(lambda _t: show_error(self.error, ""))
        self.repeat.textEdited.connect(lambda _t: show_error(self.repeat_error, ""))
        self._update_strength("")

    def validated(self) -> str | None:
        """The passphrase when both fields agree and it is long enough; else show why."""
        text = self.passphrase.text()
        ok = True
        if len(text) < self._min_length:
            show_error(self.error, rule_text("passphrase_too_short"))
            ok = False
        else:
            show_error(self.error, "")
        if ok and self.repeat.text() != text:
            show_error(self.repeat_error, rule_text("passphrase_mismatch"))
            ok = False
        else:
            show_error(self.repeat_error, "")
        if not ok:
            (self.passphrase if self.error.isVisible() else self.repeat).setFocus()
        return text if ok else None

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        show_error(self.error, "")
        show_error(self.repeat_error, "")

    def _update_strength(self, text: str) -> None:
        score = passphrase_strength(text)
        if len(text) < self._min_length:
            score = 0
        self.strength_bar.setValue(score)
        self.strength.setText(
            self.tr(_STRENGTH[score]) if text else self.tr("Tip: een korte zin van vier woorden.")
        )
