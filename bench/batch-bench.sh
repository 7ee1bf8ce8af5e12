#!/usr/bin/env bash
# Whole-process benchmark: `batch` over an archive (default: the SaudiNewsNet dev corpus),
# RUNS times into fresh folders, printing each run and the medians of wall time, articles/s,
# MB of text/s (UTF-8 bytes of the article texts), the time of each stage and peak RSS.
#   bench/batch-bench.sh [RUNS] [ARCHIVE] [extra batch options...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-5}
archive=${2:-../shared/corpora/saudinewsnet-dev}
shift $(( $# > 2 ? 2 : $# )) || true
[[ -f target/newsmerge.jar ]] || mvn -q -DskipTests package
jar=$(mktemp -d)/newsmerge.jar
cp target/newsmerge.jar "$jar"   # a rebuild during the runs cannot change what is measured
work=$(mktemp -d)
trap 'rm -rf "$work" "$(dirname "$jar")"' EXIT
echo "batch over $archive, $runs runs, $(nproc) cores, $(java -version 2>&1 | head -1)"
for i in $(seq 1 "$runs"); do
  /usr/bin/time -v java ${JAVA_OPTS:-} -jar "$jar" batch "$archive" -o "$work/out$i" -q "$@" \
    >/dev/null 2>"$work/log$i" || true
  wall=$(grep 'Elapsed (wall clock)' "$work/log$i" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$work/log$i" | awk '{print $NF}')
  summary=$(grep '^time:' "$work/log$i")
  articles=$(grep -o '^[0-9]* articles read' "$work/log$i" | awk '{print $1}')
  mbs=$(grep -o '([0-9.]* MB of text)' "$work/log$i" | tr -d '(' | awk '{print $1}')
  echo "run $i: wall ${wall}s, peak RSS $((rss / 1024)) MB, $summary"
  # Stages by name (read=2.7 sketch=3.2 ...): a run's stages depend on its options.
  echo "$wall $rss $articles $mbs $(echo "$summary" | sed 's/time: //; s/, total.*//; s/ \([0-9][0-9.]*\)s/=\1/g; s/,//g')" >> "$work/rows"
  rm -rf "$work/out$i"
done
python3 - "$work/rows" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
med = lambda i: statistics.median(float(r[i]) for r in rows)
wall, rss, articles = med(0), med(1), med(2)
mb = med(3)
print(f"median: wall {wall:.1f} s, {articles / wall:.0f} articles/s, {mb / wall:.1f} MB of text/s ({mb:.1f} MB), peak RSS {rss / 1024:.0f} MB")
stages = [kv.split("=")[0] for kv in rows[0][4:]]
stage = lambda name: statistics.median(float(dict(kv.split("=") for kv in r[4:])[name]) for r in rows)
print("median stage times: " + ", ".join(f"{s} {stage(s):.1f} s" for s in stages))
PY
