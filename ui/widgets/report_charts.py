"""Report charts drawn with QPainter: horizontal bars, plain or stacked, with their numbers.

A suppressed count has no value: it is drawn as a short hatched block with its "<5" / "x"
text, so colour is never the only signal and nothing is guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from pohsd.reports.model import Cell

COLOURS = ("#2f6f8f", "#e0a458", "#7fb0c8", "#b5654d", "#8a9a5b", "#6b5b95")
LIGHT = {"#e0a458", "#7fb0c8"}  # dark text on these
TEXT = QColor("#1f2933")
MUTED = QColor("#52606d")
SUPPRESSED = QColor("#f3f5f7")
ROW_GAP = 8


@dataclass(frozen=True)
class ChartRow:
    label: str
    segments: tuple[Cell, ...]
    total: Cell | None = None  # shown after the bar; default: the only segment


class BarChart(QWidget):
    """Rows of horizontal bars; with a legend, each row is a stacked bar of its segments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChartRow] = []
        self._legend: list[str] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(320)

    def set_rows(self, rows: list[ChartRow], legend: list[str] | None = None) -> None:
        self._rows = list(rows)
        self._legend = list(legend or [])
        self.setAccessibleDescription(
            "; ".join(f"{r.label}: {self._total(r).text}" for r in self._rows)
        )
        self.updateGeometry()
        self.update()

    @property
    def rows(self) -> list[ChartRow]:
        return list(self._rows)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def _legend_lines(self, width: int) -> list[list[int]]:
        """The legend entries (indexes) per line, wrapped to `width`."""
        metrics = QFontMetrics(self.font())
        box = metrics.height() - 4
        lines: list[list[int]] = []
        x = width  # forces a first line
        for n, text in enumerate(self._legend):
            step = box + metrics.horizontalAdvance(text) + 20
            if x + step > width and (not lines or lines[-1]):
                lines.append([])
                x = 0
            lines[-1].append(n)
            x += step
        return lines if len(self._legend) > 1 else []

    @override
    def hasHeightForWidth(self) -> bool:
        """Override QWidget.hasHeightForWidth."""
        return True

    @override
    def heightForWidth(self, width: int) -> int:
        """Override QWidget.heightForWidth: the legend may wrap."""
        legend = len(self._legend_lines(width)) * (self.fontMetrics().height() + 6)
        return len(self._rows) * (self._row_height() + ROW_GAP) + legend + 4

    @override
    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint."""
        return QSize(480, self.heightForWidth(480))

    @override
    def minimumSizeHint(self) -> QSize:
        """Override QWidget.minimumSizeHint."""
        return QSize(320, self.heightForWidth(max(320, self.width())))

    @staticmethod
    def _total(row: ChartRow) -> Cell:
        return row.total if row.total is not None else row.segments[0]

    @staticmethod
    def _extent(cell: Cell) -> float:
        """Drawing length of a cell: its value, or a nominal length when suppressed."""
        if cell.value is not None:
            return float(cell.value)
        return 2.5 if cell.state == "small" else 5.0

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget.paintEvent."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        width = self.width()
        label_w = min(
            int(width * 0.4),
            max((metrics.horizontalAdvance(r.label) for r in self._rows), default=0) + 12,
        )
        value_w = metrics.horizontalAdvance("0000 ") + 8
        bar_w = max(40, width - label_w - value_w)
        scale = max((sum(self._extent(c) for c in r.segments) for r in self._rows), default=1) or 1
        row_h = self._row_height()
        y = 2
        for row in self._rows:
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(0, y, label_w - 8, row_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_w - 8),
            )
            x = float(label_w)
            for n, cell in enumerate(row.segments):
                length = self._extent(cell) / scale * bar_w
                if cell.value == 0:
                    continue
                length = max(
                    length, metrics.horizontalAdvance(cell.text) + 8 if cell.suppressed else 2
                )
                rect = QRectF(x, y + 3, length, row_h - 6)
                colour = COLOURS[n % len(COLOURS)] if len(row.segments) > 1 else COLOURS[0]
                self._segment(painter, rect, cell, colour, metrics)
                x += length
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(x + 6, y, value_w + bar_w, row_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self._total(row).text,
            )
            y += row_h + ROW_GAP
        self._draw_legend(painter, metrics, y)
        painter.end()

    @staticmethod
    def _segment(
        painter: QPainter, rect: QRectF, cell: Cell, colour: str, metrics: QFontMetrics
    ) -> None:
        if cell.suppressed:  # hatched in the segment's colour: the legend still applies
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SUPPRESSED)
            painter.drawRect(rect)
            painter.setPen(QPen(QColor(colour), 1))
            painter.setBrush(QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(rect)
            painter.fillRect(
                rect.adjusted(rect.width() / 2 - 12, 2, 12 - rect.width() / 2, -2),
                QColor(255, 255, 255, 220),
            )
            painter.setPen(TEXT)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), cell.text)
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawRect(rect)
        if metrics.horizontalAdvance(cell.text) + 8 < rect.width():
            painter.setPen(TEXT if colour in LIGHT else QColor("#ffffff"))
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), cell.text)

    def _draw_legend(self, painter: QPainter, metrics: QFontMetrics, y: int) -> None:
        box = metrics.height() - 4
        line_h = metrics.height() + 6
        for line in self._legend_lines(self.width()):
            x = 0.0
            for n in line:
                text = self._legend[n]
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(COLOURS[n % len(COLOURS)]))
                painter.drawRect(QRectF(x, y + 4, box, box))
                painter.setPen(MUTED)
                text_w = metrics.horizontalAdvance(text)
                painter.drawText(
                    QRectF(x + box + 4, y, text_w + 4, metrics.height() + 4),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    text,
                )
                x += box + text_w + 20
            y += line_h
