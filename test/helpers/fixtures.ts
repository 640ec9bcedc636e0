/**
 * Fixture pairs: fixtures/<pass>/<case>.before.Dockerfile -> <case>.after.Dockerfile, with optional
 * <case>.options.json ({ "options": RewriteOptions, "expectSkip": "substring of a skip reason" }) and an optional
 * build context folder <case>.context/. Every pair also runs with CRLF line endings and with the backtick escape.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RewriteOptions } from '../../src/types.js';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export interface FixtureCase {
  pass: string;
  name: string;
  before: string;
  after: string;
  options: RewriteOptions;
  expectSkip?: string;
  /** False when the case cannot be re-run with the backtick escape (it has its own directive, a heredoc...). */
  variants: boolean;
}

export function loadFixtures(pass: string): FixtureCase[] {
  const dir = path.join(FIXTURES, pass);
  if (!fs.existsSync(dir)) return [];
  const cases: FixtureCase[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const m = /^(.*)\.before\.Dockerfile$/.exec(file);
    if (!m) continue;
    const name = m[1];
    const before = fs.readFileSync(path.join(dir, file), 'utf8');
    const afterFile = path.join(dir, `${name}.after.Dockerfile`);
    if (!fs.existsSync(afterFile)) throw new Error(`fixture ${pass}/${name} has no .after.Dockerfile`);
    const after = fs.readFileSync(afterFile, 'utf8');
    const optionsFile = path.join(dir, `${name}.options.json`);
    const extra = fs.existsSync(optionsFile) ? JSON.parse(fs.readFileSync(optionsFile, 'utf8')) : {};
    const contextDir = path.join(dir, `${name}.context`);
    const options: RewriteOptions = {
      passes: [pass],
      ...(extra.options ?? {}),
      context: fs.existsSync(contextDir) ? contextDir : null,
    };
    const variants = !/^\uFEFF?#\s*(escape|syntax|check)\s*=/im.test(before) && !before.includes('\r') && extra.variants !== false;
    cases.push({ pass, name, before, after, options, expectSkip: extra.expectSkip, variants });
  }
  return cases;
}

export function toCrlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/** The same Dockerfile written for `# escape=\``: continuation backslashes become backticks. */
export function toBacktick(text: string): string {
  return '# escape=`\n' + text.replace(/\\([ \t]*)(\r?\n)/g, '`$1$2');
}
