#!/usr/bin/env bash
# Prints the JVM flags that start the plandiff command line fastest, for `java $(...) -jar JAR`:
# an AppCDS archive of the classes a comparison loads (created next to the jar on first use, or
# again when the jar is newer), the C1 compiler only and the serial collector, which suit a short
# single-threaded run. See docs/performance.md for the measurements behind them.
#
#   scripts/java-opts.sh target/plandiff-0.1.0-SNAPSHOT-cli.jar
#
# Set PLANDIFF_NO_CDS=1 to leave the archive out. Prints nothing but the flags; never fails.
set -uo pipefail
jar="${1:?usage: scripts/java-opts.sh CLI_JAR}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jsa="${jar%.jar}.jsa"
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if [ -z "${PLANDIFF_NO_CDS:-}" ]; then
  if [ ! -f "$jsa" ] || [ "$jar" -nt "$jsa" ]; then
    # One training run: the archive holds the classes it loads (picocli, Jackson, every stage).
    # Written under a temporary name and renamed, so that a concurrent run never sees half a file.
    tmp="$jsa.$$.tmp"
    if java -XX:ArchiveClassesAtExit="$tmp" -jar "$jar" compare \
      "$root/samples/ukraine-28.txt" "$root/samples/ukraine-20.txt" -f json -o /dev/null \
      >/dev/null 2>&1 && [ -s "$tmp" ]; then
      mv -f "$tmp" "$jsa"
    else
      rm -f "$tmp"
    fi
  fi
  # A stale or unusable archive is ignored by the JVM; its warnings go to standard error, never
  # into the output.
  [ -f "$jsa" ] && flags="-XX:SharedArchiveFile=$jsa -Xlog:disable -Xlog:all=warning:stderr $flags"
fi
echo "$flags"
