#!/usr/bin/env bash
# Builds the JMH jar, runs every benchmark in ONE JMH run (so each pair shares the machine's state),
# writes benchmarks/results.json (JMH JSON, with the gc profiler's allocation per operation) and
# prints a table of results, ratios and bars.
#   benchmarks/run.sh            full run (annotation settings: 5 x 2 s warm-up, 10 x 2 s, 2 forks)
#   benchmarks/run.sh --quick    short run, one fork (about 3 minutes on 2 cores)
# Extra arguments are passed to JMH (e.g. a benchmark regex: benchmarks/run.sh --quick Eligibility).
set -euo pipefail
cd "$(dirname "$0")/.."

opts=()
if [[ "${1:-}" == "--quick" ]]; then
  opts=(-wi 3 -w 1s -i 5 -r 1s -f 1)
  shift
fi

./mvnw -B -q -pl benchmarks -am package -DskipTests
java -jar benchmarks/target/benchmarks.jar "${opts[@]}" -prof gc -rf json -rff benchmarks/results.json "$@"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
java -cp benchmarks/target/benchmarks.jar ai.talkover.campaigns.benchmarks.ResultsReport benchmarks/results.json
