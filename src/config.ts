/**
 * `.dockerfix.json` at the repository root: the options a repository keeps for the command and the PR bot
 * (passes, unsafe, cache strategy, paths and paths to ignore, the bot's branch prefix and labels). Every problem is one
 * line naming the file and the key.
 */
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { PASSES } from '../transforms/index.js';
import type { CacheStrategy } from './types.js';

export const CONFIG_FILE = '.dockerfix.json';

export interface DockerfixConfig {
  /** Pass ids to run (as `--only`); default: every default-enabled pass. */
  passes?: string[];
  /** Pass ids not to run (as `--skip`). */
  skip?: string[];
  unsafe?: boolean;
  cacheStrategy?: CacheStrategy;
  /** Where to look for Dockerfiles, relative to the repository root (default: the whole repository). */
  paths?: string[];
  /** Globs (relative to the repository root) of Dockerfiles to leave alone. */
  ignore?: string[];
  /** The bot's branch is `<branchPrefix>rewrite` (default `dockerfix/`). */
  branchPrefix?: string;
  /** Labels the bot puts on its pull request. */
  labels?: string[];
}

/** A bad `.dockerfix.json`: the message is one line naming the file and the key. */
export class ConfigError extends Error {}

const KEYS: Record<keyof DockerfixConfig, (value: unknown, key: string) => string | null> = {
  passes: passList,
  skip: passList,
  unsafe: (v) => (typeof v === 'boolean' ? null : 'must be true or false'),
  cacheStrategy: (v) => (v === 'clean' || v === 'mount' ? null : 'must be "clean" or "mount"'),
  paths: relativePaths,
  ignore: globList,
  branchPrefix: branchPrefix,
  labels: (v) => (isStringArray(v) && v.every((l) => l.trim() !== '' && l.length <= 50) ? null : 'must be an array of label names (1 to 50 characters)'),
};

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string');
}

function passList(v: unknown): string | null {
  if (!isStringArray(v)) return 'must be an array of pass ids';
  const unknown = v.find((id) => !PASSES.some((p) => p.id === id));
  return unknown === undefined ? null : `unknown pass "${unknown}" (passes: ${PASSES.map((p) => p.id).join(', ')})`;
}

function relativePaths(v: unknown): string | null {
  if (!isStringArray(v) || v.length === 0) return 'must be a non-empty array of paths';
  const bad = v.find((p) => p === '' || path.isAbsolute(p) || p.split(/[\\/]/).includes('..'));
  return bad === undefined ? null : `"${bad}" must be a path inside the repository (relative, without "..")`;
}

function globList(v: unknown): string | null {
  if (!isStringArray(v)) return 'must be an array of globs';
  const bad = v.find((g) => g.trim() === '' || path.isAbsolute(g));
  return bad === undefined ? null : `"${bad}" must be a glob relative to the repository root`;
}

function branchPrefix(v: unknown): string | null {
  if (typeof v !== 'string') return 'must be a string';
  // The rules of git check-ref-format that a prefix can break; "rewrite" is appended to it.
  if (/[\s~^:?*[\\]|\.\.|@\{|\/\/|^\/|^\.|\/\.|\.lock\//.test(v)) return `"${v}" is not usable in a git branch name`;
  return null;
}

/** Parses and validates the text of a `.dockerfix.json`; `name` is how messages call the file. */
export function parseConfig(text: string, name: string = CONFIG_FILE): DockerfixConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${name}: not valid JSON (${(error as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${name}: must be a JSON object`);
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema') continue;
    const check = KEYS[key as keyof DockerfixConfig];
    if (!check) throw new ConfigError(`${name}: unknown key "${key}" (keys: ${Object.keys(KEYS).join(', ')})`);
    const problem = check(value, key);
    if (problem) throw new ConfigError(`${name}: "${key}" ${problem}`);
    config[key] = value;
  }
  return config as DockerfixConfig;
}

/** Reads `<dir>/.dockerfix.json`; null when there is none. `name` is how messages call it (default: its path). */
export function readConfig(dir: string, name?: string): DockerfixConfig | null {
  const file = path.join(dir, CONFIG_FILE);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ConfigError(`${name ?? file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseConfig(text, name ?? file);
}

/**
 * The config that applies in `cwd`: the `.dockerfix.json` of the nearest directory up to the repository root (the
 * directory holding `.git`). Returns the directory it was found in, against which its paths are resolved.
 */
export function findConfig(cwd: string): { root: string; config: DockerfixConfig } | null {
  let dir = path.resolve(cwd);
  for (;;) {
    const config = readConfig(dir);
    if (config) return { root: dir, config };
    const parent = path.dirname(dir);
    if (parent === dir || fs.existsSync(path.join(dir, '.git'))) return null;
    dir = parent;
  }
}

/** A predicate over paths relative to the config's root: true for Dockerfiles the config says to leave alone. */
export function ignoreMatcher(config: DockerfixConfig): (relPath: string) => boolean {
  if (!config.ignore?.length) return () => false;
  const match = picomatch(config.ignore, { dot: true });
  return (rel) => {
    const p = rel.split(path.sep).join('/');
    // A glob naming a directory ("legacy" or "legacy/") covers what is under it.
    return match(p) || config.ignore!.some((g) => !/[*?[{]/.test(g) && p.startsWith(`${g.replace(/\/+$/, '')}/`));
  };
}
