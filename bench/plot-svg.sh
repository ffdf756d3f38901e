#!/usr/bin/env bash
# Plots bench/out/compare-with-git.tsv (row, clauses, median_ms, median_cpu_ms, ...) as an SVG line
# chart of time against size, one line per row; rows that timed out and named inputs (nested-N,
# bill) are left out. No dependencies
# but awk.   bench/plot-svg.sh TSV [COLUMN [TITLE]] > chart.svg   (COLUMN 3: wall, 4: CPU)
set -euo pipefail
awk -F'\t' -v col="${2:-3}" -v what="${3:-wall-clock time}" '
  NR > 1 && $col ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ {
    if (!($1 in seen)) { seen[$1] = 1; order[++nrows] = $1 }
    n[$1]++; x[$1, n[$1]] = $2; y[$1, n[$1]] = $col
    if ($2 > xmax) xmax = $2; if ($col > ymax) ymax = $col
  }
  function px(v) { return 70 + v / xmax * 560 }
  function py(v) { return 330 - v / ymax * 290 }
  END {
    split("#444444 #d62728 #ff7f0e #1f77b4 #2ca02c #9467bd", colour, " ")
    ymax = ymax * 1.1
    printf "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"380\" font-family=\"sans-serif\" font-size=\"12\">\n"
    printf "<rect width=\"800\" height=\"380\" fill=\"white\"/>\n"
    printf "<text x=\"350\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">Whole process, %s against draft size (median of runs)</text>\n", what
    printf "<line x1=\"70\" y1=\"330\" x2=\"630\" y2=\"330\" stroke=\"black\"/><line x1=\"70\" y1=\"40\" x2=\"70\" y2=\"330\" stroke=\"black\"/>\n"
    for (k = 0; k <= 4; k++) {
      v = ymax * k / 4
      printf "<line x1=\"66\" y1=\"%.1f\" x2=\"630\" y2=\"%.1f\" stroke=\"#dddddd\"/>", py(v), py(v)
      printf "<text x=\"62\" y=\"%.1f\" text-anchor=\"end\">%d ms</text>\n", py(v) + 4, v
      u = xmax * k / 4
      printf "<text x=\"%.1f\" y=\"348\" text-anchor=\"middle\">%d</text>\n", px(u), u
    }
    printf "<text x=\"350\" y=\"370\" text-anchor=\"middle\">clauses per draft</text>\n"
    for (r = 1; r <= nrows; r++) {
      name = order[r]; c = colour[(r - 1) % 6 + 1]; pts = ""
      for (i = 1; i <= n[name]; i++) {
        pts = pts sprintf("%.1f,%.1f ", px(x[name, i]), py(y[name, i]))
        printf "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n", px(x[name, i]), py(y[name, i]), c
      }
      printf "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>\n", pts, c
      printf "<rect x=\"645\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/><text x=\"665\" y=\"%d\">%s</text>\n", 40 + r * 20, c, 45 + r * 20, name
    }
    printf "</svg>\n"
  }' "$1"
