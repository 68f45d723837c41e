"""The parts navigator: status symbol and word per part, topics below, time against the guide."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from pohsd.intake.flow import FlowEngine, PartStatus
from ui.i18n import arg
from ui.views.glyphs import displayable

VIEW_ROLE = Qt.ItemDataRole.UserRole + 10
AMBER = QColor("#9a5b00")
STATUS_TEXT = {
    PartStatus.NIET_BESPROKEN: QT_TRANSLATE_NOOP("IntakeNav", "niet besproken"),
    PartStatus.DEELS: QT_TRANSLATE_NOOP("IntakeNav", "deels"),
    PartStatus.BESPROKEN: QT_TRANSLATE_NOOP("IntakeNav", "besproken"),
    PartStatus.OVERGESLAGEN: QT_TRANSLATE_NOOP("IntakeNav", "bewust overgeslagen"),
    PartStatus.NIET_VASTLEGGEN: QT_TRANSLATE_NOOP("IntakeNav", "niet vastleggen"),
}


def status_word(status: PartStatus) -> str:
    return QCoreApplication.translate("IntakeNav", STATUS_TEXT[status])


def clock_text(minutes: float) -> str:
    """h:mm, the way the time guide shows the whole conversation."""
    whole = int(minutes)
    return f"{whole // 60}:{whole % 60:02d}"


class IntakeNav:
    """Fills and updates the navigator tree from the flow engine (no logic of its own)."""

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("IntakeNav", text)

    def __init__(self, tree: QTreeWidget) -> None:
        self.tree = tree
        self.items: dict[str, QTreeWidgetItem] = {}
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def build(self, engine: FlowEngine) -> None:
        with QSignalBlocker(self.tree):
            self.tree.clear()
            self.items.clear()
            navmap = engine.navmap
            for part in navmap.parts:
                item = QTreeWidgetItem(self.tree)
                item.setData(0, VIEW_ROLE, part)
                self.items[part] = item
                for view_id in navmap.part_views[part][1:]:
                    child = QTreeWidgetItem(item)
                    child.setData(0, VIEW_ROLE, view_id)
                    self.items[view_id] = child
        self.refresh(engine)

    def build_single(self, view_id: str, label: str) -> None:
        """A vervolg has one view."""
        with QSignalBlocker(self.tree):
            self.tree.clear()
            self.items.clear()
            item = QTreeWidgetItem(self.tree, [label, ""])
            item.setData(0, VIEW_ROLE, view_id)
            self.items[view_id] = item
            self.tree.setCurrentItem(item)

    def refresh(self, engine: FlowEngine) -> None:
        """Statuses, the current view and the minutes against the guide (amber and ▲ past it)."""
        q = engine.questionnaire
        times = {t.part: t for t in engine.time_guide()}
        for view_id, item in self.items.items():
            view = engine.navmap.view(view_id)
            if view_id == view.part:
                status = engine.status(view_id)
                word = status_word(status)
                item.setText(
                    0, displayable(f"{status.symbol} {view.label}\n     {word}", self.tree.font())
                )
                t = times[view_id]
                over = " ▲" if t.over else ""
                item.setText(1, f"{int(t.elapsed_minutes)}/{t.guide_minutes} m{over}")
                colour = QBrush(AMBER) if t.over else QBrush()
                item.setForeground(1, colour)
                tip = arg(self.tr("%1: %2. Tijd: %3 van %4 minuten"), view.label, word,
                          int(t.elapsed_minutes), t.guide_minutes)  # fmt: skip
                if t.over:
                    tip += " " + self.tr("(langer dan de richttijd; dat mag)")
                item.setToolTip(0, tip)
                item.setToolTip(1, tip)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, tip)
            else:
                status = engine.topic_status(view_id)
                item.setText(
                    0, displayable(f"{status.symbol} {q.topic(view_id).label}", self.tree.font())
                )
                tip = f"{q.topic(view_id).label}: {status_word(status)}"
                item.setToolTip(0, tip)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, tip)
        current = self.items.get(engine.current)
        if current is not None and self.tree.currentItem() is not current:
            with QSignalBlocker(self.tree):
                self.tree.setCurrentItem(current)
                parent = current.parent()
                if parent is not None:
                    parent.setExpanded(True)

    def total_text(self, engine: FlowEngine) -> str:
        guide = sum(t.guide_minutes for t in engine.time_guide())
        text = f"{clock_text(engine.total_minutes())} / {clock_text(guide)}"
        return text + (" " + self.tr("(pauze)") if engine.paused else "")
