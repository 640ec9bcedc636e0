/**
 * A proposed .dockerignore for a build context that has none while the Dockerfile copies the whole context: `.git`
 * plus the install outputs, build outputs and caches of the ecosystems the Dockerfile installs with. Nothing the
 * Dockerfile copies by name is excluded. The change is safe only when none of the excluded paths exists in the
 * context (then no image changes); otherwise files leave the image and it is unsafe.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BuildContext } from './context.js';
import { parseDocumentCached, type DockerDocument, type Instruction } from './document.js';
import type { ProposedChange } from './types.js';
import { invocation } from './shell/query.js';

/** What each ecosystem leaves in a working tree that a build never needs from the context. */
export const IGNORED_BY_ECOSYSTEM: Record<string, string[]> = {
  npm: ['node_modules'],
  yarn: ['node_modules'],
  pnpm: ['node_modules'],
  pip: ['**/__pycache__', '**/*.pyc'],
  poetry: ['**/__pycache__', '**/*.pyc', '.venv'],
  pipenv: ['**/__pycache__', '**/*.pyc', '.venv'],
  uv: ['**/__pycache__', '**/*.pyc', '.venv'],
  go: [],
  maven: ['target'],
  gradle: ['.gradle', 'build'],
  bundler: ['vendor/bundle'],
  composer: ['vendor'],
  cargo: ['target'],
};

/** True when the COPY/ADD copies the whole context (`.` or `./` as a source). */
export function copiesWholeContext(ins: Instruction): boolean {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return false;
  if (ins.flags.some((f) => f.name === 'from')) return false;
  return copySources(ins).some((s) => s === '.' || s === './');
}

/** The source words of a COPY/ADD (shell form; JSON form read as JSON). */
export function copySources(ins: Instruction): string[] {
  const raw = ins.text.slice(ins.argsStart - ins.start, ins.argsEnd - ins.start).trim();
  if (raw.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return (parsed as string[]).slice(0, -1);
    } catch {
      return [];
    }
    return [];
  }
  if (ins.heredoc) return [];
  return ins.args.slice(0, -1).map((a) => a.value);
}

function norm(p: string): string {
  return path.posix.normalize(p.replace(/\\/g, '/')).replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}

/** True when the pattern (a plain path or a `**`/`*` glob) could match the source or something above or below it. */
function overlaps(pattern: string, source: string): boolean {
  const src = norm(source);
  if (src === '.' || src === '') return false;
  if (/[*?[]/.test(pattern)) {
    const last = pattern.split('/').pop()!;
    const re = new RegExp(`^${last.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    return src.split('/').some((seg) => re.test(seg)) || /[*?[]/.test(src);
  }
  return src === pattern || src.startsWith(`${pattern}/`) || pattern.startsWith(`${src}/`) || /[*?[]/.test(src);
}

/** Paths in the context matching the entries (a bounded walk; `.git` and `node_modules` are not entered). */
function existing(context: BuildContext, entries: string[]): string[] {
  const found: string[] = [];
  const plain = entries.filter((e) => !e.startsWith('**/'));
  for (const e of plain) if (fs.existsSync(path.join(context.dir, e))) found.push(e);
  const deep = entries.filter((e) => e.startsWith('**/')).map((e) => e.slice(3));
  if (deep.length === 0) return found;
  const res = deep.map((d) => new RegExp(`^${d.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*')}$`));
  let budget = 5000;
  const walk = (rel: string): void => {
    for (const name of context.list(rel)) {
      if (--budget < 0 || found.length > 5) return;
      const child = rel === '' ? name : `${rel}/${name}`;
      if (res.some((re) => re.test(name))) found.push(child);
      if (name === '.git' || name === 'node_modules') continue;
      let isDir = false;
      try {
        isDir = fs.lstatSync(path.join(context.dir, child)).isDirectory();
      } catch {
        isDir = false;
      }
      if (isDir) walk(child);
    }
  };
  walk('');
  return found;
}

/** git subcommands that do not read a repository in the working tree (they make one, or take a URL). */
const GIT_WITHOUT_REPO = new Set(['clone', 'init', 'config', 'version', '--version', 'help', '--help', 'ls-remote']);

/**
 * True when a RUN may read the context's `.git`: it runs git on an existing repository (`git describe`, `git
 * submodule update`...) without cloning or making one first in that RUN, or names a `.git` path (`rm -rf .git`,
 * `find . -name .git`).
 */
function readsRepository(doc: DockerDocument): boolean {
  return doc.instructions.some((ins) => {
    const script = ins.keyword === 'RUN' ? ins.shell?.script : null;
    if (!script) return false;
    let made = false;
    for (const c of script.commands) {
      if (c.words.some((w) => w.value !== null && !w.value.includes('*') && /(^|\/)\.git\/?$/.test(w.value))) return true;
      const inv = invocation(c);
      if (inv?.name !== 'git') continue;
      const sub = inv.args.find((a, i) => !(a.value ?? '').startsWith('-') && !['-C', '-c', '--git-dir', '--work-tree'].includes(inv.args[i - 1]?.value ?? ''));
      if (sub?.value === 'clone' || sub?.value === 'init') made = true;
      else if (!made && !GIT_WITHOUT_REPO.has(sub?.value ?? 'help')) return true;
    }
    return false;
  });
}

/** Names the command searches for Dockerfiles (src/files.ts), without their own `.dockerignore` files. */
const DOCKERFILE_NAME = /^(Dockerfile|Containerfile)(\..+)?$|.\.[Dd]ockerfile$/;

/**
 * What the other Dockerfiles at the top of the context copy by name (`Dockerfile.dev`, `prod.Dockerfile`): a
 * .dockerignore applies to every build with this context, so a path another Dockerfile copies is not excluded either.
 * Dockerfiles elsewhere that name this directory as their context cannot be seen from here.
 */
function siblingSources(context: BuildContext): string[] {
  const out: string[] = [];
  let read = 0;
  for (const name of context.list('')) {
    if (!DOCKERFILE_NAME.test(name) || name.endsWith('.dockerignore') || ++read > 20) continue;
    let text: string;
    try {
      const file = path.join(context.dir, name);
      if (!fs.statSync(file).isFile() || fs.statSync(file).size > 1024 * 1024) continue;
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    try {
      for (const i of parseDocumentCached(text).instructions) {
        if ((i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.some((f) => f.name === 'from')) out.push(...copySources(i));
      }
    } catch {
      // Not a Dockerfile after all: it copies nothing.
    }
  }
  return out;
}

export function proposeDockerignore(doc: DockerDocument, context: BuildContext | null, ecosystems: Iterable<string>): ProposedChange | null {
  if (!context || context.hasDockerignore) return null;
  const copies = doc.instructions.filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD');
  if (!copies.some(copiesWholeContext)) return null;
  // A build that reads the repository (`git describe`, `git rev-parse HEAD`, a `.git` it deletes after use) needs it.
  const candidates = new Set<string>(readsRepository(doc) ? [] : ['.git']);
  for (const eco of ecosystems) for (const e of IGNORED_BY_ECOSYSTEM[eco] ?? []) candidates.add(e);
  const named = [...copies.filter((i) => !i.flags.some((f) => f.name === 'from')).flatMap(copySources), ...siblingSources(context)];
  const entries = [...candidates].filter((e) => !named.some((s) => overlaps(e, s)));
  if (entries.length === 0) return null;
  const present = existing(context, entries);
  // The new file is itself in the context: unlisted, COPY . would put it in the image.
  const self = named.some((s) => overlaps('.dockerignore', s)) ? [] : ['.dockerignore'];
  const content = [
    '# Proposed by dockerfix: files the image build never needs from the context.',
    ...entries,
    ...self,
    '',
  ].join('\n');
  const saves = 'The builder no longer receives them with the context on every build, and COPY . no longer misses the cache when only they change (a commit, a local install)';
  return {
    message: `add a .dockerignore excluding ${entries.join(', ')}${self.length ? ' (and itself)' : ''}`,
    // With none of them in the context yet, the gain is for when they appear: told as such, not as a saving now.
    reason: present.length
      ? `${saves}. Unsafe: the context holds ${present.slice(0, 5).join(', ')}, which COPY . puts in the image today and would no longer.`
      : 'Once they appear (a commit, a local install), the builder does not receive them with the context on every build, and COPY . does not miss the cache when only they change. Safe: none of these paths exists in the context now, so the image does not change.',
    safety: present.length ? 'unsafe' : 'safe',
    edits: [],
    files: [{ path: '.dockerignore', content }],
    tag: 'dockerignore',
  };
}
