import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { rewrite } from '../src/engine.js';
import { isBuildOnlyPackage, runtimeBase } from '../src/multistage.js';
import { FIXTURES } from './helpers/fixtures.js';

const only = { passes: ['multi-stage'], unsafe: true };

describe('runtimeBase', () => {
  it.each([
    ['node:18-bookworm', 'node:18-bookworm-slim'],
    ['node:20', 'node:20-slim'],
    ['node', 'node:slim'],
    ['docker.io/library/node:lts', 'docker.io/library/node:lts-slim'],
    ['python:3.11-bookworm', 'python:3.11-slim-bookworm'],
    ['python:3.12', 'python:3.12-slim'],
    ['python:bookworm', 'python:slim-bookworm'],
    ['ruby:3.2-bullseye', 'ruby:3.2-slim-bullseye'],
    ['golang:1.22-bookworm', 'debian:bookworm-slim'],
    ['rust:1.75-bullseye', 'debian:bullseye-slim'],
    ['buildpack-deps:bookworm', 'debian:bookworm-slim'],
  ])('%s runs on %s', (image, runtime) => {
    expect(runtimeBase(image)?.image).toBe(runtime);
  });

  it.each(['node:18-slim', 'node:18-alpine', 'python:3.11-slim-bookworm', 'golang:1.22', 'golang:1.22-alpine', 'debian:bookworm', 'ubuntu:22.04', 'node@sha256:' + 'a'.repeat(64), 'myorg/node:18'])(
    '%s has no known runtime variant',
    (image) => expect(runtimeBase(image)).toBeNull(),
  );
});

describe('isBuildOnlyPackage', () => {
  it('knows compilers, build systems and language headers', () => {
    for (const p of ['build-essential', 'gcc', 'g++-12', 'make', 'cmake', 'python3-dev', 'python3.11-dev', 'libc6-dev', 'pkg-config', 'build-base', 'musl-dev', 'gcc=4:12.2.0-3']) {
      expect(isBuildOnlyPackage(p), p).toBe(true);
    }
  });
  it('keeps other -dev packages and run-time packages (their libraries may be loaded at run time)', () => {
    for (const p of ['libpq-dev', 'libssl-dev', 'curl', 'python3', 'git', 'ca-certificates', 'nodejs']) expect(isBuildOnlyPackage(p), p).toBe(false);
  });
});

describe('multi-stage pass', () => {
  it('is unsafe: without --unsafe the change is listed as skipped and nothing is written', () => {
    const text = 'FROM node:18-bookworm\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "index.js"]\n';
    const safe = rewrite(text, { passes: ['multi-stage'] });
    expect(safe.output).toBe(text);
    expect(safe.skipped.some((s) => s.pass === 'multi-stage' && s.changeId)).toBe(true);
    const unsafe = rewrite(text, only);
    expect(unsafe.changes).toHaveLength(1);
    expect(unsafe.changes[0].safety).toBe('unsafe');
    expect(unsafe.changes[0].keeps).toEqual(['/app']);
  });

  it('keeps the original stage byte for byte as the build stage and adds exactly one stage', () => {
    const text = 'FROM python:3.11-bookworm\r\n# deps\r\nRUN pip install --no-cache-dir flask \\\r\n  gunicorn\r\nCOPY app.py /srv/\r\nCMD ["gunicorn", "app:app"]\r\n';
    const out = rewrite(text, only).output;
    expect(out.startsWith('FROM python:3.11-bookworm AS build\r\n# deps\r\nRUN pip install --no-cache-dir flask \\\r\n  gunicorn\r\nCOPY app.py /srv/\r\n')).toBe(true);
    expect(out).not.toMatch(/[^\r]\n/);
    const doc = parseDocument(out);
    expect(doc.stages.map((s) => s.image)).toEqual(['python:3.11-bookworm', 'python:3.11-slim-bookworm']);
    expect(out).toContain('COPY --from=build /usr/local /usr/local');
    expect(out).toContain('COPY --from=build /srv/app.py /srv/app.py');
  });

  it('says nothing about files it has no business with (no runtime variant, no build-only package)', () => {
    const r = rewrite('FROM debian:bookworm\nRUN apt-get install -y curl\nCMD ["curl"]\n', only);
    expect(r.changes).toEqual([]);
    expect(r.skipped).toEqual([]);
  });

  it('skips with a reason when a RUN writes files it cannot name', () => {
    const r = rewrite('FROM node:18\nWORKDIR /app\nCOPY . .\nRUN ./install.sh --prefix=/opt/tool && some-tool init\nCMD ["node", "."]\n', only);
    expect(r.changes).toEqual([]);
    expect(r.skipped.map((s) => s.reason).join('\n')).toContain('"some-tool": the pass does not know which files it writes');
  });

  it('replays apt sources written by a redirect before the installs that need them', () => {
    const text = [
      'FROM python:3.11-bookworm',
      'RUN echo "deb http://deb.example.org/debian bookworm main" > /etc/apt/sources.list.d/example.list && apt-get update && apt-get install -y example-tool gcc',
      'COPY . /app',
      'RUN pip install --no-cache-dir -r /app/requirements.txt',
      'CMD ["python3", "/app/main.py"]',
      '',
    ].join('\n');
    const out = rewrite(text, only).output;
    const runtime = out.slice(out.lastIndexOf('FROM '));
    expect(runtime).toContain('echo "deb http://deb.example.org/debian bookworm main" > /etc/apt/sources.list.d/example.list && \\\n    apt-get update && \\\n    apt-get install -y example-tool');
    expect(runtime).not.toContain('gcc');
  });

  it('replays an apt install that would ask (no -y) with -y, and says so; one that answers itself as written', () => {
    const head = 'FROM node:20\nRUN apt-get update && apt-get install --no-install-recommends ';
    const tail = ' && rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n';
    const asks = rewrite(`${head}htop${tail}`, only);
    const runtime = asks.output.slice(asks.output.lastIndexOf('FROM '));
    expect(runtime).toContain('apt-get install -y --no-install-recommends htop');
    expect(asks.changes[0].reason).toContain('The apt install at line 2 runs with -y in the runtime stage: node:20-slim may lack packages it depends on that node:20 has');
    for (const answers of ['-y', '--yes', '--assume-yes', '-qy', '-yqq', '-qq', '-q=2', '-o APT::Get::Assume-Yes=true']) {
      const r = rewrite(`${head}${answers} htop${tail}`, only);
      expect(r.output.slice(r.output.lastIndexOf('FROM ')), answers).toContain(`apt-get install --no-install-recommends ${answers} htop`);
      expect(r.changes[0].reason, answers).not.toContain('with -y');
    }
  });

  it('drops `apk del` of a virtual build package group and of packages the runtime never installed', () => {
    const text = [
      'FROM python:3.12-alpine',
      'RUN apk add --no-cache --virtual .build-deps gcc musl-dev && apk add --no-cache libpq',
      'WORKDIR /app',
      'COPY . .',
      'RUN pip install -r requirements.txt && apk del .build-deps gcc',
      'CMD ["python", "app.py"]',
      '',
    ].join('\n');
    const out = rewrite(text, only).output;
    const runtime = out.slice(out.lastIndexOf('FROM '));
    expect(runtime).toContain('RUN apk add --no-cache libpq\n');
    expect(runtime).not.toContain('apk del');
    expect(runtime).toContain('RUN --mount=type=bind,from=build,source=/app,target=/mnt chown "$(stat -c %u:%g /mnt)" /app');
  });

  it('splits the five sample apps built on toolchain images and leaves the other three alone', () => {
    const apps = ['apt-heavy', 'express-npm', 'go-stdlib', 'node-dist', 'prod-service', 'python-venv', 'static-docs', 'ts-build'];
    const split = apps.filter((app) => {
      const dir = join(FIXTURES, 'apps', app);
      const r = rewrite(readFileSync(join(dir, 'Dockerfile'), 'utf8'), { unsafe: true, context: dir });
      return r.changes.some((c) => c.pass === 'multi-stage');
    });
    expect(split).toEqual(['express-npm', 'go-stdlib', 'node-dist', 'python-venv', 'ts-build']);
  });

  it('ships only the go binary once the module download comes before the sources, and drops the go toolchain', () => {
    const dir = join(FIXTURES, 'apps', 'go-stdlib');
    const r = rewrite(readFileSync(join(dir, 'Dockerfile'), 'utf8'), { unsafe: true, context: dir });
    const change = r.changes.find((c) => c.pass === 'multi-stage')!;
    expect(change.keeps).toEqual(['/usr/local/bin/wordfreq-server']);
    expect(change.reason).toContain('the sources (/go/src/app): the command runs the compiled /usr/local/bin/wordfreq-server');
    expect(r.output).toContain('\nFROM debian:bookworm-slim\n');
    // Without deps-first the install reads the whole source tree: the sources are copied from the build stage.
    const alone = rewrite(readFileSync(join(dir, 'Dockerfile'), 'utf8'), { unsafe: true, context: dir, passes: ['multi-stage'] });
    expect(alone.changes[0].keeps).toEqual(['/go/src/app', '/usr/local/bin/wordfreq-server']);
  });

  it('keeps the gems of a bundle install on the official ruby image (GEM_HOME), not only the app directory, and not the build image\'s own Ruby in /usr/local/bin', () => {
    const text = 'FROM ruby:3.2-bookworm\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nCMD ["bundle", "exec", "puma"]\n';
    const r = rewrite(text, only);
    expect(r.changes[0].keeps).toEqual(['/app', '/usr/local/bundle']);
    expect(r.output).toContain('\nFROM ruby:3.2-slim-bookworm\n');
  });

  it('keeps what a build tool writes through an output option outside the working directory', () => {
    const text = 'FROM node:20\nWORKDIR /src\nCOPY . .\nRUN npm ci && npx tsc --outDir /srv/dist\nCMD ["node", "/srv/dist/index.js"]\n';
    expect(rewrite(text, only).changes[0].keeps).toEqual(['/src', '/srv/dist']);
  });

  it('skips setup.py install (site-packages) instead of copying only the sources', () => {
    const r = rewrite('FROM python:3.11\nWORKDIR /src\nCOPY . .\nRUN python setup.py install\nCMD ["app"]\n', only);
    expect(r.changes).toEqual([]);
    expect(r.skipped.map((s) => s.reason).join()).toContain('"setup.py install" installs into site-packages');
  });
});

describe('multi-stage: dependencies first, sources last (fast --unsafe rebuilds)', () => {
  const app = (name: string) => {
    const dir = join(FIXTURES, 'apps', name);
    return rewrite(readFileSync(join(dir, 'Dockerfile'), 'utf8'), { unsafe: true, context: dir });
  };
  const runtimeOf = (output: string) => output.slice(output.lastIndexOf('\nFROM ') + 1);

  it('a Node build ships dist/, package.json and the production node_modules; the devDependencies are declared removed, one by one', () => {
    const r = app('node-dist');
    const change = r.changes.find((c) => c.pass === 'multi-stage')!;
    expect(change.keeps).toEqual(['/srv/app/node_modules', '/srv/app/dist', '/srv/app/package.json']);
    const lock = JSON.parse(readFileSync(join(FIXTURES, 'apps', 'node-dist', 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const dev = Object.entries(lock.packages).filter(([, v]) => v.dev).map(([k]) => `/srv/app/${k}`);
    expect(dev.length).toBeGreaterThan(5);
    for (const p of dev) expect(change.removes).toContain(`${p}/**`);
    // The production dependency stays, and so does anything the lockfile does not mark dev.
    expect(change.removes!.some((p) => p.includes('/node_modules/ms'))).toBe(false);
    expect(change.removes).toContain('/srv/app/node_modules/.bin/terser');
    expect(change.reason).toContain('devDependencies @jridgewell/gen-mapping');
    const runtime = runtimeOf(r.output);
    expect(runtime).toContain('cp -a /mnt /srv/app/node_modules');
    expect(runtime).not.toMatch(/COPY --from=build \/srv\/app \/srv\/app/);
  });

  it('puts what the install wrote before the build output, so a source edit finds the dependency steps in the cache', () => {
    const runtime = runtimeOf(app('node-dist').output);
    expect(runtime.indexOf('source=/srv/app/node_modules')).toBeLessThan(runtime.indexOf('COPY --from=build /srv/app/dist'));
    const python = runtimeOf(app('python-venv').output);
    expect(python.indexOf('COPY --from=build /venv /venv')).toBeLessThan(python.indexOf('COPY --chown=notes:notes . /srv/notes/'));
  });

  it('an app run from its sources gets them from the build context again, with the owner the Dockerfile gave its directory', () => {
    const r = app('express-npm');
    const runtime = runtimeOf(r.output);
    expect(runtime).toContain('COPY --from=build /app/node_modules /app/node_modules\n');
    expect(runtime).toContain('RUN mkdir -p /app && chown appuser:appuser /app\n');
    expect(runtime).toContain('COPY --chown=appuser:appuser . /app/\n');
    // No step of the runtime after the source COPY reads the build stage: nothing there re-runs on an edit but the COPY.
    expect(runtime.slice(runtime.indexOf('COPY --chown=appuser:appuser . /app/'))).not.toContain('from=build');
    expect(r.changes.find((c) => c.pass === 'multi-stage')!.keeps).toEqual(['/app/node_modules', '/app']);
    // No RUN after it reads the sources: the source COPY leaves the build stage, which now ends with the install.
    const buildStage = r.output.slice(0, r.output.lastIndexOf('\nFROM '));
    expect(buildStage).not.toContain('COPY --chown=appuser:appuser . .');
    expect(buildStage).toContain('RUN npm install');
    // deps-first moved the COPY below the install (it was `COPY . .` at line 5): it is named by its text.
    expect(r.changes.find((c) => c.pass === 'multi-stage')!.reason).toContain('The source COPY `COPY --chown=appuser:appuser . .` (written there by an earlier change) moves to the runtime stage');
  });

  it('does not prune when a devDependency\'s program link is also a production package\'s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dockerfix-ms-'));
    writeFileSync(join(dir, 'package.json'), '{}');
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/a': { bin: { tool: 'x.js' } }, 'node_modules/b': { dev: true, bin: { tool: 'y.js' } } } }));
    const text = 'FROM node:20\nWORKDIR /w\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nCMD ["node", "dist/x.js"]\n';
    const r = rewrite(text, { ...only, context: dir });
    expect(r.changes[0].removes).toBeUndefined();
    expect(r.output).toContain('COPY --from=build /w/node_modules /w/node_modules');
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the plain layout when the build writes into the sources it would copy from the context', () => {
    const text = 'FROM python:3.11\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nRUN python manage.py collectstatic\nCMD ["python", "manage.py", "runserver"]\n';
    const r = rewrite(text, only);
    expect(r.changes[0].keeps).toEqual(['/usr/local', '/app']);
    expect(r.output).toContain('COPY --from=build /app /app');
  });

  it('reads ". venv/bin/activate" as pip installing into that venv', () => {
    const text = 'FROM python:3.11\nWORKDIR /srv\nCOPY requirements.txt .\nRUN python -m venv venv && . venv/bin/activate && pip install -r requirements.txt\nCOPY app ./app\nCMD ["/srv/venv/bin/python", "-m", "app"]\n';
    const r = rewrite(text, only);
    expect(r.changes[0].keeps).toEqual(['/srv/requirements.txt', '/srv/venv', '/srv/app']);
  });

  it('moves a venv filled from a requirements file on a base it does not know, and says nothing when it cannot', () => {
    const base = 'FROM registry.example.com/platform/python-base:3.11\nWORKDIR /srv\n';
    const r = rewrite(`${base}COPY requirements.txt .\nRUN python3 -m venv venv && venv/bin/pip install -r requirements.txt\nCOPY app ./app\nCMD ["venv/bin/python", "-m", "app"]\n`, only);
    expect(r.changes).toHaveLength(1);
    expect(parseDocument(r.output).stages.map((s) => s.image)).toEqual(['registry.example.com/platform/python-base:3.11', 'registry.example.com/platform/python-base:3.11']);
    expect(r.changes[0].keeps).toEqual(['/srv/requirements.txt', '/srv/venv', '/srv/app']);
    const after = rewrite(`${base}COPY . .\nRUN python3 -m venv venv && venv/bin/pip install -r requirements.txt\nCMD ["venv/bin/python", "-m", "app"]\n`, only);
    expect(after.changes).toEqual([]);
    expect(after.skipped).toEqual([]);
  });
});

describe('multi-stage: review fixes', () => {
  it('says "copies nothing" (not "only nothing") when the runtime stage takes nothing from the build stage', () => {
    const r = rewrite('FROM debian:bookworm\nRUN apt-get update && apt-get install -y build-essential\nWORKDIR /tmp/src\nRUN make\nCMD ["bash"]\n', only);
    const reason = r.changes[0].reason;
    expect(reason).toContain('The runtime stage copies nothing from the build stage;');
    expect(reason).not.toContain('only nothing');
  });
});

describe('multi-stage: build-only packages that no build step uses', () => {
  it('skips when no RUN after their install can compile anything: the command may build with them at run time', () => {
    const r = rewrite('FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc libpq-dev\nWORKDIR /code\nVOLUME /code\nCMD ["./start-dev.sh"]\n', only);
    expect(r.changes).toEqual([]);
    expect(r.skipped.map((s) => s.reason).join('\n')).toContain('the build-only packages gcc are installed, but no RUN after them builds anything');
  });

  it.each([
    ['pip install', 'RUN pip install --no-cache-dir -r requirements.txt'],
    ['python3 -m pip', 'RUN python3 -m pip install -r requirements.txt'],
    ['a build script by its path', 'RUN ./build.sh'],
    ['make', 'RUN make'],
  ])('splits when a RUN after them builds (%s)', (_name, step) => {
    const r = rewrite(`FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc libpq-dev\nWORKDIR /code\nCOPY . .\n${step}\nCMD ["python3", "app.py"]\n`, only);
    expect(r.skipped.map((s) => s.reason).join('\n')).not.toContain('builds anything');
  });

  it('a build before the install does not count', () => {
    const r = rewrite('FROM python:3.12-slim\nWORKDIR /code\nCOPY . .\nRUN pip install -r requirements.txt\nRUN apt-get update && apt-get install -y gcc\nCMD ["./dev.sh"]\n', only);
    expect(r.changes).toEqual([]);
    expect(r.skipped.map((s) => s.reason).join('\n')).toContain('no RUN after them builds anything');
  });
});

describe('multi-stage: pip options given as PIP_* variables', () => {
  const runtimeOf = (text: string): string => {
    const out = rewrite(text, only).output;
    return out.slice(out.lastIndexOf('FROM '));
  };
  it('PIP_USER=1 with PYTHONUSERBASE: the user base ships, not /usr/local', () => {
    const rt = runtimeOf('FROM python:3.12\nENV PYTHONUSERBASE=/pyuser PIP_USER=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n');
    expect(rt).toContain('COPY --from=build /pyuser /pyuser');
    expect(rt).not.toContain('/usr/local');
  });
  it('PIP_TARGET in front of the command', () => {
    const rt = runtimeOf('FROM python:3.12\nWORKDIR /app\nCOPY requirements.txt .\nRUN PIP_TARGET=/deps pip install -r requirements.txt\nCOPY . .\nENV PYTHONPATH=/deps\nCMD ["python", "app.py"]\n');
    expect(rt).toContain('COPY --from=build /deps /deps');
  });
  it('PIP_ROOT: skipped like --root', () => {
    const r = rewrite('FROM python:3.12\nENV PIP_ROOT=/staging\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n', only);
    expect(r.changes).toEqual([]);
    expect(r.skipped.map((s) => s.reason).join('\n')).toContain('pip install with PIP_ROOT set');
  });
});

describe('multi-stage: install steps under other names are skipped like make install', () => {
  it.each([
    ['make altinstall', 'make altinstall'],
    ['make install_sw', 'make install_sw'],
    ['make -j4 suidinstall', 'make suidinstall'],
    ['make install-strip', 'make install-strip'],
    ['cmake --install build', 'cmake --install'],
    ['cmake --build build --target install', 'cmake --build --target install'],
    ['ninja -C build install', 'ninja install'],
    ['meson install -C build', 'meson install'],
  ])('%s', (step, shown) => {
    const text = `FROM debian:bookworm\nWORKDIR /src\nCOPY . .\nRUN apt-get update && apt-get install -y build-essential cmake ninja-build meson && ./configure && ${step}\nCMD ["tool"]\n`;
    const r = rewrite(text, only);
    expect(r.changes).toEqual([]);
    expect(r.skipped.map((s) => s.reason).join('\n')).toContain(`"${shown}" installs files anywhere`);
  });
});

describe('multi-stage: a base image set by a build arg', () => {
  const runtimeFrom = (text: string) => {
    const out = rewrite(text, only).output;
    return out.slice(out.lastIndexOf('\nFROM ') + 1).split('\n')[0];
  };
  const app = 'WORKDIR /app\nCOPY . .\nRUN apt-get update && apt-get install -y build-essential && make\nCMD ["node", "server.js"]\n';

  it('carries the arg into the runtime stage instead of its default', () => {
    expect(runtimeFrom(`ARG NODE_VERSION=18\nFROM node:\${NODE_VERSION}\n${app}`)).toBe('FROM node:${NODE_VERSION}-slim');
    expect(runtimeFrom(`ARG PY=3.11\nFROM python:$PY-bookworm\n${app}`)).toBe('FROM python:$PY-slim-bookworm');
    expect(runtimeFrom(`ARG GO=1.22\nFROM golang:\${GO}-bookworm\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/app .\nCMD ["app"]\n`)).toBe('FROM debian:bookworm-slim');
  });

  it('skips when the runtime variant cannot be told for every value of the arg', () => {
    const r = rewrite(`ARG GO=1.22-bookworm\nFROM golang:\${GO}\nWORKDIR /src\nCOPY . .\nRUN go build -o /usr/local/bin/app .\nCMD ["app"]\n`, only);
    expect(r.changes).toEqual([]);
    expect(r.skipped.map((s) => s.reason).join()).toContain('is set by a build arg: the pass cannot tell the runtime variant for every value of it');
  });
});

describe('multi-stage: the source COPYs that move to the runtime stage are named as the reader finds them', () => {
  it('names a COPY deps-first moved by its text, and several COPYs in the plural (fixture moved-copies-named)', () => {
    const before = readFileSync(join(FIXTURES, 'multi-stage', 'moved-copies-named.before.Dockerfile'), 'utf8');
    const reason = rewrite(before, { unsafe: true }).changes.find((c) => c.pass === 'multi-stage')!.reason;
    // `COPY . .` stands at line 3 of the input; deps-first moved it below the install, whose line it would be told as.
    expect(reason).toContain('The source COPYs `COPY . .` (written there by an earlier change) and the COPY at line 5 move to the runtime stage (no RUN after them');
    expect(reason).toContain('re-runs only those COPYs.');
    expect(reason).not.toContain('line 4');
  });

  it('names COPYs of the input by their lines', () => {
    const r = rewrite('FROM python:3.11-bookworm\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY app.py .\nCOPY static/ static/\nCMD ["python", "app.py"]\n', only);
    expect(r.changes[0].reason).toContain('The source COPYs at lines 5 and 6 move to the runtime stage');
  });
});

describe('multi-stage: what leaves with the full image', () => {
  it.each(['node:20', 'python:3.12-bookworm', 'ruby:3.3'])('%s: the reason says the -dev packages\' shared libraries leave too', (image) => {
    // buildpack-deps installs libpq-dev, default-libmysqlclient-dev, libxml2-dev, libmagickwand-dev...: a native
    // extension compiled in the build stage (the pg gem) links libpq.so.5, which the slim variant does not have.
    expect(runtimeBase(image)?.why).toContain('the shared libraries of its -dev packages, such as libpq, libmysqlclient, libxml2 and ImageMagick, which a native extension compiled in the build stage may link against');
  });

  it.each(['rust:1.78-bookworm', 'buildpack-deps:bookworm'])('%s -> debian slim: the reason says buildpack-deps\' libraries leave, not only the toolchain', (image) => {
    // rust is buildpack-deps:<codename>: a Rust program using openssl-sys (reqwest's default TLS) links libssl.so.3,
    // which debian:bookworm-slim does not have.
    const why = runtimeBase(image)!.why;
    expect(why).toContain('the shared libraries of its -dev packages, such as libssl, libpq, libsqlite3 and libxml2, which the program compiled in the build stage may link against');
    if (image.startsWith('rust')) expect(why).toContain('the rust toolchain and without buildpack-deps\' compilers');
  });

  it('golang -> debian slim: the reason says buildpack-deps:<codename>-scm leaves too (curl, git and their libraries)', () => {
    expect(runtimeBase('golang:1.22-bookworm')!.why).toContain('without the golang toolchain and without what buildpack-deps:bookworm-scm has (git, curl, wget, ssh, procps, and the shared libraries they bring, such as libssl and libcurl, which a cgo build may link against)');
  });
});

describe('multi-stage: an Alpine compiler leaves, its run-time libraries stay', () => {
  const alpine = (image: string, install: string, later = ''): string =>
    [`FROM ${image}`, 'WORKDIR /app', install, 'COPY . .', `RUN pip install --no-cache-dir -r requirements.txt${later}`, 'CMD ["python", "app.py"]', ''].join('\n');
  const runtimeOf = (text: string): string => {
    const out = rewrite(text, only).output;
    return out.slice(out.lastIndexOf('FROM '));
  };

  it('installs libstdc++ when g++ leaves (a C++ extension loads libstdc++.so.6; python:alpine lacks it)', () => {
    const r = rewrite(alpine('python:3.12-alpine', 'RUN apk add --no-cache gcc g++ musl-dev libpq'), only);
    const runtime = r.output.slice(r.output.lastIndexOf('FROM '));
    expect(runtime).toContain('RUN apk add --no-cache libpq && \\\n    apk add --no-cache libstdc++\nCOPY --from=build');
    expect(r.changes[0].reason).toContain('The runtime stage installs libstdc++: the run-time library of g++, which what it compiled in the build stage may load (a C++ extension needs libstdc++.so.6); python:3.12-alpine does not have it.');
  });

  it('does not install what a replayed install already brings, nor libstdc++ on node:alpine (its Node needs it), nor anything for gcc alone (C)', () => {
    expect(runtimeOf(alpine('python:3.12-alpine', 'RUN apk add --no-cache g++ gfortran musl-dev libstdc++'))).toContain('RUN apk add --no-cache libstdc++ && \\\n    apk add --no-cache libgfortran\n');
    const c = runtimeOf(alpine('python:3.12-alpine', 'RUN apk add --no-cache gcc musl-dev libpq'));
    expect(c).toContain('RUN apk add --no-cache libpq\nCOPY --from=build');
    const node = ['FROM node:20-alpine', 'WORKDIR /app', 'RUN apk add --no-cache python3 make g++', 'COPY . .', 'RUN npm ci', 'CMD ["node", "index.js"]', ''].join('\n');
    const runtime = runtimeOf(node);
    expect(runtime).toContain('RUN apk add --no-cache python3\nCOPY --from=build');
    expect(runtime).not.toContain('libstdc++');
  });

  it('installs them in a RUN of their own when no install is replayed', () => {
    expect(runtimeOf(alpine('python:3.12-alpine', 'RUN apk add --no-cache build-base'))).toContain('FROM python:3.12-alpine\nRUN apk add --no-cache libstdc++\nCOPY --from=build /app /app\n');
  });

  it('adds nothing when the compilers are removed again (the original image has neither them nor their libraries)', () => {
    const runtime = runtimeOf(alpine('python:3.12-alpine', 'RUN apk add --no-cache --virtual .build-deps gcc g++ musl-dev && apk add --no-cache libpq', ' && apk del .build-deps'));
    expect(runtime).toContain('RUN apk add --no-cache libpq\nCOPY');
    expect(runtime).not.toMatch(/libstdc\+\+|libgcc/);
  });

  it('names the library of each compiler in the reason', () => {
    const r = rewrite(alpine('python:3.12-alpine', 'RUN apk add --no-cache build-base gfortran openblas-dev'), only);
    expect(r.changes[0].reason).toContain('The runtime stage installs libstdc++, libgfortran: the run-time libraries of build-base and gfortran, which what they compiled in the build stage may load (a C++ extension needs libstdc++.so.6, Fortran code needs libgfortran.so.5); python:3.12-alpine does not have them.');
  });

  it('adds nothing on Debian, whose slim images have libstdc++ and libgcc', () => {
    const runtime = runtimeOf(alpine('python:3.12-bookworm', 'RUN apt-get update && apt-get install -y g++ libpq-dev && rm -rf /var/lib/apt/lists/*'));
    expect(runtime).toContain('FROM python:3.12-slim-bookworm\n');
    expect(runtime).toContain('apt-get install -y libpq-dev');
    expect(runtime).not.toMatch(/libstdc\+\+|libgcc|apk/);
  });
});

describe('multi-stage: the change is told at its FROM', () => {
  it('names the FROM line when the stage already has a name (no edit there: the first edit is the appended stage)', () => {
    const text = '# dev image\nFROM node:14 AS build\nWORKDIR /app\nCOPY package*.json /app/\nRUN npm ci\nCOPY . .\nCMD npm start\n';
    const r = rewrite(text, only);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0].line).toBe(2);
  });
});

describe('multi-stage: inline interpreter code is a script the pass does not read', () => {
  const split = (run: string, image = 'python:3.12', cmd = '["python", "app.py"]'): string[] => {
    const r = rewrite(`FROM ${image}\nWORKDIR /app\nCOPY . .\n${run}\nCMD ${cmd}\n`, only);
    return r.changes.length ? ['split'] : r.skipped.filter((s) => s.pass === 'multi-stage').map((s) => s.reason);
  };
  it('skips python -c and node -e code that may write outside the working directory', () => {
    expect(split('RUN pip install -r requirements.txt && python -c "import nltk; nltk.download(\'punkt\')"')).toEqual([
      'the RUN: "python -c" runs code the pass does not read (it may write anywhere: nltk.download() writes ~/nltk_data)',
    ]);
    expect(split('RUN python3 -u -c "open(\'/etc/app.conf\', \'w\').write(\'x\')"')).toEqual([
      'the RUN: "python3 -c" runs code the pass does not read (it may write anywhere: nltk.download() writes ~/nltk_data)',
    ]);
    expect(split('RUN npm ci && node -e "require(\'fs\').writeFileSync(\'/etc/app.json\', \'{}\')"', 'node:20', '["node", "index.js"]')).toEqual([
      'the RUN: "node -e" runs code the pass does not read (it may write anywhere: fs.writeFileSync() to any path)',
    ]);
  });
  it('still splits an import check, and a script that takes -c as its own argument', () => {
    expect(split('RUN pip install -r requirements.txt && python -c "import psycopg2; print(psycopg2.__version__)"')).toEqual(['split']);
    expect(split('RUN pip install -r requirements.txt && python -c "from app import create_app"')).toEqual(['split']);
    expect(split('RUN pip install -r requirements.txt && python manage.py check -c x')).toEqual(['split']);
  });
});

describe('multi-stage: perl -i edits the files it names, as sed -i does', () => {
  const runtimeOrSkip = (run: string): string => {
    const r = rewrite(`FROM python:3.12\nWORKDIR /app\n${run}\nCOPY . .\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n`, only);
    if (!r.changes.length) return r.skipped.filter((s) => s.pass === 'multi-stage').map((s) => s.reason).join('\n');
    return r.output.slice(r.output.lastIndexOf('FROM '));
  };
  it('copies the edited files from the build stage, whichever way the options are bundled', () => {
    for (const run of ['RUN perl -pi -e "s/a/b/" /etc/foo.conf /etc/bar.conf', 'RUN perl -p -i.bak -e "s/a/b/" /etc/foo.conf /etc/bar.conf', 'RUN perl -i -pe "s/a/b/" /etc/foo.conf /etc/bar.conf']) {
      const runtime = runtimeOrSkip(run);
      expect(runtime, run).toContain('COPY --from=build /etc/foo.conf /etc/foo.conf\nCOPY --from=build /etc/bar.conf /etc/bar.conf\n');
    }
  });
  it('skips a perl -i script it does not read, and files it cannot name', () => {
    expect(runtimeOrSkip('RUN perl -i fix.pl /etc/foo.conf')).toBe('the RUN: perl -i runs a script the pass does not read');
    expect(runtimeOrSkip('RUN perl -pi -e "s/a/b/" $CONF')).toBe('the RUN: perl -i on files we cannot name');
  });
});
