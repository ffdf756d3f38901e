#!/usr/bin/env bash
# Renders plandiff's Markdown with cmark-gfm (GitHub's Markdown engine, with its table, autolink and
# strikethrough extensions and raw HTML allowed) and checks that hostile draft text produced no link,
# image, script or other element beyond the ones plandiff writes. Needs cmark-gfm
# (apt-get install -y cmark-gfm). Usage: scripts/markdown-gfm-check.sh [FILE.md ...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v cmark-gfm >/dev/null || { echo "gfm-check: cmark-gfm not found (apt-get install -y cmark-gfm)" >&2; exit 2; }
[ "$#" -gt 0 ] || set -- "$root"/src/test/resources/golden/*.md
allowed='^(br|del|ins|details|summary|h2|h3|h4|p|strong|em|ul|li|table|thead|tbody|tr|th|td)$'
status=0
for md in "$@"; do
  html="$(cmark-gfm --unsafe -e table -e autolink -e strikethrough "$md")"
  bad="$(grep -oE '<[a-zA-Z][a-zA-Z0-9]*' <<<"$html" | cut -c2- | sort -u | grep -Ev "$allowed" || true)"
  if [ -n "$bad" ]; then
    echo "gfm-check: $md renders unexpected elements: $(tr '\n' ' ' <<<"$bad")" >&2
    status=1
  elif grep -qE '@[A-Za-z0-9]' <<<"$html"; then
    echo "gfm-check: $md leaves an @mention that GitHub would link" >&2
    status=1
  else
    echo "gfm-check: $md renders only plandiff's own elements"
  fi
done
exit "$status"
