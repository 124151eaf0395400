#!/usr/bin/env bash
# The benchmarks of ebook-builder, in one command (see BENCHMARKS.md):
#
#   bench/run.sh [--runs N] [--quick] [--no-jmh] [--no-race] [--no-serve] [--launcher-only]
#
# 1. builds the tool (mvn -DskipTests -DskipBook=true -DskipRuntime=true package: target/ebook-builder.jar, the
#    distribution archive and, unless the pom skips it, the AppCDS archive target/ebook-builder.jsa) and this benchmark
#    module (bench/target/ebook-builder-bench.jar); unpacks the distribution archive into bench/target/work/dist;
# 2. installs pandoc and GNU time with apt-get when they are missing;
# 3. makes the synthetic books in bench/target/work/books (the brochure ×50; the same with 100 photographs);
# 4. prints where a cold build spends its time (ColdStages), on the brochure and on the ×50 book;
# 5. times whole command lines against pandoc, in alternation, N runs each (CliRace; default 7);
# 6. runs the JMH benchmarks of the pipeline in process (PipelineBenchmark, ImageBenchmark);
# 7. times the live preview, from saving a chapter of the brochure to the page's reload event (ServeLatency, 21 saves);
# 8. times the distribution's launcher, default build, on Java 25 (JAVA25_HOME, default Temurin's in /usr/lib/jvm) and
#    on the Java of the PATH, against pandoc, in alternation (LauncherRace; N runs each, at least 5), and prints the
#    targets of issue 19 as ratios from that one run, last, on one screen;
# and writes everything, with a description of the machine, to bench/target/work/REPORT.md (about 40 minutes).
# --quick: 3 runs, short JMH iterations (a check that everything works, not figures to publish).
# --no-serve: without step 7. --launcher-only: only step 8 (and what it needs), about 12 minutes.
set -euo pipefail

ARGS="$*"
ROOT=$(cd -P -- "$(dirname -- "$0")/.." && pwd -P)
WORK=$ROOT/bench/target/work
RUNS=7
JMH=1
RACE=1
SERVE=1
STAGES=1
LAUNCHER_RUNS=
JMH_OPTS=()
while [ $# -gt 0 ]; do
    case $1 in
        --runs) RUNS=$2; shift 2 ;;
        --quick) RUNS=3; JMH_OPTS=(-wi 1 -w 1 -i 2 -r 1); shift ;;
        --no-jmh) JMH=0; shift ;;
        --no-race) RACE=0; shift ;;
        --no-serve) SERVE=0; shift ;;
        --launcher-only) RACE=0; JMH=0; STAGES=0; SERVE=0; shift ;;
        -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
        *) echo "bench/run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

say() { printf '\n== %s\n' "$*"; }

# --- tools -----------------------------------------------------------------------------------------------------------
missing=()
command -v pandoc >/dev/null 2>&1 || missing+=(pandoc)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} (Debian packages)"
    SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v java >/dev/null && command -v mvn >/dev/null || { echo "bench/run.sh: Java 17 and Maven are needed" >&2; exit 1; }

# --- build -----------------------------------------------------------------------------------------------------------
say "building the tool and the benchmarks"
(cd "$ROOT" && mvn -B -ntp -q -DskipTests -DskipBook=true -DskipRuntime=true package)
JAR=$ROOT/target/ebook-builder.jar
JSA=$ROOT/target/ebook-builder.jsa
if [ ! -f "$JSA" ]; then
    # the pom makes it at package time; if it did not (-DskipCds, an older pom), the same training run here
    say "making the AppCDS archive $JSA (training run: a build of the brochure)"
    java -XX:ArchiveClassesAtExit="$JSA" -jar "$JAR" build "$ROOT" -o "$WORK/cds-training/book.epub" \
        --site "$WORK/cds-training/site" >/dev/null 2>&1 || true
fi
(cd "$ROOT/bench" && mvn -B -ntp -q package)
BENCH_CP=$ROOT/bench/target/ebook-builder-bench.jar:$JAR
# the launcher's configuration, measured as "ours"
OURS_FLAGS=(-XX:SharedArchiveFile="$JSA" -Xlog:cds=off,cds+dynamic=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:PretenureSizeThreshold=1m)
mkdir -p "$WORK"
# the distribution as people download it: its launcher is what LauncherRace times
VERSION=$(sed -n 's/^version=//p' "$ROOT/target/classes/fr/brochures/ebook/cli/version.properties")
rm -rf "$WORK/dist"
mkdir -p "$WORK/dist"
tar -xzf "$ROOT/target/ebook-builder-$VERSION-dist.tar.gz" -C "$WORK/dist"
LAUNCHER=$WORK/dist/ebook-builder-$VERSION/bin/ebook-builder
JAVA17_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
JAVA25_HOME=${JAVA25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

# --- synthetic books -------------------------------------------------------------------------------------------------
say "synthetic books"
java -cp "$BENCH_CP" fr.brochures.ebook.bench.SyntheticBooks "$ROOT" "$WORK/books" 50 100

# --- machine ---------------------------------------------------------------------------------------------------------
REPORT=$WORK/REPORT.md
{
    echo "# ebook-builder benchmarks, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Command: \`bench/run.sh${ARGS:+ $ARGS}\` at commit $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$ROOT" && [ -n "$(git status --porcelain -- src pom.xml 2>/dev/null)" ] && echo ' (with uncommitted changes in src/ or pom.xml)')"
    echo
    echo "| machine | |"
    echo "|---|---|"
    echo "| cores (nproc) | $(nproc) |"
    echo "| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//') |"
    echo "| RAM | $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) |"
    echo "| java | $(java -version 2>&1 | sed -n 2p) |"
    [ -x "$JAVA25_HOME/bin/java" ] && echo "| java 25 | $("$JAVA25_HOME/bin/java" -version 2>&1 | sed -n 2p) |"
    echo "| pandoc | $(pandoc --version | head -1) |"
    echo "| load average before | $(cut -d' ' -f1-3 /proc/loadavg) |"
    echo
} > "$REPORT"

# --- where a cold build spends its time ------------------------------------------------------------------------------
[ $STAGES = 1 ] && say "stages of one cold build (sequential, fresh JVM, the launcher's flags)"
[ $STAGES = 1 ] && for book in "$ROOT" "$WORK/books/x50"; do
    {
        echo "### Stages of one cold build: $(basename "$book") (\`ColdStages\`, one fresh JVM, sequential)"
        echo
        echo '```'
        java "${OURS_FLAGS[@]}" -cp "$BENCH_CP" fr.brochures.ebook.bench.ColdStages "$book"
        echo '```'
        echo
    } | tee -a "$REPORT"
done

# --- whole command lines against pandoc ------------------------------------------------------------------------------
if [ $RACE = 1 ]; then
    say "whole command lines, ours against pandoc, $RUNS runs each"
    java -cp "$BENCH_CP" fr.brochures.ebook.bench.CliRace "$ROOT" "$WORK" "$RUNS" "${OURS_FLAGS[@]}"
    cat "$WORK/results.md" >> "$REPORT"
fi

# --- JMH -------------------------------------------------------------------------------------------------------------
if [ $JMH = 1 ]; then
    say "JMH: the pipeline in process"
    mkdir -p "$WORK/jmh"
    EBOOK_BENCH_ROOT=$ROOT EBOOK_BENCH_BOOKS=$WORK/books XDG_CACHE_HOME=$WORK/cache/jmh \
        java -cp "$BENCH_CP" org.openjdk.jmh.Main "${JMH_OPTS[@]}" -rf json -rff "$WORK/jmh/results.json" \
        -o "$WORK/jmh/output.txt" 'fr.brochures.ebook.bench.*Benchmark.*'
    {
        echo "### JMH (in process, JIT warm; ms per operation)"
        echo
        echo '```'
        sed -n '/^Benchmark /,$p' "$WORK/jmh/output.txt"
        echo '```'
        echo
    } | tee -a "$REPORT"
fi

# --- the live preview ------------------------------------------------------------------------------------------------
if [ $SERVE = 1 ]; then
    say "live preview: saving a chapter of the brochure to the page's reload event"
    rm -f "$WORK/serve-latency.md"
    # as the launcher runs it (its flags), then with the JVM's defaults (C2: slower to warm up, faster once warm)
    java -cp "$BENCH_CP" fr.brochures.ebook.bench.ServeLatency "$ROOT" "$WORK" 21 "${OURS_FLAGS[@]}"
    java -cp "$BENCH_CP" fr.brochures.ebook.bench.ServeLatency "$ROOT" "$WORK" 21
    cat "$WORK/serve-latency.md" >> "$REPORT"
fi
# --- the launcher against pandoc, Java 25 and Java 17 (issue 19), last: its targets end the screen ------------------
LRUNS=$RUNS
[ "$LRUNS" -ge 5 ] || LRUNS=5
say "the distribution's launcher against pandoc, $LRUNS runs each (load average $(cut -d' ' -f1-3 /proc/loadavg))"
java -cp "$BENCH_CP" fr.brochures.ebook.bench.LauncherRace "$ROOT" "$WORK" "$LRUNS" "$LAUNCHER" "$JAVA17_HOME" "$JAVA25_HOME" \
    | tee "$WORK/launcher-race.log"
cat "$WORK/launcher-results.md" >> "$REPORT"

echo "| load average after | $(cut -d' ' -f1-3 /proc/loadavg) |" >> "$REPORT"
say "report: $REPORT"
echo
sed -n '/^### Targets (issue 19)/,$p' "$WORK/launcher-results.md"
echo "load average: $(sed -n 's/^| load average before | \(.*\) |$/\1/p' "$REPORT") before, $(cut -d' ' -f1-3 /proc/loadavg) after"
grep -h '^| \(brochure\|x50\|photos\)[^|,]*: ' "$WORK/launcher-results.md" | cut -d'|' -f2,3 | sed 's/^ //'
