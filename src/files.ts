/** Finding Dockerfiles: files named on the command line, globs, and directories searched recursively. */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeFsError, InputError } from './io.js';

const NAME_PATTERNS = ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/*.dockerfile', '**/Containerfile', '**/Containerfile.*'];
const NOT_DOCKERFILES = /\.(dockerignore|md|txt|orig|rej|bak|swp|tmp|template|tpl|j2|erb|in)$/i;

export interface Discovery {
  files: string[];
  errors: InputError[];
}

export function isDockerfileName(name: string): boolean {
  const base = path.basename(name);
  if (NOT_DOCKERFILES.test(base)) return false;
  return /^(Dockerfile|Containerfile)(\..+)?$/.test(base) || /\.[Dd]ockerfile$/.test(base);
}

export async function discover(inputs: string[]): Promise<Discovery> {
  const files: string[] = [];
  const seen = new Set<string>();
  const errors: InputError[] = [];
  const add = (f: string): void => {
    if (seen.has(f)) return;
    seen.add(f);
    files.push(f);
  };
  for (const input of inputs.length ? inputs : ['.']) {
    if (input === '-') {
      add('-');
      continue;
    }
    if (isDynamicPattern(input) && !fs.existsSync(input)) {
      const matches = (await glob(input, { dot: true, ignore: ['**/.git/**', '**/node_modules/**'], onlyFiles: false })).sort();
      if (matches.length === 0) errors.push(new InputError(`${input}: no file matches`));
      for (const m of matches) {
        if (fs.statSync(m).isDirectory()) (await searchDirectory(m)).forEach(add);
        else add(m);
      }
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (error) {
      errors.push(new InputError(`${input}: ${describeFsError(error)}`));
      continue;
    }
    if (stat.isDirectory()) {
      const found = await searchDirectory(input);
      if (found.length === 0) errors.push(new InputError(`${input}: no Dockerfile found in this directory`));
      found.forEach(add);
    } else {
      add(input);
    }
  }
  return { files, errors };
}

/** Dockerfiles below a directory, skipping .git, node_modules and whatever .gitignore files ignore. */
async function searchDirectory(dir: string): Promise<string[]> {
  // One walk finds both the candidates and the .gitignore files (two globs walked the tree twice).
  const found = await glob([...NAME_PATTERNS, '**/.gitignore'], {
    cwd: dir,
    dot: true,
    ignore: ['**/.git/**', '**/node_modules/**'],
    followSymbolicLinks: false,
  });
  const matchers = new Map<string, Ignore>();
  for (const g of found) {
    if (path.posix.basename(g) !== '.gitignore') continue;
    try {
      matchers.set(path.posix.dirname(g), ignore().add(fs.readFileSync(path.join(dir, g), 'utf8')));
    } catch {
      // An unreadable .gitignore ignores nothing.
    }
  }
  return found
    .filter((rel) => isDockerfileName(rel))
    .filter((rel) => !isGitIgnored(rel, matchers))
    .sort()
    .map((rel) => path.join(dir, rel));
}

function isGitIgnored(rel: string, matchers: Map<string, Ignore>): boolean {
  for (const [base, matcher] of matchers) {
    const inside = base === '.' ? rel : rel.startsWith(`${base}/`) ? rel.slice(base.length + 1) : null;
    if (inside !== null && matcher.ignores(inside)) return true;
  }
  return false;
}
