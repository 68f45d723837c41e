"""Draw the app icon (resources/icons/pohsd.png and .ico) with Qt; no downloaded art.

Run once after a design change: `QT_QPA_PLATFORM=offscreen python packaging/make_icon.py`.
The .ico holds 16–256 px images (written with Pillow when it is installed, else Qt's ico plugin).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    """A rounded teal tile with two figures and a connecting arc: people and their network."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#2f6f8f")))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    p.setBrush(QBrush(QColor("#ffffff")))
    for cx, r_head in ((84, 26), (174, 22)):
        p.drawEllipse(QPointF(cx * s, 96 * s), r_head * s, r_head * s)
        body = QPainterPath()
        w = (r_head + 10) * s
        body.addRoundedRect(QRectF(cx * s - w, 132 * s, 2 * w, 70 * s), 30 * s, 30 * s)
        p.drawPath(body)
    pen = QPen(QColor("#f6d57a"), max(1.5, 12 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(56 * s, 120 * s, 144 * s, 100 * s), 215 * 16, 110 * 16)
    p.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    png = ICONS / "pohsd.png"
    if not draw(256).save(str(png)):
        return 1
    try:
        from PIL import Image
    except ImportError:
        ok = draw(256).save(str(ICONS / "pohsd.ico"))
    else:
        Image.open(png).save(ICONS / "pohsd.ico", sizes=[(n, n) for n in SIZES])
        ok = True
    del app
    print(f"wrote {png} and pohsd.ico")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
