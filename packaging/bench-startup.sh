#!/usr/bin/env bash
# Start-up bench: cold start of the packaged Werkbank to its first frame with data (the Werkteams screen of a
# data folder holding the demo Werkplaats) against a bare JavaFX window started the same way, same runtime.
# Usage: mvn -Ppackage package -DskipTests && packaging/bench-startup.sh [RUNS]
# Uses the display in DISPLAY when there is one (e.g. xvfb-run), else the headless platform.
set -euo pipefail
runs="${1:-5}"
app="$(dirname "$0")/target/image/Werkbank/bin/Werkbank"
[ -x "$app" ] || { echo "No app-image: run 'mvn -Ppackage package -DskipTests' first." >&2; exit 1; }

data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
"$app" --data-dir "$data" demo > /dev/null

measure() { # $1 = option, prints the milliseconds of each run
  for _ in $(seq "$runs"); do
    "$app" --data-dir "$data" "$1" 2>/dev/null | awk '/^first-frame/ {print $3}'
  done
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

werkbank=$(measure --smoke-test | tee /tmp/werkbank-startup.txt | median)
hello=$(measure --hello-world | tee /tmp/hello-startup.txt | median)
printf '%-28s %s\n' "what" "first frame, ms (median of $runs; all runs)"
printf '%-28s %6s  (%s)\n' "hello-world JavaFX window" "$hello" "$(paste -sd' ' /tmp/hello-startup.txt)"
printf '%-28s %6s  (%s)\n' "Werkbank main window" "$werkbank" "$(paste -sd' ' /tmp/werkbank-startup.txt)"
awk -v w="$werkbank" -v h="$hello" 'BEGIN {printf "%-28s %6.2f  (target <= 1.5)\n", "ratio", w / h}'
