"""Child for test_hot_wal: keeps a reader connection open (so no close checkpoints), then writes.

    python tests/fault/hot_wal_child.py DATA_DIR

Prints "ready", then each committed client id; the parent kills it with SIGKILL.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pohsd.paths import AppPaths  # noqa: E402
from pohsd.store.engine import connect  # noqa: E402
from pohsd.workspace import Workspace  # noqa: E402
from tests.fault.kill_loop import PASSPHRASE, USER, _client  # noqa: E402


def main() -> None:
    paths = AppPaths.resolve(Path(sys.argv[1]))
    keys = Workspace.derive_keys(paths, USER, PASSPHRASE, allow_weak_kdf=True)
    ws = Workspace.open(paths, USER, keys, source="cli")
    holder = connect(paths.db, keys.keys[0])  # while it is open, closing others never checkpoints
    holder.execute("SELECT count(*) FROM client").fetchone()
    print("ready", flush=True)
    n = 0
    while True:
        client, _ = ws.clients.create(_client(n))
        print(client.id, flush=True)
        n += 1
        if n >= 200:
            time.sleep(0.05)


if __name__ == "__main__":
    main()
