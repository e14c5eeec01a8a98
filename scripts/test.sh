#!/usr/bin/env bash
# Runs every test. The ci build tag lets the GUI package (which imports
# fyne.io/fyne/v2/app) build headless, without cgo or a display.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
export TRAININGDESK_NO_KEYRING=1
go test -tags ci -count=1 -timeout 30m "$@" ./...
