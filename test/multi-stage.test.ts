import { readFileSync } from 'node:fs';
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
      'CMD ["python3", "/app/main.py"]',
      '',
    ].join('\n');
    const out = rewrite(text, only).output;
    const runtime = out.slice(out.lastIndexOf('FROM '));
    expect(runtime).toContain('echo "deb http://deb.example.org/debian bookworm main" > /etc/apt/sources.list.d/example.list && \\\n    apt-get update && \\\n    apt-get install -y example-tool');
    expect(runtime).not.toContain('gcc');
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

  it('splits the four sample apps built on toolchain images and leaves the other three alone', () => {
    const apps = ['apt-heavy', 'express-npm', 'go-stdlib', 'prod-service', 'python-venv', 'static-docs', 'ts-build'];
    const split = apps.filter((app) => {
      const dir = join(FIXTURES, 'apps', app);
      const r = rewrite(readFileSync(join(dir, 'Dockerfile'), 'utf8'), { unsafe: true, context: dir });
      return r.changes.some((c) => c.pass === 'multi-stage');
    });
    expect(split).toEqual(['express-npm', 'go-stdlib', 'python-venv', 'ts-build']);
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

  it('keeps the gems of a bundle install on the official ruby image (GEM_HOME), not only the app directory', () => {
    const text = 'FROM ruby:3.2-bookworm\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\nCMD ["bundle", "exec", "puma"]\n';
    const r = rewrite(text, only);
    expect(r.changes[0].keeps).toEqual(['/app', '/usr/local/bundle', '/usr/local/bin']);
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
