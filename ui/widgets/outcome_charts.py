"""Uitkomsten charts drawn with QPainter: cijfers over time, and loneliness in its bands.

Every line has its own marker and dash style as well as its colour, and the legend draws both,
so colour is never the only signal. A missing answer is a gap in the line, never a zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget
from typing_extensions import override

from pohsd.intake.outcomes import OutcomeTimeline
from ui.models.client_list_model import format_date
from ui.models.outcomes_model import djg_band_text

TEXT = QColor("#1f2933")
MUTED = QColor("#52606d")
GRID = QColor("#d9e0e6")
CIRCLE, SQUARE, TRIANGLE, DIAMOND, CROSS = "circle", "square", "triangle", "diamond", "cross"
#: (colour, marker, pen style) of the rapportcijfer and then of each domain in order.
STYLES: tuple[tuple[str, str, Qt.PenStyle], ...] = (
    ("#1f2933", CIRCLE, Qt.PenStyle.SolidLine),
    ("#2f6f8f", SQUARE, Qt.PenStyle.DashLine),
    ("#b5541c", TRIANGLE, Qt.PenStyle.DotLine),
    ("#4f7a28", DIAMOND, Qt.PenStyle.DashDotLine),
    ("#6b5b95", CROSS, Qt.PenStyle.DashDotDotLine),
)
#: DJG-6 bands (spec/intake.md §4.1): lowest total, highest total, band id, fill.
DJG_BANDS: tuple[tuple[int, int, str, str], ...] = (
    (0, 1, "niet eenzaam", "#eef5ea"),
    (2, 4, "enigszins eenzaam", "#fbf1df"),
    (5, 6, "sterk eenzaam", "#f8e3dc"),
)
PAD = 8.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutcomeCharts", text)


@dataclass(frozen=True)
class Line:
    label: str
    values: tuple[int | None, ...]
    colour: str
    marker: str
    style: Qt.PenStyle


def chart_lines(timeline: OutcomeTimeline) -> tuple[Line, ...]:
    """The rapportcijfer first, then the cijfer of each domain."""
    points = timeline.points
    lines = [
        Line(
            _tr(QT_TRANSLATE_NOOP("OutcomeCharts", "Rapportcijfer voor het leven")),
            tuple(p.rapportcijfer for p in points),
            *STYLES[0],
        )
    ]
    for i, label in enumerate(timeline.labels):
        style = STYLES[1 + i % (len(STYLES) - 1)]
        lines.append(Line(label, tuple(p.cijfers[i] for p in points), *style))
    return tuple(lines)


def x_positions(days: Sequence[date], left: float, width: float) -> list[float]:
    """By date when every day differs; evenly spaced otherwise (same-day conversations)."""
    n = len(days)
    if n == 0:
        return []
    if n == 1:
        return [left + width / 2]
    span = (max(days) - min(days)).days
    if len(set(days)) < n or span == 0:
        return [left + width * i / (n - 1) for i in range(n)]
    first = min(days)
    return [left + width * (d - first).days / span for d in days]


def draw_marker(painter: QPainter, centre: QPointF, marker: str, colour: QColor, r: float) -> None:
    painter.setPen(QPen(colour, 1.6))
    painter.setBrush(QBrush(colour))
    x, y = centre.x(), centre.y()
    if marker == CIRCLE:
        painter.drawEllipse(centre, r, r)
    elif marker == SQUARE:
        painter.drawRect(QRectF(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8))
    elif marker == TRIANGLE:
        corners = [(0, -1.15), (1, 0.8), (-1, 0.8)]
        painter.drawPolygon(QPolygonF([QPointF(x + a * r, y + b * r) for a, b in corners]))
    elif marker == DIAMOND:
        corners = [(0, -1.2), (1.1, 0), (0, 1.2), (-1.1, 0)]
        painter.drawPolygon(QPolygonF([QPointF(x + a * r, y + b * r) for a, b in corners]))
    else:  # a cross: no fill, two thick strokes
        painter.setPen(QPen(colour, 2.4))
        painter.drawLine(QPointF(x - r, y - r), QPointF(x + r, y + r))
        painter.drawLine(QPointF(x - r, y + r), QPointF(x + r, y - r))


class _Chart(QWidget):
    """Shared frame: the timeline, the plot rectangle and the date labels under it."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.timeline: OutcomeTimeline | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(360)

    def set_timeline(self, timeline: OutcomeTimeline | None) -> None:
        self.timeline = timeline
        self.setAccessibleDescription(self.describe() if timeline is not None else "")
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        return ""

    def _axis_width(self) -> float:
        return float(self.fontMetrics().horizontalAdvance("10") + 14)

    def _plot_xs(self, plot: QRectF) -> list[float]:
        points = self.timeline.points if self.timeline is not None else ()
        margin = self.fontMetrics().horizontalAdvance("00-00-0000") / 2 + PAD
        return x_positions([p.day for p in points], plot.left() + margin, plot.width() - 2 * margin)

    def _draw_dates(self, painter: QPainter, plot: QRectF, xs: list[float]) -> None:
        if self.timeline is None:
            return
        painter.setPen(MUTED)
        metrics = painter.fontMetrics()
        last_right = -1e9
        for x, point in zip(xs, self.timeline.points, strict=True):
            text = format_date(point.day)
            width = metrics.horizontalAdvance(text)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            if x - width / 2 < last_right + 6:
                continue  # dates this close would overlap; the table lists every one
            painter.setPen(MUTED)
            painter.drawText(QPointF(x - width / 2, plot.bottom() + 6 + metrics.ascent()), text)
            last_right = x + width / 2


class OutcomeLineChart(_Chart):
    """Rapportcijfer and the four domain cijfers (0–10) per conversation, with a legend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "outcomes_line_chart",
            _tr(QT_TRANSLATE_NOOP("OutcomeCharts", "Cijfers per gesprek, van 0 tot 10")),
            parent,
        )
        self._legend_count = 0

    def lines(self) -> tuple[Line, ...]:
        return chart_lines(self.timeline) if self.timeline is not None else ()

    @override
    def describe(self) -> str:
        if self.timeline is None:
            return ""
        days = [format_date(p.day) for p in self.timeline.points]
        parts = []
        for line in self.lines():
            values = " → ".join("—" if v is None else str(v) for v in line.values)
            parts.append(f"{line.label}: {values}")
        return f"{' · '.join(days)}. " + "; ".join(parts)

    def _legend_rows(self, width: float) -> list[list[Line]]:
        metrics = self.fontMetrics()
        rows: list[list[Line]] = [[]]
        used = 0.0
        for line in self.lines():
            need = 44 + metrics.horizontalAdvance(line.label) + 24
            if rows[-1] and used + need > width:
                rows.append([])
                used = 0.0
            rows[-1].append(line)
            used += need
        return rows if rows[0] else []

    @override
    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint."""
        h = self.fontMetrics().height()
        legend = len(self._legend_rows(max(self.width(), 360) - 20)) or 1
        return QSize(640, 14 * h + legend * (h + 8))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget.resizeEvent: a narrower chart wraps its legend, so it grows."""
        super().resizeEvent(event)
        rows = len(self._legend_rows(max(self.width(), 360) - 20))
        if rows != self._legend_count:
            self._legend_count = rows
            self.updateGeometry()

    @override
    def minimumSizeHint(self) -> QSize:
        """Override QWidget.minimumSizeHint."""
        return QSize(360, self.sizeHint().height())

    @override
    def paintEvent(self, _event: QPaintEvent) -> None:
        """Override QWidget.paintEvent."""
        if self.timeline is None or not self.timeline.points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = float(self.fontMetrics().height())
        legend = self._legend_rows(max(self.width(), 360) - 20)
        legend_h = len(legend) * (h + 8)
        axis = self._axis_width()
        plot = QRectF(axis, h / 2 + 4, self.width() - axis - PAD, 0)
        plot.setBottom(self.height() - legend_h - 2 * h - 10)
        for value in range(0, 11, 2):
            y = plot.bottom() - plot.height() * value / 10
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            text = str(value)
            tw = painter.fontMetrics().horizontalAdvance(text)
            painter.drawText(QPointF(plot.left() - tw - 6, y + h / 3), text)
        xs = self._plot_xs(plot)
        self._draw_dates(painter, plot, xs)
        for line in self.lines():
            colour = QColor(line.colour)
            pen = QPen(colour, 2.8 if line.marker == CIRCLE else 2.0)
            pen.setStyle(line.style)
            points = [
                None if v is None else QPointF(x, plot.bottom() - plot.height() * v / 10)
                for x, v in zip(xs, line.values, strict=True)
            ]
            painter.setPen(pen)
            for a, b in pairwise(points):
                if a is not None and b is not None:  # a gap breaks the line
                    painter.drawLine(a, b)
            for p in points:
                if p is not None:
                    draw_marker(painter, p, line.marker, colour, 4.5)
        y = plot.bottom() + 2 * h + 8
        for row in legend:
            x = plot.left()
            for line in row:
                colour = QColor(line.colour)
                pen = QPen(colour, 2.4)
                pen.setStyle(line.style)
                painter.setPen(pen)
                mid = y + h / 2
                painter.drawLine(QPointF(x, mid), QPointF(x + 36, mid))
                draw_marker(painter, QPointF(x + 18, mid), line.marker, colour, 4.5)
                painter.setPen(TEXT)
                painter.drawText(QPointF(x + 44, mid + h / 3), line.label)
                x += 44 + painter.fontMetrics().horizontalAdvance(line.label) + 24
            y += h + 8
        painter.end()


class LonelinessStrip(_Chart):
    """DJG-6 totals (0–6) on the three bands, the band named in words at the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "outcomes_loneliness_chart",
            _tr(
                QT_TRANSLATE_NOOP(
                    "OutcomeCharts", "Eenzaamheid per gesprek (De Jong Gierveld, 0–6)"
                )
            ),
            parent,
        )

    @override
    def describe(self) -> str:
        if self.timeline is None:
            return ""
        parts = []
        for p in self.timeline.points:
            value = "—" if p.djg_total is None else f"{p.djg_total} ({djg_band_text(p.djg_band)})"
            parts.append(f"{format_date(p.day)}: {value}")
        return "; ".join(parts)

    def _label_width(self) -> float:
        metrics = self.fontMetrics()
        return float(max(metrics.horizontalAdvance(djg_band_text(b[2])) for b in DJG_BANDS) + 16)

    @override
    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint."""
        return QSize(640, 10 * self.fontMetrics().height())

    @override
    def minimumSizeHint(self) -> QSize:
        """Override QWidget.minimumSizeHint."""
        return QSize(360, self.sizeHint().height())

    @override
    def paintEvent(self, _event: QPaintEvent) -> None:
        """Override QWidget.paintEvent."""
        if self.timeline is None or not self.timeline.points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = float(self.fontMetrics().height())
        axis = self._axis_width()
        plot = QRectF(axis, h / 2 + 4, self.width() - axis - self._label_width() - PAD, 0)
        plot.setBottom(self.height() - 2 * h - 6)

        def y_of(value: float) -> float:  # -0.5 … 6.5: every total sits inside its band
            return plot.bottom() - plot.height() * (value + 0.5) / 7

        for low, high, band, fill in DJG_BANDS:
            top, bottom = y_of(high + 0.5), y_of(low - 0.5)
            painter.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top), QColor(fill))
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), top), QPointF(plot.right(), top))
            painter.setPen(TEXT)
            painter.drawText(
                QPointF(plot.right() + 10, (top + bottom) / 2 + h / 3), djg_band_text(band)
            )
        painter.setPen(MUTED)
        for value in (0, 2, 4, 6):
            text = str(value)
            tw = painter.fontMetrics().horizontalAdvance(text)
            painter.drawText(QPointF(plot.left() - tw - 6, y_of(value) + h / 3), text)
        xs = self._plot_xs(plot)
        self._draw_dates(painter, plot, xs)
        colour = QColor("#6b5b95")
        points = [
            None if p.djg_total is None else QPointF(x, y_of(p.djg_total))
            for x, p in zip(xs, self.timeline.points, strict=True)
        ]
        painter.setPen(QPen(colour, 2.2))
        for a, b in pairwise(points):
            if a is not None and b is not None:
                painter.drawLine(a, b)
        for p, point in zip(points, self.timeline.points, strict=True):
            if p is None:
                continue
            draw_marker(painter, p, CIRCLE, colour, 4.5)
            painter.setPen(TEXT)
            painter.drawText(QPointF(p.x() + 9, p.y() - 4), str(point.djg_total))
        painter.end()
