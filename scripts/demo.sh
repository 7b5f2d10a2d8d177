#!/usr/bin/env bash
# Set up, then extract the bundled sample pages (no network) and print them as text.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
.venv/bin/newsextract extract samples/ --format text
