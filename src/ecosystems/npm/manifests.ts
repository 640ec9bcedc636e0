/**
 * npm: `npm ci` / `npm install` (no package names) install node_modules from package.json and package-lock.json
 * (or npm-shrinkwrap.json), reading .npmrc in the project. Lifecycle scripts and `file:` dependencies need more
 * than the manifests. Workspaces need the package.json of every workspace too, found by resolving their patterns
 * in the build context (inspectNpmProject).
 */
import type { Invocation } from '../../shell/query.js';
import { flagValue, hasAnyFlag, inspectPackageJson, literalArgs, splitArgs, type Classification, type ManifestEcosystem, type ProjectReader, type ProjectTree } from '../common/manifests.js';

const INSTALL = new Set(['install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall', 'add']);
const CI = new Set(['ci', 'clean-install', 'ic', 'install-clean', 'isntall-clean']);
const WITH_VALUE = new Set(['--prefix', '-C', '--cache', '--registry', '--userconfig', '--loglevel', '--omit', '--include', '--only', '-w', '--workspace', '--install-strategy', '--userconfig']);
/** Sub-commands that read or write nothing in the project. */
const NEUTRAL = new Set(['config', 'set', 'get', 'cache', 'version', '-v', '--version', 'ping', 'login', 'whoami', 'view', 'info', 'help']);

export function npmClassify(inv: Invocation): Classification | null {
  if (inv.name !== 'npm') return null;
  const args = literalArgs(inv);
  if (!args) return { kind: 'build' };
  const { positional, flags } = splitArgs(args, WITH_VALUE);
  const sub = positional[0] ?? null;
  const global = hasAnyFlag(flags, '-g', '--global', '--location') && (flagValue(flags, '--location') ?? 'global') === 'global';
  if (sub === null) return hasAnyFlag(flags, '-v', '--version') ? { kind: 'neutral' } : { kind: 'build' };
  if (NEUTRAL.has(sub) && !(sub === 'version' && positional.length > 1)) {
    // `npm config set x --location=project` writes the project's .npmrc.
    if ((sub === 'config' || sub === 'set') && (flagValue(flags, '--location') === 'project')) return { kind: 'build' };
    return { kind: 'neutral' };
  }
  if (!INSTALL.has(sub) && !CI.has(sub)) return { kind: 'build' };
  if (global) return { kind: 'neutral' };
  if (positional.length > 1) return { kind: 'build', why: `npm ${sub} ${positional.slice(1).join(' ')} adds packages to package.json` };
  if (hasAnyFlag(flags, '-w', '--workspace', '--workspaces', '-ws', '--include-workspace-root')) {
    return { kind: 'build', why: `npm ${sub} with a workspace flag (${[...flags.keys()].filter((f) => /^(-w|-ws|--workspaces?|--include-workspace-root)$/.test(f)).join(', ')}) installs a chosen part of the monorepo: only the whole-project install is split` };
  }
  const prefix = flagValue(flags, '--prefix', '-C') ?? '.';
  const ignoreScripts = hasAnyFlag(flags, '--ignore-scripts');
  // Without --prefix, npm looks above the project for a monorepo root it is a workspace of (npm 8+).
  const findsRoot = flagValue(flags, '--prefix', '-C') === null && !hasAnyFlag(flags, '--no-workspaces') && flagValue(flags, '--workspaces') !== 'false';
  return {
    kind: 'deps',
    install: {
      ecosystem: 'npm',
      project: prefix,
      required: [['package.json']],
      rootAbove: findsRoot ? 'package.json' : undefined,
      optional: ['package-lock.json', 'npm-shrinkwrap.json', '.npmrc'],
      optionalDirs: [],
      outputs: ['node_modules'],
      inspect: (read, tree) => inspectNpmProject(read, tree, { ignoreScripts, findsRoot }),
      updatesLock: CI.has(sub) ? undefined : 'npm install rewrites package-lock.json when it is out of date with package.json',
    },
  };
}

export const npmManifests: ManifestEcosystem = { id: 'npm', classify: npmClassify };

/**
 * More workspaces than this are not split out one COPY each: every COPY is a layer, and an image has at most 127
 * (overlay2), the base image's included.
 */
export const MAX_WORKSPACES = 24;

/**
 * package.json and, when it declares workspaces, the workspaces it names: each pattern (`packages/*`, `apps/web`)
 * is resolved in the build context as npm resolves it (a directory holding a package.json; `*` matches within one
 * path segment and not a leading dot; node_modules is never a workspace), and each workspace's package.json gets
 * the root's checks. The install then reads only those files, so they are what the manifest COPYs copy (`extra`).
 *
 * What cannot be proven skips: a pattern with `**`, `!`, braces or character classes, a workspace that declares
 * workspaces itself (npm does not nest them), install scripts or a binding.gyp in a workspace, a local-path
 * dependency, and a workspace `bin` whose file the build context holds: npm links a bin (and makes its file
 * executable) only when the file exists at install time, which before the source COPY it does not. A bin that is a
 * build output (`dist/cli.js`, absent from the context) is missing at install time both ways, and npm skips it
 * both ways.
 */
export function inspectNpmProject(read: ProjectReader, tree: ProjectTree | undefined, options: { ignoreScripts: boolean; findsRoot?: boolean }): { problem?: string; extra?: string[]; note?: string; extraLabel?: string } {
  const { ignoreScripts } = options;
  // npm run in a workspace directory installs the whole monorepo from its root (config's local prefix: the nearest
  // package.json above that lists this directory among its workspaces). A root inside the copied tree is there
  // before the rewrite and not after it, where the install would run as a project of its own.
  if (tree && options.findsRoot) {
    for (let up = '..'; tree.has(up); up += '/..') {
      const above = read(`${up}/package.json`);
      if (above === null) continue;
      let declares = true;
      try {
        declares = Boolean((JSON.parse(above) as Record<string, unknown>).workspaces);
      } catch {
        // npm cannot read it either; whether it stops there is not proven.
      }
      if (declares) {
        return { problem: `the copied tree holds ${up}/package.json above the install's directory, which declares workspaces: npm run in a workspace directory installs the whole monorepo from that root, which the manifest COPY would not bring` };
      }
    }
  }
  const text = read('package.json');
  let workspaces: unknown;
  try {
    workspaces = text === null ? undefined : (JSON.parse(text) as Record<string, unknown>).workspaces;
  } catch {
    workspaces = undefined;
  }
  if (!workspaces || !tree) return inspectPackageJson(read, ignoreScripts);
  const root = inspectPackageJson(read, ignoreScripts, { workspaces: true });
  if (root.problem) return root;
  const patterns = Array.isArray(workspaces) ? workspaces : Array.isArray((workspaces as { packages?: unknown }).packages) ? (workspaces as { packages: unknown[] }).packages : null;
  if (patterns === null || patterns.some((p) => typeof p !== 'string')) return { problem: 'package.json declares workspaces in a form npm does not read (neither a list of patterns nor { "packages": [...] })' };
  const dirs = new Set<string>();
  const empty: string[] = [];
  for (const raw of patterns as string[]) {
    const pattern = raw.replace(/\\/g, '/').replace(/^\/+/, '').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    const segments = pattern.split('/');
    if (pattern === '' || pattern.startsWith('!') || segments.some((s) => s === '' || s === '.' || s === '..' || s === '**' || /[?[\]{}()!+@]/.test(s))) {
      return { problem: `the workspace pattern ${JSON.stringify(raw)} of package.json is not one the build context can resolve here (only directories and * within a path segment are)` };
    }
    const found = resolveWorkspacePattern(segments, tree);
    if (found.length === 0) empty.push(raw);
    for (const d of found) dirs.add(d);
  }
  const sorted = [...dirs].sort();
  // `npm ci` links the bins the lock file records for a workspace, `npm install` those of its package.json.
  let locked: Record<string, { bin?: unknown }> = {};
  try {
    const lockText = read('npm-shrinkwrap.json') ?? read('package-lock.json');
    locked = (lockText ? (JSON.parse(lockText) as { packages?: Record<string, { bin?: unknown }> }).packages : undefined) ?? {};
  } catch {
    locked = {};
  }
  if (sorted.length > MAX_WORKSPACES) return { problem: `package.json names ${sorted.length} workspaces: one manifest COPY each would add ${sorted.length} layers (more than ${MAX_WORKSPACES})` };
  for (const dir of sorted) {
    const at = (rel: string): string => `${dir}/${rel}`;
    const wsText = read(at('package.json'));
    let pkg: Record<string, unknown>;
    try {
      pkg = JSON.parse(wsText ?? '') as Record<string, unknown>;
    } catch {
      return { problem: `${dir}/package.json is not valid JSON here` };
    }
    if (pkg.workspaces) return { problem: `the workspace ${dir} declares workspaces itself: npm does not nest workspaces, and what it installs then is not proven` };
    const own = inspectPackageJson((rel) => read(at(rel)), ignoreScripts, { dir: `${dir}/` });
    if (own.problem) return own;
    const directories = pkg.directories as Record<string, unknown> | undefined;
    if (directories && typeof directories === 'object' && directories.bin !== undefined) {
      return { problem: `${dir}/package.json links the files of a directory as bins (directories.bin), which npm lists at install time, before the source COPY brings them` };
    }
    const binsOf = (bin: unknown, from: string): [string, unknown, string][] =>
      (typeof bin === 'string' ? [[String(pkg.name ?? dir).replace(/^@[^/]+\//, ''), bin]] : bin && typeof bin === 'object' ? Object.entries(bin as Record<string, unknown>) : []).map(([n, t]) => [n, t, from]);
    for (const [name, target, from] of [...binsOf(pkg.bin, `${dir}/package.json`), ...binsOf(locked[dir]?.bin, `the lock file's entry for ${dir}`)]) {
      if (typeof target !== 'string') continue;
      const file = target.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
      if (file.startsWith('/') || file.split('/').includes('..')) return { problem: `the bin ${name} of ${from} points outside the workspace (${target})` };
      if (tree.has(at(file))) {
        return { problem: `the bin ${name} of ${from} is ${target}, which the build context holds: npm links a workspace's bin into node_modules/.bin (and makes the file executable) only when the file exists at install time, and before the source COPY it would not` };
      }
    }
    if (tree.has(at('node_modules'))) return { problem: `the build context holds ${at('node_modules')} (not excluded by .dockerignore): the source COPY, after the install, would overwrite what npm installs there with the context's` };
  }
  const extra = sorted.map((d) => `${d}/package.json`);
  let note = `package.json declares the workspaces ${patterns.map((p) => JSON.stringify(p)).join(', ')}, which resolve in the build context to ${sorted.length ? sorted.join(', ') : 'no directory'}`;
  if (empty.length) note += ` (${empty.map((p) => JSON.stringify(p)).join(', ')} ${empty.length === 1 ? 'matches' : 'match'} no directory holding a package.json, so npm installs none there either way)`;
  if (sorted.length > 1) note += `; their package.json files are copied into the same directories before the install, which reads nothing else of them: none has install scripts, local-path dependencies or a bin file the context holds`;
  else if (sorted.length === 1) note += `; its package.json is copied into the same directory before the install, which reads nothing else of it: it has no install scripts, local-path dependencies or a bin file the context holds`;
  return { extra, note, extraLabel: `the package.json of ${sorted.length === 1 ? 'its workspace' : `${sorted.length} workspaces`}` };
}

/** The workspace directories a pattern names: its segments matched one by one against the context's directories. */
function resolveWorkspacePattern(segments: string[], tree: ProjectTree): string[] {
  let current = [''];
  for (const segment of segments) {
    const next: string[] = [];
    for (const base of current) {
      if (!/[*]/.test(segment)) {
        next.push(base ? `${base}/${segment}` : segment);
        continue;
      }
      const re = new RegExp(`^${segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      for (const name of tree.list(base || '.').sort()) {
        if (name.startsWith('.') || name === 'node_modules' || !re.test(name)) continue;
        next.push(base ? `${base}/${name}` : name);
      }
    }
    current = next;
  }
  return current.filter((d) => !d.split('/').includes('node_modules') && tree.has(`${d}/package.json`));
}
