/**
 * What the manifest modules (src/ecosystems/<ecosystem>/manifests.ts) share: the shape of a classification and
 * the argument helpers. The registry (src/ecosystems/manifests.ts) imports the modules; they import only this, so
 * the imports run one way, as with common/cache.ts.
 */
import type { Invocation } from '../../shell/query.js';

/** Reads a file of the project (path relative to the project directory) from the build context; null when absent. */
export type ProjectReader = (rel: string) => string | null;

/**
 * The project's tree in the build context, for installs whose inputs are found by pattern (npm workspaces): the
 * names in a directory, and whether a path exists and `.dockerignore` keeps it. Given only with a build context.
 */
export interface ProjectTree {
  list(rel: string): string[];
  has(rel: string): boolean;
}

export interface DepsInstall {
  ecosystem: string;
  /** The project directory relative to the command's working directory ('.' for itself). */
  project: string;
  /**
   * Files the install cannot run without, relative to the project: the original build fails unless the source COPY
   * brought them. Each entry lists alternatives (`build.gradle` or `build.gradle.kts`); one of them exists.
   */
  required: string[][];
  /** Lockfiles and config files the install reads when they exist. */
  optional: string[];
  /** Config directories the install reads when they exist (`.mvn`, `.cargo`, `.yarn`); copied only when known to exist. */
  optionalDirs: string[];
  /** Paths the install writes inside the project: a later source COPY would overwrite them with the context's. */
  outputs: string[];
  /**
   * Directories the install reads when they exist but that are not manifests to copy (`vendor/cache` for bundler):
   * a build context that holds one makes the pass skip, with `why`.
   */
  readsDirs?: { dir: string; why: string }[];
  /**
   * What in the manifests makes the install need more than them (lifecycle scripts, path dependencies, workspaces),
   * and files they name that must be copied too (`-r other.txt`). Reads files through the build context; `tree`
   * lists it, when there is one. `note` is said in the change's reason; `extraLabel` names the extra files together
   * in the message (`the package.json of 3 workspaces`).
   */
  inspect?(read: ProjectReader, tree?: ProjectTree): { problem?: string; extra?: string[]; note?: string; extraLabel?: string };
  /**
   * A file the install looks for in every directory above the project, which changes what it installs when there
   * (npm: a package.json declaring workspaces makes its directory the install's root). Read from the build context
   * by `inspect`; a COPY moved past one that may bring it must not be.
   */
  rootAbove?: string;
  /** True when the install rewrites a lockfile it finds out of date (npm install, yarn without --frozen-lockfile). */
  updatesLock?: string;
}

/**
 * What one command is, for the deps-first split:
 * - `deps`: installs dependencies from manifests only;
 * - `neutral`: reads and writes nothing of the project (a system package, a global tool, a config setting); `writes`
 *   names the paths it creates (a virtualenv), which the pass checks are outside the copied tree;
 * - `build`: anything that may read or write project files (`npm run build`, `pip install .`), with why when it is
 *   a near miss worth reporting.
 */
export type Classification =
  | { kind: 'deps'; install: DepsInstall }
  | { kind: 'neutral'; writes?: string[] }
  | { kind: 'build'; why?: string };

export interface ManifestEcosystem {
  id: string;
  /** Null when the command is not this ecosystem's. */
  classify(inv: Invocation): Classification | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Argument helpers

/** Literal values of the arguments; null when one of them holds an expansion. */
export function literalArgs(inv: Invocation): string[] | null {
  const out: string[] = [];
  for (const a of inv.args) {
    if (a.value === null) return null;
    out.push(a.value);
  }
  return out;
}

/** Positional arguments and flags (with the value of flags listed in `withValue`). */
export function splitArgs(args: string[], withValue: ReadonlySet<string>): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  let done = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!done && a === '--') { done = true; continue; }
    if (!done && a.startsWith('-') && a.length > 1) {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq > 0) { flags.set(a.slice(0, eq), a.slice(eq + 1)); continue; }
      if (withValue.has(a) && i + 1 < args.length) { flags.set(a, args[i + 1]); i++; continue; }
      flags.set(a, true);
      continue;
    }
    positional.push(a);
  }
  return { positional, flags };
}

/** The first flag value among names, or null. */
export function flagValue(flags: Map<string, string | true>, ...names: string[]): string | null {
  for (const n of names) {
    const v = flags.get(n);
    if (typeof v === 'string') return v;
  }
  return null;
}

export function hasAnyFlag(flags: Map<string, string | true>, ...names: string[]): boolean {
  return names.some((n) => flags.has(n));
}

/** True for a path-like dependency spec (local directory or file), as opposed to a registry name or URL. */
export function isLocalPath(spec: string): boolean {
  const s = spec.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) return /^file:/i.test(s);
  return s === '.' || s === '..' || s.startsWith('./') || s.startsWith('../') || s.startsWith('/') || s.startsWith('~/') || /^file:/i.test(s);
}

/**
 * package.json checks shared by npm, yarn and pnpm: install scripts, workspaces, local-path dependencies. `dir`
 * names the project directory in the messages (a workspace: `packages/a/`); with `workspaces` set, the caller
 * resolves the workspaces itself (npm), and their declaration is no problem here.
 */
export function inspectPackageJson(read: ProjectReader, ignoreScripts: boolean, options: { dir?: string; workspaces?: boolean } = {}): { problem?: string } {
  const dir = options.dir ?? '';
  const text = read('package.json');
  if (text === null) return {};
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { problem: `${dir}package.json is not valid JSON here` };
  }
  if (pkg.workspaces && !options.workspaces) return { problem: `${dir}package.json declares workspaces: installing them needs every workspace package from the sources` };
  const scripts = (pkg.scripts ?? {}) as Record<string, unknown>;
  if (!ignoreScripts) {
    for (const name of ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare']) {
      if (typeof scripts[name] === 'string') {
        return { problem: `${dir}package.json has a "${name}" script (${JSON.stringify(scripts[name])}) that the install runs and that may need source files` };
      }
    }
    if (read('binding.gyp') !== null) return { problem: `the ${dir ? `workspace ${dir.replace(/\/$/, '')}` : 'project'} has a binding.gyp, which the install compiles (node-gyp rebuild) from the sources` };
  }
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'overrides', 'resolutions']) {
    const deps = pkg[field];
    if (!deps || typeof deps !== 'object') continue;
    for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof spec === 'string' && (/^(file|link|portal|workspace):/.test(spec) || isLocalPath(spec))) {
        return { problem: `${dir}package.json depends on ${name} from a local path (${spec}), which the install reads from the sources` };
      }
      // yarn's `patch:lodash@npm%3A4.17.21#./patches/lodash.patch`: the patch file is read from the project (a
      // built-in patch, `#optional!builtin<compat/x>`, is not a file; .yarn/ is copied with the manifests).
      const patch = typeof spec === 'string' && spec.startsWith('patch:') ? spec.slice(spec.lastIndexOf('#') + 1) : null;
      if (patch !== null && !/^(optional!)?builtin</.test(patch) && !/^(~\/|\.\/)?\.yarn\//.test(patch)) {
        return { problem: `${dir}package.json patches ${name} with ${patch} (${field}), a file the install reads from the sources` };
      }
    }
  }
  return {};
}
