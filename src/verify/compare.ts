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
