#!/usr/bin/env bash
# Builds the JMH benchmarks (Maven profile "bench") and runs them; arguments go to JMH.
#   bench/run-jmh.sh                          # every benchmark (about 25 minutes on 2 cores)
#   bench/run-jmh.sh StageBenchmark -p clauses=1000
#   PLANDIFF_BILL=/path/to/BILLS-116hr1865eah.xml bench/run-jmh.sh BillBenchmark
# The bill benchmark runs only when PLANDIFF_BILL names an existing file.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -B -q -Pbench test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
args=("$@")
bill="${PLANDIFF_BILL:-}"
if [ -n "$bill" ] && [ -f "$bill" ]; then
  exec java -cp "$cp" -Dplandiff.bill="$bill" org.openjdk.jmh.Main -jvmArgsAppend "-Dplandiff.bill=$bill" "${args[@]}"
fi
echo "run-jmh: PLANDIFF_BILL is not set to an existing file; skipping BillBenchmark" >&2
if [ ${#args[@]} -eq 0 ]; then
  args=("-e" "BillBenchmark")
else
  args+=("-e" "BillBenchmark")
fi
exec java -cp "$cp" org.openjdk.jmh.Main "${args[@]}"
