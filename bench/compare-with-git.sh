#!/usr/bin/env bash
# Whole-process comparison of plandiff with `git diff --no-index --word-diff=porcelain` on generated
# drafts: alternating runs, medians, ratio to git, time(20k)/time(10k), peak memory, and an SVG plot.
#
#   bench/compare-with-git.sh                 # sizes 2000 5000 10000 20000, 5 runs each
#   SIZES="10000 20000" RUNS=7 bench/compare-with-git.sh
#   SIZES="" NESTED="20000" BILL=/path/to/BILLS-116hr1865eah.xml bench/compare-with-git.sh
#
# Inputs: SIZES are generated drafts of that many clauses (LargeDraftGenerator); NESTED are
# generated drafts of that many points with sub-points and repeated phrasing (rows "nested-N");
# BILL (or PLANDIFF_BILL) is the real bill H.R. 1865 (USLM XML, 3.3 MB, not in the repository: the
# BILLS collection of govinfo.gov bulk data, BILLS-116hr1865eah.xml), whose 923 top-level sections
# are compared as plain text against a copy with seeded edits (BillEdits: reworded, rewritten in
# part, removed, moved, merged, split, sections of other bills inserted from BILL_DONORS, by default
# H264_PCS.XML, H2157_IH.XML and S2731_IPS.XML next to the bill when present); row "bill". Without
# BILL the bill row is skipped.
#
# Rows measured (each a separate process, start-up included):
#   git          git diff --no-index --word-diff=porcelain OLD NEW > /dev/null
#   cli          ./plandiff compare OLD NEW -f json -o /dev/null (java -jar the CLI jar), default JVM
#   cli-tuned    the same with scripts/java-opts.sh flags (AppCDS archive, C1 only, serial GC)
#   cli-nosem    cli-tuned with --no-semantic (the sentence-embedding model off)
#   cli-base     cli-tuned run from another build's CLI jar, BASE_JAR (say, the commit before a change),
#                with its own AppCDS archive next to it: before and after, alternated
#   cli-base-nosem  cli-base with --no-semantic
#   linear       the same pipeline with the linear stand-in aligner (bench/PipelineMain), default JVM
#   linear-tuned the stand-in with the tuned flags
# The cli rows stop after CLI_TIMEOUT seconds (default 60), so that a regression cannot hang the
# script. The linear rows show what the stages other than alignment cost: the stand-in pairs
# clauses by position and equal text only.
# Output: a table on standard output, bench/out/compare-with-git.tsv, and plots of wall-clock and CPU
# time against size: bench/out/compare-with-git.svg and compare-with-git-cpu.svg. CPU time (user +
# system) is reported beside wall time because it is far less disturbed by other load on the machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
SIZES="${SIZES-2000 5000 10000 20000}"
NESTED="${NESTED:-}"
BILL="${BILL:-${PLANDIFF_BILL:-}}"
RUNS="${RUNS:-5}"
CLI_TIMEOUT="${CLI_TIMEOUT:-60}"
ROWS="${ROWS:-git cli cli-tuned linear linear-tuned}"
out="bench/out"
mkdir -p "$out"

[ -x /usr/bin/time ] || { echo "compare-with-git: /usr/bin/time is missing (apt-get install -y time)" >&2; exit 2; }
command -v git >/dev/null || { echo "compare-with-git: git is missing" >&2; exit 2; }

version="$(sed -n 's:.*<version>\(.*-SNAPSHOT\|[0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)"
jar="target/plandiff-${version}-cli.jar"
echo "building the CLI jar and the benchmark classes..." >&2
./mvnw -B -q -Pbench package -DskipTests
(cd target/test-classes && jar cf ../plandiff-bench.jar io/github/plandiff/bench io/github/plandiff/BenchAccess.class)
benchcp="$jar:target/plandiff-bench.jar"
tuned="$(scripts/java-opts.sh "$jar")"
base_tuned=""
if [ -n "${BASE_JAR:-}" ]; then
  [ -f "$BASE_JAR" ] || { echo "compare-with-git: BASE_JAR $BASE_JAR is not a file" >&2; exit 2; }
  base_tuned="$(scripts/java-opts.sh "$BASE_JAR")"
fi
# The stand-in runs on another class path, so it needs its own archive.
linear_jsa="target/plandiff-bench.jsa"
rm -f "$linear_jsa"
java -XX:ArchiveClassesAtExit="$linear_jsa" -cp "$benchcp" io.github.plandiff.bench.PipelineMain \
  samples/ukraine-28.txt samples/ukraine-20.txt /dev/null >/dev/null 2>&1 || rm -f "$linear_jsa"
linear_tuned="${tuned/-XX:SharedArchiveFile=*.jsa/-XX:SharedArchiveFile=$linear_jsa}"

# Each case: a name, then the files old-NAME.txt and new-NAME.txt in $out.
cases=""
for n in $SIZES; do
  [ -f "$out/old-$n.txt" ] || java src/jmh/java/io/github/plandiff/bench/LargeDraftGenerator.java \
    "$n" 42 "$out/old-$n.txt" "$out/new-$n.txt"
  cases="$cases $n"
done
for n in $NESTED; do
  [ -f "$out/old-nested-$n.txt" ] || java src/jmh/java/io/github/plandiff/bench/LargeDraftGenerator.java \
    "$n" 42 "$out/old-nested-$n.txt" "$out/new-nested-$n.txt" nested
  cases="$cases nested-$n"
done
if [ -n "$BILL" ] && [ -f "$BILL" ]; then
  dir="$(dirname "$BILL")"
  donors="${BILL_DONORS:-$(for f in H264_PCS.XML H2157_IH.XML S2731_IPS.XML; do [ -f "$dir/$f" ] && echo "$dir/$f"; done)}"
  # shellcheck disable=SC2086
  java -cp target/test-classes io.github.plandiff.bench.BillEdits "$BILL" 42 --text \
    "$out/old-bill.txt" "$out/new-bill.txt" $donors
  cases="$cases bill"
else
  echo "compare-with-git: BILL (or PLANDIFF_BILL) is not an existing file; skipping the bill row" >&2
fi

# run ROW OLD NEW: prints "wall-ms cpu-ms peak-KB", or "timeout - -"
run() {
  local row="$1" old="$2" new="$3" mem="$out/.mem" start end code
  local -a cmd
  case "$row" in
    git) cmd=(git diff --no-index --word-diff=porcelain "$old" "$new") ;;
    cli) cmd=(timeout "$CLI_TIMEOUT" java -jar "$jar" compare "$old" "$new" -f json -o /dev/null) ;;
    cli-tuned) cmd=(timeout "$CLI_TIMEOUT" java $tuned -jar "$jar" compare "$old" "$new" -f json -o /dev/null) ;;
    cli-nosem) cmd=(timeout "$CLI_TIMEOUT" java $tuned -jar "$jar" compare "$old" "$new" -f json -o /dev/null --no-semantic) ;;
    cli-base) cmd=(timeout "$CLI_TIMEOUT" java $base_tuned -jar "$BASE_JAR" compare "$old" "$new" -f json -o /dev/null) ;;
    cli-base-nosem) cmd=(timeout "$CLI_TIMEOUT" java $base_tuned -jar "$BASE_JAR" compare "$old" "$new" -f json -o /dev/null --no-semantic) ;;
    linear) cmd=(java -cp "$benchcp" io.github.plandiff.bench.PipelineMain "$old" "$new" /dev/null) ;;
    linear-tuned) cmd=(java $linear_tuned -cp "$benchcp" io.github.plandiff.bench.PipelineMain "$old" "$new" /dev/null) ;;
  esac
  start=$(date +%s%N)
  set +e
  /usr/bin/time -f "%M %U %S" -o "$mem" "${cmd[@]}" >/dev/null 2>&1
  code=$?
  set -e
  end=$(date +%s%N)
  # git diff exits 1 when the files differ; timeout exits 124.
  if [ "$code" -eq 124 ] || { [ "$code" -ne 0 ] && [ "$row" != git ]; }; then
    echo "timeout - -"
  else
    read -r kb user sys < <(tail -n 1 "$mem")
    echo "$(( (end - start) / 1000000 )) $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}') $kb"
  fi
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR==0) print "-"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

tsv="$out/compare-with-git.tsv"
load_start="$(cut -d ' ' -f 1-3 /proc/loadavg)"
printf 'row\tclauses\tmedian_ms\tmedian_cpu_ms\tpeak_mb\truns\n' > "$tsv"
for n in $cases; do
  old="$out/old-$n.txt"
  new="$out/new-$n.txt"
  declare -A times=() cpus=() peaks=() dead=()
  for ((r = 1; r <= RUNS; r++)); do
    for row in $ROWS; do
      [ -n "${dead[$row]:-}" ] && continue
      read -r ms cpu kb < <(run "$row" "$old" "$new")
      if [ "$ms" = timeout ]; then
        dead[$row]=1
        continue
      fi
      times[$row]="${times[$row]:-} $ms"
      cpus[$row]="${cpus[$row]:-} $cpu"
      [ "${peaks[$row]:-0}" -lt "$kb" ] && peaks[$row]=$kb
    done
  done
  for row in $ROWS; do
    if [ -n "${dead[$row]:-}" ] && [ -z "${times[$row]:-}" ]; then
      printf '%s\t%s\ttimeout>%ss\t-\t-\t0\n' "$row" "$n" "$CLI_TIMEOUT" >> "$tsv"
      continue
    fi
    m=$(printf '%s\n' ${times[$row]} | median)
    c=$(printf '%s\n' ${cpus[$row]} | median)
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$row" "$n" "$m" "$c" "$(( ${peaks[$row]:-0} / 1024 ))" \
      "$(printf '%s\n' ${times[$row]} | wc -l)" >> "$tsv"
  done
  unset times cpus peaks dead
done

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
  "$(java -version 2>&1 | head -n 1), $(git --version); load average $load_start at the start, $(cut -d ' ' -f 1-3 /proc/loadavg) at the end"
echo "tuned JVM flags: $tuned"
column -t -s $'\t' "$tsv"
echo
# Ratios to git at each size, and scaling from 10,000 to 20,000 clauses.
awk -F'\t' 'NR > 1 && $3 ~ /^[0-9]+$/ { t[$1, $2] = $3; c[$1, $2] = $4; rows[$1] = 1; sizes[$2] = 1 }
  END {
    for (r in rows) if (r != "git") for (n in sizes) if ((r, n) in t && ("git", n) in t)
      printf "ratio %-13s / git at %12s: wall %.2f, cpu %.2f\n", r, n, t[r, n] / t["git", n], c[r, n] / c["git", n]
    for (r in rows) if ((r, 10000) in t && (r, 20000) in t)
      printf "scaling %-13s time(20k)/time(10k): wall %.2f, cpu %.2f\n", r, t[r, 20000] / t[r, 10000], c[r, 20000] / c[r, 10000]
  }' "$tsv" | sort

bench/plot-svg.sh "$tsv" 3 "wall-clock time" > "$out/compare-with-git.svg"
bench/plot-svg.sh "$tsv" 4 "CPU time (user + system)" > "$out/compare-with-git-cpu.svg"
echo
echo "wrote $tsv, $out/compare-with-git.svg and $out/compare-with-git-cpu.svg"
