"""Frozen entry point of the `pohsd` GUI program (PyInstaller needs a script, not a function)."""

import multiprocessing
import sys

from ui.app import main

if __name__ == "__main__":
    # a map import's worker processes start this program again (pohsd/socialmap/prepare.py)
    multiprocessing.freeze_support()
    sys.exit(main())
