#!/usr/bin/env bash
# Runs every test headless (JavaFX under Monocle: no display needed), after installing the
# external tools some tests use. This is the README's test command, and what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-tools.sh
exec ./mvnw -B -ntp verify "$@"
