"""Child process for the cold-start benchmark: show a window, exit at its first paint.

`python -m bench.probe_start bare` shows a bare PySide6 window (the floor);
`python -m bench.probe_start pohsd DATA_DIR` starts pohsd up to its painted unlock screen.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _QuitOnPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 — Qt override
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])
    quitter = _QuitOnPaint()
    if mode == "bare":
        window = QWidget()
        window.resize(1366, 768)
        window.installEventFilter(quitter)
        window.show()
    else:
        from pathlib import Path

        from pohsd.paths import AppPaths
        from ui.app import build_main_window, configure_application
        from ui.i18n import install_translators

        paths = AppPaths.resolve(Path(sys.argv[2]))
        configure_application(app)
        install_translators(app, "nl")
        window = build_main_window(paths)
        window.unlock_page.installEventFilter(quitter)
        window.start()
    QTimer.singleShot(20_000, app.quit)  # never hang a benchmark run
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
