"""Layout of the client record: header with hidden BSN, and the tabs of screens.md."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.views.client_list_view import title_font
from ui.views.documents_view import DocumentsTabView
from ui.views.intake_tabs_view import ConversationsTabView, OverviewIntakeView
from ui.views.outcomes_view import OutcomesTabView
from ui.views.record_gdpr_view import RecordGdprView
from ui.views.referrals_view import ConsentsTabView, ReferralsTabView

_CTX = "ClientRecordView"

# Tabs in the order of screens.md; the later issues replace the placeholders.
TAB_TITLES: tuple[tuple[str, str], ...] = (
    ("overzicht", QT_TRANSLATE_NOOP("ClientRecordView", "Overzicht")),
    ("gesprekken", QT_TRANSLATE_NOOP("ClientRecordView", "Gesprekken")),
    ("plan", QT_TRANSLATE_NOOP("ClientRecordView", "Plan")),
    ("uitkomsten", QT_TRANSLATE_NOOP("ClientRecordView", "Uitkomsten")),
    ("verwijzingen", QT_TRANSLATE_NOOP("ClientRecordView", "Verwijzingen")),
    ("documenten", QT_TRANSLATE_NOOP("ClientRecordView", "Documenten")),
    ("netwerk", QT_TRANSLATE_NOOP("ClientRecordView", "Netwerk")),
    ("toestemmingen", QT_TRANSLATE_NOOP("ClientRecordView", "Toestemmingen")),
    ("logboek", QT_TRANSLATE_NOOP("ClientRecordView", "Logboek")),
)

# (key, label) of the read-only values on the Overzicht tab, per group.
OVERVIEW_GROUPS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("ClientRecordView", "Persoonsgegevens"),
        (
            ("name", QT_TRANSLATE_NOOP("ClientRecordView", "Naam")),
            ("birth_date", QT_TRANSLATE_NOOP("ClientRecordView", "Geboortedatum")),
            ("gender", QT_TRANSLATE_NOOP("ClientRecordView", "Geslacht")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ClientRecordView", "Adres"),
        (
            ("street", QT_TRANSLATE_NOOP("ClientRecordView", "Straat en huisnummer")),
            ("postal_code", QT_TRANSLATE_NOOP("ClientRecordView", "Postcode")),
            ("city", QT_TRANSLATE_NOOP("ClientRecordView", "Plaats")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ClientRecordView", "Contact"),
        (
            ("phone", QT_TRANSLATE_NOOP("ClientRecordView", "Telefoon")),
            ("email", QT_TRANSLATE_NOOP("ClientRecordView", "E-mail")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ClientRecordView", "Huisarts"),
        (("gp", QT_TRANSLATE_NOOP("ClientRecordView", "Verantwoordelijke huisarts")),),
    ),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    return button


def _table(name: str, accessible: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    table.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    return table


def stretch_columns(table: QTableView, widths: tuple[int, ...]) -> None:
    """Give the columns starting widths once a model is set; the last one stretches."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        if column < header.count():
            header.resizeSection(column, width)


class ClientRecordView(QWidget):
    """Header (name, age, postcode, huisarts, BSN behind a button) above the record tabs."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("ClientRecordView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_record_view")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.back_button = _button(
            self.tr("← Terug naar lijst"), "client_back", self.tr("Terug naar de lijst"), self
        )
        self.back_button.setToolTip(self.tr("Terug naar de lijst (Esc)"))
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout.addLayout(top)

        self.name_label = QLabel(self)
        self.name_label.setObjectName("client_name")
        self.name_label.setFont(title_font(self.font()))
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.archived_label = QLabel(self.tr("Gearchiveerd"), self)
        self.archived_label.setObjectName("client_archived_badge")
        self.archived_label.setStyleSheet(
            "QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 2px 8px; }"
        )
        self.archived_label.hide()
        name_row = QHBoxLayout()
        name_row.setSpacing(12)
        name_row.addWidget(self.name_label)
        name_row.addWidget(self.archived_label)
        name_row.addStretch(1)
        layout.addLayout(name_row)

        facts_row = QHBoxLayout()
        facts_row.setSpacing(16)
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("client_facts")
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        facts_row.addWidget(self.facts_label)
        facts_row.addSpacing(16)
        self.bsn_label = QLabel(self)
        self.bsn_label.setObjectName("client_bsn")
        self.bsn_label.setTextFormat(Qt.TextFormat.PlainText)
        facts_row.addWidget(self.bsn_label)
        self.bsn_button = _button(self.tr("Toon BSN"), "client_show_bsn", self.tr("Toon BSN"), self)
        self.bsn_button.setToolTip(
            self.tr("Het tonen van het BSN wordt vastgelegd in het logboek.")
        )
        facts_row.addWidget(self.bsn_button)
        facts_row.addStretch(1)
        layout.addLayout(facts_row)

        self.error = QLabel(self)
        self.error.setObjectName("client_record_error")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("client_tabs")
        self.tabs.setAccessibleName(self.tr("Onderdelen van het dossier"))
        self.tabs.tabBar().setObjectName("client_tab_bar")
        self.tabs.tabBar().setAccessibleName(self.tr("Onderdelen van het dossier"))
        # Fusion draws unselected tabs 2 px lower and clips descenders; give them room.
        tab_height = self.fontMetrics().height() + 14
        self.tabs.tabBar().setStyleSheet(f"QTabBar::tab {{ min-height: {tab_height}px; }}")
        layout.addWidget(self.tabs, 1)
        builders = {
            "overzicht": self._overview_tab,
            "gesprekken": self._conversations_tab,
            "uitkomsten": self._outcomes_tab,
            "verwijzingen": self._referrals_tab,
            "documenten": self._documents_tab,
            "netwerk": self._network_tab,
            "toestemmingen": self._consents_tab,
            "logboek": self._log_tab,
        }
        self.tab_pages: dict[str, QWidget] = {}
        for key, title in TAB_TITLES:
            page = builders.get(key, self._placeholder_tab)()
            page.setObjectName(f"client_tab_{key}")
            self.tab_pages[key] = page
            self.tabs.addTab(page, self.tr(title))

    # -- tabs -------------------------------------------------------------------------------

    def _overview_tab(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take the focus
        page = QWidget(scroll)
        scroll.setWidget(page)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(16, 16, 16, 16)
        outer.setSpacing(16)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        self.values: dict[str, QLabel] = {}
        for i, (group_title, fields) in enumerate(OVERVIEW_GROUPS):
            box = QGroupBox(self.tr(group_title), page)
            form = QFormLayout(box)
            form.setHorizontalSpacing(16)
            form.setVerticalSpacing(8)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            for key, label in fields:
                value = QLabel(box)
                value.setObjectName(f"overview_{key}")
                value.setWordWrap(True)
                value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                value.setTextFormat(Qt.TextFormat.PlainText)  # typed data is never markup
                caption = QLabel(self.tr(label), box)
                caption.setAlignment(value.alignment())
                form.addRow(caption, value)
                self.values[key] = value
            grid.addWidget(box, i // 2, i % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        outer.addLayout(grid)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.edit_button = _button(
            self.tr("Bewerken"), "client_edit", self.tr("Gegevens bewerken"), page
        )
        buttons.addWidget(self.edit_button)
        self.archive_button = _button(
            self.tr("Archiveren"), "client_archive", self.tr("Dossier archiveren"), page
        )
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

        self.confirm_frame = QFrame(page)
        self.confirm_frame.setObjectName("client_archive_confirm")
        self.confirm_frame.setFrameShape(QFrame.Shape.StyledPanel)
        confirm = QHBoxLayout(self.confirm_frame)
        confirm.setContentsMargins(12, 10, 12, 10)
        confirm.setSpacing(12)
        self.confirm_text = QLabel(self.confirm_frame)
        self.confirm_text.setObjectName("client_archive_question")
        self.confirm_text.setWordWrap(True)
        confirm.addWidget(self.confirm_text, 1)
        self.confirm_yes = _button(
            "", "client_archive_yes", self.tr("Bevestigen"), self.confirm_frame
        )
        confirm.addWidget(self.confirm_yes)
        self.confirm_no = _button(
            self.tr("Annuleren"), "client_archive_no", self.tr("Annuleren"), self.confirm_frame
        )
        confirm.addWidget(self.confirm_no)
        self.confirm_frame.hide()
        outer.addWidget(self.confirm_frame)
        self.gdpr = RecordGdprView(page)  # AVG-inzage and Dossier wissen (ui.widgets.record_gdpr)
        outer.addWidget(self.gdpr)
        self.overview_intake = OverviewIntakeView(page)  # the web and signals come first
        outer.insertWidget(0, self.overview_intake)
        outer.addStretch(1)
        return scroll

    def _conversations_tab(self) -> QWidget:
        self.conversations = ConversationsTabView(self)
        return self.conversations

    def _outcomes_tab(self) -> QWidget:
        self.outcomes = OutcomesTabView(self)
        return self.outcomes

    def _referrals_tab(self) -> QWidget:
        self.referrals = ReferralsTabView(self)
        return self.referrals

    def _documents_tab(self) -> QWidget:
        self.documents = DocumentsTabView(self)
        return self.documents

    def _consents_tab(self) -> QWidget:
        self.consents = ConsentsTabView(self)
        return self.consents

    def _network_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        self.network_table, self.network_stack = self._table_section(
            layout,
            page,
            self.tr("Netwerk: wie helpt de cliënt"),
            "client_network_table",
            self.tr("Nog geen netwerk vastgelegd. Voeg personen toe via Bewerken."),
        )
        layout.addSpacing(12)
        self.household_table, self.household_stack = self._table_section(
            layout,
            page,
            self.tr("Huishouden"),
            "client_household_table",
            self.tr("Nog geen huisgenoten vastgelegd. Voeg ze toe via Bewerken."),
        )
        return page

    def _table_section(
        self, layout: QVBoxLayout, page: QWidget, title: str, name: str, empty_text: str
    ) -> tuple[QTableView, QStackedWidget]:
        heading = QLabel(title, page)
        heading.setFont(title_font(self.font(), 1.15))
        layout.addWidget(heading)
        stack = QStackedWidget(page)
        table = _table(name, title, stack)
        stack.addWidget(table)
        empty = QLabel(empty_text, stack)
        empty.setObjectName(f"{name}_empty")
        empty.setProperty("role", "hint")
        empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        empty.setWordWrap(True)
        stack.addWidget(empty)
        layout.addWidget(stack, 1)
        return table, stack

    def _log_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(8)
        heading = QLabel(self.tr("Wie heeft dit dossier ingezien"), page)
        heading.setFont(title_font(self.font(), 1.15))
        layout.addWidget(heading)
        note = QLabel(
            self.tr(
                "Elke keer dat iemand dit dossier opent, wijzigt of het BSN toont, staat hier. "
                "Nieuwste bovenaan."
            ),
            page,
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        layout.addWidget(note)
        self.log_table = _table("client_log_table", self.tr("Logboek van dit dossier"), page)
        layout.addWidget(self.log_table, 1)
        return page

    def _placeholder_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 32, 16, 16)
        text = QLabel(self.tr("Komt in een volgende versie."), page)
        text.setProperty("role", "empty")
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(text)
        layout.addStretch(1)
        return page

    # -- state ------------------------------------------------------------------------------

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.tab_pages[key])

    def show_table(self, stack: QStackedWidget, has_rows: bool) -> None:
        stack.setCurrentIndex(0 if has_rows else 1)

    def clear_values(self) -> None:
        """Empty every label that may show client data."""
        for label in (
            self.name_label,
            self.facts_label,
            self.bsn_label,
            self.confirm_text,
            self.error,
            *self.values.values(),
        ):
            label.setText("")
        self.overview_intake.clear_values()
        self.outcomes.clear_values()
        self.error.hide()
        self.archived_label.hide()
        self.confirm_frame.hide()
        self.gdpr.reset()
