#!/bin/bash
# Instructions per warm corpus round of rewrite(), counted by valgrind (deterministic, unlike time on a shared host):
# for each checkout given (its dist/ built), a process rewriting the corpus 5 times minus one rewriting it 2 times,
# divided by 3. Every round appends a different comment, so no text is found in the document caches. The processes
# run single-threaded (V8's compilers and garbage collector count too) and with --predictable (without it, V8's
# time-based heuristics made counts of one build vary by up to 12%; with it, two runs of one round differed by
# 0.25%), two at a time: about 4 minutes per checkout on 2 cores. Predictable mode compiles on the main thread and
# fixes the GC schedule: a count there is not the time of the default mode (README, "Speed of the command itself").
#   bash scripts/instructions.sh /path/to/other/checkout .
set -euo pipefail
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install -y valgrind)" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CHILD='
const root = process.env.CHECKOUT;
const { rewrite } = await import(root + "/dist/src/engine.js");
const { loadCorpus } = await import(process.env.CORPUS_MODULE);
const corpus = loadCorpus();
if (!corpus) { console.error("no corpus"); process.exit(2); }
for (let r = 0; r < Number(process.env.ROUNDS); r++) for (const e of corpus) rewrite(e.content + `\n# ${r}\n`);'
count() { # checkout rounds -> instructions
  CHECKOUT=$1 ROUNDS=$2 CORPUS_MODULE="file://$ROOT/dist/src/corpus.js" valgrind --tool=cachegrind --cache-sim=no \
    --cachegrind-out-file=/dev/null node --single-threaded --predictable --input-type=module -e "$CHILD" 2>&1 |
    sed -n 's/.*I *refs: *//p' | tr -d ,
}
for dir in "$@"; do
  dir=$(cd "$dir" && pwd)
  two=$(mktemp); five=$(mktemp)
  count "$dir" 2 > "$two" & count "$dir" 5 > "$five" & wait
  echo "$dir ($(git -C "$dir" rev-parse --short HEAD)$(git -C "$dir" diff --quiet HEAD -- src transforms || echo ', with changes')): $(( ($(cat "$five") - $(cat "$two")) / 3 / 1000000 )) M instructions per warm corpus round (processes: $(( $(cat "$two") / 1000000 )) M for 2 rounds, $(( $(cat "$five") / 1000000 )) M for 5)"
  rm -f "$two" "$five"
done
