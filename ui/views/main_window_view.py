"""Layout of the unlocked shell: header, demo band, left rail, page stack and status line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class MainWindowView(QWidget):
    """Widgets only; `ui.main_window.MainWindow` fills and drives them."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("MainWindowView", text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shell")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        header = QFrame(self)
        header.setObjectName("header")
        head = QHBoxLayout(header)
        head.setContentsMargins(16, 10, 16, 10)
        self.practice_label = QLabel(header)
        self.practice_label.setObjectName("headerPractice")
        font = QFont(self.practice_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.practice_label.setFont(font)
        self.practice_label.setTextFormat(Qt.TextFormat.PlainText)
        head.addWidget(self.practice_label, 1)
        self.search = QLineEdit(header)
        self.search.setObjectName("headerSearch")
        self.search.setAccessibleName(self.tr("Zoek cliënt"))
        self.search.setPlaceholderText(self.tr("Zoek cliënt… (Ctrl+F)"))
        self.search.setMinimumWidth(280)
        self.search.setClearButtonEnabled(True)
        head.addWidget(self.search)
        self.lock_button = QPushButton(self.tr("Vergrendelen"), header)
        self.lock_button.setObjectName("lockButton")
        self.lock_button.setAccessibleName(self.tr("Vergrendelen"))
        self.lock_button.setToolTip(self.tr("Vergrendelen (Ctrl+L)"))
        head.addWidget(self.lock_button)
        outer.addWidget(header)

        self.demo_band = QLabel(self.tr("DEMO — fictieve gegevens"), self)
        self.demo_band.setObjectName("demoBand")
        self.demo_band.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_band.setVisible(False)
        outer.addWidget(self.demo_band)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        self.rail = QListWidget(self)
        self.rail.setObjectName("navRail")
        self.rail.setAccessibleName(self.tr("Onderdelen"))
        self.rail.setIconSize(QSize(22, 22))
        self.rail.setFixedWidth(190)
        self.rail.setSpacing(2)
        self.rail.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.addWidget(self.rail)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pageStack")
        body.addWidget(self.pages, 1)
        outer.addLayout(body, 1)

        status = QFrame(self)
        status.setObjectName("statusLine")
        line = QHBoxLayout(status)
        line.setContentsMargins(16, 4, 16, 4)
        line.setSpacing(8)
        self.saved_label = QLabel(status)
        self.saved_label.setObjectName("statusSaved")
        line.addWidget(self.saved_label)
        self.busy_label = QLabel(self.tr("bezig…"), status)
        self.busy_label.setObjectName("statusBusy")
        self.busy_label.setVisible(False)
        line.addWidget(self.busy_label)
        line.addStretch(1)
        self.status_demo = QLabel(self.tr("DEMO — fictieve gegevens"), status)
        self.status_demo.setObjectName("statusDemo")
        self.status_demo.setVisible(False)
        line.addWidget(self.status_demo)
        self.user_label = QLabel(status)
        self.user_label.setObjectName("statusUser")
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        line.addWidget(self.user_label)
        outer.addWidget(status)

        QWidget.setTabOrder(self.search, self.lock_button)
        QWidget.setTabOrder(self.lock_button, self.rail)
        QWidget.setTabOrder(self.rail, self.pages)

    def add_page(self, icon: QIcon, text: str, page: QWidget) -> None:
        item = QListWidgetItem(icon, text)
        item.setSizeHint(QSize(0, 44))
        self.rail.addItem(item)
        self.pages.addWidget(page)
