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
    rm -f "$jsa"
    # One training run: the archive holds the classes it loads (picocli, Jackson, every stage).
    java -XX:ArchiveClassesAtExit="$jsa" -jar "$jar" compare \
      "$root/samples/ukraine-28.txt" "$root/samples/ukraine-20.txt" -f json -o /dev/null \
      >/dev/null 2>&1 || rm -f "$jsa"
  fi
  [ -f "$jsa" ] && flags="-XX:SharedArchiveFile=$jsa $flags"
fi
echo "$flags"
