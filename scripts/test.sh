#!/usr/bin/env bash
# Runs every test. The ci build tag lets the GUI package (which imports
# fyne.io/fyne/v2/app) build headless, without cgo or a display.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
export TRAININGDESK_NO_KEYRING=1
# The GUI package drives many windows; on a busy 2-core machine it nears go test's 10-minute default.
go test -tags ci -count=1 -timeout 25m "$@" ./...
