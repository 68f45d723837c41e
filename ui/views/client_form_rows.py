"""Rows of the client form: one household member or one network person per row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pohsd.domain.enums import HOUSEHOLD_RELATIES, NETWORK_RELATIES, NETWORK_ROLLEN
from ui.models.network_model import choice_text
from ui.views.form_helpers import error_label

DateEditFactory = Callable[[QWidget], QLineEdit]


def named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


def line_edit(parent: QWidget, name: str, accessible: str) -> QLineEdit:
    edit = QLineEdit(parent)
    named(edit, name, accessible)
    return edit


def _combo(parent: QWidget, name: str, accessible: str, codes: tuple[str, ...]) -> QComboBox:
    combo = QComboBox(parent)
    named(combo, name, accessible)
    for code in codes:
        combo.addItem(choice_text(code), code)
    return combo


class HouseholdRow(QWidget):
    """One household member: relatie, voornaam, geboortedatum.

    Signals:
        remove_requested(HouseholdRow): the person clicked "Verwijderen".
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("HouseholdRow", text)

    remove_requested = Signal(object)
    WIDTHS = (170, 0, 140, 110)  # 0 = stretch
    record_id: str | None = None  # the stored member's id, kept across an edit

    def __init__(self, make_date_edit: DateEditFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.relation = _combo(self, "", self.tr("Relatie"), HOUSEHOLD_RELATIES)
        self.given_name = line_edit(self, "", self.tr("Voornaam huisgenoot"))
        self.birth_date = make_date_edit(self)
        named(self.birth_date, "", self.tr("Geboortedatum huisgenoot"))
        self.remove = QPushButton(self.tr("Verwijderen"), self)
        named(self.remove, "", self.tr("Huisgenoot verwijderen"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        for widget, width in zip(
            (self.relation, self.given_name, self.birth_date, self.remove),
            self.WIDTHS,
            strict=True,
        ):
            if width:
                widget.setFixedWidth(width)
            row.addWidget(widget, 0 if width else 1)
        outer.addLayout(row)
        self.error = error_label(self, "")

        outer.addWidget(self.error)

    def renumber(self, index: int) -> None:
        for attr in ("relation", "given_name", "birth_date", "remove", "error"):
            getattr(self, attr).setObjectName(f"household_{index}_{attr}")

    def focus_chain(self) -> list[QWidget]:
        return [self.relation, self.given_name, self.birth_date, self.remove]


class NetworkRow(QWidget):
    """One network person: naam, relatie, rollen (several), telefoon, mag benaderd.

    Signals:
        remove_requested(NetworkRow): the person clicked "Verwijderen".
    """

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("NetworkRow", text)

    remove_requested = Signal(object)
    WIDTHS = (0, 150, 250, 140, 110, 110)
    record_id: str | None = None  # the stored person's id, kept across an edit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.naam = line_edit(self, "", self.tr("Naam netwerkpersoon"))
        self.relatie = _combo(self, "", self.tr("Relatie"), NETWORK_RELATIES)
        self.rol = QToolButton(self)
        named(self.rol, "", self.tr("Rollen"))
        self.rol.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.rol.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.rol_menu = QMenu(self.rol)
        named(self.rol_menu, "", self.tr("Rollen van deze persoon"))
        self.rol_actions: dict[str, QAction] = {}
        for code in NETWORK_ROLLEN:
            action = QAction(choice_text(code), self.rol_menu)
            action.setCheckable(True)
            action.setData(code)
            action.toggled.connect(self._update_rol_text)
            self.rol_menu.addAction(action)
            self.rol_actions[code] = action
        self.rol.setMenu(self.rol_menu)
        self.telefoon = line_edit(self, "", self.tr("Telefoon netwerkpersoon"))
        self.mag_benaderd = QComboBox(self)
        named(self.mag_benaderd, "", self.tr("Mag ik contact met deze persoon opnemen?"))
        self.mag_benaderd.setToolTip(self.tr("Mag ik contact met deze persoon opnemen?"))
        for text, value in (
            (self.tr("onbekend"), None),
            (self.tr("ja"), True),
            (self.tr("nee"), False),
        ):
            self.mag_benaderd.addItem(text, value)
        self.remove = QPushButton(self.tr("Verwijderen"), self)
        named(self.remove, "", self.tr("Netwerkpersoon verwijderen"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        for widget, width in zip(self.focus_chain(), self.WIDTHS, strict=True):
            if width:
                widget.setFixedWidth(width)
            row.addWidget(widget, 0 if width else 1)
        outer.addLayout(row)
        self.error = error_label(self, "")
        outer.addWidget(self.error)
        self._update_rol_text()

    def renumber(self, index: int) -> None:
        for attr in ("naam", "relatie", "rol", "telefoon", "mag_benaderd", "remove", "error"):
            getattr(self, attr).setObjectName(f"network_{index}_{attr}")
        self.rol_menu.setObjectName(f"network_{index}_rol_menu")
        for code, action in self.rol_actions.items():
            action.setObjectName(f"network_{index}_rol_{code}")

    def roles(self) -> tuple[str, ...]:
        return tuple(code for code, action in self.rol_actions.items() if action.isChecked())

    def set_roles(self, roles: tuple[str, ...]) -> None:
        for code, action in self.rol_actions.items():
            action.setChecked(code in roles)

    def _update_rol_text(self) -> None:
        chosen = ", ".join(choice_text(code) for code in self.roles())
        text = chosen or self.tr("Kies rollen…")
        metrics = self.rol.fontMetrics()
        self.rol.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, 210))
        self.rol.setToolTip(chosen or self.tr("Nog geen rol gekozen"))

    def focus_chain(self) -> list[QWidget]:
        return [self.naam, self.relatie, self.rol, self.telefoon, self.mag_benaderd, self.remove]


def row_header(parent: QWidget, titles: tuple[str, ...], widths: tuple[int, ...]) -> QWidget:
    header = QWidget(parent)
    row = QHBoxLayout(header)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(8)
    for title, width in zip(titles, widths, strict=True):
        label = QLabel(title, header)
        if width:
            label.setFixedWidth(width)
        row.addWidget(label, 0 if width else 1)
    return header
