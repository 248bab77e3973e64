#!/usr/bin/env bash
# Startup benchmark: Steward's first frame on the demo register against a bare JavaFX window,
# both launched the same way (plain classpath, same JVM), alternating, RUNS times each, in one
# virtual display. Prints both medians and their ratio. Goal (issue 2): ratio <= 1.3.
#
#   bench/startup.sh [RUNS]        (default 9; needs `mvn package` first, and Xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
[ -f target/steward.jar ] || { echo "run 'mvn -q package -DskipTests' first" >&2; exit 2; }
[ -f target/test-classes/dev/steward/bench/BareWindowProbe.class ] || mvn -q -B test-compile
command -v Xvfb >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends xvfb libgtk-3-0 >/dev/null; }

home=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
disp=$((500 + RANDOM % 400))
Xvfb :$disp -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=:$disp
sleep 1
java -Dsteward.home="$home" -jar target/steward.jar demo "$home/demo.steward" >/dev/null

bare=(); app=(); appreg=(); appdash=()
for i in $(seq "$runs"); do
  # A launch that hangs or fails stops the bench with its reason rather than waiting for ever.
  b=$(timeout 60 java -cp "target/test-classes:target/lib/*" dev.steward.bench.BareWindowProbe | sed -n 's/^first-frame-ms=//p') \
    || { echo "run $i: the bare window failed (exit $?)" >&2; exit 1; }
  out=$(timeout 60 java -Dsteward.home="$home" -jar target/steward.jar --exit-after-first-frame "$home/demo.steward") \
    || { echo "run $i: Steward failed (exit $?)" >&2; exit 1; }
  a=$(sed -n 's/^first-frame-ms=//p' <<<"$out"); r=$(sed -n 's/^register-frame-ms=//p' <<<"$out")
  d=$(sed -n 's/^dashboard-frame-ms=//p' <<<"$out")
  [ -n "$b" ] || { echo "run $i: the bare window printed no first-frame time" >&2; exit 1; }
  [ -n "$a" ] && [ -n "$r" ] || { echo "run $i: Steward printed no first-frame time (did the register open?)" >&2; exit 1; }
  bare+=("$b"); app+=("$a"); appreg+=("$r"); appdash+=("$d")
  echo "run $i: bare=${b}ms steward=${a}ms steward-with-register=${r}ms dashboard-figures=${d}ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
# the middle half of the runs (nearest-rank quartiles), to show the spread behind a median
quartiles() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {q1=int((NR+3)/4); q3=int((3*NR+3)/4); print v[q1] "-" v[q3]}'; }
mb=$(median "${bare[@]}"); ma=$(median "${app[@]}"); mr=$(median "${appreg[@]}")
echo "median bare JavaFX window:           ${mb} ms  (middle half $(quartiles "${bare[@]}") ms)"
echo "median Steward first frame:          ${ma} ms  (ratio $(awk -v a="$ma" -v b="$mb" 'BEGIN{printf "%.2f", a/b}'); middle half $(quartiles "${app[@]}") ms)"
echo "median Steward frame with register:  ${mr} ms  (ratio $(awk -v a="$mr" -v b="$mb" 'BEGIN{printf "%.2f", a/b}'))"
echo "median Steward dashboard figures:    $(median "${appdash[@]}") ms  (for information: the summary is made after the first frame)"
