#!/usr/bin/env bash
# Build the PyInstaller onedir on Linux: dist/pohsd/{pohsd,pohsd-cli}.
# Usage: packaging/build-linux.sh [PYTHON]   (default: the python on PATH; needs `pip install -e ".[build]"`)
# Output goes to $POHSD_DIST (default build/dist), work files to $POHSD_BUILD (default build/pyinstaller).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${1:-python3}"
DIST="${POHSD_DIST:-$ROOT/build/dist}"
WORK="${POHSD_BUILD:-$ROOT/build/pyinstaller}"
cd "$ROOT"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" packaging/pohsd.spec
echo "built $DIST/pohsd in $(( $(date +%s) - start )) s"
