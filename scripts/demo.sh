#!/usr/bin/env bash
# Starts TrainingDesk on the embedded demo data set: installs the OS packages
# Fyne needs when missing, builds the real (cgo) GUI and opens it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh gui
# Fyne reads the locale at start-up and complains about C/POSIX; the UI is Chinese anyway.
case "${LANG:-C}" in C|C.*|POSIX) export LANG=zh_CN.UTF-8 ;; esac
mkdir -p bin
go build -o bin/trainingdesk .
exec bin/trainingdesk --demo "$@"
