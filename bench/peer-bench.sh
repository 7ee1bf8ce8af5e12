#!/usr/bin/env bash
# batch beside datasketch's document-level MinHash+LSH pass (word 5-gram shingles, 128
# permutations, LSH at 0.5; bench/datasketch_pass.py) over the same archive, RUNS times each,
# alternating, in one run; prints each run, the medians and the ratio of batch's whole wall time
# to datasketch's pass alone (its reading is timed apart and left out).
#   bench/peer-bench.sh [RUNS] [ARCHIVE] [extra batch options...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-3}
archive=${2:-../shared/corpora/saudinewsnet-dev}
shift $(( $# > 2 ? 2 : $# )) || true
peer=${DATASKETCH:-../shared/peers/datasketch}
[[ -d $peer/datasketch ]] || { echo "peer-bench: no datasketch source in $peer (set DATASKETCH)" >&2; exit 2; }
[[ -f target/newsmerge.jar ]] || mvn -q -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp target/newsmerge.jar "$work/newsmerge.jar"   # a rebuild during the runs cannot change what is measured
echo "batch and datasketch over $archive, $runs runs each, $(nproc) cores"
for i in $(seq 1 "$runs"); do
  /usr/bin/time -f '%e %M' -o "$work/time$i" java ${JAVA_OPTS:-} -jar "$work/newsmerge.jar" \
    batch "$archive" -o "$work/out$i" -q "$@" >/dev/null 2>"$work/log$i" || true
  # batch exits 1 when some inputs were rejected; a run that finished prints its times.
  grep -q '^time:' "$work/log$i" || { cat "$work/log$i" >&2; exit 1; }
  rm -rf "$work/out$i"
  python3 bench/datasketch_pass.py "$archive" "$peer" > "$work/peer$i"
  read -r wall rss < <(tail -1 "$work/time$i")   # after any "Command exited" line
  echo "run $i: batch ${wall}s (peak RSS $((rss / 1024)) MB, $(grep -o '^[0-9]* articles read' "$work/log$i")); datasketch pass $(awk '$1=="pass"{print $2}' "$work/peer$i")s, reading $(awk '$1=="read"{print $2}' "$work/peer$i")s apart, $(awk '$1=="articles"{print $2}' "$work/peer$i") articles"
  echo "$wall $(awk '$1=="pass"{print $2}' "$work/peer$i")" >> "$work/rows"
done
python3 - "$work/rows" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1])]
batch = statistics.median(r[0] for r in rows)
peer = statistics.median(r[1] for r in rows)
print(f"median: batch {batch:.1f} s, datasketch pass {peer:.1f} s, ratio {batch / peer:.2f}x (target <= 0.25x)")
PY
