#!/usr/bin/env bash
# Builds the release artefacts into dist/ (names and version from FyneApp.toml):
#   dist/trainingdesk.exe                      Windows (amd64) GUI + command line, with icon and version
#   dist/trainingdesk-windows-amd64.zip        the .exe and README-Windows.txt, for a clerk to unpack and run
#   dist/trainingdesk-linux-amd64              Linux (amd64) binary
#   dist/trainingdesk-linux-amd64.tar.xz       the binary, a .desktop file, the icon and an install script
# Usage: scripts/release.sh [windows|linux|all]   (default all)
# The Windows build cross-compiles with mingw: the first (cold) build takes
# 5–8 minutes on 2 cores; later ones reuse Go's build cache (no -trimpath, so
# the Linux build shares the packages CI's earlier GUI build compiled).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
case "$what" in windows|linux|all) ;; *) echo "用法：scripts/release.sh [windows|linux|all]" >&2; exit 2 ;; esac
scripts/deps.sh release
version=$(sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
ldflags="-s -w -X trainingdesk/cli.Version=$version"
mkdir -p dist
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" rsrc_windows_amd64.syso' EXIT
step() { echo "== $* ($(date +%H:%M:%S))"; }

if [ "$what" != linux ]; then
  step "Windows .exe $version (cross-build with mingw; cold: 5–8 min)"
  go run ./tools/pack ico assets/icon.png "$tmp/trainingdesk.ico"
  go run ./tools/pack rc FyneApp.toml "$tmp/trainingdesk.ico" "$tmp/trainingdesk.rc"
  # A .syso beside main.go is linked into the Windows build only (its name says so).
  x86_64-w64-mingw32-windres -c 65001 -O coff -i "$tmp/trainingdesk.rc" -o rsrc_windows_amd64.syso
  CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
    go build -ldflags "$ldflags -H windowsgui" -o dist/trainingdesk.exe .
  rm -f rsrc_windows_amd64.syso
  cp scripts/release/README-Windows.txt "$tmp/"
  rm -f dist/trainingdesk-windows-amd64.zip
  go run ./tools/pack zip dist/trainingdesk-windows-amd64.zip dist/trainingdesk.exe "$tmp/README-Windows.txt"
fi

if [ "$what" != windows ]; then
  step "Linux binary $version"
  go build -ldflags "$ldflags" -o dist/trainingdesk-linux-amd64 .
  pkg="$tmp/trainingdesk-$version"
  mkdir -p "$pkg"
  cp dist/trainingdesk-linux-amd64 "$pkg/trainingdesk"
  cp assets/icon.png "$pkg/trainingdesk.png"
  cp scripts/release/trainingdesk.desktop scripts/release/install.sh "$pkg/"
  tar -C "$tmp" -cJf dist/trainingdesk-linux-amd64.tar.xz "trainingdesk-$version"
fi
step "done"
ls -l dist/trainingdesk* 2>/dev/null
