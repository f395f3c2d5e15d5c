#!/usr/bin/env bash
# Start-up bench: cold start of the packaged Werkbank to its first frame with data (the Werkteams screen of a
# data folder holding the demo Werkplaats) against a bare JavaFX window on the same runtime.
# Usage: mvn -Ppackage package -DskipTests && packaging/bench-startup.sh [RUNS]
# Uses the display in DISPLAY when there is one (e.g. xvfb-run), else the headless platform.
#
# The floor is the bare window without Werkbank's AOT cache, with the JDK's own class-data archive (what any
# JavaFX program on this runtime gets); made here because the shipped runtime leaves that archive out when it
# carries an AOT cache. The bare window with Werkbank's cache is printed as a second reference.
set -euo pipefail
runs="${1:-5}"
image="$(dirname "$0")/target/image/Werkbank"
app="$image/bin/Werkbank"
java="$image/lib/runtime/bin/java"
jar="$image/lib/app/werkbank.jar"
[ -x "$app" ] || { echo "No app-image: run 'mvn -Ppackage package -DskipTests' first." >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
data="$work/data"
"$app" --data-dir "$data" --no-encryption demo > /dev/null 2>&1
"$java" -Xshare:dump -XX:SharedArchiveFile="$work/jdk.jsa" -XX:+UseSerialGC > /dev/null 2>&1

first_frame() { awk '/^first-frame/ {print $3}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# $1 = file for the runs, then the command; the runs are interleaved below so drift hits all rows alike.
run_once() { local out="$1"; shift; "$@" 2>/dev/null | first_frame >> "$out"; }

: > "$work/werkbank"; : > "$work/hello-cache"; : > "$work/hello-floor"
for _ in $(seq "$runs"); do
  run_once "$work/werkbank" "$app" --data-dir "$data" --smoke-test
  run_once "$work/hello-cache" "$app" --data-dir "$data" --hello-world
  run_once "$work/hello-floor" "$java" -XX:SharedArchiveFile="$work/jdk.jsa" -XX:+UseSerialGC -Xms32m -Dfile.encoding=UTF-8 \
    -cp "$jar" nl.werkbank.app.Main --data-dir "$data" --hello-world
done
werkbank=$(median < "$work/werkbank")
cached=$(median < "$work/hello-cache")
floor=$(median < "$work/hello-floor")
aot=$([ -f "$image/lib/app/werkbank.aot" ] && echo "with AOT cache" || echo "no AOT cache")
printf '%-44s %s\n' "what ($("$java" -version 2>&1 | head -1 | cut -d'"' -f2), $aot)" "first frame, ms (median of $runs; all runs)"
printf '%-44s %6s  (%s)\n' "hello-world window, JDK archive only (floor)" "$floor" "$(paste -sd' ' "$work/hello-floor")"
printf '%-44s %6s  (%s)\n' "hello-world window, Werkbank's AOT cache" "$cached" "$(paste -sd' ' "$work/hello-cache")"
printf '%-44s %6s  (%s)\n' "Werkbank main window with the demo" "$werkbank" "$(paste -sd' ' "$work/werkbank")"
awk -v w="$werkbank" -v f="$floor" -v c="$cached" 'BEGIN {
  printf "%-44s %6.2f  (target <= 1.5)\n", "ratio to the floor", w / f
  printf "%-44s %6.2f\n", "ratio to hello-world with the same cache", w / c }'
