/**
 * `dockerfix pr --measure` on the real engine: the pull request body carries the sizes, layers and build times the
 * engine measured before and after, and the verifier's verdict. A bare repository on disk is the remote; no API is
 * asked (no token: --dry-run).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { prCommand } from '../src/pr/command.js';
import { docker, engineStatus } from '../src/verify/docker.js';
import { capture } from '../test/helpers/streams.js';
import { makeRepos, type Repos } from '../test/pr-helpers.js';

const APP = fileURLToPath(new URL('../fixtures/apps/apt-heavy', import.meta.url));

async function whySkip(): Promise<string | null> {
  if (!process.env.DOCKERFIX_ENGINE_TESTS) return 'run them with: vitest run --config test-engine/vitest.config.ts';
  const engine = await engineStatus();
  if (!engine.ok) return `no container engine: ${engine.reason}`;
  if ((await docker(['image', 'inspect', 'debian:bookworm'])).code !== 0) return 'base image debian:bookworm is missing (run scripts/engine.sh)';
  return null;
}
const skipReason = await whySkip();

function appFiles(dir: string, rel = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const name = path.join(rel, entry.name);
    if (entry.isDirectory()) Object.assign(files, appFiles(dir, name));
    else files[name] = fs.readFileSync(path.join(dir, name), 'utf8');
  }
  return files;
}

let repos: Repos | null = null;
afterAll(() => repos?.cleanup());

describe.skipIf(skipReason !== null)('dockerfix pr --measure on the engine', () => {
  it('the body reports size, layers, build and rebuild before → after, and the verifier says equivalent', async () => {
    repos = makeRepos(appFiles(APP));
    const c = capture();
    const code = await prCommand({ dryRun: true, measure: true, cwd: repos.clone }, c.streams);
    const { out, err } = c.printed();
    expect(code, err).toBe(0);
    expect(out).toContain('### Measured');
    // One row for the Dockerfile: sizes in MB, layer counts, seconds, and the verdict.
    const row = out.split('\n').find((l) => l.startsWith('| `Dockerfile` |') && l.includes(' MB'));
    expect(row, out).toBeDefined();
    const cells = row!.split('|').map((c) => c.trim());
    const sizes = /([\d.]+) MB → ([\d.]+) MB/.exec(cells[2]);
    expect(sizes, row).not.toBeNull();
    // apt-heavy's rewrite removes the apt lists: the image gets smaller.
    expect(Number(sizes![2])).toBeLessThan(Number(sizes![1]));
    const layers = /^(\d+) → (\d+)$/.exec(cells[3]);
    expect(layers, row).not.toBeNull();
    expect(Number(layers![2])).toBeLessThan(Number(layers![1]));
    expect(cells[4], row).toMatch(/[\d.]+ s → [\d.]+ s/);
    expect(cells[5], row).toMatch(/[\d.]+ s → [\d.]+ s/);
    expect(cells[6].toLowerCase(), row).toContain('equivalent');
  });
});
