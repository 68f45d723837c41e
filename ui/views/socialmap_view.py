"""Layout of the Sociale kaart: search, filters, results, detail pane, status, empty state."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import arg
from ui.models.service_model import (
    DAY_CODES,
    LANGUAGE_NAMES,
    TOEGANG_NAMES,
    TOPIC_NAMES,
    language_name,
    toegang_name,
    topic_name,
)
from ui.views.client_list_view import title_font

DAY_LONG = (
    QT_TRANSLATE_NOOP("SocialMapView", "maandag"),
    QT_TRANSLATE_NOOP("SocialMapView", "dinsdag"),
    QT_TRANSLATE_NOOP("SocialMapView", "woensdag"),
    QT_TRANSLATE_NOOP("SocialMapView", "donderdag"),
    QT_TRANSLATE_NOOP("SocialMapView", "vrijdag"),
    QT_TRANSLATE_NOOP("SocialMapView", "zaterdag"),
    QT_TRANSLATE_NOOP("SocialMapView", "zondag"),
)


def _combo(parent: QWidget, name: str, accessible: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class SocialMapView(QWidget):
    """Widgets only; the page wires them to the view-model."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("SocialMapView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("socialMapView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)

        top = QHBoxLayout()
        title = QLabel(self.tr("Sociale kaart"), self)
        title.setObjectName("socialmap_title")
        title.setFont(title_font(self.font()))
        top.addWidget(title)
        top.addStretch(1)
        self.busy = QLabel(self.tr("Bezig met importeren…"), self)
        self.busy.setObjectName("socialmap_busy")
        self.busy.setVisible(False)
        top.addWidget(self.busy)
        self.own_add_button = QPushButton(self.tr("Eigen aanbod toevoegen…"), self)
        self.own_add_button.setObjectName("socialmap_own_add")
        self.own_add_button.setAccessibleName(self.tr("Eigen aanbod toevoegen"))
        self.own_add_button.setToolTip(
            self.tr("Een initiatief toevoegen dat niet op de kaart staat")
        )
        top.addWidget(self.own_add_button)
        self.own_list_button = QPushButton(self.tr("Eigen aanbod…"), self)
        self.own_list_button.setObjectName("socialmap_own_list")
        self.own_list_button.setAccessibleName(self.tr("Eigen aanbod bekijken en exporteren"))
        self.own_list_button.setToolTip(
            self.tr("Al het eigen aanbod, ook wat niet meer wordt aangeboden; exporteren")
        )
        top.addWidget(self.own_list_button)
        top.addSpacing(12)
        self.import_button = QPushButton(self.tr("Importeren…"), self)
        self.import_button.setObjectName("socialmap_import")
        self.import_button.setAccessibleName(self.tr("Sociale kaart importeren"))
        top.addWidget(self.import_button)
        self.sync_button = QPushButton(self.tr("Bijwerken…"), self)
        self.sync_button.setObjectName("socialmap_sync")
        self.sync_button.setAccessibleName(self.tr("Sociale kaart bijwerken van de bron"))
        top.addWidget(self.sync_button)
        layout.addLayout(top)
        layout.addWidget(self._make_banner())

        self.search = QLineEdit(self)
        self.search.setObjectName("socialmap_search")
        self.search.setAccessibleName(self.tr("Zoek in de sociale kaart"))
        self.search.setPlaceholderText(
            self.tr("Zoek op hulpvraag, voorziening of organisatie…  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.topic = _combo(self, "socialmap_topic", self.tr("Leefgebied of onderwerp"))
        self.topic.addItem(self.tr("Alle leefgebieden"), "")
        for code in TOPIC_NAMES:
            indent = "    " if "." in code else ""
            self.topic.addItem(indent + topic_name(code), code)
        self.toegang = _combo(self, "socialmap_toegang", self.tr("Toegang"))
        self.toegang.addItem(self.tr("Elke toegang"), "")
        for code in TOEGANG_NAMES:
            self.toegang.addItem(toegang_name(code), code)
        self.language = _combo(self, "socialmap_language", self.tr("Taal"))
        self.language.addItem(self.tr("Elke taal"), "")
        for code in LANGUAGE_NAMES:
            self.language.addItem(language_name(code), code)
        self.weekday = _combo(self, "socialmap_weekday", self.tr("Open op dag"))
        self.weekday.addItem(self.tr("Elke dag"), "")
        for code, name in zip(DAY_CODES, DAY_LONG, strict=True):
            self.weekday.addItem(arg(self.tr("open op %1"), self.tr(name)), code)
        self.free = QCheckBox(self.tr("Gratis"), self)
        self.free.setObjectName("socialmap_free")
        self.free.setAccessibleName(self.tr("Alleen gratis voorzieningen"))
        self.postcode = QLineEdit(self)
        self.postcode.setObjectName("socialmap_postcode")
        self.postcode.setAccessibleName(self.tr("Postcode (4 cijfers)"))
        self.postcode.setPlaceholderText(self.tr("Postcode"))
        self.postcode.setMaxLength(4)
        self.postcode.setInputMask("")
        self.postcode.setFixedWidth(90)
        self.postcode.setToolTip(self.tr("Postcode (4 cijfers) voor de afstand"))
        self.max_km = QSpinBox(self)
        self.max_km.setObjectName("socialmap_max_km")
        self.max_km.setAccessibleName(self.tr("Hoogstens zoveel kilometer ver"))
        self.max_km.setRange(0, 100)
        self.max_km.setSpecialValueText(self.tr("Elke afstand"))
        self.max_km.setSuffix(self.tr(" km"))
        self.max_km.setToolTip(self.tr("Typ eerst een postcode; dan telt de afstand"))
        self.age = QSpinBox(self)
        self.age.setObjectName("socialmap_age")
        self.age.setAccessibleName(self.tr("Leeftijd van de cliënt"))
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("Elke leeftijd"))
        self.age.setSuffix(self.tr(" jaar"))
        self.age.setValue(-1)
        for widget in (self.topic, self.toegang, self.language, self.weekday):
            filters.addWidget(widget)
        filters.addWidget(self.age)
        filters.addWidget(self.free)
        filters.addWidget(self.postcode)
        filters.addWidget(self.max_km)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("socialmap_stack")
        self.empty = QLabel(
            self.tr(
                "Nog geen sociale kaart. Kies Bijwerken om de kaart op te halen, of Importeren"
                " om een kaartbestand in te lezen."
            ),
            self,
        )
        self.empty.setObjectName("socialmap_empty")
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("socialmap_splitter")
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListView(left)
        self.list.setObjectName("socialmap_results")
        self.list.setAccessibleName(self.tr("Gevonden voorzieningen"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(4)
        left_layout.addWidget(self.list)
        self.no_results = QLabel(
            self.tr("Niets gevonden. Probeer een ander woord of minder filters."), left
        )
        self.no_results.setObjectName("socialmap_no_results")
        self.no_results.setProperty("role", "empty")
        self.no_results.setWordWrap(True)
        self.no_results.setVisible(False)
        left_layout.addWidget(self.no_results)
        self.splitter.addWidget(left)
        self.stack.addWidget(self.splitter)
        layout.addWidget(self.stack, 1)

        self.status = QLabel(self)
        self.status.setObjectName("socialmap_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)

    def _make_banner(self) -> QFrame:
        """A calm notice (old map, no map, a failed sync) with "Nu bijwerken"."""
        self.banner = QFrame(self)
        self.banner.setObjectName("socialmap_banner")
        self.banner.setStyleSheet(
            "QFrame#socialmap_banner { background: #fbf3dc; border: 1px solid #e6d49a;"
            " border-radius: 6px; }"
        )
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(12, 8, 12, 8)
        icon = QLabel(self.banner)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        pixmap = QStyle.StandardPixmap.SP_MessageBoxInformation
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        row.addWidget(icon)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("socialmap_banner_text")
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_text.setWordWrap(True)
        row.addWidget(self.banner_text, 1)
        self.banner_sync = QPushButton(self.tr("Nu bijwerken"), self.banner)
        self.banner_sync.setObjectName("socialmap_banner_sync")
        self.banner_sync.setAccessibleName(self.tr("Sociale kaart nu bijwerken"))
        row.addWidget(self.banner_sync)
        self.banner.setVisible(False)
        return self.banner

    def add_detail(self, detail: QWidget) -> None:
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([520, 780])
