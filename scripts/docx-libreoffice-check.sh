#!/usr/bin/env bash
# Proves that a real office suite reads plandiff's DOCX: writes the tracked-changes document of the
# sample drafts, converts it to PDF with LibreOffice headless, and checks the PDF's text.
# Needs LibreOffice (apt-get install -y libreoffice-writer-nogui); pdftotext (poppler-utils) is used
# when present, to check the PDF's words for the sample pair (not for a pair given as arguments).
# Usage: scripts/docx-libreoffice-check.sh [OLD NEW]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
old="${1:-$root/samples/ukraine-28.txt}"
new="${2:-$root/samples/ukraine-20.txt}"
office="$(command -v libreoffice || command -v soffice || true)"
[ -n "$office" ] || { echo "docx-check: libreoffice not found (apt-get install -y libreoffice-writer-nogui)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/plandiff" compare "$old" "$new" -f docx -o "$work/compare.docx"
HOME="$work" timeout 180 "$office" --headless --norestore \
  -env:UserInstallation="file://$work/profile" \
  --convert-to pdf --outdir "$work" "$work/compare.docx" >"$work/convert.log" 2>&1 || {
    cat "$work/convert.log" >&2; echo "docx-check: conversion failed" >&2; exit 1; }
[ -s "$work/compare.pdf" ] || { cat "$work/convert.log" >&2; echo "docx-check: no PDF written" >&2; exit 1; }
pages="$(grep -ac '/Type */Page[^s]' "$work/compare.pdf" || true)"
pages="${pages//[^0-9]/}"
echo "docx-check: LibreOffice converted compare.docx to a PDF of $(wc -c <"$work/compare.pdf") bytes, $pages pages"
if command -v pdftotext >/dev/null && [ $# -eq 0 ]; then
  pdftotext -layout "$work/compare.pdf" "$work/compare.txt"
  # The summary is a comment, which LibreOffice does not print by default; the text starts with
  # the drafts' own words.
  grep -q "Security" "$work/compare.txt" || { echo "docx-check: the section heading is missing from the PDF" >&2; exit 1; }
  # LibreOffice prints tracked changes by default: both the old and the new wording are on the page.
  grep -q "600,000" "$work/compare.txt" && grep -q "800,000" "$work/compare.txt" \
    || { echo "docx-check: the tracked change 600,000 -> 800,000 is missing from the PDF" >&2; exit 1; }
  echo "docx-check: the PDF shows the section headings and both sides of the tracked changes"
fi
# The summary is a comment on the first paragraph, kept when LibreOffice re-saves the file.
python3 - "$work/compare.docx" <<'PY' || { echo "docx-check: the summary comment is missing" >&2; exit 1; }
import sys, zipfile
sys.exit(0 if "plandiff:" in zipfile.ZipFile(sys.argv[1]).read("word/comments.xml").decode("utf-8") else 1)
PY
echo "docx-check: the summary is a comment, out of the document's text"
# LibreOffice reads the w:ins/w:del as tracked changes: saved again as DOCX, the document still
# accepts to the same new text and rejects to the same old text.
HOME="$work" timeout 180 "$office" --headless --norestore \
  -env:UserInstallation="file://$work/profile" \
  --convert-to "docx:MS Word 2007 XML" --outdir "$work/resaved" "$work/compare.docx" >"$work/convert.log" 2>&1 || {
    cat "$work/convert.log" >&2; echo "docx-check: re-saving failed" >&2; exit 1; }
for mode in accept reject; do
  python3 "$root/scripts/docx-sides.py" "$work/compare.docx" "$mode" >"$work/ours.$mode"
  python3 "$root/scripts/docx-sides.py" "$work/resaved/compare.docx" "$mode" >"$work/resaved.$mode"
  cmp -s "$work/ours.$mode" "$work/resaved.$mode" || {
    diff "$work/ours.$mode" "$work/resaved.$mode" | head -20 >&2
    echo "docx-check: after LibreOffice re-saved it, '$mode all' gives another text" >&2; exit 1; }
  echo "docx-check: '$mode all' gives the same $(wc -l <"$work/ours.$mode") paragraphs before and after LibreOffice re-saved the file"
done
python3 - "$work/resaved/compare.docx" <<'PY' || { echo "docx-check: LibreOffice dropped the summary comment" >&2; exit 1; }
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
sys.exit(0 if "word/comments.xml" in z.namelist() and "plandiff:" in z.read("word/comments.xml").decode("utf-8") else 1)
PY
echo "docx-check: the summary comment survives LibreOffice's re-save"
if [ -n "${KEEP:-}" ]; then cp "$work/compare.pdf" "$work/compare.docx" "$KEEP"/; fi
