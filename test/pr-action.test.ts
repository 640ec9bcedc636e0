/**
 * The committed Action bundle (action/) runs on its own, without node_modules, and is current: built again from the
 * sources, it is byte-identical to what is committed.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeGitHub, git, makeRepos, TOKEN, type FakeGitHub, type Repos } from './pr-helpers.js';

const ROOT = path.resolve(import.meta.dirname, '..');

function runBundle(bundleDir: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    // No NODE_PATH and a copy outside the repository: nothing can be found in node_modules.
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && k !== 'NODE_PATH'));
    execFile(process.execPath, [path.join(bundleDir, 'index.mjs')], { cwd, env: { ...clean, ...env } }, (error, out, err) => {
      resolve({ code: error ? (error.code as number) : 0, out, err });
    });
  });
}

describe('the GitHub Action bundle', () => {
  let repos: Repos;
  let api: FakeGitHub;
  let copy: string;
  beforeAll(async () => {
    repos = makeRepos({ Dockerfile: 'FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\n' });
    api = await fakeGitHub();
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-action-'));
    fs.cpSync(path.join(ROOT, 'action'), copy, { recursive: true });
  });
  afterAll(async () => {
    await api.close();
    repos.cleanup();
    fs.rmSync(copy, { recursive: true, force: true });
  });

  it('action.yml runs action/index.mjs on the node24 runtime', () => {
    const yml = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    expect(yml).toMatch(/^runs:\n {2}using: node24\n {2}main: action\/index\.mjs$/m);
    for (const input of ['token', 'paths', 'dry-run', 'measure', 'api-url', 'working-directory']) expect(yml).toContain(`\n  ${input}:\n`);
  });

  it('dry run from a copy outside the repository, with the inputs as the runner passes them', async () => {
    const { code, out, err } = await runBundle(copy, repos.clone, { 'INPUT_DRY-RUN': 'true', INPUT_TOKEN: '', 'INPUT_WORKING-DIRECTORY': repos.clone });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^branch: dockerfix\/rewrite \(from main at [0-9a-f]{7}\)\n/);
    expect(out).toContain('+    rm -rf /var/lib/apt/lists/*');
  });

  it('against the local API: pushes the branch and opens the pull request; the token is never printed', async () => {
    const { code, out, err } = await runBundle(copy, repos.clone, { INPUT_TOKEN: TOKEN, GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/app' });
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('opened pull request #1');
    expect(out + err).not.toContain(TOKEN);
    expect(git(repos.bare, 'rev-list', '--count', 'main..dockerfix/rewrite')).toBe('1');
    expect(api.pulls[0].body).toContain('### `Dockerfile`');
  });

  it('a bad input is one line and exit 2', async () => {
    const { code, err } = await runBundle(copy, repos.clone, { 'INPUT_DRY-RUN': 'maybe' });
    expect(code).toBe(2);
    expect(err).toBe('dockerfix pr: input "dry-run" must be true or false, not "maybe"\n');
  });

  it('is the same from a worktree whose node_modules is a link elsewhere, built from another directory', () => {
    // A bundle rebuilt in such a checkout named ../main/node_modules/... in its comments, so its chunk hashes
    // differed and the freshness check below failed in every other checkout.
    const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-action-tree-'));
    try {
      for (const name of ['src', 'transforms', 'scripts']) fs.cpSync(path.join(ROOT, name), path.join(tree, name), { recursive: true });
      for (const name of ['package.json', 'tsconfig.json']) fs.copyFileSync(path.join(ROOT, name), path.join(tree, name));
      fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules')), path.join(tree, 'node_modules'));
      const out = path.join(tree, 'out');
      execFileSync(process.execPath, [path.join(tree, 'scripts/build-action.mjs'), out], { cwd: os.tmpdir(), stdio: 'pipe' });
      const names = (dir: string) => fs.readdirSync(dir).sort();
      expect(names(out)).toEqual(names(path.join(ROOT, 'action')));
      for (const name of names(out)) expect(fs.readFileSync(path.join(out, name), 'utf8')).not.toMatch(/^\/\/ \.\.\//m);
    } finally {
      fs.rmSync(tree, { recursive: true, force: true });
    }
  });

  it('is current: building it again gives the committed files', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-action-build-'));
    try {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-action.mjs'), out], { cwd: ROOT, stdio: 'pipe' });
      const names = (dir: string) => fs.readdirSync(dir).sort();
      expect(names(out)).toEqual(names(path.join(ROOT, 'action')));
      for (const name of names(out)) {
        expect(fs.readFileSync(path.join(out, name)).equals(fs.readFileSync(path.join(ROOT, 'action', name))), `action/${name} is stale: run npm run build:action`).toBe(true);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
