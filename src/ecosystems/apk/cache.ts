/**
 * apk (Alpine): `apk add` keeps the repository indexes (APKINDEX, a few MB) in /var/cache/apk. `apk add
 * --no-cache` fetches them into memory only; an `apk update` in front of it is then useless and goes away. When
 * that cannot be done without changing the command list, `rm -rf /var/cache/apk/*` is appended instead.
 */
import { removeStatement, removeStatements } from '../../edits.js';
import type { Statement } from '../../shell/parser.js';
import type { Invocation } from '../../shell/query.js';
import {
  appendCleanup, cacheChange, cleanedAfter, flagAfter, hasCacheMount, laterRuns, mountedSkip, NOTHING, privilegePrefix, scanRuns, strictGlobRm, subWord,
  type CacheManager, type ManagerPlan, type RunView,
} from '../common/cache.js';
import type { Edit } from '../../types.js';

const FLAGS_WITH_VALUE = new Set([
  '-X', '--repository', '-t', '--virtual', '-p', '--root', '--arch', '--keys-dir', '--repositories-file', '--cache-dir',
  '--cache-max-age', '--wait', '--timeout', '--print-arch',
]);
const CACHE = ['/var/cache/apk', '/etc/apk/cache'];
const REMOVES = ['/var/cache/apk/**'];
const NO_CACHE = /^--no-cache$/;

/** apk sub-commands that read the repository index, and the flags with which a command fetches its own. */
const READS_INDEX = new Set(['add', 'upgrade', 'fix', 'search', 'info', 'policy', 'dot', 'fetch', 'list', 'version']);
const OWN_INDEX = /^(--no-cache|--update|-U|--update-cache)$/;

/**
 * The first later RUN (this stage, the stages built on it) that reads the index this RUN's `apk update` leaves, before
 * an update of its own: an `apk add` without --no-cache or --update, an `apk add --no-network` (which only reads
 * it), a query (`apk search`, `apk info`), or a RUN the pass cannot read that names apk. Alpine images ship no index:
 * with this RUN's update dropped or its index removed, that RUN finds no package ("unable to select packages"),
 * whether or not it gets --no-cache too (a `# dockerfix-ignore` comment, or a change rejected in the review, keeps it
 * as it is).
 */
function laterIndexReader(run: RunView): string | null {
  let stop = false;
  let what = '';
  const found = scanRuns(
    run.later,
    (inv) => {
      if (stop || inv.name !== 'apk') return false;
      const sub = subWord(inv.args, FLAGS_WITH_VALUE)?.value ?? null;
      const own = inv.args.some((a) => OWN_INDEX.test(a.value ?? ''));
      if (sub === 'update') { stop = true; return false; }
      if (sub === null || !READS_INDEX.has(sub) || (own && !inv.args.some((a) => a.value === '--no-network'))) return false;
      what = `runs \`apk ${sub}\`${inv.args.some((a) => a.value === '--no-network') ? ' --no-network' : ''}, which reads it`;
      return true;
    },
    /\bapk\b/,
    () => stop,
  );
  if (!found) return null;
  return `the RUN at line ${found.line} ${what || 'names apk in a form the pass cannot read, and may read it'}`;
}

/** `rm -rf /var/cache/apk/*`: an rm of the index cache and nothing else. */
function rmOnlyCache(inv: Invocation): boolean {
  const paths = inv.args.map((a) => a.value).filter((v) => v === null || !v.startsWith('-'));
  return paths.length > 0 && paths.every((v) => v !== null && /^\/var\/cache\/apk(\/\*?)?$/.test(v));
}

export const apk: CacheManager = {
  id: 'apk',
  plan(run): ManagerPlan {
    const all = run.invocations.filter((inv) => inv.name === 'apk');
    const sub = (inv: (typeof all)[number]): string | null => subWord(inv.args, FLAGS_WITH_VALUE)?.value ?? null;
    // `apk add --no-network` fetches no index, so it writes none: nothing to keep out, and no --no-cache for it.
    const offline = (inv: (typeof all)[number]): boolean => inv.args.some((a) => a.value === '--no-network');
    const installs = all.filter((inv) => sub(inv) === 'add' || sub(inv) === 'upgrade' || sub(inv) === 'fix');
    const adds = installs.filter((inv) => !offline(inv));
    const updates = all.filter((inv) => sub(inv) === 'update');
    const todo = adds.filter((inv) => !inv.args.some((a) => NO_CACHE.test(a.value ?? '')));
    if (todo.length === 0 && updates.length === 0) return NOTHING;
    if (hasCacheMount(run, CACHE)) return { changes: [], skips: [mountedSkip(run, 'apk', CACHE)] };
    const last = [...adds, ...updates].sort((a, b) => a.cmd.start - b.cmd.start).pop()!;
    if (cleanedAfter(run, last.cmd.end, CACHE)) return NOTHING;
    if (all.some((inv) => inv.args.some((a) => /^--cache-dir(=|$)/.test(a.value ?? '')))) return { changes: [], skips: ['apk: names its own --cache-dir'] };
    // `RUN rm /var/cache/apk/*` later (no -f) needs an index there: with none left, it fails and stops the build.
    let strictRm = '';
    const strict = laterRuns(run, (inv) => strictGlobRm(inv, '/var/cache/apk') && Boolean(strictRm = inv.cmd.words.map((w) => w.text).join(' ')), /\brm\b[^;&|]*\/var\/cache\/apk\//);
    if (strict) return { changes: [], skips: [`apk: cache kept: the RUN at line ${strict.line} runs \`${strictRm || 'rm /var/cache/apk/*'}\` without -f, which fails (and stops the build) once nothing is left in /var/cache/apk`] };

    // A later RUN reads the index an update here writes: neither the update nor its index may go.
    const reader = updates.length ? laterIndexReader(run) : null;
    if (reader) return { changes: [], skips: [`apk: index kept: ${reader}`] };
    // `apk update && apk add --no-cache x`: the update only writes the index --no-cache does not need.
    const statements = run.script.statements;
    const removable = updates.every((u) => {
      const st = statements.find((s) => s.start === u.cmd.start && s.end === u.cmd.end);
      return st && u.wrappers.length === 0 && u.env.size === 0 && u.args.every((a) => a === subWord(u.args) || /^(-q|--quiet|-v|--verbose|--no-progress)$/.test(a.value ?? ''))
        && adds.some((a) => a.cmd.start > u.cmd.start)
        // An offline install after the update reads the index the update wrote.
        && !installs.some((a) => offline(a) && a.cmd.start > u.cmd.start);
    });
    const removals: Edit[] = [];
    if (updates.length && removable && statements.length > updates.length) {
      for (const u of updates) {
        const st = statements.find((s) => s.start === u.cmd.start)!;
        const edit = removeStatement(run.doc, run.ins, st);
        if (!edit) { removals.length = 0; break; }
        removals.push(edit);
      }
    }
    // An `rm -rf /var/cache/apk/*` an earlier round of this run added for the update (the update and the install
    // were separate RUNs then, merged since): with the update gone and every install on --no-cache it removes
    // nothing, so it goes too.
    let ownCleanup = false;
    if (removals.length === updates.length && removals.length > 0 && run.written) {
      const written = run.written;
      const cleanups = run.invocations.filter((inv) => inv.name === 'rm' && written(inv.cmd.start) && rmOnlyCache(inv));
      const gone = [...updates, ...cleanups].map((inv) => statements.find((x) => x.start === inv.cmd.start && x.end === inv.cmd.end));
      const edits = cleanups.length && gone.every((st) => st !== undefined) ? removeStatements(run.ins, gone as Statement[]) : null;
      if (edits) {
        removals.length = 0;
        removals.push(...edits);
        ownCleanup = true;
      }
    }
    const canFlag = updates.length === 0 || ((ownCleanup || removals.length === updates.length) && !removals.some((r, i) => removals.some((o, j) => i !== j && o.start < r.end && r.start < o.end)));
    if (canFlag) {
      const edits = [...removals, ...todo.map((inv) => flagAfter(subWord(inv.args, FLAGS_WITH_VALUE)!, '--no-cache'))];
      // Every install already has --no-cache: only the update goes, and it is what leaves the indexes behind.
      const onlyUpdate = todo.length === 0;
      return {
        changes: [cacheChange(
          'apk',
          onlyUpdate
            ? `drop apk update${ownCleanup ? ' and the cleanup added for it' : ''} (apk ${sub(adds[0])} already runs with --no-cache)`
            : `${removals.length ? `drop apk update${ownCleanup ? ' and the cleanup added for it' : ''} and ` : ''}use apk ${sub(todo[0])} --no-cache`,
          onlyUpdate
            ? 'apk update writes the repository indexes to /var/cache/apk (a few MB), where they stay in the layer; apk add --no-cache never reads them (it fetches the indexes into memory), so the update only adds them to the image. Safe: the same packages are installed from freshly fetched indexes.'
            : `apk keeps the repository indexes (/var/cache/apk, a few MB) after an install; --no-cache reads them into memory only${removals.length ? ', which also makes the separate `apk update` useless' : ''}. Safe: the same packages are installed from freshly fetched indexes.`,
          edits,
          REMOVES,
        )],
        skips: [],
      };
    }
    const edit = appendCleanup(run, `${privilegePrefix(all)}rm -rf /var/cache/apk/*`);
    if (typeof edit === 'string') return { changes: [], skips: [`apk: cache not cleaned: ${edit}`] };
    return {
      changes: [cacheChange(
        'apk',
        'remove the apk index cache in the same RUN (rm -rf /var/cache/apk/*)',
        'apk update/add leave the repository indexes in /var/cache/apk (a few MB); removing them in the layer that wrote them keeps them out of the image. Safe: no later RUN in this stage or a stage built on it reads them before fetching its own (apk update, --update or --no-cache).',
        [edit],
        REMOVES,
      )],
      skips: [],
    };
  },
};
