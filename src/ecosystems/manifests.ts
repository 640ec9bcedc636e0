/**
 * Dependency manifests, one module per ecosystem (src/ecosystems/<ecosystem>/manifests.ts), for the deps-first pass:
 * which commands install dependencies from manifests only, which files (manifests, lockfiles, config the install
 * reads) they need, what they write inside the project, and what in a manifest makes them need the sources too.
 *
 * Paths here are relative to the command's project directory (its working directory, or `--prefix`/`-f`...); the
 * pass maps them to image paths and to build-context paths.
 */
import type { Invocation } from '../shell/query.js';
import { expandWord, type Vars } from '../ownership.js';
import { isLocalPath, literalArgs, type Classification, type ManifestEcosystem } from './common/manifests.js';
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

export type { Classification, DepsInstall, ManifestEcosystem, ProjectReader } from './common/manifests.js';

export const MANIFEST_ECOSYSTEMS: ManifestEcosystem[] = [
  npmManifests, yarnManifests, pnpmManifests, pipManifests, poetryManifests, pipenvManifests, uvManifests,
  goManifests, mavenManifests, gradleManifests, bundlerManifests, composerManifests, cargoManifests,
];

/** System package managers and harmless commands: they never read or write the project directory. */
const NEUTRAL_PROGRAMS = new Set(['apt-get', 'apt', 'apk', 'yum', 'dnf', 'microdnf', 'zypper', 'echo', 'true', ':']);

/** System package managers that also install a package file given by path (`apt-get install ./x.deb`, `dnf install x.rpm`). */
export const PACKAGE_MANAGERS = new Set(['apt-get', 'apt', 'dpkg', 'apk', 'yum', 'dnf', 'microdnf', 'zypper']);

/**
 * The arguments of a system package manager that name package files (`./vendor/foo.deb`, `vendor/foo.apk`,
 * `x.rpm`): they contain a `/` or end in .deb/.rpm/.apk, and are not URLs. Relative as written; `unresolved`
 * quotes an argument with a variable of no known value (it may be such a path). Empty for other commands.
 */
export function packageFiles(inv: Invocation, vars: Vars): { paths: string[]; unresolved?: string } {
  const paths: string[] = [];
  if (!PACKAGE_MANAGERS.has(inv.name)) return { paths };
  for (const a of inv.args) {
    const v = a.value ?? expandWord(a, vars);
    if (v === null) return { paths, unresolved: a.text };
    if (v.startsWith('-') || /^[a-z][a-z0-9+.-]*:\/\//i.test(v)) continue;
    if (v.includes('/') || /\.(deb|rpm|apk)$/i.test(v)) paths.push(v);
  }
  return { paths };
}

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
  // `. /venv/bin/activate`: sets PATH and VIRTUAL_ENV for the rest of the RUN; the venv itself is checked where it is made.
  if ((inv.name === '.' || inv.name === 'source') && args.length === 1 && /(^|\/)bin\/activate$/.test(args[0])) return { kind: 'neutral' };
  if (inv.name === 'virtualenv') {
    const target = args.filter((a) => !a.startsWith('-'));
    if (target.length === 1) return { kind: 'neutral', writes: target };
  }
  return { kind: 'build' };
}
