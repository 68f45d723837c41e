"""A line edit for Dutch dates (dd-mm-jjjj) that also accepts 1-2-1980, 01021980 and 1980-02-01."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from pohsd.domain.errors import ValidationError

_NL = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_date_nl(text: str) -> date | None:
    """Read a date as a Dutch person types it.

    Args:
        text: for example "07-03-1980", "7-3-1980", "7/3/1980", "07031980" or "1980-03-07".

    Returns:
        The date, or None for empty text.

    Raises:
        ValueError: the text is not a real date in one of these forms.
    """
    text = text.strip()
    if not text:
        return None
    for pattern, order in ((_NL, (3, 2, 1)), (_COMPACT, (3, 2, 1)), (_ISO, (1, 2, 3))):
        match = pattern.match(text)
        if match:
            year, month, day = (int(match.group(i)) for i in order)
            try:
                return date(year, month, day)
            except ValueError:
                break  # 31-02-1980: the right shape, but no such day
    raise ValueError("not a date")


def format_date_nl(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day is not None else ""


class DateEdit(QLineEdit):
    """Date entry as dd-mm-jjjj; tidies what was typed when the field is left."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("DateEdit", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-jjjj"))
        self.setToolTip(self.tr("Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 07-03-1980."))
        self.setMaxLength(10)
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9\-./ ]{0,10}"), self)
        )
        self.editingFinished.connect(self._tidy)

    def date_value(self, field: str = "birth_date") -> date | None:
        """The typed date, None when empty.

        Raises:
            ValidationError: rule "date_format" on `field` when the text is not a date.
        """
        try:
            return parse_date_nl(self.text())
        except ValueError:
            raise ValidationError(field, "date_format") from None

    def set_date(self, day: date | None) -> None:
        self.setText(format_date_nl(day))

    def _tidy(self) -> None:
        try:
            day = parse_date_nl(self.text())
        except ValueError:
            return  # leave it as typed; saving names the problem
        if day is not None and self.text() != format_date_nl(day):
            self.setText(format_date_nl(day))
