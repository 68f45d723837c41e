"""The domain web (leefgebiedenweb): client cijfer and POH zr on one 0–10 scale, with numbers."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QPointF,
    QRectF,
    QSaveFile,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from ui.i18n import arg
from ui.models.client_list_model import format_date
from ui.models.intake_radar_model import (
    CIJFER,
    INTAKE,
    SCALE_MAX,
    VERVOLG,
    ZR,
    RadarData,
    RadarSeries,
)

COLOURS = {INTAKE: QColor("#2f6f8f"), VERVOLG: QColor("#b5541c")}
EXPORT_SIZE = QSize(1200, 700)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Radar", text)


def series_label(series: RadarSeries, data: RadarData) -> str:
    moment = (
        _tr(QT_TRANSLATE_NOOP("Radar", "Intake"))
        if series.moment == INTAKE
        else _tr(QT_TRANSLATE_NOOP("Radar", "Vervolg"))
    )
    day = data.intake_date if series.moment == INTAKE else data.vervolg_date
    when = f"{moment} {format_date(day)}".strip()
    if series.kind == CIJFER:
        return arg(
            _tr(QT_TRANSLATE_NOOP("Radar", "%1 — cijfer van de cliënt (0–10), doorgetrokken lijn")),
            when,
        )
    return arg(
        _tr(QT_TRANSLATE_NOOP("Radar", "%1 — zelfredzaamheid volgens POH (1–5), stippellijn")), when
    )


def mapping_text() -> str:
    return _tr(
        QT_TRANSLATE_NOOP(
            "Radar",
            "Zelfredzaamheid op dezelfde schaal: 1 = 0 · 2 = 2,5 · 3 = 5 · 4 = 7,5 · 5 = 10",
        )
    )


def number_rows(data: RadarData) -> list[tuple[str, str]]:
    """Per domain the numbers as given: "cijfer 5 → 6 · zr 3 → 4" (intake → vervolg)."""
    rows = []
    for i, label in enumerate(data.labels):
        parts = []
        for kind, caption in (
            (CIJFER, _tr(QT_TRANSLATE_NOOP("Radar", "cijfer"))),
            (ZR, _tr(QT_TRANSLATE_NOOP("Radar", "zr"))),
        ):
            values = [s.raw[i] for s in data.series if s.kind == kind]
            shown = " → ".join("—" if v is None else str(v) for v in values) or "—"
            parts.append(f"{caption} {shown}")
        rows.append((label, " · ".join(parts)))
    return rows


def _pen(series: RadarSeries, width: float) -> QPen:
    pen = QPen(COLOURS[series.moment], width)
    pen.setStyle(Qt.PenStyle.SolidLine if series.kind == CIJFER else Qt.PenStyle.DashLine)
    return pen


def paint_web(painter: QPainter, rect: QRectF, data: RadarData, font: QFont) -> None:
    """Draw rings, axes, domain labels and every series into `rect` (screen, image or paper)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics_h = painter.fontMetrics().height()
    widest = max((painter.fontMetrics().horizontalAdvance(t) for t in data.labels), default=0)
    across = (rect.width() - 2 * (widest + 8)) / 2  # labels sit left and right of the web
    down = (rect.height() - 4 * metrics_h) / 2  # … and above and below it
    radius = max(10.0, min(across, down))
    centre = rect.center()
    n = len(data.domains) or 4

    def point(i: int, value: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * i / n
        r = radius * value / SCALE_MAX
        return QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle))

    grid = QPen(QColor("#c4cdd5"), 1)
    painter.setPen(grid)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for ring in (2, 4, 6, 8, 10):
        painter.drawPolygon(QPolygonF([point(i, ring) for i in range(n)]))
    for i in range(n):
        painter.drawLine(centre, point(i, SCALE_MAX))
    painter.setPen(QColor("#52606d"))
    for ring in (5, 10):
        p = point(0, ring)
        painter.drawText(QPointF(p.x() + 4, p.y() + metrics_h / 3), str(ring))
    painter.setPen(QColor("#1f2933"))
    for i, label in enumerate(data.labels):
        p = point(i, SCALE_MAX * 1.08)
        width = painter.fontMetrics().horizontalAdvance(label)
        x = p.x() - width / 2
        if abs(p.x() - centre.x()) > 1:
            x = p.x() + 4 if p.x() > centre.x() else p.x() - width - 4
        y = p.y() + metrics_h / 3
        if p.y() < centre.y() - 1:
            y = p.y() - 4
        elif p.y() > centre.y() + 1:
            y = p.y() + metrics_h
        painter.drawText(QPointF(x, y), label)
    for series in data.series:
        pts = [(i, v) for i, v in enumerate(series.values) if v is not None]
        if not pts:
            continue
        painter.setPen(_pen(series, 2.5))
        if series.kind == CIJFER and len(pts) == n:
            fill = QColor(COLOURS[series.moment])
            fill.setAlpha(40)
            painter.setBrush(QBrush(fill))
            painter.drawPolygon(QPolygonF([point(i, v) for i, v in pts]))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath()
            for k, (i, v) in enumerate(pts):
                nxt = pts[(k + 1) % len(pts)]
                adjacent = (nxt[0] - i) % n == 1
                path.moveTo(point(i, v))
                if len(pts) > 1 and adjacent:
                    path.lineTo(point(nxt[0], nxt[1]))
            painter.drawPath(path)
        painter.setBrush(QBrush(COLOURS[series.moment]))
        painter.setPen(QPen(QColor("#ffffff"), 1))
        size = 5.0 if series.kind == CIJFER else 4.0
        for i, v in pts:
            p = point(i, v)
            if series.moment == INTAKE:
                painter.drawEllipse(p, size, size)
            else:
                painter.drawRect(QRectF(p.x() - size, p.y() - size, 2 * size, 2 * size))


class RadarWidget(QWidget):
    """Paints the web; the numbers and legend sit beside it in `RadarPanel`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("radar_web")
        self.data: RadarData | None = None
        self.setMinimumSize(260, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, data: RadarData | None) -> None:
        self.data = data
        self.update()

    @override
    def sizeHint(self) -> QSize:
        """Override QWidget.sizeHint."""
        return QSize(340, 300)

    @override
    def paintEvent(self, _event: object) -> None:
        """Override QWidget.paintEvent."""
        if self.data is None:
            return
        painter = QPainter(self)
        paint_web(painter, QRectF(self.rect()), self.data, self.font())
        painter.end()


class RadarPanel(QWidget):
    """The web with legend, mapping, numbers, "Opslaan als PNG…" and "Afdrukken…".

    Signals:
        exported(str): "png" or "print" after the image left the program.
    """

    exported = Signal(str)

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("RadarPanel", text)

    def __init__(
        self, parent: QWidget | None = None, *, buttons: bool = True, stacked: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("radar_panel")
        self.data: RadarData | None = None
        layout: QHBoxLayout | QVBoxLayout = QVBoxLayout(self) if stacked else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.web = RadarWidget(self)
        self.web.setAccessibleName(self.tr("Leefgebiedenweb"))
        if stacked:  # a narrow column: the web on top, numbers beneath
            self.web.setMinimumHeight(self.fontMetrics().height() * 18)
        layout.addWidget(self.web, 3)
        side = QVBoxLayout()
        side.setSpacing(6)
        self.legend = QLabel(self)
        self.legend.setObjectName("radar_legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        side.addWidget(self.legend)
        self.numbers = QGridLayout()
        self.numbers.setHorizontalSpacing(10)
        side.addLayout(self.numbers)
        self.empty = QLabel(self.tr("Nog geen cijfers of zelfredzaamheid vastgelegd."), self)
        self.empty.setObjectName("radar_empty")
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        side.addWidget(self.empty)
        side.addStretch(1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Op&slaan als PNG…"), self)
        self.save_button.setObjectName("radar_save_png")
        self.save_button.setAccessibleName(self.tr("Leefgebiedenweb opslaan als PNG"))
        self.print_button = QPushButton(self.tr("Afdr&ukken…"), self)
        self.print_button.setObjectName("radar_print")
        self.print_button.setAccessibleName(self.tr("Leefgebiedenweb afdrukken"))
        for button in (self.save_button, self.print_button):
            button.setAutoDefault(False)
            button.setVisible(buttons)
            row.addWidget(button)
        row.addStretch(1)
        side.addLayout(row)
        layout.addLayout(side, 2)
        self.save_button.clicked.connect(self.ask_save_png)
        self.print_button.clicked.connect(self.ask_print)
        self.set_data(None)

    def set_data(self, data: RadarData | None) -> None:
        self.data = data
        self.web.set_data(data)
        empty = data is None or data.is_empty
        self.empty.setVisible(empty)
        self.web.setVisible(not empty)
        self.save_button.setEnabled(not empty)
        self.print_button.setEnabled(not empty)
        while self.numbers.count():
            item = self.numbers.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if empty or data is None:
            self.legend.setText("")
            self.web.setAccessibleDescription("")
            return
        lines = [f"{'━━' if s.kind == CIJFER else '╍╍'} {series_label(s, data)}"
                 for s in data.series if not s.is_empty]  # fmt: skip
        self.legend.setText("\n".join([*lines, mapping_text()]))
        for r, (label, text) in enumerate(number_rows(data)):
            name = QLabel(label, self)
            value = QLabel(text, self)
            value.setObjectName(f"radar_numbers_{data.domains[r]}")
            self.numbers.addWidget(name, r, 0)
            self.numbers.addWidget(value, r, 1)
        self.web.setAccessibleDescription("; ".join(f"{a}: {b}" for a, b in number_rows(data)))

    # -- export -----------------------------------------------------------------------------

    def default_file_name(self, today: date | None = None) -> str:
        """Date only, never a client name: leefgebiedenweb_2026-12-01.png."""
        return f"leefgebiedenweb_{(today or date.today()).isoformat()}.png"

    def render_image(self, size: QSize = EXPORT_SIZE) -> QImage:
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        if self.data is None:
            return image
        painter = QPainter(image)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.3)
        web = QRectF(20, 20, size.height() - 40, size.height() - 40)
        paint_web(painter, web, self.data, font)
        painter.setFont(font)
        painter.setPen(QColor("#1f2933"))
        x, y = web.right() + 40, 60.0
        step = painter.fontMetrics().height() * 1.5
        for series in self.data.series:
            if series.is_empty:
                continue
            painter.setPen(_pen(series, 3))
            painter.drawLine(QPointF(x, y - step / 4), QPointF(x + 40, y - step / 4))
            painter.setPen(QColor("#1f2933"))
            painter.drawText(QPointF(x + 50, y), series_label(series, self.data))
            y += step
        painter.drawText(QPointF(x, y), mapping_text())
        y += step * 1.5
        for label, text in number_rows(self.data):
            painter.drawText(QPointF(x, y), f"{label}: {text}")
            y += step
        painter.end()
        return image

    def save_png(self, path: str) -> bool:
        """Write atomically (QSaveFile): a half-written file never replaces a good one."""
        target = QSaveFile(path)
        if not target.open(QSaveFile.OpenModeFlag.WriteOnly):
            return False
        if not self.render_image().save(target, "PNG"):
            target.cancelWriting()
            return False
        ok = target.commit()
        if ok:
            self.exported.emit("png")
        return ok

    def ask_save_png(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Leefgebiedenweb opslaan"), folder)
        dialog.setObjectName("radar_save_dialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PNG-afbeelding (*.png)"))
        dialog.setDefaultSuffix("png")
        dialog.selectFile(self.default_file_name())
        dialog.fileSelected.connect(self.save_png)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def ask_print(self) -> None:
        try:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # deferred: optional module
        except ImportError:  # pragma: no cover - a build without print support
            self.print_button.setEnabled(False)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("radar_print_dialog")

        def print_now(result: int) -> None:
            if result != QPrintDialog.DialogCode.Accepted:
                return
            painter = QPainter(printer)
            image = self.render_image()
            page = QRectF(painter.viewport())
            scaled = image.size().scaled(page.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(page.topLeft(), scaled.toSizeF()), image)
            painter.end()
            self.exported.emit("print")

        dialog.finished.connect(print_now)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
