"""Frozen entry point of the `pohsd-cli` console program."""

import sys

from pohsd.cli import main

if __name__ == "__main__":
    sys.exit(main())
