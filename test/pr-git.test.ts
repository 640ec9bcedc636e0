import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Git, GitError, redact } from '../src/pr/git.js';
import { parseRepository } from '../src/pr/github.js';
import { git, makeRepos, type Repos } from './pr-helpers.js';

const TOKEN = 'ghs_0123456789abcdefSECRET';

describe('the token reaches git only as one auth header, through the environment', () => {
  let repos: Repos;
  let server: http.Server;
  let seen: (string | string[] | undefined)[];
  let url: string;
  beforeEach(async () => {
    repos = makeRepos({ Dockerfile: 'FROM alpine\n' });
    seen = [];
    // A git "remote" over HTTP on loopback: it records the auth headers of git's first request and refuses it.
    server = http.createServer((req, res) => {
      seen.push(req.headersDistinct.authorization);
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('denied\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    url = `${origin}/acme/app.git`;
    git(repos.clone, 'remote', 'set-url', 'origin', url);
    // What actions/checkout leaves in .git/config: its own header for the host.
    git(repos.clone, 'config', `http.${origin}/.extraheader`, 'AUTHORIZATION: basic b2xkOm9sZA==');
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    repos.cleanup();
  });

  it('replaces the header .git/config holds, writes nothing, and keeps the token out of the error', async () => {
    const configBefore = fs.readFileSync(path.join(repos.clone, '.git', 'config'), 'utf8');
    const g = new Git({ cwd: repos.clone, token: TOKEN });
    await g.useTokenFor('origin');
    const error = await g.remoteHeads('origin', ['main']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as Error).message).toMatch(/^git ls-remote failed: /);
    expect((error as Error).message).not.toContain(TOKEN);
    expect(seen.length).toBeGreaterThan(0);
    const basic = `basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;
    for (const headers of seen) expect(headers).toEqual([basic]);
    expect(fs.readFileSync(path.join(repos.clone, '.git', 'config'), 'utf8')).toBe(configBefore);
  });
});

describe('git errors', () => {
  it('say what git said first, not the last line of its hint', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-git-'));
    try {
      git(dir, 'init', '-q');
      const error = await new Git({ cwd: dir }).remoteHeads('origin', ['main']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitError);
      // git: "fatal: 'origin' does not appear to be a git repository", then "fatal: Could not read from remote
      // repository.", then a hint ending in "and the repository exists."
      expect((error as Error).message).toBe("git ls-remote failed: 'origin' does not appear to be a git repository");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('redact', () => {
  it('removes the token, its basic-auth form and credentials in URLs', () => {
    const b64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
    expect(redact(`a ${TOKEN} b ${b64} https://user:pw@example.com/x`, [TOKEN])).toBe('a *** b *** https://***@example.com/x');
  });
});

describe('parseRepository', () => {
  it('reads owner/name from the usual remote URL forms', () => {
    expect(parseRepository('https://github.com/acme/app.git')).toEqual({ owner: 'acme', repo: 'app' });
    expect(parseRepository('https://x-access-token:abc@github.com/acme/app')).toEqual({ owner: 'acme', repo: 'app' });
    expect(parseRepository('git@github.com:acme/app.git')).toEqual({ owner: 'acme', repo: 'app' });
    expect(parseRepository('ssh://git@ghe.example.com:2222/acme/app.git')).toEqual({ owner: 'acme', repo: 'app' });
    expect(parseRepository('/srv/git/app.git')).toBeNull();
  });
});
