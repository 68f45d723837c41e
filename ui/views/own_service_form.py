"""Fields of the "Eigen aanbod" form: what, topics, toegang, where, when, for whom, contact."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import arg
from ui.models.service_model import DAY_CODES, TOEGANG_NAMES, TOPIC_NAMES, toegang_name, topic_name
from ui.views.form_helpers import error_label, field_box

#: The languages offered as checkboxes; others go in the free "Andere talen" line.
COMMON_LANGUAGES = ("nl", "en", "ar", "tr", "pl", "uk")
DAY_NAMES = (
    QT_TRANSLATE_NOOP("OwnServiceForm", "maandag"),
    QT_TRANSLATE_NOOP("OwnServiceForm", "dinsdag"),
    QT_TRANSLATE_NOOP("OwnServiceForm", "woensdag"),
    QT_TRANSLATE_NOOP("OwnServiceForm", "donderdag"),
    QT_TRANSLATE_NOOP("OwnServiceForm", "vrijdag"),
    QT_TRANSLATE_NOOP("OwnServiceForm", "zaterdag"),
    QT_TRANSLATE_NOOP("OwnServiceForm", "zondag"),
)
LANGUAGE_LABELS: dict[str, str] = {
    "nl": QT_TRANSLATE_NOOP("OwnServiceForm", "Nederlands"),
    "en": QT_TRANSLATE_NOOP("OwnServiceForm", "Engels"),
    "ar": QT_TRANSLATE_NOOP("OwnServiceForm", "Arabisch"),
    "tr": QT_TRANSLATE_NOOP("OwnServiceForm", "Turks"),
    "pl": QT_TRANSLATE_NOOP("OwnServiceForm", "Pools"),
    "uk": QT_TRANSLATE_NOOP("OwnServiceForm", "Oekraïens"),
}
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _named(widget: QWidget, name: str, accessible: str) -> QWidget:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget


class DayRow:
    """One weekday: a checkbox and van/tot times (enabled when ticked)."""

    def __init__(self, parent: QWidget, code: str, name: str) -> None:
        self.code = code
        self.check = QCheckBox(name, parent)
        _named(self.check, f"own_day_{code}", name)
        self.opens = QTimeEdit(QTime(9, 0), parent)
        _named(
            self.opens,
            f"own_opens_{code}",
            arg(QCoreApplication.translate("OwnServiceForm", "%1 van"), name),
        )
        self.closes = QTimeEdit(QTime(12, 0), parent)
        _named(
            self.closes,
            f"own_closes_{code}",
            arg(QCoreApplication.translate("OwnServiceForm", "%1 tot"), name),
        )
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
            edit.setEnabled(False)
        self.check.toggled.connect(self.opens.setEnabled)
        self.check.toggled.connect(self.closes.setEnabled)


class OwnServiceForm(QWidget):
    """Widgets only, with an error label beside every field; the dialog reads and fills them."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("OwnServiceForm", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("own_form")
        self.errors: dict[str, QLabel] = {}
        self.places: dict[str, QWidget] = {}
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(20)
        self.columns.addLayout(self._left(), 1)
        self.columns.addLayout(self._right(), 1)

    def use_one_column(self) -> None:
        """On a narrow screen the second column goes beneath the first."""
        self.columns.setDirection(QBoxLayout.Direction.TopToBottom)

    # ---- building --------------------------------------------------------------------------

    def _line(self, key: str, accessible: str, max_length: int = 200) -> QLineEdit:
        edit = QLineEdit(self)
        _named(edit, f"own_{key}", accessible)
        edit.setMaxLength(max_length)
        return edit

    def _boxed(self, key: str, *widgets: QWidget) -> QWidget:
        """The field(s) with the error label for `key` beneath."""
        label = error_label(self, f"own_{key}_error")
        self.errors[key] = label
        self.places[key] = widgets[0]
        return field_box(self, *widgets, label)

    def _row(self, form: QFormLayout, text: str, key: str, *widgets: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(widgets[0])
        form.addRow(label, self._boxed(key, *widgets))

    def _left(self) -> QVBoxLayout:
        col = QVBoxLayout()
        col.setSpacing(8)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = self._line("name", self.tr("Naam van het aanbod"))
        self.name.setPlaceholderText(self.tr("bijv. Wandelclub De Linde"))
        self._row(form, self.tr("&Naam"), "name", self.name)
        self.organization = self._line("organization", self.tr("Organisatie"))
        self.organization.setPlaceholderText(self.tr("wie het organiseert"))
        self._row(form, self.tr("&Organisatie"), "organization", self.organization)
        self.description = QPlainTextEdit(self)
        _named(self.description, "own_description", self.tr("Beschrijving"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.description.setPlaceholderText(
            self.tr("Wat het is en voor wie; zo vindt u het terug.")
        )
        self._row(form, self.tr("&Beschrijving"), "description", self.description)
        col.addLayout(form)

        topics = QLabel(self.tr("Onder&werpen"), self)
        col.addWidget(topics)
        self.tree = QTreeWidget(self)
        _named(self.tree, "own_topics", self.tr("Onderwerpen"))
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(200)
        self.topic_items: dict[str, QTreeWidgetItem] = {}
        parent: QTreeWidgetItem | None = None
        for code in TOPIC_NAMES:
            if "." not in code:
                parent = QTreeWidgetItem(self.tree, [topic_name(code)])
                parent.setFlags(parent.flags() | Qt.ItemFlag.ItemIsAutoTristate)
                parent.setCheckState(0, Qt.CheckState.Unchecked)
                parent.setExpanded(True)
                parent.setData(0, CODE_ROLE, code)
                continue
            item = QTreeWidgetItem(parent or self.tree, [topic_name(code)])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setData(0, CODE_ROLE, code)
            self.topic_items[code] = item
        topics.setBuddy(self.tree)
        col.addWidget(self._boxed("topics", self.tree), 1)

        toegang = QGroupBox(self.tr("Toegang"), self)
        toegang.setObjectName("own_toegang_box")
        grid = QGridLayout(toegang)
        self.toegang_group = QButtonGroup(self)
        self.toegang_buttons: dict[str, QRadioButton] = {}
        for n, code in enumerate(TOEGANG_NAMES):
            button = QRadioButton(toegang_name(code), toegang)
            _named(button, f"own_toegang_{code}", toegang_name(code))
            self.toegang_group.addButton(button)
            self.toegang_buttons[code] = button
            grid.addWidget(button, n // 2, n % 2)
        grid.setColumnStretch(2, 1)
        self.toegang_buttons["vrij"].setChecked(True)
        col.addWidget(self._boxed("toegang", toegang))
        col.addWidget(self._contact())
        return col

    def _contact(self) -> QGroupBox:
        contact = QGroupBox(self.tr("Contact"), self)
        contact.setObjectName("own_contact_box")
        form = QFormLayout(contact)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.phone = self._line("phone", self.tr("Telefoon"), 40)
        self._row(form, self.tr("Tele&foon"), "phone", self.phone)
        self.email = self._line("email", self.tr("E-mail"))
        self._row(form, self.tr("&E-mail"), "email", self.email)
        self.website = self._line("website", self.tr("Website"))
        self.website.setPlaceholderText("https://")
        self._row(form, self.tr("&Website"), "website", self.website)
        return contact

    def _right(self) -> QVBoxLayout:
        col = QVBoxLayout()
        col.setSpacing(8)
        where = QGroupBox(self.tr("Locatie"), self)
        where.setObjectName("own_location_box")
        form = QFormLayout(where)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.location_name = self._line("location_name", self.tr("Naam van de locatie"))
        self.location_name.setPlaceholderText(self.tr("bijv. Buurthuis De Schakel"))
        self._row(form, self.tr("Naam &locatie"), "location_name", self.location_name)
        self.street = self._line("street", self.tr("Straat en huisnummer"))
        self._row(form, self.tr("&Straat en nr."), "street", self.street)
        self.postal_code = self._line("postal_code", self.tr("Postcode"), 7)
        self.postal_code.setPlaceholderText("1234 AB")
        self.city = self._line("city", self.tr("Plaats"))
        place = QWidget(self)
        place_row = QHBoxLayout(place)
        place_row.setContentsMargins(0, 0, 0, 0)
        self.postal_code.setFixedWidth(90)
        place_row.addWidget(self.postal_code)
        place_row.addWidget(self.city, 1)
        pc_label = QLabel(self.tr("&Postcode, plaats"), self)
        pc_label.setBuddy(self.postal_code)
        postal_error = error_label(self, "own_postal_code_error")
        city_error = error_label(self, "own_city_error")
        self.errors.update(postal_code=postal_error, city=city_error)
        self.places.update(postal_code=self.postal_code, city=self.city)
        form.addRow(pc_label, field_box(self, place, postal_error, city_error))
        col.addWidget(where)

        when = QGroupBox(self.tr("Tijden"), self)
        when.setObjectName("own_times_box")
        grid = QGridLayout(when)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.days: list[DayRow] = []
        for n, (code, name) in enumerate(zip(DAY_CODES, DAY_NAMES, strict=True)):
            day = DayRow(when, code, self.tr(name))
            self.days.append(day)
            grid.addWidget(day.check, n, 0)
            grid.addWidget(day.opens, n, 1)
            grid.addWidget(QLabel("–", when), n, 2)
            grid.addWidget(day.closes, n, 3)
        grid.setColumnStretch(4, 1)
        col.addWidget(self._boxed("opening", when))

        who = QGroupBox(self.tr("Voor wie"), self)
        who.setObjectName("own_who_box")
        form = QFormLayout(who)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.min_age = self._age("own_min_age", self.tr("Leeftijd vanaf"))
        self.max_age = self._age("own_max_age", self.tr("Leeftijd tot en met"))
        ages = QWidget(self)
        ages_row = QHBoxLayout(ages)
        ages_row.setContentsMargins(0, 0, 0, 0)
        ages_row.addWidget(self.min_age)
        ages_row.addWidget(QLabel(self.tr("tot en met"), ages))
        ages_row.addWidget(self.max_age)
        ages_row.addStretch(1)
        self._row(form, self.tr("Leeftij&d van"), "min_age", ages)
        self.errors["max_age"] = self.errors["min_age"]
        self.places["max_age"] = self.max_age
        self.free = QCheckBox(self.tr("Gratis"), self)
        _named(self.free, "own_free", self.tr("Gratis"))
        self.free.setChecked(True)
        form.addRow("", self.free)
        langs = QWidget(self)
        lang_grid = QGridLayout(langs)
        lang_grid.setContentsMargins(0, 0, 0, 0)
        self.language_checks: dict[str, QCheckBox] = {}
        for n, code in enumerate(COMMON_LANGUAGES):
            check = QCheckBox(self.tr(LANGUAGE_LABELS[code]), langs)
            _named(check, f"own_lang_{code}", self.tr(LANGUAGE_LABELS[code]))
            self.language_checks[code] = check
            lang_grid.addWidget(check, n // 3, n % 3)
        self.language_checks["nl"].setChecked(True)
        self.other_languages = self._line(
            "languages_other", self.tr("Andere talen, codes met komma's")
        )
        self.other_languages.setPlaceholderText(self.tr("andere, bijv. de, fr, so"))
        lang_grid.addWidget(self.other_languages, 2, 0, 1, 3)
        self._row(form, self.tr("&Talen"), "languages", langs)
        col.addWidget(who)

        col.addStretch(1)
        return col

    def _age(self, name: str, accessible: str) -> QSpinBox:
        spin = QSpinBox(self)
        _named(spin, name, accessible)
        spin.setRange(-1, 120)
        spin.setSpecialValueText(self.tr("–"))
        spin.setSuffix(self.tr(" jaar"))
        spin.setValue(-1)
        return spin

    # ---- reading order ---------------------------------------------------------------------

    def tab_chain(self) -> list[QWidget]:
        chain: list[QWidget] = [self.name, self.organization, self.description, self.tree]
        chain += list(self.toegang_buttons.values())
        chain += [self.phone, self.email, self.website]
        chain += [self.location_name, self.street, self.postal_code, self.city]
        for day in self.days:
            chain += [day.check, day.opens, day.closes]
        chain += [self.min_age, self.max_age, self.free, *self.language_checks.values()]
        chain.append(self.other_languages)
        return chain
