/**
 * npm: `npm ci` / `npm install` (no package names) install node_modules from package.json and package-lock.json
 * (or npm-shrinkwrap.json), reading .npmrc in the project. Lifecycle scripts, workspaces and `file:` dependencies
 * need more than the manifests.
 */
import type { Invocation } from '../../shell/query.js';
import { flagValue, hasAnyFlag, inspectPackageJson, literalArgs, splitArgs, type Classification, type ManifestEcosystem } from '../common/manifests.js';

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
  if (hasAnyFlag(flags, '-w', '--workspace', '--workspaces', '-ws')) return { kind: 'build', why: 'npm installs workspaces' };
  const prefix = flagValue(flags, '--prefix', '-C') ?? '.';
  const ignoreScripts = hasAnyFlag(flags, '--ignore-scripts');
  return {
    kind: 'deps',
    install: {
      ecosystem: 'npm',
      project: prefix,
      required: [['package.json']],
      optional: ['package-lock.json', 'npm-shrinkwrap.json', '.npmrc'],
      optionalDirs: [],
      outputs: ['node_modules'],
      inspect: (read) => inspectPackageJson(read, ignoreScripts),
      updatesLock: CI.has(sub) ? undefined : 'npm install rewrites package-lock.json when it is out of date with package.json',
    },
  };
}

export const npmManifests: ManifestEcosystem = { id: 'npm', classify: npmClassify };
