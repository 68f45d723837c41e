"""Item models of the intake: conversations of a client, signals, and the vervolg change table."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from typing_extensions import override

from pohsd.domain.intake import IntakeSummary, SignalRecord
from pohsd.domain.questionnaire import Questionnaire
from pohsd.intake.scoring import ChoiceScore, CijferScore, DjgScore, Incomplete, Mhi5Score
from pohsd.intake.vervolg import DJG6, MHI5, Change
from ui.i18n import arg
from ui.models.client_list_model import ID_ROLE, AnyIndex, BatchTableModel, format_date
from ui.models.intake_radar_model import to_local

_CTX = "IntakeModels"
OPEN_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role that returns True for a signal that is still open."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def local_datetime(moment: datetime | None) -> str:
    """dd-mm-jjjj HH:MM in local time (stored moments are UTC)."""
    if moment is None:
        return ""
    return to_local(moment).strftime("%d-%m-%Y %H:%M")


def kind_text(kind: str) -> str:
    return (
        _tr(QT_TRANSLATE_NOOP("IntakeModels", "Vervolggesprek"))
        if kind == "vervolg"
        else _tr(QT_TRANSLATE_NOOP("IntakeModels", "Intake"))
    )


def status_text(status: str) -> str:
    return (
        _tr(QT_TRANSLATE_NOOP("IntakeModels", "● afgerond"))
        if status == "afgerond"
        else _tr(QT_TRANSLATE_NOOP("IntakeModels", "◐ open"))
    )


def urgency_text(urgency: str) -> str:
    texts = {
        "Direct": QT_TRANSLATE_NOOP("IntakeModels", "Direct"),
        "Vandaag": QT_TRANSLATE_NOOP("IntakeModels", "Vandaag"),
        "Binnen 3 werkdagen": QT_TRANSLATE_NOOP("IntakeModels", "Binnen 3 werkdagen"),
    }
    return _tr(texts[urgency]) if urgency in texts else urgency


def signal_line(record: SignalRecord, label: str) -> str:
    """One line per signal; the mark and the word say open or closed (never colour alone)."""
    if record.is_open:
        return f"⚠ {label} · {urgency_text(record.urgency)} · " + _tr(
            QT_TRANSLATE_NOOP("IntakeModels", "open")
        )
    if record.closure == "onterecht":
        return f"✕ {label} · " + _tr(QT_TRANSLATE_NOOP("IntakeModels", "onterecht"))
    return f"✓ {label} · " + _tr(QT_TRANSLATE_NOOP("IntakeModels", "afgehandeld"))


def measure_label(q: Questionnaire, measure: str) -> str:
    """Plain name of a repeated measure (vervolg change view)."""
    if measure == DJG6:
        return _tr(QT_TRANSLATE_NOOP("IntakeModels", "Eenzaamheid (De Jong Gierveld, 0–6)"))
    if measure == MHI5:
        return _tr(QT_TRANSLATE_NOOP("IntakeModels", "Psychische gezondheid (MHI-5, 0–100)"))
    if measure == "meting.rapportcijfer":
        return _tr(QT_TRANSLATE_NOOP("IntakeModels", "Rapportcijfer voor het leven"))
    question = q.get(measure)
    if question is not None and measure.endswith(".cijfer") and question.part:
        return arg(_tr(QT_TRANSLATE_NOOP("IntakeModels", "Cijfer %1")), q.part(question.part).label)
    if question is not None and measure.endswith(".zr") and question.topic:
        return arg(
            _tr(QT_TRANSLATE_NOOP("IntakeModels", "Zelfredzaamheid: %1")),
            q.topic(question.topic).label,
        )
    return measure


class IntakeListModel(BatchTableModel[IntakeSummary]):
    """The Gesprekken tab: soort, gestart, status, laatst gewijzigd, vervolg op."""

    CONTEXT = _CTX
    COLUMNS = (
        QT_TRANSLATE_NOOP("IntakeModels", "Gesprek"),
        QT_TRANSLATE_NOOP("IntakeModels", "Gestart"),
        QT_TRANSLATE_NOOP("IntakeModels", "Status"),
        QT_TRANSLATE_NOOP("IntakeModels", "Laatst gewijzigd"),
        QT_TRANSLATE_NOOP("IntakeModels", "Vervolg op"),
    )

    @override
    def cell(self, obj: IntakeSummary, column: int) -> str:
        if column == 0:
            return kind_text(obj.kind)
        if column == 1:
            return local_datetime(obj.created_at)[:10]
        if column == 2:
            return status_text(obj.status)
        if column == 3:
            return local_datetime(obj.updated_at)
        return format_date(obj.follow_up_on) or "—"


def _number(value: int | None) -> str:
    return "—" if value is None else str(value)


def _difference(value: int | None) -> str:
    if value is None:
        return "—"
    return f"+{value}" if value > 0 else ("±0" if value == 0 else f"−{abs(value)}")


class ChangeTableModel(BatchTableModel[Change]):
    """Vervolg against intake: meting, intake, vorige, nu, verschil, uitleg (band)."""

    CONTEXT = _CTX
    COLUMNS = (
        QT_TRANSLATE_NOOP("IntakeModels", "Meting"),
        QT_TRANSLATE_NOOP("IntakeModels", "Intake"),
        QT_TRANSLATE_NOOP("IntakeModels", "Vorige"),
        QT_TRANSLATE_NOOP("IntakeModels", "Nu"),
        QT_TRANSLATE_NOOP("IntakeModels", "Verschil"),
        QT_TRANSLATE_NOOP("IntakeModels", "Toelichting"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._questionnaire: Questionnaire | None = None

    def set_changes(self, q: Questionnaire, changes: Iterable[Change]) -> None:
        self._questionnaire = q
        self.set_rows(changes)

    @override
    def object_id(self, obj: Change) -> object:
        return obj.measure

    @override
    def cell(self, obj: Change, column: int) -> str:
        if column == 0:
            q = self._questionnaire
            return measure_label(q, obj.measure) if q is not None else obj.measure
        if column == 1:
            return _number(obj.baseline)
        if column == 2:
            return _number(obj.previous)
        if column == 3:
            return _number(obj.current)
        if column == 4:
            return _difference(obj.difference)
        bands = [b for b in (obj.band_baseline, obj.band_current) if b]
        return " → ".join(bands) if bands else ""


class SignalListModel(QAbstractListModel):
    """Signals of an intake (or of every conversation of a client), open ones first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[SignalRecord, str]] = []

    def set_signals(self, records: Iterable[SignalRecord], labels: Mapping[str, str]) -> None:
        rows = [(r, labels.get(r.signal_id, r.signal_id)) for r in records]
        rows.sort(key=lambda row: (not row[0].is_open, row[0].raised_at))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_signals((), {})

    def record(self, row: int) -> SignalRecord | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def open_records(self) -> list[SignalRecord]:
        return [r for r, _label in self._rows if r.is_open]

    def label(self, row: int) -> str:
        return self._rows[row][1] if 0 <= row < len(self._rows) else ""

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Override QAbstractItemModel.rowCount."""
        return 0 if parent.isValid() else len(self._rows)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Override QAbstractItemModel.data."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record, label = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return signal_line(record, label)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = _tr(
                QT_TRANSLATE_NOOP(
                    "IntakeModels", "Gemeld op %1. Enter of dubbelklik opent het signaal."
                )
            )
            return arg(text, local_datetime(record.raised_at))
        if role == ID_ROLE:
            return record.id
        if role == OPEN_ROLE:
            return record.is_open
        return None


_INSTRUMENT_NAMES = {
    "djg6": QT_TRANSLATE_NOOP("IntakeModels", "Eenzaamheid (De Jong Gierveld)"),
    "mhi5": QT_TRANSLATE_NOOP("IntakeModels", "MHI-5"),
    "rondkomen": QT_TRANSLATE_NOOP("IntakeModels", "Moeite met rondkomen"),
    "rapportcijfer": QT_TRANSLATE_NOOP("IntakeModels", "Rapportcijfer"),
    "formulieren": QT_TRANSLATE_NOOP("IntakeModels", "Zeker bij formulieren"),
}


def score_text(instrument: str, result: object) -> str:
    """The score and band of an instrument, or "nog n vragen" while items are missing."""
    title = _tr(_INSTRUMENT_NAMES.get(instrument, instrument))
    if isinstance(result, Incomplete):
        n = len(result.missing)
        if n == 1:
            return arg(_tr(QT_TRANSLATE_NOOP("IntakeModels", "%1: nog 1 vraag")), title)
        return arg(_tr(QT_TRANSLATE_NOOP("IntakeModels", "%1: nog %2 vragen")), title, n)
    if isinstance(result, DjgScore):
        text = _tr(
            QT_TRANSLATE_NOOP("IntakeModels", "%1: %2 van 6 — %3 (emotioneel %4, sociaal %5)")
        )
        return arg(text, title, result.total, result.band, result.emotioneel, result.sociaal)
    if isinstance(result, Mhi5Score):
        if result.ongezond:
            text = _tr(QT_TRANSLATE_NOOP("IntakeModels", "%1: %2 van 100 — onder 60: %3"))
            return arg(text, title, result.score, result.band or "")
        text = _tr(QT_TRANSLATE_NOOP("IntakeModels", "%1: %2 van 100 — 60 of hoger"))
        return arg(text, title, result.score)
    if isinstance(result, CijferScore):
        return arg(
            _tr(QT_TRANSLATE_NOOP("IntakeModels", "%1: %2 — %3")), title, result.value, result.band
        )
    if isinstance(result, ChoiceScore):
        if instrument == "formulieren":
            flagged = QT_TRANSLATE_NOOP(
                "IntakeModels", "%1: beperkt — let op bij brieven en formulieren"
            )
            fine = QT_TRANSLATE_NOOP("IntakeModels", "%1: voldoende zeker")
        else:
            flagged = QT_TRANSLATE_NOOP("IntakeModels", "%1: ja (%2)")
            fine = QT_TRANSLATE_NOOP("IntakeModels", "%1: nee")
        return arg(_tr(flagged if result.flagged else fine), title, result.answer.lower())
    return ""
