#!/bin/sh
# Makes assets/fonts/NameFallback-Hanazono.ttf, the embedded fallback font
# for name characters LXGW WenKai lacks (see scripts/namefont/main.go for
# which). Run once when the rule changes; the output is committed.
# Needs Debian's fonts-hanazono and fonttools (python3-fonttools).
set -eu
cd "$(dirname "$0")/.."
H=/usr/share/fonts/truetype/hanazono
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./scripts/namefont assets/fonts/LXGWWenKai-Regular.ttf "$H/HanaMinA.ttf" "$H/HanaMinB.ttf" >"$tmp/all.txt"
# HanaMinA holds Extension A, HanaMinB the supplementary plane.
grep -E '^U\+[0-9A-F]{4}$' "$tmp/all.txt" >"$tmp/a.txt" || true
grep -E '^U\+[0-9A-F]{5}$' "$tmp/all.txt" >"$tmp/b.txt" || true
sub() { /usr/bin/python3 -m fontTools.subset "$1" --unicodes-file="$2" --output-file="$3" \
	--layout-features='' --no-hinting --notdef-outline --name-IDs='*' --drop-tables+=FFTM,vhea,vmtx; }
sub "$H/HanaMinA.ttf" "$tmp/a.txt" "$tmp/a.ttf"
sub "$H/HanaMinB.ttf" "$tmp/b.txt" "$tmp/b.ttf"
/usr/bin/python3 - "$tmp/a.ttf" "$tmp/b.ttf" assets/fonts/NameFallback-Hanazono.ttf <<'PY'
import sys
from fontTools.merge import Merger
from fontTools.ttLib import TTFont
font = Merger().merge(sys.argv[1:3])
# A derived font: say so in its names (the Hanazono Font License allows it).
for rec in font["name"].names:
    if rec.nameID in (1, 3, 4, 6, 16):
        s = {1: "TrainingDesk Name Fallback", 3: "TrainingDesk Name Fallback (Hanazono subset)",
             4: "TrainingDesk Name Fallback", 6: "TrainingDeskNameFallback", 16: "TrainingDesk Name Fallback"}[rec.nameID]
        rec.string = s
font.save(sys.argv[3])
PY
ls -l assets/fonts/NameFallback-Hanazono.ttf
