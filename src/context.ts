/**
 * The build context as passes see it: which files exist and what `.dockerignore` excludes. A COPY of a file that is
 * missing or ignored fails the build, so passes that add COPY sources ask here first.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export interface BuildContext {
  dir: string;
  /** True when the relative path exists in the context and `.dockerignore` does not exclude it. */
  has(relPath: string): boolean;
  /** File text, or null when missing, ignored or unreadable. */
  read(relPath: string): string | null;
  /** Names in a context directory (not filtered by .dockerignore). */
  list(relDir: string): string[];
  hasDockerignore: boolean;
  /** True when `.dockerignore` excludes the path. */
  ignored(relPath: string): boolean;
}

export function openContext(dir: string, dockerfileName = 'Dockerfile'): BuildContext | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    return null;
  }
  if (!stat.isDirectory()) return null;
  // BuildKit reads <Dockerfile>.dockerignore before .dockerignore.
  const candidates = [`${dockerfileName}.dockerignore`, '.dockerignore'];
  let matcher: Ignore | null = null;
  let hasDockerignore = false;
  for (const name of candidates) {
    const text = readText(path.join(dir, name));
    if (text !== null) {
      matcher = ignore().add(dockerignoreToGitignore(text));
      hasDockerignore = true;
      break;
    }
  }
  const normalize = (p: string): string => path.posix.normalize(p.replace(/\\/g, '/')).replace(/^(\.\/)+/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  const ignored = (relPath: string): boolean => {
    const p = normalize(relPath);
    if (!matcher || p === '' || p === '.') return false;
    try {
      return matcher.ignores(p);
    } catch {
      return false;
    }
  };
  return {
    dir,
    hasDockerignore,
    ignored,
    has(relPath) {
      const p = normalize(relPath);
      if (p.startsWith('..')) return false;
      if (ignored(p)) return false;
      return fs.existsSync(path.join(dir, p));
    },
    read(relPath) {
      const p = normalize(relPath);
      if (p.startsWith('..') || ignored(p)) return null;
      return readText(path.join(dir, p));
    },
    list(relDir) {
      try {
        return fs.readdirSync(path.join(dir, normalize(relDir) || '.'));
      } catch {
        return [];
      }
    },
  };
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * .dockerignore patterns are anchored at the context root (Go filepath.Match plus `**`), unlike .gitignore where a
 * bare name matches at any depth: anchor each pattern with a leading slash so `ignore` reads it the Docker way.
 */
export function dockerignoreToGitignore(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      let pattern = (negated ? line.slice(1) : line).trim();
      pattern = path.posix.normalize(pattern).replace(/^\/+/, '').replace(/^\.\//, '');
      if (pattern === '.' || pattern === '') return null;
      return `${negated ? '!' : ''}/${pattern}`;
    })
    .filter((l): l is string => l !== null)
    .join('\n');
}
