"""The unlock screen starts without the database stack: SQLAlchemy loads on the DB thread."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_ui_app_import_leaves_the_database_stack_for_later():
    code = (
        "import sys, ui.app\n"
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'pohsd.workspace', 'pohsd.store') "
        "if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == ""
