"""Layout of the intake screen: parts navigator and time guide, question area, signals and notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ui.views.client_list_view import title_font
from ui.views.glyphs import displayable

NAV_WIDTH = 285
SIDE_WIDTH = 255

STYLE = """
QFrame[role="card"] { background: #ffffff; border: 1px solid #d5dde3; border-radius: 8px; }
QFrame[role="prompt"] { background: #f1f6f9; border: 1px solid #c9d8e2; border-radius: 8px; }
QFrame#intake_signal_banner { background: #fbe4e1; border: 1px solid #d9968c; border-radius: 6px; }
QLabel#intake_banner_text { color: #7a1b12; font-weight: bold; }
QFrame#intake_cijfer_prompt { background: #fff7e0; border: 1px solid #e3c46b; border-radius: 6px; }
QFrame#intake_nav, QFrame#intake_side { background: #eef2f5; border: none; }
QLabel[role="score"] { color: #12303f; background: #e8f1f6; border-radius: 4px; padding: 4px 8px; }
QPushButton[role="state"] { padding: 2px 10px; }
QPushButton[role="state"]:checked { background: #d4e6ef; border: 1px solid #2f6f8f; }
QPushButton:checked { background: #d4e6ef; border: 1px solid #2f6f8f; }
QLabel#intake_kijkmodus_band { background: #d4e6ef; color: #12303f; padding: 4px 10px; }
"""


def _button(text: str, name: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


def _heading(text: str, name: str, parent: QWidget, scale: float = 1.1) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setFont(title_font(parent.font(), scale))
    return label


class IntakeView(QWidget):
    """Widgets only; `ui.widgets.intake_page.IntakePage` fills and drives them."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("IntakeView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intake_view")
        self.setStyleSheet(STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._top_bar())
        self.kijk_band = QLabel(
            self.tr(
                "Kijkmodus: notities, scores en signalen zijn verborgen. F11 om terug te gaan."
            ),
            self,
        )
        self.kijk_band.setObjectName("intake_kijkmodus_band")
        self.kijk_band.hide()
        outer.addWidget(self.kijk_band)
        outer.addWidget(self._banner())
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self._navigator())
        body.addWidget(self._centre(), 1)
        body.addWidget(self._side())
        outer.addLayout(body, 1)

    # -- parts ------------------------------------------------------------------------------

    def _top_bar(self) -> QWidget:
        bar = QFrame(self)
        bar.setObjectName("intake_top")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(10)
        self.back_button = _button(
            self.tr("← &Dossier"), "intake_back", self.tr("Terug naar het dossier"), bar
        )
        self.back_button.setToolTip(self.tr("Terug naar het dossier (Alt+D); alles is bewaard"))
        row.addWidget(self.back_button)
        self.title = _heading("", "intake_title", bar, 1.2)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.title, 1)
        self.kijk_button = _button(
            self.tr("&Kijkmodus (F11)"), "intake_kijkmodus", self.tr("Kijkmodus"), bar
        )
        self.kijk_button.setCheckable(True)
        self.kijk_button.setToolTip(
            self.tr("Scherm naar de cliënt: verbergt notities, scores en signalen (F11)")
        )
        row.addWidget(self.kijk_button)
        self.panel_button = _button(
            self.tr("&Paneel"), "intake_panel_toggle", self.tr("Paneel signalen en notities"), bar
        )
        self.panel_button.setCheckable(True)
        self.panel_button.setChecked(True)
        self.panel_button.setToolTip(self.tr("Paneel met signalen en notities tonen of verbergen"))
        row.addWidget(self.panel_button)
        return bar

    def _banner(self) -> QWidget:
        self.banner = QFrame(self)
        self.banner.setObjectName("intake_signal_banner")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(14, 6, 14, 6)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("intake_banner_text")
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_text.setWordWrap(True)
        row.addWidget(self.banner_text, 1)
        self.banner_button = _button(
            self.tr("Signaal &openen"), "intake_banner_open", self.tr("Open signaal bekijken"),
            self.banner,
        )  # fmt: skip
        row.addWidget(self.banner_button)
        self.banner.hide()
        return self.banner

    def _navigator(self) -> QWidget:
        nav = QFrame(self)
        nav.setObjectName("intake_nav")
        nav.setFixedWidth(NAV_WIDTH)
        column = QVBoxLayout(nav)
        column.setContentsMargins(10, 10, 10, 10)
        column.setSpacing(6)
        column.addWidget(_heading(self.tr("Onderdelen"), "intake_nav_heading", nav))
        self.tree = QTreeWidget(nav)
        self.tree.setObjectName("intake_nav_tree")
        self.tree.setAccessibleName(self.tr("Onderdelen van het gesprek"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setIndentation(14)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setToolTip(self.tr("Pijltjes kiezen, Enter opent. Ctrl+PgDn: volgende"))
        column.addWidget(self.tree, 1)
        self.legend = QLabel(nav)
        self.legend.setText(
            displayable(
                self.tr(
                    "○ niet besproken  ◐ deels\n● besproken  ⊘ overgeslagen\n🔒 niet vastleggen"
                ),
                self.legend.font(),
            )
        )
        self.legend.setObjectName("intake_nav_legend")
        self.legend.setProperty("role", "hint")
        column.addWidget(self.legend)
        times = QHBoxLayout()
        self.total_time = QLabel(nav)
        self.total_time.setObjectName("intake_total_time")
        self.total_time.setFont(title_font(nav.font(), 1.1))
        times.addWidget(self.total_time, 1)
        self.pause_button = _button(
            self.tr("Pau&ze"), "intake_pause", self.tr("Tijd pauzeren"), nav
        )
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip(self.tr("De tijd stilzetten en weer laten lopen (Alt+Z)"))
        times.addWidget(self.pause_button)
        column.addLayout(times)
        return nav

    def _centre(self) -> QWidget:
        centre = QWidget(self)
        centre.setObjectName("intake_centre")
        column = QVBoxLayout(centre)
        column.setContentsMargins(18, 12, 18, 10)
        column.setSpacing(8)
        self.view_title = _heading("", "intake_view_title", centre, 1.35)
        self.view_title.setWordWrap(True)
        column.addWidget(self.view_title)
        self.prompt = QFrame(centre)
        self.prompt.setObjectName("intake_cijfer_prompt")
        self.prompt_layout = QVBoxLayout(self.prompt)
        self.prompt_layout.setContentsMargins(10, 8, 10, 8)
        prompt_row = QHBoxLayout()
        self.prompt_text = QLabel(self.prompt)
        self.prompt_text.setObjectName("intake_cijfer_prompt_text")
        self.prompt_text.setWordWrap(True)
        prompt_row.addWidget(self.prompt_text, 1)
        self.prompt_skip = _button(
            self.tr("Niet &nu"), "intake_cijfer_prompt_skip", self.tr("Cijfer nu niet vragen"),
            self.prompt,
        )  # fmt: skip
        prompt_row.addWidget(self.prompt_skip)
        self.prompt_layout.addLayout(prompt_row)
        self.prompt.hide()
        column.addWidget(self.prompt)
        self.scroll = QScrollArea(centre)
        self.scroll.setObjectName("intake_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the questions take the focus
        self.scroll.setAccessibleName(self.tr("Vragen"))
        column.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        self.prev_button = _button(
            self.tr("‹ Vo&rige"), "intake_prev", self.tr("Vorige onderwerp"), centre
        )
        self.prev_button.setToolTip(self.tr("Vorige onderwerp (Ctrl+PgUp)"))
        buttons.addWidget(self.prev_button)
        self.view_status = QLabel(centre)
        self.view_status.setObjectName("intake_view_status")
        self.view_status.setProperty("role", "hint")
        self.view_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.view_status, 1)
        self.next_button = _button(
            self.tr("&Volgende ›"), "intake_next", self.tr("Volgende onderwerp"), centre
        )
        self.next_button.setToolTip(self.tr("Volgende onderwerp (Ctrl+PgDn)"))
        self.next_button.setProperty("primary", True)
        buttons.addWidget(self.next_button)
        column.addLayout(buttons)
        return centre

    def _side(self) -> QWidget:
        self.side = QFrame(self)
        self.side.setObjectName("intake_side")
        self.side.setFixedWidth(SIDE_WIDTH)
        column = QVBoxLayout(self.side)
        column.setContentsMargins(10, 10, 10, 10)
        column.setSpacing(6)
        column.addWidget(_heading(self.tr("Signalen"), "intake_signals_heading", self.side))
        self.signals = QListView(self.side)
        self.signals.setObjectName("intake_signals")
        self.signals.setAccessibleName(self.tr("Signalen van dit gesprek"))
        self.signals.setWordWrap(True)
        self.signals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signals.setMaximumHeight(150)
        column.addWidget(self.signals)
        self.signals_empty = QLabel(self.tr("Geen signalen."), self.side)
        self.signals_empty.setObjectName("intake_signals_empty")
        self.signals_empty.setProperty("role", "hint")
        column.addWidget(self.signals_empty)
        self.add_signal_button = _button(
            self.tr("Signaal &toevoegen…"), "intake_signal_add", self.tr("Signaal toevoegen"),
            self.side,
        )  # fmt: skip
        column.addWidget(self.add_signal_button)
        column.addSpacing(8)
        column.addWidget(_heading(self.tr("Notities"), "intake_notes_heading", self.side))
        self.notes = QPlainTextEdit(self.side)
        self.notes.setObjectName("intake_notes")
        self.notes.setAccessibleName(self.tr("Notities bij dit gesprek"))
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Vrije notities voor het hele gesprek"))
        column.addWidget(self.notes, 1)
        hint = QLabel(self.tr("Alles wordt vanzelf bewaard."), self.side)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        column.addWidget(hint)
        column.addSpacing(8)
        column.addWidget(_heading(self.tr("Voorstellen"), "intake_suggestions_heading", self.side))
        later = QLabel(self.tr("Voorstellen uit de sociale kaart komen in het Plan."), self.side)
        later.setObjectName("intake_suggestions_hint")
        later.setProperty("role", "hint")
        later.setWordWrap(True)
        column.addWidget(later)
        return self.side
