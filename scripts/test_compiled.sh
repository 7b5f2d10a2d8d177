#!/usr/bin/env bash
# The compiled build's checks (CI runs them after scripts/test.sh, which tests the pure sources):
# build the mypyc wheel (hatch_build.py) the way a user would, install it into a folder of its
# own, then run the suite on it, byte-identity with the pure sources included
# (tests/test_compiled_build.py). Needs a C compiler and Python's headers.
# NEWSEXTRACT_VENV names a set-up virtual environment to use instead of the checkout's own
# .venv (a git worktree sharing another checkout's environment), which setup.sh then skips.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${NEWSEXTRACT_VENV:-.venv}"
if [ -z "${NEWSEXTRACT_VENV:-}" ]; then
  ./scripts/setup.sh
fi
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
start=$SECONDS
HATCH_BUILD_HOOK_ENABLE_CUSTOM=1 "$venv"/bin/python -m pip wheel --quiet --no-deps \
  --wheel-dir "$out/wheel" .
echo "compiled wheel built in $((SECONDS - start)) s"
"$venv"/bin/python -m pip install --quiet --no-deps --target "$out/site" "$out"/wheel/*.whl
# The folder comes before the editable install on the path; a wheel left pure fails here.
export PYTHONPATH="$out/site"
"$venv"/bin/python -c 'import newsextract, sys; sys.exit(0 if newsextract.compiled else "not compiled")'
"$venv"/bin/python -m pytest -p no:cacheprovider "$@"
