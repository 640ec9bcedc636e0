/**
 * `npm run corpus`: what each pass does over the shared corpus of real Dockerfiles (../shared/corpus), without an
 * engine. Per pass: files changed and changes (split by tag: package manager, ecosystem...), and the most common
 * skip reasons. Every pass runs alone on the original file (so counts do not depend on the order of passes), with
 * unsafe changes counted apart. No context directory exists for corpus files, so deps-first sees none.
 */
import { rewrite } from '../src/engine.js';
import { loadCorpus, CORPUS_FILE } from '../src/corpus.js';
import { PASSES } from '../transforms/index.js';

const corpus = loadCorpus();
if (!corpus) {
  process.stderr.write(`corpus not found at ${CORPUS_FILE}: nothing to report\n`);
  process.exit(0);
}

const top = Number(process.env.CORPUS_TOP ?? 8);
const lines: string[] = [`# dockerfix over the corpus (${corpus.length} Dockerfiles)`, ''];
lines.push('| pass | files changed (safe) | changes (safe) | unsafe changes offered | by tag (safe and unsafe) |', '| --- | --- | --- | --- | --- |');
const skipSections: string[] = [];
for (const pass of PASSES) {
  let files = 0;
  let changes = 0;
  let unsafe = 0;
  const tags = new Map<string, number>();
  const skips = new Map<string, number>();
  for (const entry of corpus) {
    const safe = rewrite(entry.content, { passes: [pass.id], dockerfileName: entry.path });
    const all = rewrite(entry.content, { passes: [pass.id], dockerfileName: entry.path, unsafe: true });
    if (safe.changed) files++;
    changes += safe.changes.length;
    unsafe += Math.max(0, all.changes.length - safe.changes.length);
    for (const c of all.changes) tags.set(c.tag ?? '-', (tags.get(c.tag ?? '-') ?? 0) + 1);
    for (const s of safe.skipped) {
      if (s.changeId) continue; // unsafe changes not applied: counted above
      const key = s.reason.replace(/\d+/g, 'N').replace(/"[^"]*"/g, '"…"').replace(/\/[^\s,;:)]+/g, '/…').slice(0, 110);
      skips.set(key, (skips.get(key) ?? 0) + 1);
    }
  }
  const byTag = [...tags].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', ');
  lines.push(`| ${pass.id} | ${files} | ${changes} | ${unsafe} | ${byTag} |`);
  const total = [...skips.values()].reduce((a, b) => a + b, 0);
  skipSections.push(`## ${pass.id}: ${total} skips, most common reasons`, '', ...[...skips].sort((a, b) => b[1] - a[1]).slice(0, top).map(([r, n]) => `- ${n} × ${r}`), '');
}
process.stdout.write([...lines, '', ...skipSections].join('\n'));
