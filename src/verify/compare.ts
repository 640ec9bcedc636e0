/**
 * Pure comparison of two images: their run-time configuration and their file systems. No engine needed, so the
 * rules for what counts as "the same image" are unit-tested on hand-made data.
 */
import picomatch from 'picomatch';

export type FsType = 'file' | 'directory' | 'symlink' | 'char' | 'block' | 'fifo' | 'other';

/** One path of an exported image file system. Hard links are resolved to the file they share content with. */
export interface FsEntry {
  type: FsType;
  uid: number;
  gid: number;
  /** Permission bits including setuid/setgid/sticky (mode & 0o7777). */
  mode: number;
  /** Bytes of content (regular files; 0 otherwise). */
  size: number;
  /** Hex sha256 of the content (regular files only). */
  sha256?: string;
  /** Target of a symbolic link. */
  linkname?: string;
  /** The text of an account database (/etc/passwd, /etc/group...), for the subset comparison. */
  text?: string;
}

/** Absolute path in the image (no trailing slash; "/" is never listed) -> entry. */
export type FsMap = Map<string, FsEntry>;

/** The part of `docker image inspect .Config` that decides how a container behaves. */
export interface ImageConfig {
  Env?: string[] | null;
  User?: string | null;
  WorkingDir?: string | null;
  Cmd?: string[] | null;
  Entrypoint?: string[] | null;
  ExposedPorts?: Record<string, unknown> | null;
  Volumes?: Record<string, unknown> | null;
  Labels?: Record<string, string> | null;
}

export interface ConfigDifference {
  field: string;
  before: string;
  after: string;
}

export type FsDifferenceKind = 'added' | 'removed' | 'type' | 'owner' | 'group' | 'mode' | 'content' | 'link';

export interface FsDifference {
  path: string;
  kind: FsDifferenceKind;
  before?: string;
  after?: string;
}

/** Bytes and files left out of the rewritten image under one allowed-removal glob. */
export interface RemovalTotal {
  glob: string;
  files: number;
  bytes: number;
}

export interface FsCompareOptions {
  /** Globs (absolute, matched with dot files) whose paths may be missing from the rewritten image. */
  allowedRemovals?: string[];
  /** Replaces the built-in volatile list (tests use it). */
  volatile?: VolatileRule[];
}

export interface FsCompareResult {
  differences: FsDifference[];
  /** Total content bytes of the allowed removals. */
  removedBytes: number;
  /** Per glob, in the order given; a path matched by several globs counts under the first. */
  removals: RemovalTotal[];
  /** Directories that disappeared only because everything in them was an allowed removal. */
  emptiedDirectories: string[];
  /** Paths whose content differed but was ignored because it is volatile. */
  volatileIgnored: number;
  /** Paths inside an allowed-removal location that are still there but differ, or are new (a cache mount point). */
  cacheDiffering: string[];
}

/**
 * Paths whose content is not reproducible from one build of the same Dockerfile to the next. Each entry says why;
 * keep the list short: anything not here must be byte-identical. `presence: true` also lets the path exist in one
 * image only (its name itself is build-specific); otherwise type, owner and mode are still compared.
 */
export interface VolatileRule {
  glob: string;
  why: string;
  presence?: boolean;
}

export const VOLATILE: VolatileRule[] = [
  // dpkg/apt/alternatives logs carry timestamps of the build.
  { glob: '/var/log/**', why: 'package manager logs contain build timestamps' },
  // dpkg and debconf keep a backup of their databases; which state the backup holds depends on the run order.
  { glob: '/var/lib/dpkg/*-old', why: 'dpkg database backups' },
  { glob: '/var/cache/debconf/*-old', why: 'debconf database backups' },
  // ldconfig's cache is rebuilt by package triggers; its aux cache records inode and mtime of each library.
  { glob: '/etc/ld.so.cache', why: 'rebuilt by ldconfig, order of entries not stable' },
  { glob: '/var/cache/ldconfig/aux-cache', why: 'records inode numbers and mtimes of libraries' },
  // apt's binary caches embed the mtimes of the list files they index.
  { glob: '/var/cache/apt/*.bin', why: 'apt binary caches embed mtimes' },
  // useradd/groupadd write the day of the change ("last password change") into the shadow files.
  { glob: '/etc/shadow', why: 'holds the day of the last password change' },
  { glob: '/etc/shadow-', why: 'backup of /etc/shadow' },
  { glob: '/etc/gshadow-', why: 'backup written by groupadd, like /etc/shadow-' },
  // Byte-compiled Python embeds the source mtime (pip installs get a fresh mtime on every build).
  { glob: '**/__pycache__/**', why: 'compiled Python embeds source mtimes' },
  // npm names its debug logs after the time of the run, and its cache index entries carry timestamps.
  { glob: '**/.npm/_logs/**', why: 'npm debug logs are named and stamped by time', presence: true },
  { glob: '**/.npm/_cacache/index-v5/**', why: 'npm cache index entries carry timestamps' },
  { glob: '**/.npm/_cacache/_lastverified', why: '`npm cache verify` writes the time of the run' },
  { glob: '**/.npm/_update-notifier-last-checked', why: 'a timestamp file', presence: true },
  // Go's build cache: each action file ("<id>-a") ends with the time the entry was written; trim.txt is the time
  // of the last cache trim.
  { glob: '**/go-build/*/*-a', why: 'Go build cache action entries carry timestamps' },
  { glob: '**/go-build/trim.txt', why: 'time of the last Go cache trim' },
  // Wheels pip builds from local sources are zip files, and zip entries carry the build's file mtimes.
  { glob: '**/.cache/pip/wheels/**', why: 'locally built wheels embed file mtimes' },
  // Written afresh by package scripts on every build, so two builds of the same Dockerfile differ (measured on the
  // corpus sweep, scripts/corpus-verify.mjs): fc-cache records the mtime of each font directory it indexes; dbus
  // generates a random machine id; ssl-cert generates a new snakeoil key pair; the postgresql package creates a
  // cluster whose control file holds a random system identifier and the creation time (its WAL and statistics
  // files carry them too).
  { glob: '/var/cache/fontconfig/*.cache-*', why: 'fontconfig caches record the mtimes of the font directories' },
  { glob: '/var/lib/dbus/machine-id', why: 'a random id dbus generates on installation' },
  { glob: '/etc/machine-id', why: 'a random id generated on installation' },
  { glob: '/etc/ssl/certs/ssl-cert-snakeoil.pem', why: 'a self-signed certificate ssl-cert generates on installation' },
  { glob: '/etc/ssl/private/ssl-cert-snakeoil.key', why: 'a key ssl-cert generates on installation' },
  { glob: '/var/lib/postgresql/*/main/{global/pg_control,pg_wal/**,pg_stat/**}', why: 'a new cluster: random system identifier and creation time' },
];

/** Compares the run-time configuration. Order-insensitive where the engine treats values as a set or a map. */
export function compareConfigs(before: ImageConfig, after: ImageConfig): ConfigDifference[] {
  const out: ConfigDifference[] = [];
  out.push(...compareMaps('Env', envMap(before.Env), envMap(after.Env)));
  pushIfDifferent(out, 'User', normalizeUser(before.User), normalizeUser(after.User));
  pushIfDifferent(out, 'WorkingDir', normalizeDir(before.WorkingDir), normalizeDir(after.WorkingDir));
  pushIfDifferent(out, 'Cmd', JSON.stringify(before.Cmd ?? []), JSON.stringify(after.Cmd ?? []));
  pushIfDifferent(out, 'Entrypoint', JSON.stringify(before.Entrypoint ?? []), JSON.stringify(after.Entrypoint ?? []));
  pushIfDifferent(out, 'ExposedPorts', keyList(before.ExposedPorts), keyList(after.ExposedPorts));
  pushIfDifferent(out, 'Volumes', keyList(before.Volumes), keyList(after.Volumes));
  out.push(...compareMaps('Labels', new Map(Object.entries(before.Labels ?? {})), new Map(Object.entries(after.Labels ?? {}))));
  return out;
}

function pushIfDifferent(out: ConfigDifference[], field: string, before: string, after: string): void {
  if (before !== after) out.push({ field, before, after });
}

function envMap(env: string[] | null | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of env ?? []) {
    const eq = item.indexOf('=');
    if (eq < 0) map.set(item, '');
    else map.set(item.slice(0, eq), item.slice(eq + 1));
  }
  return map;
}

function compareMaps(field: string, before: Map<string, string>, after: Map<string, string>): ConfigDifference[] {
  const out: ConfigDifference[] = [];
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    if (b !== a) out.push({ field: `${field}.${key}`, before: b ?? '(unset)', after: a ?? '(unset)' });
  }
  return out;
}

/** An empty User and the explicit root forms all mean root. */
function normalizeUser(user: string | null | undefined): string {
  const u = user ?? '';
  return ['', 'root', '0', 'root:root', '0:0'].includes(u) ? 'root' : u;
}

/** An empty WorkingDir means "/"; a trailing slash does not matter. */
function normalizeDir(dir: string | null | undefined): string {
  const d = (dir ?? '').replace(/\/+$/, '');
  return d === '' ? '/' : d;
}

function keyList(record: Record<string, unknown> | null | undefined): string {
  return Object.keys(record ?? {}).sort().join(' ') || '(none)';
}

/**
 * Compares the file systems of the original (before) and rewritten (after) images. Every path must keep its type,
 * owner, group, mode and content, except: allowed removals may be missing from `after` (and so may directories
 * emptied by them), and volatile paths may change content.
 */
export function compareFileSystems(before: FsMap, after: FsMap, options: FsCompareOptions = {}): FsCompareResult {
  const globs = options.allowedRemovals ?? [];
  const matchers = globs.map((g) => picomatch(g, { dot: true }));
  const rules = options.volatile ?? VOLATILE;
  const isVolatile = picomatch(rules.map((r) => r.glob), { dot: true });
  const presenceVolatile = picomatch(rules.filter((r) => r.presence).map((r) => r.glob), { dot: true });
  const removals = globs.map((glob) => ({ glob, files: 0, bytes: 0 }));
  const differences: FsDifference[] = [];
  let volatileIgnored = 0;

  const missing: string[] = [];
  const cacheDiffering: string[] = [];
  for (const [path, b] of before) {
    const a = after.get(path);
    if (!a) {
      missing.push(path);
      continue;
    }
    const volatile = isVolatile(path);
    const entryDiffs = compareEntries(path, b, a, volatile);
    if (volatile && b.type === 'file' && a.type === 'file' && b.sha256 !== a.sha256) volatileIgnored++;
    // Inside a location a change declares it empties (a cache, the package lists), what is left may differ too:
    // a cache mount's mount point, a lock file. It is cache, not what the image does.
    if (entryDiffs.length && matchers.some((m) => m(path))) {
      cacheDiffering.push(path);
      continue;
    }
    differences.push(...entryDiffs);
  }

  const explained = explainMissing(missing, before, matchers, removals, presenceVolatile);
  for (const path of missing) {
    if (explained.allowed.has(path)) continue;
    differences.push({ path, kind: 'removed', before: describe(before.get(path)!) });
  }
  for (const [path, a] of after) {
    if (before.has(path) || presenceVolatile(path)) continue;
    if (matchers.some((m) => m(path))) cacheDiffering.push(path);
    else differences.push({ path, kind: 'added', after: describe(a) });
  }

  differences.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  const removedBytes = removals.reduce((sum, r) => sum + r.bytes, 0);
  return { differences, removedBytes, removals, emptiedDirectories: explained.emptied, volatileIgnored, cacheDiffering: cacheDiffering.sort() };
}

/** Differences between two entries present at the same path. */
export function compareEntries(path: string, b: FsEntry, a: FsEntry, volatileContent = false): FsDifference[] {
  if (b.type !== a.type) return [{ path, kind: 'type', before: b.type, after: a.type }];
  const out: FsDifference[] = [];
  if (b.uid !== a.uid) out.push({ path, kind: 'owner', before: String(b.uid), after: String(a.uid) });
  if (b.gid !== a.gid) out.push({ path, kind: 'group', before: String(b.gid), after: String(a.gid) });
  // A symbolic link's own mode is meaningless (always 0777 on Linux).
  if (b.type !== 'symlink' && b.mode !== a.mode) out.push({ path, kind: 'mode', before: octal(b.mode), after: octal(a.mode) });
  if (b.type === 'symlink' && b.linkname !== a.linkname) {
    out.push({ path, kind: 'link', before: b.linkname ?? '', after: a.linkname ?? '' });
  }
  if (b.type === 'file' && !volatileContent && (b.size !== a.size || b.sha256 !== a.sha256)) {
    out.push({ path, kind: 'content', before: contentLabel(b), after: contentLabel(a) });
  }
  return out;
}

/**
 * Which missing paths are allowed: those an allowed-removal glob matches (counted per glob), volatile ones whose mere
 * presence is build-specific, and directories all of whose former children are allowed to be missing too. Deeper
 * paths are decided first so a directory sees its children.
 */
function explainMissing(
  missing: string[],
  before: FsMap,
  matchers: Array<(p: string) => boolean>,
  removals: RemovalTotal[],
  presenceVolatile: (p: string) => boolean,
): { allowed: Set<string>; emptied: string[] } {
  const allowed = new Set<string>();
  const emptied: string[] = [];
  const children = childIndex(before);
  const byDepth = [...missing].sort((x, y) => depth(y) - depth(x) || (x < y ? -1 : 1));
  for (const path of byDepth) {
    const index = matchers.findIndex((m) => m(path));
    if (index >= 0) {
      allowed.add(path);
      removals[index].files += before.get(path)!.type === 'file' ? 1 : 0;
      removals[index].bytes += before.get(path)!.size;
      continue;
    }
    if (presenceVolatile(path)) {
      allowed.add(path);
      continue;
    }
    const kids = children.get(path) ?? [];
    const entry = before.get(path)!;
    if (entry.type === 'directory' && kids.length > 0 && kids.every((k) => allowed.has(k))) {
      allowed.add(path);
      emptied.push(path);
    }
  }
  emptied.sort();
  return { allowed, emptied };
}

function childIndex(fs: FsMap): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const path of fs.keys()) {
    const parent = parentOf(path);
    const list = index.get(parent);
    if (list) list.push(path);
    else index.set(parent, [path]);
  }
  return index;
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

function depth(path: string): number {
  let n = 0;
  for (const ch of path) if (ch === '/') n++;
  return n;
}

function octal(mode: number): string {
  return '0' + mode.toString(8).padStart(3, '0');
}

function contentLabel(e: FsEntry): string {
  return `${e.size} bytes sha256:${(e.sha256 ?? '').slice(0, 12)}`;
}

export function describe(e: FsEntry): string {
  const base = `${e.type} ${e.uid}:${e.gid} ${octal(e.mode)}`;
  if (e.type === 'file') return `${base} ${e.size} bytes`;
  if (e.type === 'symlink') return `${base} -> ${e.linkname ?? ''}`;
  return base;
}

/** One line per difference, for reports. */
export function formatFsDifference(d: FsDifference): string {
  switch (d.kind) {
    case 'added':
      return `added    ${d.path} (${d.after})`;
    case 'removed':
      return `removed  ${d.path} (${d.before})`;
    default:
      return `${d.kind.padEnd(8)} ${d.path}: ${d.before} -> ${d.after}`;
  }
}

export function formatConfigDifference(d: ConfigDifference): string {
  return `config   ${d.field}: ${d.before} -> ${d.after}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Subset mode: a multi-stage rewrite copies what the app needs (`keeps`) from a build stage onto a smaller runtime
// base. The rewritten image is then not equal to the original but must be a faithful subset of it.
// ---------------------------------------------------------------------------------------------------------------

/**
 * Package manager databases: they record which packages are installed, and the build-only packages are exactly what
 * left the runtime image, so in subset mode they may differ, and be present on one side only. Keep this list short:
 * the files of the packages themselves are still compared path by path.
 */
export const PACKAGE_DATABASES: VolatileRule[] = [
  { glob: '/var/lib/dpkg/status', why: 'lists the installed packages; the build-only ones are not installed in the runtime', presence: true },
  { glob: '/var/lib/dpkg/info/**', why: 'file lists, checksums and scripts per installed package', presence: true },
  { glob: '/var/lib/dpkg/triggers/**', why: 'trigger interests and pending triggers of the installed packages', presence: true },
  { glob: '/var/lib/apt/extended_states', why: 'apt\'s "installed automatically" marks of the installed packages', presence: true },
  { glob: '/var/cache/debconf/*.dat', why: 'debconf answers and templates of the installed packages', presence: true },
  { glob: '/etc/ld.so.cache', why: 'index of the installed shared libraries (also volatile)', presence: true },
  { glob: '/var/lib/dpkg/alternatives/**', why: 'alternatives switch provider when a higher-priority package left', presence: true },
  { glob: '/etc/alternatives/**', why: 'the links of those alternatives', presence: true },
  // Alpine: the runtime stage replays the apk installs minus the build-only packages (and may add libstdc++).
  { glob: '/lib/apk/db/installed', why: 'lists the installed packages with their files and checksums (Alpine)', presence: true },
  { glob: '/lib/apk/db/scripts.tar', why: 'install scripts of the installed packages (Alpine)', presence: true },
  { glob: '/lib/apk/db/triggers', why: 'triggers of the installed packages (Alpine)', presence: true },
  { glob: '/etc/apk/world', why: 'the packages asked for: the build-only ones are not (Alpine)', presence: true },
];

export interface SubsetOptions {
  /** Absolute paths the runtime copies from the build: everything the original has under them must stay as is. */
  keeps: string[];
  /** File system of the original's final-stage base image; empty or absent when unknown (only stricter). */
  originalBase?: FsMap;
  /** File system of the rewritten final-stage base image (the runtime base); empty or absent when unknown. */
  rewrittenBase?: FsMap;
  /** The rewritten image's working directories (its WORKDIR): created implicitly, like the parents of `keeps`. */
  workdirs?: string[];
  /** Globs other changes declare removed (caches): they may leave even from under `keeps`. */
  allowedRemovals?: string[];
  /** Replaces the built-in volatile list (tests use it). */
  volatile?: VolatileRule[];
  /** Replaces the built-in package database list (tests use it). */
  packageDatabases?: VolatileRule[];
}

/** What left the image under one path prefix (the first two components: /usr/lib, /go/src). */
export interface PrefixTotal {
  prefix: string;
  paths: number;
  files: number;
  bytes: number;
}

export interface LeftTotal {
  paths: number;
  files: number;
  bytes: number;
  /** Largest first. */
  byPrefix: PrefixTotal[];
}

export interface SubsetCompareResult {
  differences: FsDifference[];
  /** Paths present in both images and identical. */
  identical: number;
  /** Paths of the original that are not in the rewritten image, allowed (not under `keeps`, or declared removals). */
  left: LeftTotal;
  /** Declared removals per glob, as in compareFileSystems. */
  removals: RemovalTotal[];
  removedBytes: number;
  /** Paths only in the rewritten image that come unchanged from the runtime base. */
  fromRuntimeBase: string[];
  /** Paths that differ, but are inherited unchanged from the base image on both sides. */
  baseDifferences: string[];
  /** Directories the runtime stage recreated (parents of kept paths, the WORKDIR) whose owner/mode came from the build base. */
  recreatedParents: string[];
  /** Package database paths that differ or exist on one side only. */
  packageDatabase: string[];
  /** Account databases (/etc/passwd, /etc/group...) that differ only in entries inherited from the base images. */
  accountEntries: string[];
  volatileIgnored: number;
  cacheDiffering: string[];
}

/**
 * Compares the original image (before) with a multi-stage rewrite of it (after) that keeps only `keeps` from the
 * build and sits on a runtime base:
 * - a path in both must be identical, unless it is inherited unchanged from the base image on both sides, is a
 *   package database, or is a parent directory the runtime recreated (see SubsetCompareResult);
 * - a path only in `after` must come unchanged from the runtime base;
 * - a path only in `before` may leave, unless it is under a kept path (and not a declared removal).
 * Nothing under a kept path is excused by the base, package database or parent directory rules.
 */
export function compareSubset(before: FsMap, after: FsMap, options: SubsetOptions): SubsetCompareResult {
  const originalBase = options.originalBase ?? new Map<string, FsEntry>();
  const runtimeBase = options.rewrittenBase ?? new Map<string, FsEntry>();
  const keeps = options.keeps.map(normalizeAbs);
  const globs = options.allowedRemovals ?? [];
  const matchers = globs.map((g) => picomatch(g, { dot: true }));
  const declared = (p: string): boolean => matchers.some((m) => m(p));
  const rules = options.volatile ?? VOLATILE;
  const isVolatile = picomatch(rules.map((r) => r.glob), { dot: true });
  const presenceVolatile = picomatch(rules.filter((r) => r.presence).map((r) => r.glob), { dot: true });
  const isPackageDb = picomatch((options.packageDatabases ?? PACKAGE_DATABASES).map((r) => r.glob), { dot: true });
  const kept = (p: string): boolean => keeps.some((k) => k === '/' || p === k || p.startsWith(k + '/'));
  const same = (path: string, x: FsEntry | undefined, y: FsEntry | undefined): boolean =>
    !!x && !!y && compareEntries(path, x, y, isVolatile(path)).length === 0;
  // Directories the runtime stage creates without saying so: the parents of what it copies, and its WORKDIR.
  const implicit = new Set<string>();
  for (const k of keeps) for (const a of ancestors(k)) implicit.add(a);
  for (const w of options.workdirs ?? []) {
    const dir = normalizeAbs(w);
    if (dir !== '/') implicit.add(dir);
    for (const a of ancestors(dir)) implicit.add(a);
  }

  const result: SubsetCompareResult = {
    differences: [],
    identical: 0,
    left: { paths: 0, files: 0, bytes: 0, byPrefix: [] },
    removals: globs.map((glob) => ({ glob, files: 0, bytes: 0 })),
    removedBytes: 0,
    fromRuntimeBase: [],
    baseDifferences: [],
    recreatedParents: [],
    packageDatabase: [],
    accountEntries: [],
    volatileIgnored: 0,
    cacheDiffering: [],
  };

  const missing: string[] = [];
  for (const [path, b] of before) {
    const a = after.get(path);
    if (!a) {
      missing.push(path);
      continue;
    }
    const volatile = isVolatile(path);
    const diffs = compareEntries(path, b, a, volatile);
    if (volatile && b.type === 'file' && a.type === 'file' && b.sha256 !== a.sha256) result.volatileIgnored++;
    if (diffs.length === 0) {
      result.identical++;
    } else if (declared(path)) {
      result.cacheDiffering.push(path);
    } else if (kept(path)) {
      result.differences.push(...diffs);
    } else if (isPackageDb(path)) {
      result.packageDatabase.push(path);
    } else if (b.text !== undefined && a.text !== undefined && accountsMatch(path, b.text, a.text, originalBase, runtimeBase, isVolatile(path)) && diffs.every((d) => d.kind === 'content')) {
      // Users and groups: every entry the Dockerfile made is there unchanged; the others came with the bases.
      result.accountEntries.push(path);
    } else if (same(path, b, originalBase.get(path)) && same(path, a, runtimeBase.get(path))) {
      result.baseDifferences.push(path);
    } else if (
      b.type === 'directory' &&
      a.type === 'directory' &&
      implicit.has(path) &&
      !runtimeBase.has(path) &&
      same(path, b, originalBase.get(path)) &&
      diffs.every((d) => d.kind === 'owner' || d.kind === 'group' || d.kind === 'mode')
    ) {
      result.recreatedParents.push(path);
    } else {
      result.differences.push(...diffs);
    }
  }

  const explained = explainMissing(missing, before, matchers, result.removals, presenceVolatile);
  const prefixes = new Map<string, PrefixTotal>();
  for (const path of missing) {
    const b = before.get(path)!;
    if (!explained.allowed.has(path) && kept(path)) {
      result.differences.push({ path, kind: 'removed', before: describe(b) });
      continue;
    }
    const prefix = prefixOf(path);
    const total = prefixes.get(prefix) ?? { prefix, paths: 0, files: 0, bytes: 0 };
    prefixes.set(prefix, total);
    for (const t of [total, result.left]) {
      t.paths++;
      t.files += b.type === 'file' ? 1 : 0;
      t.bytes += b.size;
    }
  }
  result.left.byPrefix = [...prefixes.values()].sort((x, y) => y.bytes - x.bytes || y.paths - x.paths || (x.prefix < y.prefix ? -1 : 1));

  for (const [path, a] of after) {
    if (before.has(path) || presenceVolatile(path)) continue;
    if (declared(path)) result.cacheDiffering.push(path);
    else if (isPackageDb(path)) result.packageDatabase.push(path);
    else if (same(path, a, runtimeBase.get(path))) result.fromRuntimeBase.push(path);
    else result.differences.push({ path, kind: 'added', after: describe(a) });
  }

  result.differences.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  for (const list of [result.fromRuntimeBase, result.baseDifferences, result.recreatedParents, result.packageDatabase, result.cacheDiffering]) list.sort();
  result.removedBytes = result.removals.reduce((sum, r) => sum + r.bytes, 0);
  return result;
}

/** "/usr/lib/x86_64-linux-gnu/libc.so.6" -> "/usr/lib"; "/app" -> "/app". */
/**
 * Users and groups, entry by entry (keyed by name): every entry the Dockerfile made or changed (not the same in
 * the original's base) is in the rewritten image unchanged; every other entry is what the rewritten image's base
 * has (a group only the full build image had, such as openssh-client's _ssh, leaves with it). `volatile` (the
 * shadow files) ignores the day of the last password change.
 */
export function accountsSubset(original: string, rewritten: string, originalBase: string | undefined, rewrittenBase: string | undefined, volatile: boolean): boolean {
  const entries = (text: string | undefined): Map<string, string> => {
    const out = new Map<string, string>();
    for (const line of (text ?? '').split('\n')) {
      if (!line.trim()) continue;
      const fields = line.split(':');
      if (volatile && fields.length > 2) fields[2] = '';
      out.set(fields[0], fields.join(':'));
    }
    return out;
  };
  const o = entries(original);
  const r = entries(rewritten);
  const ob = entries(originalBase);
  const rb = entries(rewrittenBase);
  for (const [name, line] of o) {
    const inherited = ob.get(name) === line;
    if (r.get(name) === line) continue;
    if (inherited && r.get(name) === rb.get(name)) continue;
    return false;
  }
  for (const [name, line] of r) if (!o.has(name) && rb.get(name) !== line) return false;
  return true;
}

/** accountsSubset for one path; a backup (`/etc/group-`) holds the state before the last change, so it is read against the bases' backup or main file. */
function accountsMatch(path: string, original: string, rewritten: string, ob: FsMap, rb: FsMap, volatile: boolean): boolean {
  const candidates = (base: FsMap): (string | undefined)[] => (path.endsWith('-') ? [base.get(path)?.text, base.get(path.slice(0, -1))?.text] : [base.get(path)?.text]);
  return candidates(ob).some((o) => candidates(rb).some((r) => accountsSubset(original, rewritten, o, r, volatile)));
}

export function prefixOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return '/' + parts.slice(0, 2).join('/');
}

function normalizeAbs(path: string): string {
  const p = ('/' + path).replace(/\/+/g, '/').replace(/\/$/, '');
  return p === '' ? '/' : p;
}

/** Strict ancestors of an absolute path, without "/" (never listed). */
function ancestors(path: string): string[] {
  const out: string[] = [];
  for (let p = parentOf(path); p !== '/'; p = parentOf(p)) out.push(p);
  return out;
}

export interface ConfigSubsetResult {
  differences: ConfigDifference[];
  /** Env and Labels values that differ but come unchanged from the base image on both sides. */
  inherited: ConfigDifference[];
}

/**
 * The configuration check of subset mode. User, WorkingDir, Cmd, Entrypoint, ExposedPorts and Volumes must be equal;
 * an Env or Labels value may differ only when both sides inherit it unchanged from their base images (an unknown
 * base config counts as empty, which only makes this stricter).
 */
export function compareConfigsSubset(
  before: ImageConfig,
  after: ImageConfig,
  bases: { originalBase?: ImageConfig; rewrittenBase?: ImageConfig } = {},
): ConfigSubsetResult {
  const ob = bases.originalBase ?? {};
  const rb = bases.rewrittenBase ?? {};
  const labels = (c: ImageConfig) => new Map(Object.entries(c.Labels ?? {}));
  const env = compareMapsInherited('Env', envMap(before.Env), envMap(after.Env), envMap(ob.Env), envMap(rb.Env));
  const lab = compareMapsInherited('Labels', labels(before), labels(after), labels(ob), labels(rb));
  const scalars = compareConfigs({ ...before, Env: null, Labels: null }, { ...after, Env: null, Labels: null });
  return { differences: [...env.differences, ...scalars, ...lab.differences], inherited: [...env.inherited, ...lab.inherited] };
}

function compareMapsInherited(
  field: string,
  before: Map<string, string>,
  after: Map<string, string>,
  originalBase: Map<string, string>,
  runtimeBase: Map<string, string>,
): ConfigSubsetResult {
  const differences: ConfigDifference[] = [];
  const inherited: ConfigDifference[] = [];
  for (const d of compareMaps(field, before, after)) {
    const key = d.field.slice(field.length + 1);
    const fromBases = before.get(key) === originalBase.get(key) && after.get(key) === runtimeBase.get(key);
    (fromBases ? inherited : differences).push(d);
  }
  return { differences, inherited };
}
