"""A full disk gives DISK_FULL, loses no committed client and leaves the database intact."""

import subprocess
import sys
from pathlib import Path

from pohsd.workspace import Workspace
from tests.conftest import TEST_PASSPHRASE


def test_disk_full_keeps_committed_data(paths, created):
    ws, _ = created
    ws.close()
    size = paths.db.stat().st_size
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.fault.disk_full_child",
            str(paths.data_dir),
            TEST_PASSPHRASE,
            str(size + 200_000),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    lines = proc.stdout.split()
    assert proc.returncode == 0, proc.stderr[-2000:]
    # a real full disk reports SQLITE_FULL; the file-size limit reports an I/O error
    assert "error disk_full" in proc.stdout or "error storage_error" in proc.stdout
    acknowledged = max(int(n) for n in lines[1::2] if n.isdigit())
    assert acknowledged > 0
    again = Workspace.unlock(paths, "sanne", TEST_PASSPHRASE, allow_weak_kdf=True)
    try:
        assert again.clients.count() >= acknowledged
        assert again.audit.verify()[1] is None
    finally:
        again.close()
