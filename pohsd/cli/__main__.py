"""`python -m pohsd.cli`: the same as the `pohsd-cli` console script."""

import sys

from pohsd.cli import main

if __name__ == "__main__":
    sys.exit(main())
