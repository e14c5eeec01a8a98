#!/usr/bin/env bash
# A big institution's year, measured end to end through the real binary (issue 12).
#
#   scripts/scale.sh                     20,000 trainees, command-line targets (a few minutes)
#   scripts/scale.sh --trainees 100000   the issue's data set
#   scripts/scale.sh --gui               also start the real GUI under Xvfb (cgo build, slow), on
#                                        the seeded data and (with --queue) on a big upload queue
#   scripts/scale.sh --base REF          also run every target with the binaries built from git
#                                        REF (e.g. ca8c0b3, the commit before the scale work),
#                                        side by side in the same run
#   scripts/scale.sh --queue K           also seed a data set whose big classes had K lessons,
#                                        marked (demo --marked-lessons K: 100,000 trainees and
#                                        K = 9 queue ~1,000,000 records), and start the GUI on it
#   scripts/scale.sh --only sync|gui     only that part (gui seeds the data sets it starts on)
#   scripts/scale.sh --runs R            push to the reference bureau R times in each mode (the
#                                        faulted runs vary a lot from run to run)
#
# It seeds with `demo --trainees N` (the two demo classes take 2,000 trainees, marked and graded;
# the rest are running classes of 1,000), then measures each target and prints one table:
# wall seconds, CPU seconds (user+sys) and peak RSS of the process. On a busy machine compare the
# CPU column: wall time there is mostly waiting for a core.
set -euo pipefail
cd "$(dirname "$0")/.."
N=20000 GUI=0 BASE="" QUEUE=0 ONLY="" RUNS=1
while [ $# -gt 0 ]; do
  case "$1" in
    --trainees) N="$2"; shift 2 ;;
    --gui) GUI=1; shift ;;
    --base) BASE="$2"; shift 2 ;;
    --queue) QUEUE="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "用法：scripts/scale.sh [--trainees N] [--gui] [--base REF] [--queue K] [--only sync|gui] [--runs R]" >&2; exit 2 ;;
  esac
done
[ "$ONLY" = gui ] && GUI=1
echo "settings: $N trainees; machine $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(date -u +%FT%TZ)"
scripts/deps.sh scale
export TRAININGDESK_NO_KEYRING=1 LANG=zh_CN.UTF-8
W=$(mktemp -d "${TMPDIR:-/tmp}/td-scale.XXXXXX")
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$W"' EXIT

go build -tags ci -o "$W/td" .
if [ "$GUI" = 1 ]; then scripts/deps.sh gui; go build -o "$W/td-gui" .; fi # now: the tree may change during the run
bins=(td)
if [ -n "$BASE" ]; then
  git worktree add -q --detach "$W/base-src" "$BASE"
  (cd "$W/base-src" && go build -tags ci -o "$W/td-base" .)
  if [ "$GUI" = 1 ]; then (cd "$W/base-src" && go build -o "$W/td-base-gui" .); fi
  git worktree remove --force "$W/base-src"
  bins+=(td-base)
fi

printf '%-10s %-52s %9s %9s %9s  %s\n' binary measurement wall_s cpu_s rss_MB note
row() { # row BIN LABEL NOTE -- command…  (runs the command under GNU time)
  local bin=$1 label=$2 note=$3; shift 4
  if ! /usr/bin/time -f '%e %U %S %M' -o "$W/t" "$@" >"$W/out" 2>"$W/err"; then
    note="FAILED: $(grep -v 'Fyne error\|Cause:\|At:' "$W/err" | head -1)"
  fi
  read -r wall user sys rss <"$W/t"
  printf '%-10s %-52s %9.2f %9.2f %9.0f  %s\n' "$bin" "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$note"
}

for b in "${bins[@]}"; do
  [ "$ONLY" = sync ] && continue
  D="$W/data-$b"
  row "$b" "demo --trainees $N (seed)" "" -- "$W/$b" --data "$D" demo --trainees "$N"
  [ -n "$ONLY" ] && continue
  db=$(stat -c %s "$D/trainingdesk.db")
  row "$b" "sync status (outbox counts)" "$(grep -o '"pending": [0-9]*' "$W/out" || true)" -- "$W/$b" --data "$D" sync status --json
  row "$b" "sync status (outbox counts)" "$(grep -o '"pending": [0-9]*' "$W/out" || true)" -- "$W/$b" --data "$D" sync status --json
  for q in 王伟 zsf 1234; do
    row "$b" "trainees search $q (fresh process)" "" -- "$W/$b" --data "$D" trainees search "$q" --limit 20
  done
  row "$b" "backup -o F (database $((db / 1048576)) MB)" "" -- "$W/$b" --data "$D" backup -o "$W/b-$b.tdbak"
  row "$b" "  backup file size" "$(($(stat -c %s "$W/b-$b.tdbak") / 1048576)) MB" -- true
  row "$b" "restore F (into an empty directory)" "" -- "$W/$b" --data "$W/restored-$b" restore "$W/b-$b.tdbak"
  rm -rf "$W/restored-$b" "$W/b-$b.tdbak"
  row "$b" "certificates issue DEMO-2026-01" "" -- "$W/$b" --data "$D" certificates issue --class DEMO-2026-01
  pages=$(grep -c . "$W/out" || true)
  row "$b" "certificates print DEMO-2026-01 (first print)" "$((pages - 1)) certificates" -- "$W/$b" --data "$D" certificates print --class DEMO-2026-01 -o "$W/c1.pdf"
  row "$b" "certificates print DEMO-2026-01 (reprint)" "" -- "$W/$b" --data "$D" certificates print --class DEMO-2026-01 -o "$W/c2.pdf"
  rm -f "$W"/c?.pdf
done

# Sync with the shipped client defaults: ~10,000 records to the reference bureau, clean and with
# 20 % faults (hang 0 = a stored batch answered by a dropped connection at once; 5s = the bureau's
# default silence before dropping).
echo secret >"$W/secret"
for b in "${bins[@]}"; do
  [ -n "$ONLY" ] && [ "$ONLY" != sync ] && break
  S="$W/sync-$b"
  "$W/$b" --data "$S" demo --trainees 1000 >/dev/null 2>&1
  for mode in $(for _ in $(seq "$RUNS"); do echo "clean:0:0s" "faults:0.2:0s" "faults:0.2:5s"; done); do
    IFS=: read -r name rate hang <<<"$mode"
    rm -rf "$W/bureau" "$W/s"; cp -r "$S" "$W/s"
    port=$((20000 + RANDOM % 20000))
    "$W/$b" bureau serve --addr "127.0.0.1:$port" --data "$W/bureau" --app-key K --app-secret-file "$W/secret" \
      --fail-rate "$rate" --hang "$hang" >/dev/null 2>&1 &
    bpid=$!
    for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
    "$W/$b" --data "$W/s" sync config --endpoint "http://127.0.0.1:$port" --app-key K --app-secret-file "$W/secret" >/dev/null 2>&1
    n=$("$W/$b" --data "$W/s" sync status --json 2>/dev/null | grep -o '"pending": [0-9]*' | grep -o '[0-9]*$')
    row "$b" "sync run: $n records, $name (fail-rate $rate, hang $hang)" "" -- "$W/$b" --data "$W/s" sync run
    kill "$bpid"; wait "$bpid" 2>/dev/null || true
  done
done

echo
echo "In-process baselines on the same machine, same run:"
[ -z "$ONLY" ] && go test -tags ci ./printing -run XXX -bench 'Certificates1000$|Certificates1000Uncached|BareGofpdf' -benchtime 3x 2>/dev/null | grep Benchmark || true
[ -z "$ONLY" ] && go test -tags ci ./search -run XXX -bench 'ReadIndex100k|SearchSaved100k|Search100k' -benchtime 3x 2>/dev/null | grep Benchmark || true

if [ "$QUEUE" -gt 0 ]; then
  row td "demo --trainees $N --marked-lessons $QUEUE (seed)" "" -- "$W/td" --data "$W/queue" demo --trainees "$N" --marked-lessons "$QUEUE"
  row td "sync status (outbox counts)" "" -- "$W/td" --data "$W/queue" sync status --json
  row td "sync status (outbox counts)" "$(grep -o '"pending": [0-9]*' "$W/out" || true)" -- "$W/td" --data "$W/queue" sync status --json
fi

# The GUI: seconds until the window is on screen (xdotool), until the UI thread first
# answers (TRAININGDESK_PROFILE's usable.txt, with the CPU seconds spent by then; builds
# before it do not write one), and the process's RSS and Go heap 10 s after start. Then it
# clicks through every screen twice with DEMO-2026-01 (1,000 trainees, marked, graded and
# certified) chosen: TRAININGDESK_PROFILE_CLASS's screens.txt gives, per screen, the
# milliseconds spent on the UI thread before it could draw and until it showed the class.
NAV_Y=(20 57 93 130 166 203 239 276 312 349) # the navigation's items under Xvfb at 1280×800
gui() { # gui BIN DATA LABEL
  local bin=$1 data=$2 label=$3 P="$W/prof-$1-$(basename "$2")"
  cat >"$W/gui.sh" <<GUI
#!/usr/bin/env bash
start=\$(date +%s.%N)
TRAININGDESK_PROFILE="$P" TRAININGDESK_PROFILE_CLASS=DEMO-2026-01 "$W/$bin" --data "$data" >/dev/null 2>&1 &
pid=\$!
xdotool search --sync --onlyvisible --name TrainingDesk >/dev/null
echo "\$(echo "\$(date +%s.%N) - \$start" | bc)" >"$W/shown"
sleep 11
echo \$((\$(ps -o rss= -p \$pid) / 1024)) >"$W/rss"
import -window root "$P.png"
for y in ${NAV_Y[*]:1} ${NAV_Y[0]} ${NAV_Y[*]:1} ${NAV_Y[0]}; do xdotool mousemove 38 \$y click 1; sleep 1.5; done
kill \$pid
GUI
  chmod +x "$W/gui.sh"
  rm -f "$W/shown" "$W/rss"
  xvfb-run -a -s "-screen 0 1280x800x24" "$W/gui.sh"
  local usable="-" cpu="-" heap="-"
  [ -f "$P/usable.txt" ] && read -r usable cpu <"$P/usable.txt"
  [ -f "$P/mem.txt" ] && heap=$(awk '/heap_inuse_MB/ {print $2}' "$P/mem.txt")
  printf '%-10s %-52s %9.2f %9s %9s  usable after %s s (CPU %s s), Go heap %s MB\n' "$bin" "GUI start: $label" \
    "$(cat "$W/shown")" "-" "$(cat "$W/rss")" "$usable" "$cpu" "$heap"
  if [ -f "$P/screens.txt" ]; then # index name on-thread-ms shown-ms, two visits each
    sort -s -n -k1,1 "$P/screens.txt" | awk -v b="$bin" '
      NR == 1 || $1 != last { if (NR > 1) print line; line = sprintf("%-10s   screen %s, DEMO-2026-01: ms on the UI thread / until shown:", b, $2); last = $1; sep = " " }
      { line = line sep $3 "/" $4; sep = ", " }
      END { if (NR) print line }'
  fi
  cp "$P.png" "${TMPDIR:-/tmp}/td-scale-$bin-$(basename "$data").png"
}

if [ "$GUI" = 1 ]; then
  gui td-gui "$W/data-td" "$N trainees, queue as seeded"
  [ -n "$BASE" ] && gui td-base-gui "$W/data-td-base" "$N trainees, queue as seeded"
  [ "$QUEUE" -gt 0 ] && gui td-gui "$W/queue" "$N trainees, queue of the --queue data set"
  echo "screenshots: ${TMPDIR:-/tmp}/td-scale-*.png"
fi
