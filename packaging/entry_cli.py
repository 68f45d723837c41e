"""Frozen entry point of the `pohsd-cli` console program."""

import multiprocessing
import sys

from pohsd.cli import main

if __name__ == "__main__":
    # a map import's worker processes start this program again (pohsd/socialmap/prepare.py)
    multiprocessing.freeze_support()
    sys.exit(main())
