#!/usr/bin/env bash
# Runs every ShareHub benchmark beside its baseline and writes docs/performance.md.
#
#   benchmarks/run.sh                 # all pairs, written to docs/performance.md (about 15
#                                     # minutes on 2 cores with the build; 25 the first time,
#                                     # when it seeds PostgreSQL)
#   benchmarks/run.sh Search Poster   # only the benchmarks whose names match (JMH regexps),
#                                     # written to benchmarks/target/performance.md ("not run"
#                                     # for the others; docs/performance.md is left alone)
#
# Needs Java 17 and Maven, PostgreSQL on 127.0.0.1:5432 (user postgres, database test; the
# benchmarks create the schemas bench_visits, bench_board and bench_range and keep the two board
# seeds for the next run), Redis on 127.0.0.1:6379 (database 9, keys sharehub-bench:*), and the
# shared data sets (shared/data, with jd-product-titles and twitter16-cascades) beside the
# checkout or in a folder above it, else in /work/shared/data; SHAREHUB_SHARED_DATA=DIR points
# elsewhere.
# REBUILD=1 rebuilds the jars even when they exist. A benchmark that fails stops the run (JMH's
# -foe), and the page is then not written. `mvn -B verify` runs a smoke test
# (BenchmarksStartTest) that starts the jar's engagement pair with a tiny budget.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=benchmarks/target/benchmarks.jar
EXAMPLES=examples/target/sharehub-examples.jar
RESULTS=benchmarks/target/jmh-result.json

if [[ ! -f $JAR || ! -f $EXAMPLES || ${REBUILD:-0} == 1 ]]; then
    echo "building $JAR and $EXAMPLES" >&2
    mvn -B -q -pl benchmarks,examples -am -DskipTests package
fi

answers() {   # host port request expected
    local reply
    exec 3<>"/dev/tcp/$1/$2" || return 1
    if [[ -n $3 ]]; then printf '%s' "$3" >&3; fi
    IFS= read -r -t 3 reply <&3 || reply=""
    exec 3<&- 3>&-
    [[ -z $4 || $reply == "$4"* ]]
}
if ! answers 127.0.0.1 6379 $'PING\r\n' '+PONG'; then
    echo "Redis does not answer on 127.0.0.1:6379; start it first" >&2
    exit 1
fi
if command -v pg_isready >/dev/null; then
    pg_isready -q -h 127.0.0.1 -p 5432 || { echo "PostgreSQL does not answer on 127.0.0.1:5432" >&2; exit 1; }
elif ! answers 127.0.0.1 5432 '' ''; then
    echo "PostgreSQL does not answer on 127.0.0.1:5432; start it first" >&2
    exit 1
fi

# the data sets, found before anything runs; the benchmarks' JVMs inherit the variable
if ! SHAREHUB_SHARED_DATA=$(java -cp "$JAR" io.sharehub.benchmarks.SharedData); then
    exit 1
fi
export SHAREHUB_SHARED_DATA
echo "shared data: $SHAREHUB_SHARED_DATA" >&2

PAGE=docs/performance.md
NOTES=benchmarks/performance-notes.md
if [[ $# -gt 0 ]]; then
    # a subset does not replace the full run's page, nor quote its analysis
    PAGE=benchmarks/target/performance.md
    NOTES=/dev/null
fi
rm -f "$RESULTS"
if [[ $# -gt 0 ]]; then
    rm -f "$PAGE"   # no page from an earlier subset survives a failed one
fi
trap 'echo "a benchmark failed: $PAGE not written" >&2' ERR
COMMAND=(java -jar "$JAR" -foe true -rf json -rff "$RESULTS" -prof io.sharehub.benchmarks.PeakHeapProfiler
    -prof gc "$@")
echo "${COMMAND[*]}" >&2
began=$(date +%s)
"${COMMAND[@]}"
minutes=$(( ($(date +%s) - began + 30) / 60 ))

java -cp "$JAR" io.sharehub.benchmarks.PerformanceReport "$RESULTS" "$PAGE" \
    "$NOTES" "benchmarks/run.sh $*  # runs: ${COMMAND[*]}" "$minutes"
