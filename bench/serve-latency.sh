#!/usr/bin/env bash
# The live preview's latency alone (see BENCHMARKS.md, "Live preview"): builds the tool and the benchmark module, then
# runs ServeLatency on a copy of the brochure: SAVES times (default 21) a word added to a chapter, and the time from
# the save to the reload event the open page gets, first with the launcher's JVM flags, then with the JVM's defaults.
#
#   bench/serve-latency.sh [SAVES]
#
# The table goes to stdout and to bench/target/work/serve-latency.md. About a minute and a half.
set -euo pipefail

ROOT=$(cd -P -- "$(dirname -- "$0")/.." && pwd -P)
WORK=$ROOT/bench/target/work
SAVES=${1:-21}
case $SAVES in
    ''|*[!0-9]*) echo "bench/serve-latency.sh: SAVES is a number (see --help in the script's first lines)" >&2; exit 2 ;;
esac
(cd "$ROOT" && mvn -B -ntp -q -DskipTests -DskipBook=true -DskipCds=true package)
(cd "$ROOT/bench" && mvn -B -ntp -q package)
mkdir -p "$WORK"
rm -f "$WORK/serve-latency.md"
CP=$ROOT/bench/target/ebook-builder-bench.jar:$ROOT/target/ebook-builder.jar
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
java -cp "$CP" fr.brochures.ebook.bench.ServeLatency "$ROOT" "$WORK" "$SAVES" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:PretenureSizeThreshold=1m
java -cp "$CP" fr.brochures.ebook.bench.ServeLatency "$ROOT" "$WORK" "$SAVES"
