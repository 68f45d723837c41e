"""Frozen entry point of the `pohsd` GUI program (PyInstaller needs a script, not a function)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
