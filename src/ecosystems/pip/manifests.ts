/**
 * pip (and `uv pip`): `pip install -r requirements.txt` installs from requirement files, which may name more files
 * (`-r`, `-c`) and vendored archives (`./vendor/pkg-1.0.tar.gz`), copied with them. A project path
 * (`pip install .`, `-e .`), a local directory inside a requirement file or a local `--find-links` directory need
 * the sources.
 */
import path from 'node:path';
import type { Invocation } from '../../shell/query.js';
import { pipArgs } from './cache.js';
import { isLocalPath, literalArgs, type Classification, type ManifestEcosystem, type ProjectReader } from '../common/manifests.js';

const WITH_VALUE = new Set([
  '-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-t', '--target', '--prefix', '--root', '--src',
  '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--python', '--log', '--proxy', '--retries', '--timeout',
  '--exists-action', '--trusted-host', '--cert', '--client-cert', '--cache-dir', '--use-feature', '--use-deprecated',
  '--progress-bar', '--platform', '--python-version', '--implementation', '--abi', '--only-binary', '--no-binary',
  '--upgrade-strategy', '--global-option', '--install-option', '--config-settings', '-C', '--report', '--root-user-action',
]);

/** Classifies the arguments after `pip` (or `uv pip`). */
export function classifyPipArgs(args: string[], ecosystem: string): Classification {
  const sub = args.find((a) => !a.startsWith('-'));
  if (sub === undefined) return { kind: 'neutral' };
  if (['list', 'freeze', 'show', 'config', 'cache', 'check', 'help', 'debug', 'index', 'search', 'uninstall'].includes(sub)) return { kind: 'neutral' };
  if (sub !== 'install' && sub !== 'sync') return { kind: 'build' };
  const files: string[] = [];
  const packages: string[] = [];
  let target: string | null = null;
  for (let i = args.indexOf(sub) + 1; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = eq > 0 ? a.slice(eq + 1) : WITH_VALUE.has(a) ? args[++i] : a.startsWith('-r') && a.length > 2 ? a.slice(2) : null;
    if (name === '-r' || name === '--requirement' || name === '-c' || name === '--constraint' || (a.startsWith('-r') && a.length > 2 && !a.startsWith('--'))) {
      if (value) files.push(value);
      continue;
    }
    if (name === '-e' || name === '--editable') {
      if (value && !isLocalPath(value) && /^[a-z+]+:\/\//i.test(value)) { packages.push(value); continue; }
      return { kind: 'build', why: `${ecosystem} install -e ${value ?? ''} installs the project from its sources` };
    }
    if (name === '-f' || name === '--find-links') {
      // Anything but a URL is a local path (`--find-links wheels` too).
      if (value && (isLocalPath(value) || !/:\/\//.test(value))) return { kind: 'build', why: `${ecosystem} install --find-links ${value} reads packages from a local directory` };
      continue;
    }
    if (name === '-t' || name === '--target' || name === '--prefix' || name === '--root' || name === '--src') {
      target = value ?? null;
      continue;
    }
    if (value !== null) continue;
    if (a.startsWith('-')) continue;
    if (sub === 'sync') { files.push(a); continue; }
    packages.push(a);
  }
  const local = packages.find((p) => isLocalPath(p) || (!/:\/\//.test(p) && /\.(whl|tar\.gz|zip|tgz)$/i.test(p)) || /^\.\.?$|\//.test(p) && !/:\/\//.test(p) && !/@/.test(p));
  if (local) return { kind: 'build', why: `${ecosystem} install ${local} installs a local path from the sources` };
  if (files.length === 0) return { kind: 'neutral', writes: target ? [target] : undefined };
  return {
    kind: 'deps',
    install: {
      ecosystem,
      project: '.',
      required: files.map((f) => [f]),
      optional: [],
      optionalDirs: [],
      outputs: target ? [target] : [],
      inspect: (read) => inspectRequirements(read, files),
    },
  };
}

/** Follows `-r`/`-c` in requirement files (relative to the file that names them) and looks for local paths. */
export function inspectRequirements(read: ProjectReader, files: string[]): { problem?: string; extra?: string[] } {
  const seen = new Set<string>();
  const extra: string[] = [];
  const queue = files.map((f) => path.posix.normalize(f));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = read(file);
    if (text === null) {
      if (files.includes(file)) continue;
      return { problem: `${file}, named by a requirement file, is not in the build context` };
    }
    if (!files.includes(file)) extra.push(file);
    const dir = path.posix.dirname(file);
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (line === '') continue;
      const m = /^(-r|--requirement|-c|--constraint)[\s=]+(\S+)$/.exec(line) ?? /^(-r)(\S+)$/.exec(line);
      if (m) {
        const named = m[2];
        if (/:\/\//.test(named)) continue;
        const resolved = path.posix.normalize(path.posix.join(dir, named));
        if (resolved.startsWith('..') || named.startsWith('/')) return { problem: `${file} names ${named}, outside the copied tree` };
        queue.push(resolved);
        continue;
      }
      if (/^(-e|--editable)\b/.test(line)) {
        const target = line.replace(/^(-e|--editable)[\s=]*/, '');
        if (/^[a-z+]+:\/\//i.test(target) && !/^file:/i.test(target)) continue;
        return { problem: `${file} installs ${line} from the sources` };
      }
      if (/^(-f|--find-links)[\s=]/.test(line)) {
        const target = line.replace(/^(-f|--find-links)[\s=]*/, '');
        if (isLocalPath(target) || !/:\/\//.test(target)) return { problem: `${file} reads packages from the local directory ${target}` };
        continue;
      }
      if (line.startsWith('-')) continue;
      const spec = line.split(/\s*;\s*/)[0];
      // A vendored archive (`./vendor/pkg-1.0.tar.gz`): a file like any manifest, copied with it. pip resolves such
      // a path from its working directory (not from the requirement file), where the manifests are copied too.
      const archive = /^(\.\/)?([A-Za-z0-9._+-]+\/)*[A-Za-z0-9._+-]+\.(whl|tar\.gz|tgz|zip|tar\.bz2)$/.exec(spec);
      if (archive && !spec.split('/').includes('..')) {
        const rel = path.posix.normalize(spec);
        if (read(rel) === null) return { problem: `${file} installs ${spec}, which is not in the build context` };
        if (!extra.includes(rel)) extra.push(rel);
        continue;
      }
      const at = /@\s*(\S+)/.exec(spec);
      if ((at && /^file:/i.test(at[1])) || isLocalPath(spec) || /^[^@:]*\//.test(spec) && !/:\/\//.test(spec) || /\.(whl|tar\.gz|zip)$/i.test(spec) && !/:\/\//.test(spec)) {
        return { problem: `${file} installs ${spec} from a local path` };
      }
    }
  }
  return extra.length ? { extra } : {};
}

export const pipManifests: ManifestEcosystem = {
  id: 'pip',
  classify(inv: Invocation): Classification | null {
    const words = pipArgs(inv);
    if (!words) return null;
    const args = literalArgs({ ...inv, args: words });
    if (!args) return { kind: 'build' };
    return classifyPipArgs(args, 'pip');
  },
};
