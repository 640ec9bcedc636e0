/**
 * Test doubles for the PR bot that are real: git repositories on disk (a bare one as the remote, a clone as the
 * user's checkout) and an HTTP server on 127.0.0.1 that answers the GitHub REST endpoints the bot uses, keeps pull
 * requests in memory, and records every request.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { capture } from './helpers/streams.js';
import { prCommand, type PrOptions } from '../src/pr/command.js';

export const HUMAN = ['-c', 'user.name=Maintainer', '-c', 'user.email=maintainer@example.com'];

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export interface Repos {
  dir: string;
  bare: string;
  clone: string;
  /** Commits files (path -> content) on the clone's main and pushes them. */
  commit(files: Record<string, string>, message?: string): string;
  cleanup(): void;
}

export function makeRepos(files: Record<string, string>): Repos {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-pr-test-'));
  const bare = path.join(dir, 'remote.git');
  const clone = path.join(dir, 'clone');
  git(dir, 'init', '--quiet', '--bare', '--initial-branch=main', bare);
  git(dir, 'clone', '--quiet', bare, clone);
  git(clone, 'checkout', '--quiet', '-B', 'main');
  const repos: Repos = {
    dir,
    bare,
    clone,
    commit(next, message = 'update') {
      for (const [rel, content] of Object.entries(next)) {
        fs.mkdirSync(path.dirname(path.join(clone, rel)), { recursive: true });
        fs.writeFileSync(path.join(clone, rel), content);
      }
      git(clone, 'add', '-A');
      git(clone, ...HUMAN, 'commit', '--quiet', '-m', message);
      git(clone, 'push', '--quiet', 'origin', 'main');
      return git(clone, 'rev-parse', 'HEAD');
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
  repos.commit(files, 'init');
  return repos;
}

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
  authorization: string | undefined;
}

interface Pull {
  number: number;
  state: 'open' | 'closed';
  head: string;
  base: string;
  title: string;
  body: string;
  labels: string[];
  comments: string[];
  merged?: boolean;
}

/** What the fake API answers instead of the real thing, for error tests. */
export type Failure = { status: number; body: unknown; headers?: Record<string, string> } | null;

export interface FakeGitHub {
  url: string;
  requests: Recorded[];
  pulls: Pull[];
  /** When set, every request gets this answer. */
  fail: Failure;
  close(): Promise<void>;
}

export async function fakeGitHub(owner = 'acme', repo = 'app'): Promise<FakeGitHub> {
  const state: FakeGitHub = { url: '', requests: [], pulls: [], fail: null, close: async () => {} };
  const prefix = `/repos/${owner}/${repo}`;
  const pullJson = (p: Pull) => ({
    number: p.number,
    state: p.state,
    html_url: `https://github.example/${owner}/${repo}/pull/${p.number}`,
    title: p.title,
    body: p.body,
    head: { ref: p.head },
    base: { ref: p.base },
    labels: p.labels.map((name) => ({ name })),
    merged_at: p.merged ? '2026-12-01T00:00:00Z' : null,
  });
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = raw ? JSON.parse(raw) : undefined;
      state.requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, body, authorization: req.headers.authorization });
      const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(data));
      };
      if (state.fail) return send(state.fail.status, state.fail.body, state.fail.headers);
      if (req.headers.authorization !== 'token test-token-0123456789') return send(401, { message: 'Bad credentials' });
      const p = url.pathname;
      const m = /\/(pulls|issues)\/(\d+)(\/comments|\/labels)?$/.exec(p);
      const pull = m ? state.pulls.find((x) => x.number === Number(m[2])) : undefined;
      if (req.method === 'GET' && p === prefix) return send(200, { name: repo, full_name: `${owner}/${repo}`, default_branch: 'main' });
      if (req.method === 'GET' && p === `${prefix}/pulls`) {
        const head = url.searchParams.get('head');
        const st = url.searchParams.get('state') ?? 'open';
        const found = state.pulls.filter((x) => (st === 'all' || x.state === st) && (!head || `${owner}:${x.head}` === head));
        if (url.searchParams.get('direction') === 'desc') found.reverse();
        return send(200, found.slice(0, Number(url.searchParams.get('per_page') ?? 30)).map(pullJson));
      }
      if (req.method === 'POST' && p === `${prefix}/pulls`) {
        if (state.pulls.some((x) => x.state === 'open' && x.head === body.head)) return send(422, { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${owner}:${body.head}.` }] });
        const created: Pull = { number: state.pulls.length + 1, state: 'open', head: body.head, base: body.base, title: body.title, body: body.body, labels: [], comments: [] };
        state.pulls.push(created);
        return send(201, pullJson(created));
      }
      if (!pull) return send(404, { message: 'Not Found' });
      if (req.method === 'PATCH' && m![1] === 'pulls' && !m![3]) {
        Object.assign(pull, Object.fromEntries(Object.entries(body).filter(([k]) => ['title', 'body', 'state'].includes(k))));
        return send(200, pullJson(pull));
      }
      if (req.method === 'POST' && m![3] === '/comments') {
        pull.comments.push(body.body);
        return send(201, { id: pull.comments.length, body: body.body });
      }
      if (req.method === 'POST' && m![3] === '/labels') {
        for (const l of body.labels) if (!pull.labels.includes(l)) pull.labels.push(l);
        return send(200, pull.labels.map((name) => ({ name })));
      }
      return send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

export const TOKEN = 'test-token-0123456789';

/** Runs `dockerfix pr` in the clone against the fake API; returns exit code and everything printed. */
export async function runPr(repos: Repos, api: FakeGitHub | string | null, opts: Partial<PrOptions> = {}, token: string | null = TOKEN): Promise<{ code: number; out: string; err: string }> {
  const env: NodeJS.ProcessEnv = { GITHUB_REPOSITORY: 'acme/app' };
  if (token) env.GITHUB_TOKEN = token;
  if (api) env.GITHUB_API_URL = typeof api === 'string' ? api : api.url;
  const c = capture('', env);
  const code = await prCommand({ cwd: repos.clone, ...opts }, c.streams);
  return { code, ...c.printed() };
}
