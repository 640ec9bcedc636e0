/**
 * Dependency manifests, one module per ecosystem (src/ecosystems/<ecosystem>/manifests.ts), for the deps-first pass:
 * which commands install dependencies from manifests only, which files (manifests, lockfiles, config the install
 * reads) they need, what they write inside the project, and what in a manifest makes them need the sources too.
 *
 * Paths here are relative to the command's project directory (its working directory, or `--prefix`/`-f`...); the
 * pass maps them to image paths and to build-context paths.
 */
import type { Invocation } from '../shell/query.js';
import { bundlerManifests } from './bundler/manifests.js';
import { cargoManifests } from './cargo/manifests.js';
import { composerManifests } from './composer/manifests.js';
import { goManifests } from './go/manifests.js';
import { gradleManifests } from './gradle/manifests.js';
import { mavenManifests } from './maven/manifests.js';
import { npmManifests } from './npm/manifests.js';
import { pipManifests } from './pip/manifests.js';
import { pipenvManifests } from './pipenv/manifests.js';
import { pnpmManifests } from './pnpm/manifests.js';
import { poetryManifests } from './poetry/manifests.js';
import { uvManifests } from './uv/manifests.js';
import { yarnManifests } from './yarn/manifests.js';

/** Reads a file of the project (path relative to the project directory) from the build context; null when absent. */
export type ProjectReader = (rel: string) => string | null;

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
   * What in the manifests makes the install need more than them (lifecycle scripts, path dependencies, workspaces),
   * and files they name that must be copied too (`-r other.txt`). Reads files through the build context.
   */
  inspect?(read: ProjectReader): { problem?: string; extra?: string[] };
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

export const MANIFEST_ECOSYSTEMS: ManifestEcosystem[] = [
  npmManifests, yarnManifests, pnpmManifests, pipManifests, poetryManifests, pipenvManifests, uvManifests,
  goManifests, mavenManifests, gradleManifests, bundlerManifests, composerManifests, cargoManifests,
];

/** System package managers and harmless commands: they never read or write the project directory. */
const NEUTRAL_PROGRAMS = new Set(['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'zypper', 'echo', 'true', ':']);

/** Classifies one command with every ecosystem; commands no ecosystem knows are `build` (they may read sources). */
export function classify(inv: Invocation): Classification {
  for (const eco of MANIFEST_ECOSYSTEMS) {
    const c = eco.classify(inv);
    if (c) return c;
  }
  if (NEUTRAL_PROGRAMS.has(inv.name)) return { kind: 'neutral' };
  const args = literalArgs(inv);
  if (!args) return { kind: 'build' };
  // `corepack enable` and `corepack prepare yarn@x --activate` set up a package manager; `corepack install` reads package.json.
  if (inv.name === 'corepack' && (args[0] === 'enable' || (args[0] === 'prepare' && args.slice(1).some((a) => a.includes('@'))))) return { kind: 'neutral' };
  // `python -m venv /venv`: a virtualenv outside the project.
  if (/^python[0-9.]*$/.test(inv.name) && args[0] === '-m' && (args[1] === 'venv' || args[1] === 'virtualenv')) {
    const target = args.slice(2).filter((a) => !a.startsWith('-'));
    if (target.length === 1) return { kind: 'neutral', writes: target };
  }
  // `gem install rails` / `gem update --system`: gems from the registry, outside the project.
  if (inv.name === 'gem' && ['install', 'update', 'i'].includes(args[0] ?? '') && !args.slice(1).some((a) => isLocalPath(a) || a.endsWith('.gem'))) return { kind: 'neutral' };
  // mkdir and rm of paths: the pass checks they are outside the copied tree.
  if ((inv.name === 'mkdir' || inv.name === 'rm') && args.some((a) => !a.startsWith('-'))) {
    if (args.some((a) => /[*?[]/.test(a) && !a.startsWith('/'))) return { kind: 'build' };
    return { kind: 'neutral', writes: args.filter((a) => !a.startsWith('-')).map((a) => a.replace(/\/?\*+$/, '') || '/') };
  }
  if (inv.name === 'virtualenv') {
    const target = args.filter((a) => !a.startsWith('-'));
    if (target.length === 1) return { kind: 'neutral', writes: target };
  }
  return { kind: 'build' };
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers the ecosystem modules share

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

/** package.json checks shared by npm, yarn and pnpm: install scripts, workspaces, local-path dependencies. */
export function inspectPackageJson(read: ProjectReader, ignoreScripts: boolean): { problem?: string } {
  const text = read('package.json');
  if (text === null) return {};
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { problem: 'package.json is not valid JSON here' };
  }
  if (pkg.workspaces) return { problem: 'package.json declares workspaces: installing them needs every workspace package from the sources' };
  const scripts = (pkg.scripts ?? {}) as Record<string, unknown>;
  if (!ignoreScripts) {
    for (const name of ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare']) {
      if (typeof scripts[name] === 'string') {
        return { problem: `package.json has a "${name}" script (${JSON.stringify(scripts[name])}) that the install runs and that may need source files` };
      }
    }
    if (read('binding.gyp') !== null) return { problem: 'the project has a binding.gyp, which the install compiles (node-gyp rebuild) from the sources' };
  }
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'overrides', 'resolutions']) {
    const deps = pkg[field];
    if (!deps || typeof deps !== 'object') continue;
    for (const [name, spec] of Object.entries(deps as Record<string, unknown>)) {
      if (typeof spec === 'string' && (/^(file|link|portal|workspace):/.test(spec) || isLocalPath(spec))) {
        return { problem: `package.json depends on ${name} from a local path (${spec}), which the install reads from the sources` };
      }
    }
  }
  return {};
}
