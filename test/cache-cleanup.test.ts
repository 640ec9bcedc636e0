/** cache-cleanup: the ecosystem modules' building blocks and tricky RUNs, as tables (fixtures cover whole files). */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/engine.js';
import { parseShell } from '../src/shell/parser.js';
import { invocation } from '../src/shell/query.js';
import { covers, normalizePath } from '../src/ecosystems/common/cache.js';
import { downloadTarget, globMatches } from '../src/ecosystems/download/cache.js';
import { pipArgs } from '../src/ecosystems/pip/cache.js';
import { updatesLists, usesLists } from '../src/ecosystems/apt/cache.js';
import { CACHE_MANAGERS } from '../src/ecosystems/cache.js';
import type { RewriteOptions } from '../src/types.js';

const inv = (src: string) => invocation(parseShell(src).commands[0])!;
const run = (text: string, options: RewriteOptions = {}) => rewrite(text, { passes: ['cache-cleanup'], ...options });

describe('ecosystem modules', () => {
  it('lists one module per manager', () => {
    expect(CACHE_MANAGERS.map((m) => m.id)).toEqual(
      ['apt', 'apk', 'yum', 'dnf', 'microdnf', 'zypper', 'pip', 'poetry', 'npm', 'yarn', 'pnpm', 'gem', 'bundler', 'composer', 'conda', 'go', 'download'],
    );
  });

  it.each([
    ['pip install x', 'install'],
    ['pip3.11 install x', 'install'],
    ['python3 -m pip install x', 'install'],
    ['python3.10 -u -m pip install x', 'install'],
    ['/opt/venv/bin/python -m pip install x', 'install'],
    ['python3 -m venv /v', null],
    ['python3 setup.py install', null],
  ])('pip spelling: %s', (src, first) => {
    const args = pipArgs(inv(src));
    expect(args ? args[0].value : null).toBe(first);
  });

  it.each([
    ['apt-get update', true, false],
    ['sudo -E apt-get -q update', true, false],
    ['apt install -y x', false, true],
    ['apt-get -o Dpkg::Options::=--force-confnew install x', false, true],
    ['add-apt-repository ppa:x/y', true, false],
    ['add-apt-repository -n ppa:x/y', false, false],
    ['apt-cache policy x', false, true],
    ['apt-get purge -y x', false, false],
  ])('apt: %s (updates %s, uses lists %s)', (src, updates, uses) => {
    expect(updatesLists(inv(src))).toBe(updates);
    expect(usesLists(inv(src))).toBe(uses);
  });

  it.each([
    ['wget https://x.org/a/tool-1.0.tar.gz', 'tool-1.0.tar.gz'],
    ['wget -q -O /tmp/t.tgz https://x.org/t', '/tmp/t.tgz'],
    ['wget -qO- https://x.org/t', null],
    ['wget -nv -P /tmp https://x.org/a.zip', '/tmp/a.zip'],
    ['wget https://x.org/a?x=1', null],
    ['curl -fsSLo /tmp/i.sh https://x.org/i', '/tmp/i.sh'],
    ['curl -fsSLO https://x.org/a/b.tar.xz', 'b.tar.xz'],
    ['curl -fsSL https://x.org/i.sh', null],
    ['curl -o - https://x.org/i.sh', null],
    ['curl -J -O https://x.org/dl', null],
    ['curl -fsSL -o "$TMP/x.deb" https://x.org/x.deb', '$TMP/x.deb'],
  ])('download target: %s', (src, target) => {
    expect(downloadTarget(inv(src))).toBe(target);
  });

  it.each([
    ['/var/lib/apt/lists/*', '/var/lib/apt/lists', true],
    ['/var/lib/apt/lists', '/var/lib/apt/lists', true],
    ['/var/lib/apt', '/var/lib/apt/lists', true],
    ['/var/lib/apt/lists/partial', '/var/lib/apt/lists', false],
    ['~/.cache', '/root/.cache/pip', true],
    ['/', '/var/cache/apk', false],
    ['/var/lib/apt/lists*', '/var/lib/apt/lists', true],
    ['/var/lib/apt/list*', '/var/lib/apt/lists/partial', true],
    ['/var/lib/apt/lists.old*', '/var/lib/apt/lists', false],
    ['/var/lib/ap*/lists', '/var/lib/apt/lists', false],
    ['/var/cache/apk*', '/var/cache/apt', false],
  ])('rm %s covers %s: %s', (removed, dir, expected) => {
    expect(covers(normalizePath(removed, '/root'), normalizePath(dir, '/root'))).toBe(expected);
  });

  it.each([
    ['*.apk', 'glibc-2.23-r3.apk', true],
    ['influx_${V}.deb*', 'influx_${V}.deb', true],
    ['*.deb', 'x.tar.gz', false],
    ['/tmp/x', '/tmp/x', false],
  ])('glob %s matches %s: %s', (pattern, file, expected) => {
    expect(globMatches(pattern, file)).toBe(expected);
  });
});

describe('tricky RUNs', () => {
  // [name, before, after (null: unchanged), options]
  const cases: [string, string, string | null, RewriteOptions?][] = [
    ['apt in a subshell chain', 'FROM debian\nRUN (apt-get update && apt-get install -y x) || exit 1\n', 'FROM debian\nRUN (apt-get update && apt-get install -y x) || exit 1 && rm -rf /var/lib/apt/lists/*\n'],
    ['sudo -u keeps the user and is not stripped', 'FROM debian\nRUN sudo -u ${USERNAME} npm install -g x\n', null],
    ['env prefix on apt-get', 'FROM debian\nRUN apt-get update && env DEBIAN_FRONTEND=noninteractive apt-get install -y x\n', 'FROM debian\nRUN apt-get update && env DEBIAN_FRONTEND=noninteractive apt-get install -y x && rm -rf /var/lib/apt/lists/*\n'],
    ['double-quoted lists cleanup counts', 'FROM debian\nRUN apt-get update && apt-get install -y x && rm -rf "/var/lib/apt/lists/"*\n', null],
    ['lists removed before a second update do not count', 'FROM debian\nRUN apt-get update && rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y x\n', 'FROM debian\nRUN apt-get update && rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\n'],
    // The shell is gone at a last `exit` or `exec CMD` reached on success: a cleanup appended there never runs.
    ['a RUN ending in exit keeps no appended cleanup', 'FROM debian\nRUN apt-get update && apt-get install -y x; exit 0\n', null],
    ['a RUN ending in exec keeps no appended cleanup', 'FROM node:20\nRUN npm ci && exec node build.js\n', null],
    ['exit after || still lets the cleanup run', 'FROM node:20\nRUN npm ci || exit 1\n', 'FROM node:20\nRUN npm ci || exit 1 && npm cache clean --force\n'],
    ['a tmpfs over the lists is clean', 'FROM debian\nRUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y x\n', null],
    ['npm cache clean already there, with ;', 'FROM node\nRUN set -e; npm install; npm cache clean --force\n', null],
    ['no "; &&" after a trailing semicolon', 'FROM node\nRUN set -e; npm ci;\n', 'FROM node\nRUN set -e; npm ci && npm cache clean --force;\n'],
    ['a trailing comment blocks appending', 'FROM node\nRUN npm ci # deps\n', null],
    ['PIP_NO_CACHE_DIR from an ARG', 'FROM python\nARG PIP_NO_CACHE_DIR=1\nRUN pip install x\n', null],
    ['PIP_NO_CACHE_DIR from a parent stage', 'FROM python AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install x\n', null],
    ['export PIP_NO_CACHE_DIR in the RUN', 'FROM python\nRUN export PIP_NO_CACHE_DIR=1 && pip install x\n', null],
    ['pip cache purge counts', 'FROM python\nRUN pip install x && pip cache purge\n', null],
    ['pip install in a for loop', 'FROM python\nRUN for p in a b; do pip install "$p"; done\n', 'FROM python\nRUN for p in a b; do pip install --no-cache-dir "$p"; done\n'],
    ['yum clean all without rm counts', 'FROM centos\nRUN yum install -y x && yum clean all\n', null],
    ['non-root npm gets home-wide removes', 'FROM node\nUSER node\nRUN npm ci\n', 'FROM node\nUSER node\nRUN npm ci && npm cache clean --force\n'],
    ['a downloaded binary kept in PATH', 'FROM debian\nRUN curl -fsSLo /usr/local/bin/jq https://x.org/jq && chmod +x /usr/local/bin/jq\n', null],
    ['a downloaded tarball moved away', 'FROM debian\nRUN wget https://x.org/a.tar.gz && mv a.tar.gz /srv/\n', null],
    ['a download in a RUN that changes directory is removed by its absolute path', 'FROM debian\nRUN cd /tmp && wget https://x.org/a.tar.gz && tar xf a.tar.gz\n', 'FROM debian\nRUN cd /tmp && wget https://x.org/a.tar.gz && tar xf a.tar.gz && rm -f /tmp/a.tar.gz\n'],
    ['a download after cd to a variable is left alone', 'FROM debian\nARG D=/tmp\nRUN cd $D && wget https://x.org/a.tar.gz && tar xf a.tar.gz\n', null],
    ['a download after a relative cd from an unknown WORKDIR is left alone', 'FROM debian\nRUN cd tmp && wget https://x.org/a.tar.gz && tar xf a.tar.gz\n', null],
    ['a download run from another directory is left alone', 'FROM debian\nRUN cd /tmp && wget https://x.org/i.sh -O i.sh && cd /opt && sh i.sh\n', null],
    ['a download whose cd is joined with ; is left alone', 'FROM debian\nRUN cd /tmp; wget https://x.org/i.sh -O i.sh && sh i.sh\n', null],
    ['a download named by a variable', 'FROM debian\nARG V=1\nRUN curl -fsSLO https://x.org/t-${V}.tgz && tar xzf t-${V}.tgz -C /opt\n', 'FROM debian\nARG V=1\nRUN curl -fsSLO https://x.org/t-${V}.tgz && tar xzf t-${V}.tgz -C /opt && rm -f "t-${V}.tgz"\n'],
    ['composer with COMPOSER_CACHE_DIR=/dev/null', 'FROM php\nRUN COMPOSER_CACHE_DIR=/dev/null composer install\n', null],
    ['php composer.phar', 'FROM php\nRUN php composer.phar install --no-dev\n', 'FROM php\nRUN php composer.phar install --no-dev && php composer.phar clear-cache\n'],
    ['micromamba', 'FROM mambaorg/micromamba\nRUN micromamba install -y -n base python=3.11\n', 'FROM mambaorg/micromamba\nRUN micromamba install -y -n base python=3.11 && micromamba clean --all --yes\n'],
    ['bundler into a relative path after a cd is left alone', 'FROM ruby\nRUN cd /app && bundle config set deployment true && bundle install\n', null],
    ['bundler in deployment mode from an unknown WORKDIR cleans the relative path', 'FROM ruby\nRUN bundle config set deployment true && bundle install\n', 'FROM ruby\nRUN bundle config set deployment true && bundle install && rm -rf ~/.bundle/cache "vendor/bundle"/ruby/*/cache\n'],
    ['gem already without documentation', 'FROM ruby\nRUN gem install rails -N\n', null],
    ['apk add --no-cache with a useless update kept in a pipeline', 'FROM alpine\nRUN apk update | tee /log && apk add --no-cache x\n', 'FROM alpine\nRUN apk update | tee /log && apk add --no-cache x && rm -rf /var/cache/apk/*\n'],
    ['mount strategy for a non-root user falls back to cleaning', 'FROM node\nUSER node\nRUN npm ci\n', 'FROM node\nUSER node\nRUN npm ci && npm cache clean --force\n', { cacheStrategy: 'mount' }],
    ['mount strategy keeps an earlier docker-clean removal', 'FROM debian\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN apt-get update && apt-get install -y x\n', 'FROM debian\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y x\n', { cacheStrategy: 'mount' }],
    ['mount strategy: a find that deletes in the apt cache keeps the cleanup strategy', 'FROM debian\nRUN apt-get update && apt-get install -y x && find /var/cache/apt -name "*.deb" -delete\n', 'FROM debian\nRUN apt-get update && apt-get install -y x && find /var/cache/apt -name "*.deb" -delete && rm -rf /var/lib/apt/lists/*\n', { cacheStrategy: 'mount' }],
    ['mount strategy: an rm above the mount point (it would fail there) keeps the cleanup strategy', 'FROM debian\nRUN apt-get update && apt-get install -y y && rm -rf /var/cache/* /tmp/*\n', 'FROM debian\nRUN apt-get update && apt-get install -y y && rm -rf /var/cache/* /tmp/* && rm -rf /var/lib/apt/lists/*\n', { cacheStrategy: 'mount' }],
    ['mount strategy: an rm path inside the mount goes, the rest of the rm stays', 'FROM debian\nRUN apt-get update && apt-get install -y z && rm -rf /tmp/* /var/cache/apt/*.bin\n', 'FROM debian\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt/lists,sharing=locked rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install -y z && rm -rf /tmp/*\n', { cacheStrategy: 'mount' }],
    ['mount strategy for yum', 'FROM rockylinux:9\nRUN yum install -y x\n', 'FROM rockylinux:9\nRUN --mount=type=cache,target=/var/cache/yum,sharing=locked yum install -y x\n', { cacheStrategy: 'mount' }],
  ];
  it.each(cases)('%s', (_name, before, after, options) => {
    const result = run(before, options);
    expect(result.output).toBe(after ?? before);
    expect(run(result.output, options).changes).toEqual([]);
    for (const c of result.changes) {
      expect(c.tag).toBeTruthy();
      expect(c.message).not.toContain('\n');
      if (c.safety === 'safe') expect(c.removes?.length).toBeGreaterThan(0);
    }
  });

  it('declares what each change leaves out of the image, per user', () => {
    const root = run('FROM python\nRUN pip install x\n').changes[0];
    expect(root.removes).toEqual(['/root/.cache/pip/**']);
    const other = run('FROM python\nUSER app\nRUN pip install x\n').changes[0];
    expect(other.removes).toEqual(['/home/*/.cache/pip/**', '**/.cache/pip/**']);
    const apt = run('FROM debian\nRUN apt-get update && apt-get install -y --no-install-recommends x\n').changes[0];
    expect(apt).toMatchObject({ tag: 'apt', safety: 'safe', removes: ['/var/lib/apt/lists/**'] });
    expect(apt.reason).toMatch(/docker-clean/);
  });

  it('tells a dropped apk update as the only change when every install already has --no-cache', () => {
    const r = run('FROM alpine:3.20\nRUN apk update && apk add --no-cache git tzdata\n');
    expect(r.output).toBe('FROM alpine:3.20\nRUN apk add --no-cache git tzdata\n');
    expect(r.changes.map((c) => c.message)).toEqual(['drop apk update (apk add already runs with --no-cache)']);
    expect(r.changes[0].reason).toMatch(/^apk update writes the repository indexes to \/var\/cache\/apk/);
    // With an install still to flag, the message names both.
    expect(run('FROM alpine:3.20\nRUN apk update && apk add git\n').changes.map((c) => c.message)).toEqual(['drop apk update and use apk add --no-cache']);
  });

  it('says what a cache mount lets rebuilds reuse: downloads, or for Go\'s build cache the compiled packages', () => {
    // case prod go-distroless with --cache-strategy mount
    const go = run('FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n', { cacheStrategy: 'mount' }).changes[0].reason;
    expect(go).toContain('rebuilds reuse the compiled packages');
    expect(go).not.toContain('downloads');
    expect(run('FROM node:20\nRUN npm ci\n', { cacheStrategy: 'mount' }).changes[0].reason).toContain('rebuilds reuse the downloads');
  });

  it('tells the bundler cleanup as one subject that is removed', () => {
    const bundler = run('FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\n').changes[0];
    expect(bundler.reason).toMatch(/^The gem directory's cache\/ \(the downloaded \.gem archives\), with bundler's index cache \(~\/\.bundle\/cache\), is removed in the layer that created it;/);
  });

  it('offers --no-install-recommends to each install without it: the flag elsewhere is that command\'s alone, apt configuration is not', () => {
    const unsafe = { unsafe: true };
    // An earlier RUN's flag, or another install's in the same RUN, does not change what this install pulls in.
    const earlier = run('FROM debian\nRUN apt-get update && apt-get install -y --no-install-recommends a && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y b && rm -rf /var/lib/apt/lists/*\n', unsafe);
    expect(earlier.output).toContain('apt-get install --no-install-recommends -y b');
    const same = run('FROM debian\nRUN apt-get update && apt-get install -y --no-install-recommends a && apt-get install -o APT::Install-Recommends=false -y b && apt-get install -y c && rm -rf /var/lib/apt/lists/*\n', unsafe);
    expect(same.output).toContain('apt-get install --no-install-recommends -y c');
    expect(same.changes.filter((c) => /recommended/.test(c.message))).toHaveLength(1);
    // apt configured not to install them: every install follows it, nothing to offer.
    const config = run('FROM debian\nRUN echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/norecommends\nRUN apt-get update && apt-get install -y b && rm -rf /var/lib/apt/lists/*\n', unsafe);
    expect(config.changed).toBe(false);
    // A simulation installs nothing: `apt-get install -s x` (does x exist?) is left as it is.
    const simulate = run('FROM debian\nRUN apt-get update && apt-get install -y --no-install-recommends a && if apt-get install -s b; then apt-get install -y --no-install-recommends b; fi && rm -rf /var/lib/apt/lists/*\n', unsafe);
    expect(simulate.changed).toBe(false);
  });

  it('keeps ca-certificates when curl, wget or git lose their recommendations, unless the stage installs it', () => {
    const unsafe = { unsafe: true };
    const curl = run('FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl && curl -fsSL https://example.com/x -o /x && rm -rf /var/lib/apt/lists/*\n', unsafe);
    expect(curl.output).toContain('apt-get install --no-install-recommends -y ca-certificates curl &&');
    expect(curl.changes[0].message).toBe('install without recommended packages (apt-get install --no-install-recommends), keeping ca-certificates');
    expect(curl.changes[0].reason).toContain('ca-certificates, which curl recommends, is added to the install: without that CA bundle curl fails on every https:// URL');
    // Named already, here or in an earlier RUN: nothing added.
    for (const text of [
      'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y ca-certificates wget && rm -rf /var/lib/apt/lists/*\n',
      'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER root\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n',
    ]) {
      const r = run(text, unsafe);
      expect(r.changes.map((c) => c.message)).toEqual(['install without recommended packages (apt-get install --no-install-recommends)']);
    }
    // Other packages: as before.
    const jq = run('FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y jq && rm -rf /var/lib/apt/lists/*\n', unsafe);
    expect(jq.output).toContain('apt-get install --no-install-recommends -y jq &&');
  });

  it('offers --no-install-recommends only as unsafe', () => {
    const r = run('FROM debian\nRUN apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*\n');
    expect(r.changed).toBe(false);
    expect(r.skipped.some((s) => s.reason.startsWith('unsafe change') && s.message?.includes('--no-install-recommends'))).toBe(true);
  });
});

describe('a build stage the final image does not build on', () => {
  const NOTE = 'This stage is not the base of the final stage';
  const build = 'FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n';
  it('says that what leaves is not in the shipped image', () => {
    const r = run(`${build}FROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n`);
    expect(r.changes.map((c) => c.message)).toEqual(['clean the npm cache in the same RUN (npm cache clean --force)']);
    expect(r.changes[0].reason).toContain(NOTE);
  });
  it('says nothing of the kind for the final stage, a stage it is built FROM, or a FROM with a variable', () => {
    const install = 'RUN apt-get update && apt-get install -y --no-install-recommends curl\n';
    const chain = run(`FROM debian:bookworm AS base\n${install}FROM base AS app\nRUN apt-get update && apt-get install -y --no-install-recommends git\n`);
    expect(chain.changes.length).toBe(2);
    for (const c of chain.changes) expect(c.reason).not.toContain(NOTE);
    const variable = run(`ARG BASE=build\n${build}FROM \${BASE}\nCMD ["node"]\n`);
    expect(variable.changes.length).toBe(1);
    expect(variable.changes[0].reason).not.toContain(NOTE);
  });
});

describe('what comes after a RUN: stages built on its stage', () => {
  // A later `apt-get install` without its own update keeps the lists of an earlier RUN it may run on top of.
  const update = 'RUN apt-get update && apt-get install -y --no-install-recommends curl\n';
  const install = 'RUN apt-get install -y --no-install-recommends git\n';
  const kept = (text: string) => run(text).skipped.map((s) => s.reason).filter((r) => r.startsWith('apt: package lists kept'));
  it('counts a FROM with a variable as possibly built on every named earlier stage, and on those built on them', () => {
    expect(kept(`FROM debian AS base\n${update}FROM \${IMG}\n${install}`)).toEqual(['apt: package lists kept: the RUN at line 4 installs with them (merge the RUNs to clean up in one layer)']);
    expect(kept(`FROM debian AS base\n${update}FROM base\nRUN true\nFROM \${IMG}\n${install}`)).toHaveLength(1);
    expect(kept(`FROM debian AS base\n${update}FROM \${A}\nRUN true\nFROM $B\n${install}`)).toHaveLength(1);
    expect(kept(`ARG IMG=base\nFROM debian AS base\n${update}FROM alpine AS other\nFROM \${IMG}\n${install}`)).toHaveLength(1);
  });
  it('does not count it as built on a stage without a name, which FROM cannot name (only COPY --from can, by index)', () => {
    const unnamed = run(`FROM debian\n${update}FROM alpine AS other\nFROM \${IMG}\n${install}`);
    expect(unnamed.changes.map((c) => c.message)).toEqual(['remove the apt package lists in the same RUN (rm -rf /var/lib/apt/lists/*)']);
    expect(kept(`FROM debian\n${update}FROM \${IMG}\nCOPY --from=0 / /\n${install}`)).toHaveLength(0);
  });
});

describe('apt lists used in a stage built on this one', () => {
  const update = (pkg: string) => `RUN apt-get update && apt-get install -y --no-install-recommends ${pkg}\n`;
  const kept = (text: string) => run(text).skipped.map((s) => `${s.line} ${s.reason}`).filter((r) => r.includes('apt: package lists kept'));
  it('keeps the lists of the last update of every RUN that reaches that stage, whatever comes first there', () => {
    const base = `FROM debian AS base\n${update('curl')}RUN true\n`;
    expect(kept(`${base}FROM base\nRUN apt-cache policy git\n`)).toEqual(['2 apt: package lists kept: the RUN at line 5 reads them (merge the RUNs to clean up in one layer)']);
    expect(kept(`${base}${update('wget')}FROM base\nRUN apt-get install -y git\n`)).toEqual(['4 apt: package lists kept: the RUN at line 6 installs with them (merge the RUNs to clean up in one layer)']);
    expect(kept(`${base}FROM base\nRUN true\nFROM base\nRUN apt-get install -y vim\n`)).toEqual(['2 apt: package lists kept: the RUN at line 7 installs with them (merge the RUNs to clean up in one layer)']);
    expect(kept(`${base}FROM base AS two\nCOPY install.sh /\nFROM two\nRUN /install.sh\n`)).toEqual(['2 apt: package lists kept: the RUN at line 7 runs /install.sh, a script copied into the image that may install with them (merge the RUNs to clean up in one layer)']);
  });
});

describe('an offline install in a stage built on this one', () => {
  it('keeps the cache of every RUN of the stage that fills it, and only for the manager that reads it', () => {
    const r = run('FROM node:20 AS deps\nRUN npm ci\nRUN yarn install\nRUN npm ci --prefix /b\nFROM deps AS build\nRUN true\nFROM build\nRUN npm ci --offline\nFROM deps AS two\nRUN yarn install --offline\nRUN npm ci\n');
    expect(r.skipped.map((s) => `${s.line} ${s.reason}`)).toEqual([
      '2 npm: cache not cleaned: the RUN at line 8 installs offline, from the cache this RUN fills',
      '3 yarn: cache not cleaned: the RUN at line 10 installs offline, from the cache this RUN fills',
      '4 npm: cache not cleaned: the RUN at line 8 installs offline, from the cache this RUN fills',
    ]);
    expect(r.changes.map((c) => c.message)).toEqual([
      'clean the npm cache in the same RUN (npm cache clean --force)',
      'clean the yarn cache in the same RUN (yarn cache clean)',
      'clean the npm cache in the same RUN (npm cache clean --force)',
    ]);
  });
});

describe('pip: what the reason says stays the same', () => {
  it('names what each sub-command makes: installed, downloaded, built', () => {
    const reasons = (body: string) => run(`FROM python:3.12\nRUN ${body}\n`).changes.map((c) => c.reason.replace(/.*Safe: /, ''));
    expect(reasons('pip install requests')).toEqual(['the same packages are installed.']);
    expect(reasons('pip download -d /wheels requests')).toEqual(['the same packages are downloaded.']);
    expect(reasons('pip wheel -w /wheels . && pip install /wheels/*.whl')).toEqual(['the same packages are built and installed.']);
  });
});

describe('poetry', () => {
  it.each([
    ['RUN poetry install --no-root', 'RUN poetry install --no-root && rm -rf ~/.cache/pypoetry/cache ~/.cache/pypoetry/artifacts'],
    // A non-root user: `~` is that user's home when the shell runs the cleanup.
    ['USER app\nRUN poetry install --no-root', 'USER app\nRUN poetry install --no-root && rm -rf ~/.cache/pypoetry/cache ~/.cache/pypoetry/artifacts'],
    ['ENV XDG_CACHE_HOME=/cache\nRUN poetry sync', 'ENV XDG_CACHE_HOME=/cache\nRUN poetry sync && rm -rf "$XDG_CACHE_HOME/pypoetry/cache" "$XDG_CACHE_HOME/pypoetry/artifacts"'],
    // Nothing to clean: no install, the install keeps no cache, the RUN already removes it, a cleanup by poetry itself.
    ['RUN poetry export -f requirements.txt -o r.txt', null],
    ['RUN poetry install --no-cache', null],
    ['RUN poetry install && rm -rf /root/.cache/pypoetry', null],
    ['RUN poetry install && poetry cache clear --all pypi -n', null],
  ])('%s', (body, after) => {
    const text = `FROM python:3.12\n${body}\n`;
    const r = run(text);
    expect(r.output).toBe(after === null ? text : `FROM python:3.12\n${after}\n`);
    expect(run(r.output).changes).toEqual([]);
  });

  it('is skipped with the reason under sudo, and where poetry config moved the cache', () => {
    const sudo = run('FROM python:3.12\nRUN sudo poetry install\n');
    expect(sudo.changes).toEqual([]);
    expect(sudo.skipped.map((s) => s.reason)).toContain("poetry: cache not cleaned: poetry runs under sudo, whose home (and so cache directory) may not be the RUN user's");
    const moved = run('FROM python:3.12\nRUN poetry config cache-dir /opt/pc\nRUN poetry install\n');
    expect(moved.changes).toEqual([]);
    expect(moved.skipped.map((s) => s.reason).join('\n')).toContain('`poetry config cache-dir` moves the cache');
  });
});

describe('home: a literal ENV HOME is where the per-user caches are', () => {
  it('reads an rm of the cache under the HOME of a non-root user as a cleanup, with no skip', () => {
    const text = 'FROM node:20\nRUN useradd -m app\nUSER app\nENV HOME=/home/app\nWORKDIR /srv\nCOPY . .\nRUN npm ci && rm -rf /home/app/.npm\n';
    const r = run(text);
    expect(r.output).toBe(text);
    expect(r.skipped.filter((s) => s.reason.startsWith('npm:'))).toEqual([]);
  });

  it('still skips a relative rm of the cache name, whose directory is not followed', () => {
    const r = run('FROM node:20\nENV HOME=/app\nWORKDIR /app\nCOPY . .\nRUN npm ci && rm -rf .npm\n');
    expect(r.changes).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toContainEqual(expect.stringContaining('the RUN already removes .npm, which is the cache if it is in the home of the RUN\'s user (/app'));
  });

  it('leaves a RUN whose HOME is not a literal path to the cleanup, without a mount', () => {
    const r = run('FROM python:3.11\nARG HOME\nRUN pip install flask\n', { cacheStrategy: 'mount' });
    expect(r.output).toContain('pip install --no-cache-dir flask');
  });
});

describe('skips about the tool\'s own output are not reported', () => {
  it('does not say "already mounts a cache" of a mount it added, and does of one the input has', () => {
    const own = run('FROM python:3.11\nRUN pip install flask\n', { cacheStrategy: 'mount' });
    expect(own.output).toContain('--mount=type=cache,target=/root/.cache/pip');
    expect(own.skipped.filter((s) => s.reason.includes('already mounts'))).toEqual([]);
    const input = run('FROM python:3.11\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n', { cacheStrategy: 'mount' });
    expect(input.skipped.map((s) => s.reason)).toContain('pip: already mounts a cache (or tmpfs) over its cache directory (--mount=type=cache)');
  });

  it('tells an unsafe change at its own line when a change removed the line after it, and not as "named" by its own mount', () => {
    const r = run('FROM debian:bookworm\nRUN apt-get update && \\\n    apt-get -y install netcat-openbsd && \\\n    apt-get clean\nRUN apt-get update && apt-get install -y less && rm -rf /var/cache/apt && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y jq\n', { cacheStrategy: 'mount' });
    const recommends = r.skipped.filter((s) => s.message?.startsWith('install without recommended packages'));
    expect(recommends.map((s) => s.line)).toEqual([3, 5, 6]);
    expect(recommends.every((s) => s.reason.startsWith('unsafe change, applied only with --unsafe'))).toBe(true);
  });
});

describe('bundler: the bundle path', () => {
  it('keeps the cache a later `bundle install --local` installs from', () => {
    const r = run('FROM ruby:3.2\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install --deployment\nCOPY . .\nRUN bundle install --local\n');
    expect(r.changes.filter((c) => c.line === 4)).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toContain('bundler: cache not cleaned: the RUN at line 6 installs offline, from the cache this RUN fills');
  });

  it('reads an rm of the deployment cache as a cleanup', () => {
    const text = 'FROM ruby:3.2\nWORKDIR /app\nENV BUNDLE_DEPLOYMENT=true\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install && rm -rf ~/.bundle/cache /app/vendor/bundle/ruby/*/cache\n';
    const r = run(text);
    expect(r.output).toBe(text);
    expect(r.skipped).toEqual([]);
  });

  it('does not take BUNDLE_DEPLOYMENT=false for deployment mode', () => {
    const r = run('FROM ruby:3.2\nWORKDIR /app\nENV BUNDLE_DEPLOYMENT=false\nRUN bundle install\n');
    expect(r.output).toContain('rm -rf ~/.bundle/cache "$(gem env gemdir)"/cache');
  });
});

describe('a build stage whose files a COPY --from ships', () => {
  const NOTE = 'not in the shipped image';
  it('drops the note when a COPY --from copies the directory that held the cache, and hedges it when it cannot tell', () => {
    const copied = run('FROM node:20 AS build\nENV HOME=/app\nWORKDIR /app\nCOPY . .\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /app /app\nCMD ["node", "/app/index.js"]\n');
    expect(copied.changes).toHaveLength(1);
    expect(copied.changes[0].reason).not.toContain('This stage is not the base');
    const elsewhere = run('FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci\nFROM node:20-slim\nCOPY --from=build /app /app\nCMD ["node", "/app/index.js"]\n');
    expect(elsewhere.changes[0].reason).toContain(NOTE);
    const unknown = run('FROM ruby:3.2 AS build\nCOPY . .\nRUN bundle install --deployment\nFROM ruby:3.2-slim\nCOPY --from=build /app/vendor /app/vendor\n');
    expect(unknown.changes[0].reason).toContain('and in the shipped image only where a COPY --from copies it');
  });
});
