"""Child process for the disk-full test: write clients under a file-size limit until it fails."""

import resource
import signal
import sys
from datetime import date
from pathlib import Path

from pohsd.domain.client import ClientInput
from pohsd.domain.errors import PohsdError
from pohsd.paths import AppPaths
from pohsd.workspace import Workspace


def main() -> int:
    data_dir, passphrase, limit = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    ws = Workspace.unlock(AppPaths.resolve(data_dir), "sanne", passphrase, allow_weak_kdf=True)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    written = 0
    try:
        for i in range(100_000):
            ws.clients.create(ClientInput(f"Vol{i}", "Schijf" * 15, date(1980, 1, 1)))
            written += 1
            print(f"ok {written}", flush=True)
    except PohsdError as exc:
        print(f"error {exc.code.value}", flush=True)
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
