#!/usr/bin/env bash
# Renders the HTML redline of the sample drafts and screenshots it in headless Chromium, as a reader
# would see it. Needs Debian's chromium (apt-get install -y chromium).
# Usage: scripts/html-screenshot.sh [OLD NEW [OUT.png]]
#        scripts/html-screenshot.sh PAGE.html OUT.png [side]   (screenshot a page already written;
#                                                               "side" opens the side-by-side view)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
old="${1:-samples/ukraine-28.txt}"
new="${2:-samples/ukraine-20.txt}"
png="${3:-$root/docs/img/compare.png}"
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "html-screenshot: chromium not found (apt-get install -y chromium)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fragment=""
if [[ "$old" == *.html ]]; then
  cp "$old" "$work/compare.html"
  png="${2:?give OUT.png}"
  [ "${3:-}" = "side" ] && fragment="#side"
else
  ./plandiff compare "$old" "$new" -f html -o "$work/compare.html"
fi

shoot() { # html png width height
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile" --hide-scrollbars \
    --screenshot="$2" --window-size="$3,$4" "file://$1$fragment" >"$work/chromium.log" 2>&1 || {
      cat "$work/chromium.log" >&2; echo "html-screenshot: chromium failed" >&2; exit 1; }
}
mkdir -p "$(dirname "$png")"
shoot "$work/compare.html" "$png" 1280 1600
echo "html-screenshot: wrote $png"

# The DOM after scripts ran: proves the page loads without a server and has no external resource.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$work/profile" --dump-dom "file://$work/compare.html" >"$work/dom.html" 2>/dev/null
grep -q 'class="change rel-' "$work/dom.html" || { echo "html-screenshot: no change in the DOM" >&2; exit 1; }
if grep -Eq '(src|href)="(https?:)?//' "$work/compare.html"; then
  echo "html-screenshot: the page refers to an external resource" >&2; exit 1
fi
echo "html-screenshot: DOM has $(grep -o 'class="change rel-' "$work/dom.html" | wc -l) changes, no external resources"
