"""Plain text lines for a plan's goals (record overview)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from pohsd.domain.intake import Goal
from ui.i18n import arg

_STATUS = {
    "open": QT_TRANSLATE_NOOP("PlanText", "loopt"),
    "bereikt": QT_TRANSLATE_NOOP("PlanText", "bereikt"),
    "deels": QT_TRANSLATE_NOOP("PlanText", "deels bereikt"),
    "niet": QT_TRANSLATE_NOOP("PlanText", "niet bereikt"),
    "vervallen": QT_TRANSLATE_NOOP("PlanText", "vervallen"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanText", text)


def goal_lines(goals: Iterable[Goal], labels: Mapping[str, str]) -> list[str]:
    """One line per goal: leefgebied, the goal in the client's words, its state and actions."""
    lines = []
    for goal in goals:
        done = sum(1 for a in goal.actions if a.status == "gedaan")
        actions = arg(_tr(QT_TRANSLATE_NOOP("PlanText", "%1 van %2 acties gedaan")), done,
                      len(goal.actions))  # fmt: skip
        status = _tr(_STATUS.get(goal.status, goal.status))
        wish = f"“{goal.wens}”" if goal.wens else "—"
        lines.append(f"• {labels.get(goal.topic, goal.topic)}: {wish} ({status}; {actions})")
    return lines
