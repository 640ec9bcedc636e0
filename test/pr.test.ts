import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { main } from '../src/cli.js';
import { BOT } from '../src/pr/git.js';
import { fakeGitHub, git, HUMAN, makeRepos, runPr, TOKEN, type FakeGitHub, type Repos } from './pr-helpers.js';

const NAIVE = 'FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\n';
const FIXED = 'FROM debian:bookworm\nRUN apt-get update && \\\n    apt-get install -y curl && \\\n    rm -rf /var/lib/apt/lists/*\n';

let repos: Repos;
let api: FakeGitHub;
beforeEach(async () => {
  repos = makeRepos({ Dockerfile: NAIVE, 'api/Dockerfile': 'FROM python:3.12\nRUN pip install flask\n', '.dockerfix.json': '{ "labels": ["dockerfile", "bot"] }\n' });
  api = await fakeGitHub();
});
afterEach(async () => {
  await api.close();
  repos.cleanup();
});

const remoteBranch = (name: string): string | null => {
  try {
    return git(repos.bare, 'rev-parse', '--verify', '--quiet', `refs/heads/${name}`);
  } catch {
    return null;
  }
};
const calls = () => api.requests.map((r) => `${r.method} ${r.path.replace(/\?.*/, '')}`);
/** The user's checkout, as git shows it: branch, head, refs, status. */
const localState = () => [git(repos.clone, 'symbolic-ref', 'HEAD'), git(repos.clone, 'rev-parse', 'HEAD'), git(repos.clone, 'for-each-ref', '--format=%(refname) %(objectname)'), git(repos.clone, 'status', '--porcelain')];

describe('dockerfix pr against a bare remote and a local API server', () => {
  it('first run: one bot commit on the default branch head, pushed to dockerfix/rewrite, and a new labelled pull request', async () => {
    const before = localState();
    const main = git(repos.bare, 'rev-parse', 'refs/heads/main');
    const { code, out, err } = await runPr(repos, api);
    expect(err).toBe('');
    expect(code).toBe(0);
    const head = remoteBranch('dockerfix/rewrite');
    expect(head).not.toBeNull();
    // One commit, by the bot, whose parent is main's head, changing exactly the two Dockerfiles.
    expect(git(repos.bare, 'rev-list', '--count', `main..dockerfix/rewrite`)).toBe('1');
    expect(git(repos.bare, 'rev-parse', `${head}^`)).toBe(main);
    expect(git(repos.bare, 'log', '-1', '--format=%an <%ae> / %cn <%ce>', head!)).toBe(`${BOT.name} <${BOT.email}> / ${BOT.name} <${BOT.email}>`);
    expect(git(repos.bare, 'diff', '--name-only', `${main}..${head}`).split('\n')).toEqual(['Dockerfile', 'api/Dockerfile']);
    expect(git(repos.bare, 'show', `${head}:Dockerfile`) + '\n').toBe(FIXED);
    const message = git(repos.bare, 'log', '-1', '--format=%B', head!);
    expect(message).toMatch(/^dockerfix: 3 changes to 2 Dockerfiles/);
    expect(message).toContain('Passes: merge-runs, cache-cleanup.');
    expect(message).toContain('- cache-cleanup (line 2): add --no-cache-dir to pip install');
    // The user's checkout is untouched: same branch, same head, no new local branch, clean tree; the successful push
    // records the bot's branch as origin/dockerfix/rewrite, as any push does.
    const after = localState();
    expect(after[2]).toContain(`refs/remotes/origin/dockerfix/rewrite ${head}`);
    after[2] = after[2].replace(`refs/remotes/origin/dockerfix/rewrite ${head}\n`, '');
    expect(after).toEqual(before);
    expect(calls()).toEqual(['GET /repos/acme/app', 'GET /repos/acme/app/pulls', 'POST /repos/acme/app/pulls', 'POST /repos/acme/app/issues/1/labels']);
    expect(api.requests[1].path).toContain('head=acme%3Adockerfix%2Frewrite');
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0]).toMatchObject({ head: 'dockerfix/rewrite', base: 'main', labels: ['dockerfile', 'bot'] });
    expect(api.pulls[0].body).toContain('<summary>Diff of Dockerfile</summary>');
    expect(out).toContain('opened pull request #1: https://github.example/acme/app/pull/1');
  });

  it('second run after main moved: the same pull request is updated, the branch is rebuilt on the new head', async () => {
    await runPr(repos, api);
    const main2 = repos.commit({ 'web/Dockerfile': 'FROM node:20\nRUN npm install -g serve\nRUN echo ok\n' }, 'add web');
    api.requests.length = 0;
    const { code, out } = await runPr(repos, api);
    expect(code).toBe(0);
    expect(calls()).toEqual(['GET /repos/acme/app', 'GET /repos/acme/app/pulls', 'PATCH /repos/acme/app/pulls/1']);
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0].body).toContain('### `web/Dockerfile`');
    const head = remoteBranch('dockerfix/rewrite')!;
    expect(git(repos.bare, 'rev-parse', `${head}^`)).toBe(main2);
    expect(git(repos.bare, 'rev-list', '--count', 'main..dockerfix/rewrite')).toBe('1');
    expect(out).toContain('updated pull request #1');

    // A third run with nothing new pushes nothing and does not touch the pull request.
    api.requests.length = 0;
    const third = await runPr(repos, api);
    expect(third.code).toBe(0);
    expect(remoteBranch('dockerfix/rewrite')).toBe(head);
    expect(calls()).toEqual(['GET /repos/acme/app', 'GET /repos/acme/app/pulls']);
    expect(third.out).toContain('dockerfix/rewrite is up to date');
  });

  it('a change refused with # dockerfix-ignore on the default branch leaves the pull request at the next run', async () => {
    await runPr(repos, api);
    expect(api.pulls[0].body).toContain('### `api/Dockerfile`');
    repos.commit({ 'api/Dockerfile': '# dockerfix-ignore-file cache-cleanup\nFROM python:3.12\nRUN pip install flask\n' }, 'keep the pip cache');
    const { code } = await runPr(repos, api);
    expect(code).toBe(0);
    expect(api.pulls).toHaveLength(1);
    expect(api.pulls[0].body).not.toContain('api/Dockerfile');
    const head = remoteBranch('dockerfix/rewrite')!;
    expect(git(repos.bare, 'diff', '--name-only', `main..${head}`)).toBe('Dockerfile');
  });

  it('nothing left to change: comments, closes the pull request and deletes the branch', async () => {
    await runPr(repos, api);
    repos.commit({ Dockerfile: FIXED, 'api/Dockerfile': 'FROM python:3.12\nRUN pip install --no-cache-dir flask\n' }, 'apply the fixes by hand');
    api.requests.length = 0;
    const { code, out } = await runPr(repos, api);
    expect(code).toBe(0);
    expect(calls()).toEqual(['GET /repos/acme/app', 'GET /repos/acme/app/pulls', 'POST /repos/acme/app/issues/1/comments', 'PATCH /repos/acme/app/pulls/1']);
    expect(api.pulls[0].state).toBe('closed');
    expect(api.pulls[0].comments[0]).toMatch(/^Nothing is left to change on `main`/);
    expect(remoteBranch('dockerfix/rewrite')).toBeNull();
    expect(out).toContain('closed pull request #1');
    expect(out).toContain('deleted the branch dockerfix/rewrite');
  });

  it('a human commit on the bot branch is kept: the run stops with exit 1 and pushes nothing', async () => {
    await runPr(repos, api);
    // A maintainer drops the cache-cleanup change in api/ by a commit on the PR branch.
    git(repos.clone, 'fetch', '--quiet', 'origin');
    git(repos.clone, 'checkout', '--quiet', '-b', 'review', 'origin/dockerfix/rewrite');
    fs.writeFileSync(path.join(repos.clone, 'api/Dockerfile'), 'FROM python:3.12\nRUN pip install flask\n');
    git(repos.clone, ...HUMAN, 'commit', '--quiet', '-am', 'keep the pip cache');
    git(repos.clone, 'push', '--quiet', 'origin', 'review:dockerfix/rewrite');
    const human = git(repos.clone, 'rev-parse', 'HEAD');
    repos.commit({ 'web/Dockerfile': 'FROM node:20\nRUN npm i\nRUN echo ok\n' });
    api.requests.length = 0;
    const { code, err } = await runPr(repos, api);
    expect(code).toBe(1);
    expect(err).toMatch(/^dockerfix pr: dockerfix\/rewrite has 1 commit not made by dockerfix \([0-9a-f]{7} by maintainer@example.com: "keep the pip cache"\); leaving it alone\./);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(remoteBranch('dockerfix/rewrite')).toBe(human);
    expect(calls().filter((c) => !c.startsWith('GET'))).toEqual([]);
  });

  it('a pull request closed without merging is not opened again while its branch stays', async () => {
    await runPr(repos, api);
    const head = remoteBranch('dockerfix/rewrite');
    api.pulls[0].state = 'closed';
    repos.commit({ 'web/Dockerfile': 'FROM node:20\nRUN npm i\nRUN echo ok\n' });
    api.requests.length = 0;
    const { code, out } = await runPr(repos, api);
    expect(code).toBe(0);
    expect(out).toBe('pull request #1 from dockerfix/rewrite was closed without merging: dockerfix does not open it again (delete the branch dockerfix/rewrite to let it)\n');
    expect(calls()).toEqual(['GET /repos/acme/app', 'GET /repos/acme/app/pulls', 'GET /repos/acme/app/pulls']);
    expect(api.requests[2].path).toContain('state=closed');
    expect(remoteBranch('dockerfix/rewrite')).toBe(head);
    expect(api.pulls).toHaveLength(1);
  });

  it('after a squash merge the spent branch is replaced and a new pull request opened for what is new', async () => {
    await runPr(repos, api);
    const first = remoteBranch('dockerfix/rewrite')!;
    api.pulls[0].state = 'closed';
    api.pulls[0].merged = true;
    // The squash commit: main gets the bot's tree, plus a new naive Dockerfile afterwards.
    git(repos.clone, 'fetch', '--quiet', 'origin');
    git(repos.clone, 'checkout', '--quiet', 'origin/dockerfix/rewrite', '--', '.');
    git(repos.clone, ...HUMAN, 'commit', '--quiet', '-m', 'dockerfix (#1)');
    git(repos.clone, 'push', '--quiet', 'origin', 'main');
    const main = repos.commit({ 'web/Dockerfile': 'FROM node:20\nRUN npm i\nRUN echo ok\n' });
    const { code, out } = await runPr(repos, api);
    expect(code).toBe(0);
    expect(out).toContain('opened pull request #2');
    const head = remoteBranch('dockerfix/rewrite')!;
    expect(head).not.toBe(first);
    expect(git(repos.bare, 'rev-parse', `${head}^`)).toBe(main);
    expect(git(repos.bare, 'diff', '--name-only', `${main}..${head}`)).toBe('web/Dockerfile');
  });

  it('two Dockerfiles in one directory: the .dockerignore the first creates is there for the second, as with --write (committed, listed and shown once)', async () => {
    repos.commit({
      'app/requirements.txt': 'flask\n',
      'app/package.json': '{}\n',
      'app/Dockerfile': 'FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n',
      'app/node.Dockerfile': 'FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm install\nCOPY . .\n',
    });
    const { code, err } = await runPr(repos, api, { paths: ['app'] });
    expect(err).toBe('');
    expect(code).toBe(0);
    const committed = git(repos.bare, 'show', 'dockerfix/rewrite:app/.dockerignore');
    expect(committed).toContain('**/__pycache__');
    const body = api.pulls[0].body;
    expect(body.split('+++ b/app/.dockerignore').length).toBe(2);
    expect(body).toContain(`+++ b/app/.dockerignore\n@@ -0,0 +1,5 @@\n${committed.split('\n').map((l) => `+${l}`).join('\n')}\n`);
    const node = body.slice(body.indexOf('### `app/node.Dockerfile`'));
    expect(node).not.toContain('.dockerignore');
    expect(git(repos.bare, 'log', '-1', '--format=%B', 'dockerfix/rewrite').split('new file app/.dockerignore').length).toBe(2);
    expect(git(repos.bare, 'ls-tree', '-r', '--name-only', 'dockerfix/rewrite', 'app').split('\n')).toEqual(['app/.dockerignore', 'app/Dockerfile', 'app/node.Dockerfile', 'app/package.json', 'app/requirements.txt']);
  });

  it('--dry-run prints branch, commit message and body, and pushes and posts nothing', async () => {
    const { code, out } = await runPr(repos, api, { dryRun: true });
    expect(code).toBe(0);
    expect(out).toMatch(/^branch: dockerfix\/rewrite \(from main at [0-9a-f]{7}\)\npull request: would open a new one\n/);
    expect(out).toContain('--- commit message ---\ndockerfix: 3 changes to 2 Dockerfiles');
    expect(out).toContain('| `api/Dockerfile` | 1       | cache-cleanup             |');
    expect(remoteBranch('dockerfix/rewrite')).toBeNull();
    expect(calls().filter((c) => !c.startsWith('GET'))).toEqual([]);
    // Without a token it still works, from git alone.
    const offline = await runPr(repos, null, { dryRun: true }, null);
    expect(offline.code).toBe(0);
    expect(offline.out).toContain('pull request: not looked up (no GITHUB_TOKEN)');
    // A checkout without that remote: one line that says so (not git's "does not appear to be a git repository").
    const missing = await runPr(repos, null, { dryRun: true, remote: 'upstream' }, null);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('dockerfix pr: the repository has no remote "upstream" (pr rewrites the default branch as the remote has it and pushes there: add the remote, or name another with --remote)\n');
  });

  it('dockerfix pr on the command line: flags reach the bot (--dry-run, --only, --api-url)', async () => {
    const cwd = process.cwd();
    process.chdir(repos.clone);
    try {
      const stdout = new PassThrough();
      let out = '';
      stdout.on('data', (d) => (out += d));
      const env = { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: 'acme/app' };
      const code = await main(['pr', '--dry-run', '--only', 'merge-runs', '--api-url', api.url], { stdout, stderr: new PassThrough(), stdin: Readable.from([]), env });
      expect(code).toBe(0);
      expect(out).toContain('--- commit message ---\ndockerfix: 1 change to `Dockerfile`'.replace(/`/g, ''));
      expect(out).toContain('Passes: merge-runs.');
      expect(api.requests.length).toBeGreaterThan(0);
    } finally {
      process.chdir(cwd);
    }
  });

  it('.dockerfix.json: branch prefix, ignored paths and passes apply; a bad key is one line and exit 2', async () => {
    repos.commit({
      '.dockerfix.json': JSON.stringify({ branchPrefix: 'bots/df-', ignore: ['api/**'], passes: ['cache-cleanup'] }),
      'worker/Dockerfile': 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl\nRUN echo a\nRUN echo b\n',
    });
    const { code, err } = await runPr(repos, api);
    expect(err).toBe('');
    expect(code).toBe(0);
    const head = remoteBranch('bots/df-rewrite')!;
    // api/ is ignored; Dockerfile's RUNs stay apart (merge-runs is not in "passes"), so only worker/ changes.
    expect(git(repos.bare, 'diff', '--name-only', `main..${head}`)).toBe('worker/Dockerfile');
    expect(git(repos.bare, 'show', `${head}:worker/Dockerfile`)).toBe('FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN echo a\nRUN echo b');
    expect(remoteBranch('dockerfix/rewrite')).toBeNull();

    repos.commit({ '.dockerfix.json': '{ "label": ["x"] }' });
    const bad = await runPr(repos, api);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^dockerfix pr: \.dockerfix\.json \(on main at [0-9a-f]{7}\): unknown key "label" \(keys: passes, skip, unsafe, cacheStrategy, paths, ignore, branchPrefix, labels\)\n$/);
  });

  it('refuses a branch prefix that names the default branch', async () => {
    repos.commit({ '.dockerfix.json': '{ "branchPrefix": "main/" }' });
    const { code, err } = await runPr(repos, api);
    expect(code).toBe(2);
    expect(err).toMatch(/^dockerfix pr: the bot's branch "main\/rewrite" would be or sit under the default branch "main": change "branchPrefix" in .dockerfix.json\n$/);
    expect(git(repos.bare, 'for-each-ref', '--format=%(refname)')).toBe('refs/heads/main');
  });

  it("the user's pre-push hook does not judge the bot's push", async () => {
    fs.writeFileSync(path.join(repos.clone, '.git', 'hooks', 'pre-push'), '#!/bin/sh\necho "lint the working tree first" >&2\nexit 1\n', { mode: 0o755 });
    const { code, err } = await runPr(repos, api);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(remoteBranch('dockerfix/rewrite')).not.toBeNull();
  });

  it('a failed push leaves the local repository exactly as it was and opens no pull request', async () => {
    repos.commit({ 'web/Dockerfile': 'FROM node:20\nRUN npm i\nRUN echo ok\n' });
    // The clone is now behind its remote: not even origin/main may move.
    git(repos.clone, 'reset', '--quiet', '--hard', 'HEAD~1');
    git(repos.clone, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
    fs.writeFileSync(path.join(repos.bare, 'hooks', 'pre-receive'), '#!/bin/sh\necho "pushes are frozen" >&2\nexit 1\n', { mode: 0o755 });
    const before = localState();
    const config = fs.readFileSync(path.join(repos.clone, '.git', 'config'), 'utf8');
    const { code, err } = await runPr(repos, api);
    expect(code).toBe(2);
    expect(err).toMatch(/^dockerfix pr: git push failed: ! \[remote rejected\] [0-9a-f]+ -> dockerfix\/rewrite \(pre-receive hook declined\)\n$/);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(localState()).toEqual(before);
    expect(fs.readFileSync(path.join(repos.clone, '.git', 'config'), 'utf8')).toBe(config);
    expect(remoteBranch('dockerfix/rewrite')).toBeNull();
    expect(calls().filter((c) => c.startsWith('POST'))).toEqual([]);
  });

  it('the token appears in no output, no commit and not in .git/config, also when things fail', async () => {
    const secret = TOKEN;
    const outputs: string[] = [];
    for (const opts of [{}, { dryRun: true }]) {
      const r = await runPr(repos, api, opts);
      outputs.push(r.out, r.err);
    }
    api.fail = { status: 500, body: { message: `echoing ${secret} back` } };
    const failed = await runPr(repos, api);
    expect(failed.code).toBe(2);
    outputs.push(failed.out, failed.err);
    expect(failed.err).toContain('***');
    for (const o of outputs) expect(o).not.toContain(secret);
    expect(fs.readFileSync(path.join(repos.clone, '.git', 'config'), 'utf8')).not.toContain(secret);
    const raw = git(repos.bare, 'log', '--all', '--format=raw');
    expect(raw).not.toContain(secret);
    // The API got it, as a header.
    expect(api.requests.some((r) => r.authorization === `token ${secret}`)).toBe(true);
  });
});

describe('API errors: one clear line, exit 2', () => {
  const cases: [string, NonNullable<FakeGitHub['fail']>, RegExp][] = [
    ['401', { status: 401, body: { message: 'Bad credentials' } }, /cannot read the repository: the token was refused \(401 Bad credentials\): check GITHUB_TOKEN$/],
    ['403', { status: 403, body: { message: 'Resource not accessible by integration' } }, /permission denied \(403: Resource not accessible by integration\): the token needs contents: write and pull-requests: write on acme\/app$/],
    ['404', { status: 404, body: { message: 'Not Found' } }, /acme\/app not found \(404\): check the repository name, or the token cannot see it$/],
    ['422', { status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: 'No commits between main and dockerfix/rewrite' }] } }, /the API rejected the request \(422: Validation Failed: No commits between main and dockerfix\/rewrite\)$/],
    ['secondary rate limit', { status: 403, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, headers: { 'retry-after': '60' } }, /rate limit exceeded \(403\); retry after 60 s$/],
    ['rate limit', { status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1800000000' } }, /rate limit exceeded \(403\); it resets at 2027-01-15T08:00:00Z$/],
  ];
  for (const [name, failure, expected] of cases) {
    it(name, async () => {
      const repos = makeRepos({ Dockerfile: NAIVE });
      const api = await fakeGitHub();
      try {
        api.fail = failure;
        const { code, out, err } = await runPr(repos, api);
        expect(code).toBe(2);
        expect(out).toBe('');
        expect(err.split('\n')).toHaveLength(2);
        expect(err.trimEnd()).toMatch(/^dockerfix pr: GitHub API: /);
        expect(err.trimEnd()).toMatch(expected);
      } finally {
        await api.close();
        repos.cleanup();
      }
    });
  }

  it('network down', async () => {
    const repos = makeRepos({ Dockerfile: NAIVE });
    const api = await fakeGitHub();
    const url = api.url;
    await api.close();
    try {
      const { code, err } = await runPr(repos, url);
      expect(code).toBe(2);
      expect(err).toBe(`dockerfix pr: GitHub API: cannot read the repository: ${url} did not answer (ECONNREFUSED): check the network and --api-url / GITHUB_API_URL\n`);
    } finally {
      repos.cleanup();
    }
  });

  it('no token, not a dry run', async () => {
    const repos = makeRepos({ Dockerfile: NAIVE });
    try {
      const { code, err } = await runPr(repos, null, {}, null);
      expect(code).toBe(2);
      expect(err).toBe('dockerfix pr: GITHUB_TOKEN is not set (the token needs contents: write and pull-requests: write)\n');
    } finally {
      repos.cleanup();
    }
  });
});
