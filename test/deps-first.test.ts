import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rewrite } from '../src/engine.js';
import { inspectPackageJson } from '../src/ecosystems/common/manifests.js';
import { MAX_WORKSPACES, inspectNpmProject } from '../src/ecosystems/npm/manifests.js';
import { classify } from '../src/ecosystems/manifests.js';
import { inspectRequirements } from '../src/ecosystems/pip/manifests.js';
import { parseShell } from '../src/shell/parser.js';
import { invocation } from '../src/shell/query.js';

function kindOf(command: string): string {
  const script = parseShell(command);
  const inv = invocation(script.commands[0])!;
  const c = classify(inv);
  return c.kind === 'deps' ? `deps:${c.install.ecosystem}` : c.kind;
}

function manifestsOf(command: string): { required: string[][]; optional: string[] } {
  const c = classify(invocation(parseShell(command).commands[0])!);
  if (c.kind !== 'deps') throw new Error(`${command} is ${c.kind}`);
  return { required: c.install.required, optional: c.install.optional };
}

const reader = (files: Record<string, string>) => (rel: string): string | null => files[path.posix.normalize(rel)] ?? null;

describe('manifest detection', () => {
  it.each([
    ['npm ci', 'deps:npm'],
    ['npm install --omit=dev', 'deps:npm'],
    ['npm install express', 'build'],
    ['npm install -g pnpm@9', 'neutral'],
    ['npm run build', 'build'],
    ['npm ci --workspace=apps/web', 'build'],
    ['npm install --include-workspace-root -ws', 'build'],
    ['yarn', 'deps:yarn'],
    ['yarn install --frozen-lockfile', 'deps:yarn'],
    ['yarn add left-pad', 'build'],
    ['yarn global add @vue/cli', 'neutral'],
    ['pnpm install --frozen-lockfile', 'deps:pnpm'],
    ['pnpm fetch', 'deps:pnpm'],
    ['pip install -r requirements.txt', 'deps:pip'],
    ['python3 -m pip install --no-cache-dir -r requirements/prod.txt', 'deps:pip'],
    ['pip install gunicorn', 'neutral'],
    ['pip install .', 'build'],
    ['pip install -e .', 'build'],
    ['pip install -r requirements.txt -e .', 'build'],
    ['poetry install --no-root', 'deps:poetry'],
    ['poetry install', 'build'],
    ['pipenv install --system --deploy', 'deps:pipenv'],
    ['pipenv install requests', 'build'],
    ['uv sync --frozen --no-install-project', 'deps:uv'],
    ['uv sync', 'build'],
    ['uv pip install -r requirements.txt', 'deps:uv'],
    ['go mod download', 'deps:go'],
    ['go build ./...', 'build'],
    ['go install golang.org/x/tools/gopls@latest', 'neutral'],
    ['mvn -B dependency:go-offline', 'deps:maven'],
    ['./mvnw dependency:go-offline', 'deps:maven'],
    ['mvn package', 'build'],
    ['gradle dependencies --no-daemon', 'deps:gradle'],
    ['./gradlew build', 'build'],
    ['bundle install --jobs 4', 'deps:bundler'],
    ['bundle install --without development test', 'deps:bundler'],
    ['bundle exec rake assets:precompile', 'build'],
    ['composer install --no-scripts --no-autoloader', 'deps:composer'],
    ['composer install', 'build'],
    ['cargo fetch', 'build'],
    ['cargo install cargo-chef', 'neutral'],
    ['apt-get install -y git', 'neutral'],
    ['gem install bundler', 'neutral'],
    ['./scripts/generate.sh', 'build'],
  ])('%s is %s', (command, kind) => {
    expect(kindOf(command)).toBe(kind);
  });

  it('names the manifests and lockfiles each install reads', () => {
    expect(manifestsOf('npm ci')).toEqual({ required: [['package.json']], optional: ['package-lock.json', 'npm-shrinkwrap.json', '.npmrc'] });
    expect(manifestsOf('pip install -r a.txt -c constraints.txt')).toEqual({ required: [['a.txt'], ['constraints.txt']], optional: [] });
    expect(manifestsOf('gradle dependencies').required).toEqual([['build.gradle', 'build.gradle.kts']]);
    expect(manifestsOf('./mvnw -s .mvn/settings.xml dependency:go-offline').required).toEqual([['pom.xml'], ['.mvn/settings.xml'], ['mvnw']]);
    expect(manifestsOf('go mod download')).toEqual({ required: [['go.mod']], optional: ['go.sum'] });
  });

  it('follows -r and -c in requirement files, relative to the file that names them', () => {
    const read = reader({ 'requirements.txt': '-r reqs/base.txt\nflask\n', 'reqs/base.txt': '-c ../constraints.txt\nrequests\n', 'constraints.txt': 'requests<3\n' });
    expect(inspectRequirements(read, ['requirements.txt'])).toEqual({ extra: ['reqs/base.txt', 'constraints.txt'] });
  });

  it('finds local paths in requirement files', () => {
    expect(inspectRequirements(reader({ 'r.txt': './libs/foo\n' }), ['r.txt']).problem).toMatch(/local path/);
    expect(inspectRequirements(reader({ 'r.txt': 'foo @ file:///src/foo\n' }), ['r.txt']).problem).toMatch(/local path/);
    expect(inspectRequirements(reader({ 'r.txt': '-e git+https://github.com/a/b#egg=b\nflask==3.0 ; python_version > "3.8"\n' }), ['r.txt'])).toEqual({});
    expect(inspectRequirements(reader({ 'r.txt': '-r ../outside.txt\n' }), ['r.txt']).problem).toMatch(/outside/);
  });

  it('reads install scripts, workspaces and local dependencies from package.json', () => {
    const pkg = (json: object) => reader({ 'package.json': JSON.stringify(json) });
    expect(inspectPackageJson(pkg({ scripts: { prepare: 'husky install' } }), false).problem).toMatch(/"prepare" script/);
    expect(inspectPackageJson(pkg({ scripts: { prepare: 'husky install' } }), true)).toEqual({});
    expect(inspectPackageJson(pkg({ scripts: { build: 'tsc', start: 'node .' } }), false)).toEqual({});
    expect(inspectPackageJson(pkg({ dependencies: { a: 'link:../a' } }), false).problem).toMatch(/local path/);
    expect(inspectPackageJson(pkg({ dependencies: { typescript: '~5.6.3' } }), false)).toEqual({});
    expect(inspectPackageJson(pkg({ workspaces: ['packages/*'] }), false).problem).toMatch(/workspaces/);
  });
});

describe('shell view: redirects of a redirected statement', () => {
  it('names the files `> f` and `>> f` open on the statement, which the command node does not hold', () => {
    const script = parseShell('echo "DEBUG=0" > /app/.env 2>&1; echo x >> "$APP_HOME/s.ini"');
    const [a, b] = script.statements;
    expect(a.type).toBe('redirected_statement');
    expect(a.redirects?.map((r) => [r.text, r.target?.value])).toEqual([['> /app/.env', '/app/.env'], ['2>&1', '1']]);
    expect(b.redirects?.map((r) => [r.target?.text, r.target?.value])).toEqual([['"$APP_HOME/s.ini"', null]]);
    expect(parseShell('echo x').statements[0].redirects).toBeUndefined();
  });

  it('keeps the redirects at their place when a cached parse is moved', () => {
    const at = parseShell('echo a > /f', 100).statements[0].redirects![0];
    expect([at.start, at.end, at.target?.start]).toEqual([107, 111, 109]);
  });
});

describe('files an install needs beyond its manifests', () => {
  it('skips a manifest in a subdirectory reached through a symbolic link (the source COPY could not put the link there)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-link-'));
    fs.mkdirSync(path.join(dir, 'shared/reqs'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'requirements.txt'), '-r reqs/base.txt\n');
    fs.writeFileSync(path.join(dir, 'shared/reqs/base.txt'), 'flask\n');
    fs.writeFileSync(path.join(dir, '.dockerignore'), '.git\n');
    const text = 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\n';
    fs.symlinkSync('shared/reqs', path.join(dir, 'reqs'));
    const r = rewrite(text, { passes: ['deps-first'], context: dir });
    expect(r.output).toBe(text);
    expect(r.skipped.map((s) => s.reason).join('\n')).toContain('reqs is a symbolic link in the build context: the COPY of reqs/base.txt would make a directory there');
    fs.rmSync(path.join(dir, 'reqs'));
    fs.cpSync(path.join(dir, 'shared/reqs'), path.join(dir, 'reqs'), { recursive: true });
    expect(rewrite(text, { passes: ['deps-first'], context: dir }).output).toBe('FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt ./\nCOPY reqs/base.txt ./reqs/\nRUN pip install -r requirements.txt\nCOPY . .\n');
  });

  it('takes any --find-links that is not a URL as a local directory', () => {
    expect(kindOf('pip install --no-index --find-links wheels -r requirements.txt')).toBe('build');
    expect(kindOf('pip install -f ./wheels -r requirements.txt')).toBe('build');
    expect(kindOf('pip install -f https://download.pytorch.org/whl/torch_stable.html -r requirements.txt')).toBe('deps:pip');
  });

  it('reads yarn patch: dependencies with a local patch file, not built-in patches or ones under .yarn/', () => {
    const pkg = (o: object) => reader({ 'package.json': JSON.stringify(o) });
    expect(inspectPackageJson(pkg({ resolutions: { lodash: 'patch:lodash@npm%3A4.17.21#./patches/lodash.patch' } }), false).problem).toMatch(/patches lodash/);
    expect(inspectPackageJson(pkg({ dependencies: { typescript: 'patch:typescript@npm%3A5.4.5#optional!builtin<compat/typescript>' } }), false)).toEqual({});
    expect(inspectPackageJson(pkg({ dependencies: { a: 'patch:a@npm%3A1.0.0#~/.yarn/patches/a-npm-1.0.0.patch' } }), false)).toEqual({});
  });
});

describe('split', () => {
  const run = (text: string, unsafe = true) => rewrite(text, { passes: ['deps-first'], unsafe });

  it('splits install and build at the && after the install, keeping RUN flags and a cd', () => {
    const out = run('FROM node:20\nCOPY . /src\nRUN --mount=type=cache,target=/root/.npm cd /src && npm ci && npm run build && npm test\n').output;
    expect(out).toBe(
      'FROM node:20\nCOPY package.json package-lock.json* npm-shrinkwrap.json* .npmrc* /src/\n' +
        'RUN --mount=type=cache,target=/root/.npm cd /src && npm ci\nCOPY . /src\n' +
        'RUN --mount=type=cache,target=/root/.npm cd /src && npm run build && npm test\n',
    );
  });

  it('moves the source COPY past system-package RUNs and unrelated COPYs', () => {
    const r = run('FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN apt-get update && apt-get install -y gcc\nCOPY conf/ /etc/app/\nRUN pip install -r requirements.txt\n');
    // The system packages then move above the manifest COPY too: they read nothing it writes.
    expect(r.output).toBe('FROM python:3.12\nWORKDIR /app\nRUN apt-get update && apt-get install -y gcc\nCOPY requirements.txt ./\nCOPY conf/ /etc/app/\nRUN pip install -r requirements.txt\nCOPY . .\n');
    const split = r.changes.find((c) => c.tag === 'pip');
    expect(split?.safety).toBe('unsafe');
    expect(r.changes.find((c) => c.message.startsWith('move apt-get'))?.safety).toBe('safe');
  });

  it('does not move the source COPY past a command that may use the sources', () => {
    const r = run('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN make generate && npm ci\n');
    expect(r.changes).toEqual([]);
    expect(r.skipped.map((s) => s.reason).join('\n')).toMatch(/before installing dependencies/);
  });

  it('does not split when the rest of the RUN is joined by ; or ||', () => {
    expect(run('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci; npm run build\n').changes).toEqual([]);
  });

  it('leaves a COPY whose destination variable changes before the install', () => {
    const r = run('FROM node:20\nENV D=/app\nCOPY . $D\nENV D=/other\nWORKDIR /app\nRUN npm ci\n');
    expect(r.changes).toEqual([]);
    expect(r.skipped.map((s) => s.reason).join('\n')).toMatch(/variable that changes/);
  });

  it('is idempotent on its own output and on the hand-written split form', () => {
    const first = run('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n');
    expect(run(first.output).changes).toEqual([]);
    expect(run('FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm ci && npm run build\n').changes).toEqual([]);
  });
});

describe('go mod download', () => {
  const ctx = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-go-'));
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module example.com/app\n\ngo 1.22\n\nrequire github.com/acme/lib v1.0.0\n');
    fs.writeFileSync(path.join(dir, 'go.sum'), 'github.com/acme/lib v1.0.0 h1:x=\n');
    fs.writeFileSync(path.join(dir, 'main.go'), 'package main\n');
    fs.writeFileSync(path.join(dir, '.dockerignore'), '.git\n');
    return dir;
  };
  const run = (text: string) => rewrite(text, { passes: ['deps-first'], context: ctx() });

  it('skips when the build RUN bind-mounts files, builds offline, or sets module settings for itself', () => {
    const base = 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\n';
    for (const [runText, why] of [
      ['RUN --mount=type=bind,from=tools,source=/x,target=/x go build .', /bind mount/],
      ['RUN --network=none go build .', /--network=none/],
      ['RUN GOPRIVATE=github.com/acme go build .', /sets GOPRIVATE for itself/],
      ['RUN GOFLAGS=-mod=mod go build .', null],
    ] as const) {
      const r = run(`${base}${runText}\n`);
      expect(r.changes).toEqual([]);
      if (why) expect(r.skipped.map((s) => s.reason).join('\n')).toMatch(why);
    }
  });

  it('skips when the build RUN runs a set-up command before the build (git, a proxy) that the download would lack', () => {
    // A shell comment in the RUN keeps the hoist from moving the install above the COPY (df-4d118648d5).
    const r = run('FROM golang:1.22-alpine\nWORKDIR /src\nCOPY . .\nRUN apk --update add git && \\\n    go run main.go version # fetch the modules\nENTRYPOINT ["go", "run", "main.go"]\n');
    expect(r.changes.filter((c) => c.tag === 'go')).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toContain('`apk --update add git` runs before `go run main.go version` in the RUN at line 4 and may set up what fetching modules needs (git, certificates, credentials), and a download step before the COPY would run without it');
    // A command that sets up nothing: the download is added.
    const echo = run('FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN echo building && go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n');
    expect(echo.changes.map((c) => c.message)).toEqual(['copy go.mod and go.sum and download Go modules before copying the sources']);
  });

  it('still adds the download past ENV that does not change the fetch (CGO_ENABLED, GOOS)', () => {
    const r = run('FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nENV CGO_ENABLED=0 GOOS=linux\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n');
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].message).toMatch(/^copy go.mod and go.sum and download Go modules/);
  });
});

describe('.dockerignore proposal', () => {
  const dirs: string[] = [];
  const context = (files: Record<string, string>): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-df-'));
    dirs.push(dir);
    for (const [p, c] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      fs.writeFileSync(path.join(dir, p), c);
    }
    return dir;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const dockerfile = 'FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\n';

  it('proposes .git and the ecosystem outputs, safe when none exists in the context', () => {
    const dir = context({ 'package.json': '{}' });
    const r = rewrite(dockerfile, { passes: ['deps-first'], context: dir });
    expect(r.output).toBe(dockerfile);
    expect(r.files).toEqual([{ path: '.dockerignore', content: '# Proposed by dockerfix: files the image build never needs from the context.\n.git\nnode_modules\n.dockerignore\n' }]);
    expect(r.changes.map((c) => c.safety)).toEqual(['safe']);
    // Nothing is excluded today: the reason tells the gain for when the paths appear, not a saving now.
    expect(r.changes[0].reason).toBe('Once they appear (a commit, a local install), the builder does not receive them with the context on every build, and COPY . does not miss the cache when only they change. Safe: none of these paths exists in the context now, so the image does not change.');
    expect(r.skipped.filter((s) => s.pass === 'engine')).toEqual([]);
    // Once the file exists, nothing more is proposed.
    fs.writeFileSync(path.join(dir, '.dockerignore'), r.files[0].content);
    expect(rewrite(dockerfile, { passes: ['deps-first'], context: dir }).changes).toEqual([]);
  });

  it('is unsafe when the context holds an excluded path (it leaves the image)', () => {
    const dir = context({ 'package.json': '{}', 'node_modules/x/index.js': '' });
    const r = rewrite(dockerfile, { passes: ['deps-first'], context: dir });
    expect(r.files).toEqual([]);
    expect(r.skipped.map((s) => s.reason).join('\n')).toMatch(/Unsafe: the context holds node_modules/);
  });

  it('leaves the install after the sources when the context holds node_modules that .dockerignore keeps', () => {
    // (Not a fixture: the repository's .gitignore drops node_modules folders.)
    const dir = context({ 'package.json': '{}', 'package-lock.json': '{}', 'node_modules/x/index.js': '', '.dockerignore': '.git\n' });
    const r = rewrite('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n', { passes: ['deps-first'], context: dir });
    expect(r.changes).toEqual([]);
    expect(r.skipped.map((s) => s.reason).join('\n')).toMatch(/would overwrite the installed node_modules/);
    fs.writeFileSync(path.join(dir, '.dockerignore'), '.git\nnode_modules\n');
    expect(rewrite('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n', { passes: ['deps-first'], context: dir }).output).toBe(
      'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n',
    );
  });

  it('never excludes what the Dockerfile copies by name', () => {
    const dir = context({ 'package.json': '{}' });
    const r = rewrite('FROM node:20\nWORKDIR /app\nCOPY node_modules ./node_modules\nCOPY . .\nRUN npm ci\n', { passes: ['deps-first'], context: dir });
    expect(r.files[0]?.content).not.toMatch(/node_modules/);
  });

  it('never excludes what another Dockerfile beside it copies by name (a .dockerignore serves every build of the context)', () => {
    const dir = context({ 'package.json': '{}', 'Dockerfile.dev': 'FROM node:20\nWORKDIR /app\nCOPY node_modules ./node_modules\nCOPY . .\n', 'notes.txt': 'COPY .git /x\n' });
    const r = rewrite(dockerfile, { passes: ['deps-first'], context: dir });
    expect(r.files[0]?.content).toBe('# Proposed by dockerfix: files the image build never needs from the context.\n.git\n.dockerignore\n');
  });

  it('keeps .git when the build reads the repository (git describe, git rev-parse, a .git it deletes after use)', () => {
    const go = (run: string): string | undefined => rewrite(`FROM golang:1.22\nWORKDIR /src\nCOPY . .\n${run}\n`, { passes: ['deps-first'], context: context({ 'main.go': '' }) }).files[0]?.content;
    expect(go('RUN go build -ldflags "-X main.commit=$(git rev-parse HEAD)" -o /app .')).toBeUndefined();
    expect(go('RUN export V=$(git describe --always --dirty) && go build -o /app .')).toBeUndefined();
    expect(go('RUN git -C /src submodule update --init && go build -o /app .')).toBeUndefined();
    expect(go('RUN python3 version.py && find . -name .git | xargs rm -rf')).toBeUndefined();
    // A repository the RUN clones or makes itself, git config and a .git in a URL read nothing of the context.
    expect(go('RUN git clone https://github.com/a/b.git /b && cd /b && git checkout v1 && go build -o /app .')).toMatch(/^\.git$/m);
    expect(go('RUN git config --global url."https://x".insteadOf "ssh://y" && git init && git status && go build -o /app .')).toMatch(/^\.git$/m);
  });

  it('is not proposed when the Dockerfile copies only named files, or a .dockerignore exists', () => {
    expect(rewrite('FROM node:20\nCOPY package.json /app/\n', { passes: ['deps-first'], context: context({ 'package.json': '{}' }) }).files).toEqual([]);
    expect(rewrite(dockerfile, { passes: ['deps-first'], context: context({ 'package.json': '{}', '.dockerignore': '.git\n' }) }).files).toEqual([]);
  });
});

describe('a manifest COPY right before the source COPY', () => {
  const run = (text: string) => rewrite(text, { passes: ['deps-first'], unsafe: true });
  it('is folded into the new manifest COPY (its sources as written), not left to copy the same files twice in a row', () => {
    const r = run('FROM ruby:3.3\nWORKDIR /web\nCOPY Gemfile Gemfile.lock ./\nCOPY . ./\nRUN bundle install\nCMD ["ruby", "app.rb"]\n');
    expect(r.output).toBe('FROM ruby:3.3\nWORKDIR /web\nCOPY Gemfile Gemfile.lock .ruby-version* ./\nRUN bundle install\nCOPY . ./\nCMD ["ruby", "app.rb"]\n');
    expect(r.changes[0].reason).toContain('The COPY at line 3 copied some of them already: it is folded into the manifest COPY');
    expect(r.changes[0].message).toBe('copy Gemfile, Gemfile.lock and .ruby-version* and install bundler dependencies before copying the sources (line 4)');
    expect(run(r.output).changes).toEqual([]);
  });
  it('stays when its flags or destination differ, or it copies something else', () => {
    for (const prev of ['COPY --chown=app Gemfile Gemfile.lock ./', 'COPY Gemfile Gemfile.lock /tmp/', 'COPY Gemfile Gemfile.lock config.ru ./']) {
      const r = run(`FROM ruby:3.3\nWORKDIR /web\n${prev}\nCOPY . ./\nRUN bundle install\nCMD ["ruby", "app.rb"]\n`);
      expect(r.output, prev).toContain(`${prev}\nCOPY Gemfile Gemfile.lock* .ruby-version* ./\n`);
    }
  });
});

describe('moving context-free commands above the source COPY', () => {
  const run = (text: string) => rewrite(text, { passes: ['deps-first'] });
  const moved = (text: string) => run(text).changes.filter((c) => c.message.startsWith('move '));

  it('moves user creation past COPYs and a language install, up to WORKDIR, as a safe change', () => {
    const r = run('FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\nRUN useradd -m app && chown -R app /app\n');
    expect(r.output).toBe('FROM node:20\nWORKDIR /app\nRUN useradd -m app\nCOPY package.json ./\nRUN npm install\nCOPY . .\nRUN chown -R app /app\n');
    expect(r.changes.every((c) => c.safety === 'safe')).toBe(true);
    expect(r.changes[0].reason).toContain('copy-chown can set the owner as the files are written');
    // What the move relies on and cannot check is said (case prod fastapi-poetry: useradd past `poetry install`).
    expect(r.changes[0].reason).toContain('Assumed: the dependency install it passes (line 4) does not read the user and group databases.');
    expect(run(r.output).changes).toEqual([]);
  });

  it('names a passed instruction an earlier change wrote by its text, not by a line another instruction has', () => {
    // express-npm: `npm cache verify` moves above the source COPY that deps-first put after `npm install` (line 7).
    const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/apps/express-npm');
    const r = rewrite(fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8'), { passes: ['deps-first'], context: dir });
    const move = r.changes.find((c) => c.message.startsWith('move npm'))!;
    expect(move.reason).toContain('the instructions it moves past (`COPY . .`, which an earlier change put there)');
    expect(move.reason).not.toContain('past (line 7)');
  });

  it('states no assumption when no dependency install is passed', () => {
    expect(moved('FROM debian:12\nCOPY . /app\nRUN useradd app\n')[0].reason).not.toContain('Assumed');
  });

  it('tells copy-chown can set the owner only when a chown follows the COPY', () => {
    const r = run('FROM debian:12\nCOPY entrypoint.sh /entrypoint.sh\nRUN chmod u+x /entrypoint.sh\nRUN useradd -d /home/twitter twitter\nUSER twitter\n');
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].reason).toContain('a source edit no longer re-runs it.');
    expect(r.changes[0].reason).not.toContain('copy-chown');
  });

  it('names what the COPY it moves above copies: the build context for `.`, else its sources', () => {
    expect(moved('FROM debian:12\nCOPY entrypoint.sh /entrypoint.sh\nRUN chmod u+x /entrypoint.sh\nRUN useradd app\n')[0].message).toBe('move useradd from the RUN at line 4 above the COPY of entrypoint.sh');
    expect(moved('FROM debian:12\nCOPY . /app\nRUN useradd app\n')[0].message).toBe('move useradd from the RUN at line 3 above the COPY of the build context');
  });

  it('keeps user creation after a COPY it depends on: into a home, or naming users with --chown', () => {
    expect(moved('FROM debian:12\nCOPY skel /home/app\nRUN useradd -m app\n')).toEqual([]);
    // BusyBox adduser names the home with -h (made by it, owned by the user, when the COPY has not made it); a skeleton, root, prefix or
    // configuration file inside the copied tree is read or written there too.
    expect(moved('FROM alpine:3.20\nCOPY . /app\nRUN adduser -D -h /app app\n')).toEqual([]);
    expect(moved('FROM debian:12\nCOPY . /app\nRUN useradd -m -k /app/skel app\n')).toEqual([]);
    expect(moved('FROM debian:12\nCOPY . /app\nRUN useradd --skel=/app/skel -m app\n')).toEqual([]);
    expect(moved('FROM debian:12\nCOPY . /app\nRUN useradd -R /app app\n')).toEqual([]);
    expect(moved('FROM debian:12\nCOPY . /app\nRUN adduser --conf /app/adduser.conf app\n')).toEqual([]);
    expect(moved('FROM alpine:3.20\nCOPY . /app\nRUN adduser -D -h /home/app app\n')).toHaveLength(1);
    expect(moved('FROM debian:12\nCOPY --chown=web:web . /srv\nRUN useradd api\n')).toEqual([]);
    // A numeric --chown names no user.
    expect(moved('FROM debian:12\nCOPY --chown=1000:1000 . /srv\nRUN useradd api\n')).toHaveLength(1);
  });

  it('keeps package installs after a COPY into system directories and after a language install', () => {
    expect(moved('FROM debian:12\nCOPY . /usr/local/lib/app\nRUN apt-get update && apt-get install -y jq\n')).toEqual([]);
    expect(run('FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\nRUN apt-get update && apt-get install -y jq\n').output).toBe(
      'FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nRUN apt-get update && apt-get install -y jq\nCOPY . .\n',
    );
  });

  it('tells why commands stay after a COPY, in the number of the commands named', () => {
    const reasons = (text: string) => run(text).skipped.map((s) => s.reason);
    expect(reasons('FROM debian:12\nCOPY . /usr/local/lib/report\nRUN apt-get update && apt-get install -y jq && mkdir -p /var/log/x\n')).toContain('apt-get, mkdir stay after the COPY at line 2: they may read or write what that COPY writes (or the user names it sets)');
    expect(reasons('FROM debian:12\nCOPY . /usr/local/lib/report\nRUN apt-get update && apt-get install -y jq\n')).toContain('apt-get stays after the COPY at line 2: it may read or write what that COPY writes (or the user names it sets)');
  });

  it('keeps a package install of a local file after the COPY that may bring it', () => {
    expect(moved('FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN apt-get update && apt-get install -y ./vendor/foo.deb\n')).toEqual([]);
    expect(moved('FROM alpine:3.20\nWORKDIR /app\nCOPY . .\nRUN apk add --allow-untrusted vendor/foo.apk\n')).toEqual([]);
    expect(moved('FROM fedora:40\nWORKDIR /app\nCOPY . .\nRUN dnf install -y x.rpm\n')).toEqual([]);
    expect(moved('FROM debian:12\nWORKDIR /app\nCOPY . .\nRUN dpkg -i $DEB\n')).toEqual([]);
    // Package names, and repository URLs, are not files.
    expect(moved('FROM alpine:3.20\nWORKDIR /app\nCOPY . .\nRUN apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing jq\n')).toHaveLength(1);
  });

  it('never reorders two commands that create users or install packages', () => {
    const r = run('FROM debian:12\nCOPY . /app\nRUN apt-get update && apt-get install -y postgresql\nRUN useradd app\n');
    expect(r.output).toBe('FROM debian:12\nRUN apt-get update && apt-get install -y postgresql\nRUN useradd app\nCOPY . /app\n');
  });

  it('stops at ENV, USER and unknown commands, and leaves ; lists, RUN flags and lone mkdirs alone', () => {
    expect(moved('FROM debian:12\nCOPY . /app\nENV X=1\nRUN useradd app\n')).toEqual([]);
    expect(moved('FROM debian:12\nCOPY . /app\nUSER nobody\nRUN apt-get install -y jq\n')).toEqual([]);
    expect(moved('FROM debian:12\nCOPY . /app\nRUN make -C /app\nRUN useradd app\n')).toEqual([]);
    expect(moved('FROM debian:12\nCOPY . /app\nRUN useradd app; make -C /app\n')).toEqual([]);
    expect(moved('FROM debian:12\nCOPY . /app\nRUN --mount=type=cache,target=/var/cache/apt apt-get install -y jq\n')).toEqual([]);
    expect(moved('FROM debian:12\nCOPY . /app\nRUN mkdir -p /var/log/app\n')).toEqual([]);
  });

  it('does not split a package install from the cleanup after it', () => {
    expect(moved('FROM debian:12\nCOPY . /app\nRUN apt-get update && apt-get install -y make && make -C /app && rm -rf /var/lib/apt/lists/*\n')).toEqual([]);
  });

  it('lets the default run clean the lists once, in the moved part, when it splits a RUN', () => {
    // A cleanup computed on the whole RUN lands at its end, which after the split is the part that stays below the
    // COPY: the lists were already removed in the moved part, so it would delete nothing there.
    const r = rewrite('FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY ./download.mjs ./download.mjs\nRUN apt-get update && \\\n    apt-get install -y curl && \\\n    node ./download.mjs\n');
    expect(r.output).toBe('FROM node:22-bookworm-slim\nWORKDIR /app\nRUN apt-get update && \\\n    apt-get install -y curl && \\\n    rm -rf /var/lib/apt/lists/*\nCOPY ./download.mjs ./download.mjs\nRUN node ./download.mjs\n');
    expect(r.changes.filter((c) => c.pass === 'cache-cleanup')).toHaveLength(1);
  });

  it('moves only the leading commands of a RUN and keeps the rest byte for byte', () => {
    const r = run('FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN groupadd -r app && useradd -r -g app app && \\\n    python -m compileall .\n');
    // The moved commands follow the RUN's multi-line layout.
    expect(r.output).toBe('FROM python:3.12\nWORKDIR /app\nRUN groupadd -r app && \\\n    useradd -r -g app app\nCOPY . .\nRUN python -m compileall .\n');
  });

  it('moves a RUN that stops below another moving RUN together with it, in one change', () => {
    // groupadd (line 5) moves above the COPY (line 4); useradd (line 6) needs its group, so alone it would stop below
    // groupadd and move in a second round, a second change told at the same line: it joins the move instead.
    const r = run('FROM ruby:3.3\nWORKDIR /app\nRUN bundle exec rake setup\nCOPY . /app\nRUN groupadd nginx\nRUN useradd -g nginx nginx\nCMD ["ruby", "app.rb"]\n');
    expect(r.output).toBe('FROM ruby:3.3\nWORKDIR /app\nRUN bundle exec rake setup\nRUN groupadd nginx\nRUN useradd -g nginx nginx\nCOPY . /app\nCMD ["ruby", "app.rb"]\n');
    expect(r.rounds).toBe(1);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].message).toBe('move groupadd, useradd from the RUNs at lines 5 and 6 above the COPY of the build context');
    expect(r.changes[0].reason).toContain('move past (line 4)');
    expect(r.changes[0].reason).toContain('they stop below line 3,');
    expect(r.changes[0].reason).toContain('The RUNs keep their order.');
  });

  it('does not take a RUN along when it does not commute with what the move passes', () => {
    // useradd -m writes /app/home/web inside what the COPY writes: it stays, and so does its group's move alone.
    const r = run('FROM debian:bookworm\nCOPY . /app\nRUN groupadd web\nRUN useradd -g web -m -d /app/home/web web\nCMD ["/app/run"]\n');
    expect(r.changes.map((c) => c.message)).toEqual(['move groupadd from the RUN at line 3 above the COPY of the build context']);
    expect(r.output).toBe('FROM debian:bookworm\nRUN groupadd web\nCOPY . /app\nRUN useradd -g web -m -d /app/home/web web\nCMD ["/app/run"]\n');
  });

  it('names the COPY a skipped move stays after by its text when an earlier change wrote it', () => {
    // Round 0 (no build context: unsafe) copies requirements.txt before the install; round 1 would move apk above
    // that manifest COPY, which has no line of its own: told as line 3 it read as the ADD of the whole context.
    const r = rewrite('FROM python:3.10-alpine\nWORKDIR /usr\nADD . ./app\nRUN apk add build-base\nRUN pip install -r ./app/requirements.txt\nCMD ["python", "app/main.py"]\n', { passes: ['deps-first'], unsafe: true });
    expect(r.changes).toHaveLength(1);
    const skip = r.skipped.find((s) => s.reason.includes('stays after'));
    expect(skip?.reason).toBe('apk stays after `COPY requirements.txt ./app/` (written there by an earlier change): it may read or write what that COPY writes (or the user names it sets)');
  });
});

describe('npm workspaces', () => {
  const json = (o: object): string => JSON.stringify(o);
  /** A reader and a tree over an in-memory project: file paths, directories implied. */
  const project = (files: Record<string, string>) => {
    const read = (rel: string): string | null => files[path.posix.normalize(rel)] ?? null;
    const list = (rel: string): string[] => {
      const dir = path.posix.normalize(rel).replace(/^\.$/, '');
      const names = new Set<string>();
      for (const f of Object.keys(files)) if (dir === '' || f.startsWith(`${dir}/`)) names.add(f.slice(dir ? dir.length + 1 : 0).split('/')[0]);
      return [...names];
    };
    const has = (rel: string): boolean => {
      const p = path.posix.normalize(rel);
      return Object.keys(files).some((f) => f === p || f.startsWith(`${p}/`));
    };
    return { read, tree: { list, has } };
  };
  const inspect = (files: Record<string, string>, ignoreScripts = false) => {
    const { read, tree } = project(files);
    return inspectNpmProject(read, tree, { ignoreScripts });
  };

  it('keeps the old answer without a build context: the workspace paths are not guessed', () => {
    const { read } = project({ 'package.json': json({ workspaces: ['packages/*'] }), 'packages/a/package.json': '{}' });
    expect(inspectNpmProject(read, undefined, { ignoreScripts: false }).problem).toMatch(/declares workspaces: installing them needs every workspace package/);
  });

  it('resolves array and object forms to the directories holding a package.json, sorted, skipping dot names and node_modules', () => {
    const files = {
      'packages/b/package.json': json({ name: 'b' }),
      'packages/a/package.json': json({ name: 'a' }),
      'packages/docs/README.md': '',
      'packages/.hidden/package.json': json({ name: 'hidden', scripts: { postinstall: 'x' } }),
      'tools/gen/package.json': json({ name: 'gen' }),
    };
    expect(inspect({ ...files, 'package.json': json({ workspaces: ['packages/*', './tools/gen/'] }) }).extra).toEqual(['packages/a/package.json', 'packages/b/package.json', 'tools/gen/package.json']);
    const object = inspect({ ...files, 'package.json': json({ workspaces: { packages: ['packages/*'], nohoist: ['**/x'] } }) });
    expect(object.extra).toEqual(['packages/a/package.json', 'packages/b/package.json']);
    expect(object.note).toContain('resolve in the build context to packages/a, packages/b');
    expect(inspect({ ...files, 'package.json': json({ workspaces: ['node_modules/*', '*'] }) }).extra).toEqual([]);
  });

  it('says so when a pattern matches nothing (npm installs no workspace there, either way)', () => {
    const r = inspect({ 'package.json': json({ workspaces: ['apps/*', 'packages/*'] }), 'apps/web/package.json': '{}' });
    expect(r.extra).toEqual(['apps/web/package.json']);
    expect(r.note).toContain('"packages/*" matches no directory holding a package.json');
  });

  it('skips what it cannot prove', () => {
    const ws = (pkg: object, more: Record<string, string> = {}) => inspect({ 'package.json': json({ workspaces: ['packages/*'] }), 'packages/a/package.json': json(pkg), ...more }).problem;
    expect(inspect({ 'package.json': json({ workspaces: 'packages/*' }) }).problem).toMatch(/a form npm does not read/);
    for (const pattern of ['packages/**', '!packages/old', 'packages/{a,b}', 'packages/[ab]', '../shared/*']) {
      expect(inspect({ 'package.json': json({ workspaces: [pattern] }) }).problem, pattern).toMatch(/not one the build context can resolve/);
    }
    expect(ws({ scripts: { prepare: 'tsc' } })).toMatch(/^packages\/a\/package.json has a "prepare" script/);
    expect(ws({}, { 'packages/a/binding.gyp': '{}' })).toMatch(/the workspace packages\/a has a binding.gyp/);
    expect(ws({ dependencies: { b: 'link:../b' } })).toMatch(/packages\/a\/package.json depends on b from a local path/);
    expect(ws({ workspaces: ['x/*'] })).toMatch(/declares workspaces itself/);
    expect(ws({ directories: { bin: './bin' } })).toMatch(/directories.bin/);
    expect(ws({ bin: '../../tool.js' })).toMatch(/points outside the workspace/);
    expect(ws({ name: '@s/tool', bin: 'cli.js' }, { 'packages/a/cli.js': '' })).toMatch(/the bin tool of packages\/a\/package.json is cli.js, which the build context holds/);
    expect(ws({}, { 'packages/a/node_modules/x/index.js': '' })).toMatch(/holds packages\/a\/node_modules/);
    // A bin that the build writes later is missing at install time both ways.
    expect(ws({ bin: { tool: 'dist/cli.js' } })).toBeUndefined();
    // The lock file's record of the bins is what `npm ci` links.
    const lock = json({ lockfileVersion: 3, packages: { 'packages/a': { bin: { tool: 'src/cli.js' } } } });
    expect(ws({}, { 'packages/a/src/cli.js': '', 'package-lock.json': lock })).toMatch(/the bin tool of the lock file's entry for packages\/a is src\/cli.js/);
    // Install scripts are allowed with --ignore-scripts, as for the root.
    expect(inspect({ 'package.json': json({ workspaces: ['packages/*'] }), 'packages/a/package.json': json({ scripts: { postinstall: 'x' } }) }, true).problem).toBeUndefined();
  });

  it(`does not split out more than ${MAX_WORKSPACES} workspaces (each is a layer)`, () => {
    const files: Record<string, string> = { 'package.json': json({ workspaces: ['packages/*'] }) };
    for (let i = 0; i <= MAX_WORKSPACES; i++) files[`packages/p${i}/package.json`] = json({ name: `p${i}` });
    expect(inspect(files).problem).toMatch(new RegExp(`names ${MAX_WORKSPACES + 1} workspaces: one manifest COPY each would add`));
  });

  it('copies each workspace package.json before the install, with a build context; without one it stays as before', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-ws-'));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    write('package.json', json({ workspaces: ['apps/*'] }));
    write('package-lock.json', '{}');
    write('apps/web/package.json', json({ name: 'web' }));
    write('.dockerignore', '.git\nnode_modules\n');
    const text = 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n';
    const r = rewrite(text, { passes: ['deps-first'], context: dir });
    expect(r.output).toBe('FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nCOPY apps/web/package.json ./apps/web/\nRUN npm ci\nCOPY . .\n');
    expect(r.changes[0].safety).toBe('safe');
    expect(r.changes[0].message).toBe('copy package.json, package-lock.json and the package.json of its workspace and install npm dependencies before copying the sources');
    expect(r.changes[0].reason).toContain('Note: package.json declares the workspaces "apps/*", which resolve in the build context to apps/web;');
    // .dockerignore anchors `node_modules` at the root: a workspace's own node_modules goes to the builder.
    write('apps/web/node_modules/x/index.js', '');
    expect(rewrite(text, { passes: ['deps-first'], context: dir }).skipped.map((s) => s.reason).join('\n')).toMatch(/holds apps\/web\/node_modules \(not excluded by .dockerignore\)/);
    fs.rmSync(path.join(dir, 'apps/web/node_modules'), { recursive: true });
    // A workspace reached through a symbolic link: the manifest COPY would make a directory where the link goes.
    write('shared/ui/package.json', json({ name: 'ui' }));
    fs.symlinkSync('../shared/ui', path.join(dir, 'apps/ui'));
    expect(rewrite(text, { passes: ['deps-first'], context: dir }).skipped.map((s) => s.reason).join('\n')).toContain('apps/ui is a symbolic link in the build context: the COPY of apps/ui/package.json would make a directory there, where the source COPY then brings the link');
    const unsafe = rewrite(text, { passes: ['deps-first'], unsafe: true });
    expect(unsafe.output).toBe('FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json* npm-shrinkwrap.json* .npmrc* ./\nRUN npm ci\nCOPY . .\n');
    expect(unsafe.changes[0].reason).toMatch(/^Unsafe: no build context to check what package.json declares \(install scripts, local-path dependencies, workspaces\)/);
  });

  describe('an install in a workspace directory (npm installs from the monorepo root above it)', () => {
    const context = (files: Record<string, string>): string => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-wsroot-'));
      for (const [rel, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), text);
      }
      return dir;
    };
    const mono = { 'package.json': json({ workspaces: ['apps/*'] }), 'package-lock.json': '{}', 'apps/web/package.json': json({ name: 'web' }), '.dockerignore': '.git\n**/node_modules\n' };

    it('is skipped when the copied tree holds a root declaring workspaces (checked on the engine: the rewrite did not build)', () => {
      const dir = context(mono);
      for (const text of ['FROM node:20\nWORKDIR /app\nCOPY . .\nRUN cd apps/web && npm ci\n', 'FROM node:20\nWORKDIR /app/apps/web\nCOPY . /app\nRUN npm ci\n']) {
        const r = rewrite(text, { passes: ['deps-first'], context: dir });
        expect(r.output, text).toBe(text);
        expect(r.skipped.map((s) => s.reason).join('\n')).toContain('the copied tree holds ../../package.json above the install\'s directory, which declares workspaces');
      }
      // --prefix names the project: npm does not look above it.
      const prefixed = rewrite('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci --prefix apps/web\n', { passes: ['deps-first'], context: context({ ...mono, 'apps/web/package-lock.json': '{}' }) });
      expect(prefixed.output).toBe('FROM node:20\nWORKDIR /app\nCOPY apps/web/package.json apps/web/package-lock.json ./apps/web/\nRUN npm ci --prefix apps/web\nCOPY . .\n');
      // A root without workspaces does not count.
      const plain = rewrite('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN cd apps/web && npm ci\n', { passes: ['deps-first'], context: context({ ...mono, 'package.json': json({ name: 'tools' }) }) });
      expect(plain.changes).toHaveLength(1);
    });

    it('says what it could not check without a build context', () => {
      const r = rewrite('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN cd apps/web && npm ci\n', { passes: ['deps-first'], unsafe: true });
      expect(r.changes[0].reason).toContain('whether a package.json between /app and /app/apps/web declares workspaces (npm would install from that root)');
    });

    it('keeps a manifest COPY and its install below a COPY of a package.json above the project', () => {
      const dir = context({ ...mono, 'libs/x.js': '', 'tools/y.js': '' });
      const text = 'FROM node:20\nWORKDIR /app\nCOPY libs libs\nCOPY package.json ./\nCOPY tools tools\nCOPY apps/web/package.json apps/web/\nRUN cd apps/web && npm ci\n';
      const r = rewrite(text, { passes: ['deps-first'], context: dir });
      expect(r.output).toBe('FROM node:20\nWORKDIR /app\nCOPY libs libs\nCOPY package.json ./\nCOPY apps/web/package.json apps/web/\nRUN cd apps/web && npm ci\nCOPY tools tools\n');
    });
  });
});
