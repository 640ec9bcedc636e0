import { describe, expect, it } from 'vitest';
import { accountsSubset, compareConfigsSubset, compareSubset, prefixOf, type FsEntry, type FsMap, type SubsetOptions } from '../src/verify/compare.js';
import { finalStageBase, formatVerifyReport, subsetSummary, summaryLine, type SubsetReport, type VerifyReport } from '../src/verify/verify.js';

const dir = (mode = 0o755, uid = 0, gid = 0): FsEntry => ({ type: 'directory', uid, gid, mode, size: 0 });
const file = (content: string, mode = 0o644, uid = 0, gid = 0): FsEntry => ({
  type: 'file',
  uid,
  gid,
  mode,
  size: content.length,
  sha256: `sha-of-${content}`,
});

const fs = (entries: Record<string, FsEntry>): FsMap => new Map(Object.entries(entries));

/**
 * A Go app: the original is built FROM golang (the build base, OB); the multi-stage rewrite copies the app onto
 * debian slim (the runtime base, RB). The golang image's /go tree is 1777; the runtime's WORKDIR and COPY recreate
 * it with 0755.
 */
function golangBase(): Record<string, FsEntry> {
  return {
    '/etc': dir(),
    '/etc/os-release': file('debian 12'),
    '/etc/motd': file('motd of the golang image'),
    '/usr': dir(),
    '/usr/lib': dir(),
    '/usr/lib/libc.so.6': file('libc'),
    '/usr/bin': dir(),
    '/usr/bin/gcc': file('g'.repeat(3000)),
    '/usr/local': dir(),
    '/usr/local/go': dir(),
    '/usr/local/go/bin': dir(),
    '/usr/local/go/bin/go': file('t'.repeat(5000)),
    '/var': dir(),
    '/var/lib': dir(),
    '/var/lib/dpkg': dir(),
    '/var/lib/dpkg/status': file('libc6 gcc'),
    '/go': dir(0o1777),
    '/go/bin': dir(0o1777),
    '/go/src': dir(0o1777),
  };
}

function slimBase(): Record<string, FsEntry> {
  return {
    '/etc': dir(),
    '/etc/os-release': file('debian 12'),
    '/etc/motd': file('motd of debian slim'),
    '/etc/dpkg': dir(),
    '/etc/dpkg/dpkg.cfg.d': dir(),
    '/etc/dpkg/dpkg.cfg.d/docker': file('path-exclude /usr/share/doc/*'),
    '/usr': dir(),
    '/usr/lib': dir(),
    '/usr/lib/libc.so.6': file('libc'),
    '/usr/bin': dir(),
    '/var': dir(),
    '/var/lib': dir(),
    '/var/lib/dpkg': dir(),
    '/var/lib/dpkg/status': file('libc6'),
  };
}

/** What the app adds to either image: WORKDIR /go/src/app, COPY . ., RUN go build -o /go/bin/app. */
function app(): Record<string, FsEntry> {
  return {
    '/go/src/app': dir(),
    '/go/src/app/main.go': file('package main'),
    '/go/bin/app': file('a'.repeat(800), 0o755),
  };
}

function original(): Record<string, FsEntry> {
  return { ...golangBase(), ...app(), '/root': dir(0o700), '/root/.cache': dir(), '/root/.cache/go-build': dir(), '/root/.cache/go-build/ab': file('c'.repeat(200)) };
}

function rewritten(): Record<string, FsEntry> {
  return { ...slimBase(), '/go': dir(), '/go/src': dir(), '/go/bin': dir(), ...app() };
}

function options(extra: Partial<SubsetOptions> = {}): SubsetOptions {
  return {
    keeps: ['/go/src/app', '/go/bin/app'],
    originalBase: fs(golangBase()),
    rewrittenBase: fs(slimBase()),
    workdirs: ['/go/src/app'],
    ...extra,
  };
}

const kinds = (r: { differences: { kind: string; path: string }[] }) => r.differences.map((d) => `${d.kind} ${d.path}`);

describe('compareSubset', () => {
  it('accepts a faithful multi-stage rewrite and says what each rule excused', () => {
    const r = compareSubset(fs(original()), fs(rewritten()), options());
    expect(r.differences).toEqual([]);
    // /etc /etc/os-release /usr /usr/lib /usr/lib/libc.so.6 /usr/bin /var /var/lib /var/lib/dpkg + the three app paths.
    expect(r.identical).toBe(12);
    expect(r.baseDifferences).toEqual(['/etc/motd']);
    expect(r.packageDatabase).toEqual(['/var/lib/dpkg/status']);
    expect(r.recreatedParents).toEqual(['/go', '/go/bin', '/go/src']);
    expect(r.fromRuntimeBase).toEqual(['/etc/dpkg', '/etc/dpkg/dpkg.cfg.d', '/etc/dpkg/dpkg.cfg.d/docker']);
  });

  it('lets build-only files leave and totals them by prefix, largest first', () => {
    const r = compareSubset(fs(original()), fs(rewritten()), options());
    expect(r.left).toEqual({
      paths: 9,
      files: 3,
      bytes: 8200,
      byPrefix: [
        { prefix: '/usr/local', paths: 4, files: 1, bytes: 5000 },
        { prefix: '/usr/bin', paths: 1, files: 1, bytes: 3000 },
        { prefix: '/root/.cache', paths: 3, files: 1, bytes: 200 },
        { prefix: '/root', paths: 1, files: 0, bytes: 0 },
      ],
    });
  });

  it('flags a kept file that changed', () => {
    const after = { ...rewritten(), '/go/bin/app': file('b'.repeat(800), 0o755) };
    expect(kinds(compareSubset(fs(original()), fs(after), options()))).toEqual(['content /go/bin/app']);
  });

  it('flags a kept file that is missing, and a kept directory emptied of it', () => {
    const after = rewritten();
    delete after['/go/src/app/main.go'];
    const r = compareSubset(fs(original()), fs(after), options());
    expect(r.differences).toEqual([{ path: '/go/src/app/main.go', kind: 'removed', before: 'file 0:0 0644 12 bytes' }]);
    // The file does not count as "left": it is a failure, not a saving.
    expect(r.left.files).toBe(3);
  });

  it('lets a declared removal (a cache) leave even from under a kept path, and counts it per glob', () => {
    const before = { ...original(), '/go/src/app/.cache': dir(), '/go/src/app/.cache/x': file('1234') };
    const r = compareSubset(fs(before), fs(rewritten()), options({ allowedRemovals: ['/go/src/app/.cache/**'] }));
    expect(r.differences).toEqual([]);
    expect(r.removals).toEqual([{ glob: '/go/src/app/.cache/**', files: 1, bytes: 4 }]);
    expect(r.removedBytes).toBe(4);
    // Without the declaration, the cache is part of what must be kept.
    expect(kinds(compareSubset(fs(before), fs(rewritten()), options()))).toEqual(['removed /go/src/app/.cache', 'removed /go/src/app/.cache/x']);
  });

  it('accepts a file the runtime base adds, and rejects one it does not have or has differently', () => {
    const extra = { ...rewritten(), '/etc/extra.conf': file('new') };
    expect(kinds(compareSubset(fs(original()), fs(extra), options()))).toEqual(['added /etc/extra.conf']);
    const changed = { ...rewritten(), '/etc/dpkg/dpkg.cfg.d/docker': file('edited') };
    expect(kinds(compareSubset(fs(original()), fs(changed), options()))).toEqual(['added /etc/dpkg/dpkg.cfg.d/docker']);
  });

  it('excuses a difference only when both sides inherit the path unchanged from their bases', () => {
    // The original's Dockerfile wrote /etc/motd: it is the app's, and the rewrite lost it.
    const before = { ...original(), '/etc/motd': file('welcome to the app') };
    expect(kinds(compareSubset(fs(before), fs(rewritten()), options()))).toEqual(['content /etc/motd']);
    // The rewrite wrote /etc/motd while the original inherited it.
    const after = { ...rewritten(), '/etc/motd': file('motd of the golang image, edited') };
    expect(kinds(compareSubset(fs(original()), fs(after), options()))).toEqual(['content /etc/motd']);
    // Unknown bases (an ARG-named FROM) excuse nothing.
    const r = compareSubset(fs(original()), fs(rewritten()), options({ originalBase: new Map(), rewrittenBase: new Map() }));
    expect(kinds(r)).toEqual([
      'added /etc/dpkg',
      'added /etc/dpkg/dpkg.cfg.d',
      'added /etc/dpkg/dpkg.cfg.d/docker',
      'content /etc/motd',
      'mode /go',
      'mode /go/bin',
      'mode /go/src',
    ]);
  });

  it('never excuses a difference under a kept path by the base rule', () => {
    const r = compareSubset(fs(original()), fs(rewritten()), options({ keeps: ['/go/src/app', '/go/bin/app', '/etc/motd'] }));
    expect(kinds(r)).toEqual(['content /etc/motd']);
  });

  it('lets the package databases differ', () => {
    const after = { ...rewritten(), '/var/lib/dpkg/status': file('libc6 libpq5'), '/var/lib/dpkg/info': dir(), '/var/lib/dpkg/info/libpq5.list': file('/usr/lib/libpq.so.5') };
    const before = { ...original(), '/var/lib/dpkg/info': dir(), '/var/lib/dpkg/info/gcc.list': file('/usr/bin/gcc'), '/var/lib/dpkg/info/libpq5.list': file('/usr/lib/libpq.so.5\n/usr/share/doc/libpq5') };
    const r = compareSubset(fs(before), fs(after), options());
    expect(r.differences).toEqual([]);
    expect(r.packageDatabase).toEqual(['/var/lib/dpkg/info/libpq5.list', '/var/lib/dpkg/status']);
    // Only the database: a library that changed is still a difference.
    const lib = { ...after, '/usr/lib/libc.so.6': file('other libc') };
    expect(kinds(compareSubset(fs(before), fs(lib), options()))).toEqual(['content /usr/lib/libc.so.6']);
  });

  it('lets the Alpine package databases differ too (apk: installed, scripts, triggers, world)', () => {
    const apk = { '/lib': dir(), '/lib/apk': dir(), '/lib/apk/db': dir(), '/etc/apk': dir() };
    const before = { ...original(), ...apk, '/lib/apk/db/installed': file('musl gcc g++'), '/lib/apk/db/scripts.tar': file('gcc scripts'), '/lib/apk/db/triggers': file('t1'), '/etc/apk/world': file('build-base') };
    const after = { ...rewritten(), ...apk, '/lib/apk/db/installed': file('musl libstdc++'), '/lib/apk/db/scripts.tar': file('none'), '/lib/apk/db/triggers': file('t2'), '/etc/apk/world': file('libstdc++') };
    const r = compareSubset(fs(before), fs(after), options());
    expect(r.differences).toEqual([]);
    expect(r.packageDatabase).toEqual(expect.arrayContaining(['/lib/apk/db/installed', '/lib/apk/db/scripts.tar', '/lib/apk/db/triggers', '/etc/apk/world']));
    // The rest of /lib/apk is still compared.
    const other = { ...after, '/lib/apk/exec': dir() };
    expect(kinds(compareSubset(fs(before), fs(other), options()))).toEqual(['added /lib/apk/exec']);
  });

  it('accepts a parent directory the runtime recreated only when the original inherited it from its base', () => {
    // The original's Dockerfile set /go to 0700 itself: the runtime must too.
    const chmod = { ...original(), '/go': dir(0o700) };
    expect(kinds(compareSubset(fs(chmod), fs(rewritten()), options()))).toEqual(['mode /go']);
    // A directory that is no parent of a kept path or of the WORKDIR is not implicitly created: no excuse.
    const before = { ...original(), '/opt': dir(0o1777) };
    const after = { ...rewritten(), '/opt': dir() };
    const base = { ...golangBase(), '/opt': dir(0o1777) };
    expect(kinds(compareSubset(fs(before), fs(after), options({ originalBase: fs(base) })))).toEqual(['mode /opt']);
    // A recreated parent may differ in owner and mode, not in type.
    const typed = { ...rewritten(), '/go/src': file('') };
    expect(kinds(compareSubset(fs(original()), fs(typed), options()))).toEqual(['type /go/src']);
  });

  it('recreates the WORKDIR itself when it is not a kept path', () => {
    const r = compareSubset(fs(original()), fs(rewritten()), options({ keeps: ['/go/bin/app', '/go/src/app/main.go'], workdirs: ['/go/src'] }));
    expect(r.differences).toEqual([]);
    expect(r.recreatedParents).toEqual(['/go', '/go/bin', '/go/src']);
    const noWorkdir = compareSubset(fs(original()), fs(rewritten()), options({ keeps: ['/go/bin/app'], workdirs: [] }));
    expect(kinds(noWorkdir)).toEqual(['mode /go/src']);
  });

  it('groups paths by their first two components', () => {
    expect(['/usr/lib/x86_64-linux-gnu/libc.so.6', '/go/src/app', '/app', '/usr'].map(prefixOf)).toEqual(['/usr/lib', '/go/src', '/app', '/usr']);
  });
});

describe('compareConfigsSubset', () => {
  const golang = { Env: ['PATH=/usr/local/go/bin:/usr/local/sbin:/usr/bin', 'GOLANG_VERSION=1.19', 'GOPATH=/go'], WorkingDir: '/go', Labels: { vendor: 'golang' } };
  const slim = { Env: ['PATH=/usr/local/sbin:/usr/bin'], Cmd: ['bash'] };

  it('allows Env and Labels values both sides inherit from their bases', () => {
    const before = { ...golang, Env: [...golang.Env, 'APP_ENV=production'], WorkingDir: '/go/src/app', Cmd: ['app'] };
    const after = { Env: [...slim.Env, 'APP_ENV=production'], WorkingDir: '/go/src/app', Cmd: ['app'] };
    const r = compareConfigsSubset(before, after, { originalBase: golang, rewrittenBase: slim });
    expect(r.differences).toEqual([]);
    expect(r.inherited.map((d) => d.field)).toEqual(['Env.GOLANG_VERSION', 'Env.GOPATH', 'Env.PATH', 'Labels.vendor']);
  });

  it('rejects an ENV the Dockerfile set that differs or is missing, even over a base key', () => {
    const before = { Env: [...golang.Env, 'APP_ENV=production'] };
    const bases = { originalBase: golang, rewrittenBase: slim };
    expect(compareConfigsSubset(before, { Env: [...slim.Env, 'APP_ENV=dev'] }, bases).differences).toEqual([
      { field: 'Env.APP_ENV', before: 'production', after: 'dev' },
    ]);
    expect(compareConfigsSubset(before, { Env: slim.Env }, bases).differences.map((d) => d.field)).toEqual(['Env.APP_ENV']);
    // The original prepended to PATH: its PATH is its own, not the base's.
    const path = { Env: ['PATH=/app/bin:/usr/local/go/bin:/usr/local/sbin:/usr/bin'] };
    expect(compareConfigsSubset(path, { Env: slim.Env }, bases).differences.map((d) => d.field)).toEqual(['Env.PATH']);
    // Without base configs nothing is inherited.
    expect(compareConfigsSubset({ Env: golang.Env }, { Env: slim.Env }).differences.map((d) => d.field)).toEqual([
      'Env.GOLANG_VERSION',
      'Env.GOPATH',
      'Env.PATH',
    ]);
  });

  it('requires the same command, entrypoint, user, working directory, ports and volumes', () => {
    const bases = { originalBase: golang, rewrittenBase: slim };
    const before = { Cmd: ['/go/bin/app'], User: 'app', WorkingDir: '/go/src/app', ExposedPorts: { '8080/tcp': {} } };
    expect(compareConfigsSubset(before, { ...before }, bases).differences).toEqual([]);
    expect(compareConfigsSubset(before, { ...before, Cmd: ['bash'] }, bases).differences).toEqual([
      { field: 'Cmd', before: '["/go/bin/app"]', after: '["bash"]' },
    ]);
    const r = compareConfigsSubset(before, { Cmd: ['/go/bin/app'], WorkingDir: '/go', Entrypoint: ['tini'], Volumes: { '/data': {} } }, bases);
    expect(r.differences.map((d) => d.field)).toEqual(['User', 'WorkingDir', 'Entrypoint', 'ExposedPorts', 'Volumes']);
  });
});

describe('finalStageBase', () => {
  it('reads the FROM of the last stage', () => {
    expect(finalStageBase('FROM node:18-bookworm\nRUN true\n')).toBe('node:18-bookworm');
    expect(finalStageBase('FROM golang:1.19-bookworm AS build\nRUN go build\nFROM --platform=linux/amd64 debian:bookworm-slim\nCOPY --from=build /a /a\n')).toBe('debian:bookworm-slim');
  });

  it('follows a FROM that names an earlier stage to its base', () => {
    expect(finalStageBase('FROM python:3.12 AS Base\nRUN true\nFROM base AS deps\nRUN true\nFROM deps\nCMD ["x"]\n')).toBe('python:3.12');
  });

  it('substitutes global ARG defaults and gives up on an ARG without one', () => {
    expect(finalStageBase('ARG NODE=18\nARG VARIANT="bookworm-slim"\nFROM node:${NODE}-$VARIANT\n')).toBe('node:18-bookworm-slim');
    expect(finalStageBase('ARG TAG\nFROM node:${TAG:-20}\n')).toBe('node:20');
    expect(finalStageBase('ARG TAG\nFROM node:$TAG\n')).toBeNull();
    expect(finalStageBase('# no FROM\n')).toBeNull();
  });
});

describe('subset report', () => {
  const subset: SubsetReport = {
    keeps: ['/usr/src/app'],
    originalBase: 'node:18-bookworm',
    rewrittenBase: 'node:18-bookworm-slim',
    baseNotes: [],
    identical: 12034,
    left: {
      paths: 8123,
      files: 7000,
      bytes: 612_400_000,
      byPrefix: [
        { prefix: '/usr/lib', paths: 5000, files: 4500, bytes: 412_000_000 },
        { prefix: '/usr/share', paths: 2000, files: 1800, bytes: 150_000_000 },
        { prefix: '/usr/include', paths: 1000, files: 600, bytes: 50_000_000 },
        { prefix: '/usr/bin', paths: 100, files: 90, bytes: 300_000 },
        { prefix: '/etc/alternatives', paths: 23, files: 10, bytes: 100_000 },
      ],
    },
    fromRuntimeBase: 3,
    baseDifferences: Array.from({ length: 37 }, (_, i) => `/etc/file${i}`),
    recreatedParents: [],
    packageDatabase: 12,
    accountEntries: [],
    configInherited: [{ field: 'Env.NODE_ENV', before: '(unset)', after: 'production' }],
  };
  const report: VerifyReport = {
    app: 'express-npm',
    dir: '/x',
    ok: true,
    unchanged: false,
    mode: 'subset',
    subset,
    changes: [{ id: 'multi-stage:1', pass: 'multi-stage', line: 1, message: 'm', removes: [], keeps: ['/usr/src/app'] }],
    checks: [{ name: 'filesystem', ok: true, detail: `subset of the original (${subsetSummary(subset)})` }],
    configDifferences: [],
    fsDifferences: [],
    removals: [],
    removedBytes: 0,
    original: { bytes: 1_100_000_000, layers: 10, buildSeconds: 1 },
    rewritten: { bytes: 250_000_000, layers: 8, buildSeconds: 1 },
  };

  it('summarizes what was kept, what left and what the bases explain', () => {
    expect(subsetSummary(subset)).toBe(
      '12034 paths kept identical; 8123 paths / 612.4 MB left the image: /usr/lib 412.0 MB, /usr/share 150.0 MB, /usr/include 50.0 MB, /usr/bin 300.0 kB, …; ' +
        '37 base-image differences; 3 paths added by the runtime base; 12 package database paths differ',
    );
  });

  it('keeps the format of the last line and adds what left', () => {
    expect(summaryLine(report)).toBe(
      'verify express-npm: EQUIVALENT (1 change) 1100.0 MB -> 250.0 MB (-850.0 MB, -77.3%); subset: 612.4 MB left the image',
    );
    expect(summaryLine({ ...report, ok: false, fsDifferences: [{ path: '/usr/src/app/x', kind: 'removed' }] })).toMatch(
      /^verify express-npm: DIFFERENT \(1 difference\) \(1 change\)/,
    );
  });

  it('lists the bases, what left by prefix and the excused differences', () => {
    const lines = formatVerifyReport(report).split('\n');
    expect(lines).toContain('  ok   filesystem: subset of the original (' + subsetSummary(subset) + ')');
    expect(lines).toContain('  subset: keeps /usr/src/app; final-stage bases node:18-bookworm -> node:18-bookworm-slim');
    expect(lines).toContain('  left /usr/lib: 4500 files, 412.0 MB');
    expect(lines).toContain('  base-image difference /etc/file0');
    expect(lines).toContain('  … and 29 more base-image differences');
    expect(lines).toContain('  inherited config Env.NODE_ENV: (unset) -> production');
    expect(lines.at(-1)).toBe(summaryLine(report));
  });
});

describe('accountsSubset: users and groups entry by entry', () => {
  const slim = 'root:x:0:\nnode:x:1000:\n';
  const full = 'root:x:0:\n_ssh:x:101:\nnode:x:1000:\n';
  it('lets a group of the full build base leave while the groups the Dockerfile made stay identical', () => {
    expect(accountsSubset(full + 'appuser:x:1001:\n', slim + 'appuser:x:1001:\n', full, slim, false)).toBe(true);
  });
  it('catches a group the Dockerfile made with another gid in the rewritten image', () => {
    expect(accountsSubset(full + 'appuser:x:1001:\n', slim + 'appuser:x:1002:\n', full, slim, false)).toBe(false);
  });
  it('catches a group the Dockerfile made that is missing', () => {
    expect(accountsSubset(full + 'appuser:x:1001:\n', slim, full, slim, false)).toBe(false);
  });
  it('catches an entry that is in neither the original nor the runtime base', () => {
    expect(accountsSubset(full, slim + 'intruder:x:0:\n', full, slim, false)).toBe(false);
  });
  it('ignores the day of the last password change in shadow files only', () => {
    const o = 'root:*:19000:0:99999:7:::\napp:!:20424:0:99999:7:::\n';
    const r = 'root:*:19000:0:99999:7:::\napp:!:20425:0:99999:7:::\n';
    expect(accountsSubset(o, r, 'root:*:19000:0:99999:7:::\n', 'root:*:19000:0:99999:7:::\n', true)).toBe(true);
    expect(accountsSubset(o, r, 'root:*:19000:0:99999:7:::\n', 'root:*:19000:0:99999:7:::\n', false)).toBe(false);
  });
  it('in compareSubset: /etc/group differing only by a base group is excused and listed, not a difference', () => {
    const file = (text: string): FsEntry => ({ type: 'file', uid: 0, gid: 0, mode: 0o644, size: text.length, sha256: String(text.length) + text, text });
    const O: FsMap = new Map([['/etc/group', file(full + 'appuser:x:1001:\n')]]);
    const R: FsMap = new Map([['/etc/group', file(slim + 'appuser:x:1001:\n')]]);
    const res = compareSubset(O, R, { keeps: ['/app'], originalBase: new Map([['/etc/group', file(full)]]), rewrittenBase: new Map([['/etc/group', file(slim)]]) });
    expect(res.differences).toEqual([]);
    expect(res.accountEntries).toEqual(['/etc/group']);
    const R2: FsMap = new Map([['/etc/group', file(slim + 'appuser:x:1005:\n')]]);
    expect(compareSubset(O, R2, { keeps: ['/app'], originalBase: new Map([['/etc/group', file(full)]]), rewrittenBase: new Map([['/etc/group', file(slim)]]) }).differences.map((d) => d.kind)).toEqual(['content']);
  });
});

describe('compareSubset: a runtime that ships fewer node_modules than the original', () => {
  // The original: /app with the sources, the build output and node_modules holding a production package (ms) and a
  // devDependency (typescript). The rewrite keeps dist, package.json and node_modules, and declares typescript removed.
  const original = fs({
    '/app': dir(0o755, 1000, 1000),
    '/app/package.json': file('{}', 0o644, 1000, 1000),
    '/app/src': dir(0o755, 1000, 1000),
    '/app/src/index.ts': file('ts source', 0o644, 1000, 1000),
    '/app/dist': dir(0o755, 1000, 1000),
    '/app/dist/index.js': file('js', 0o644, 1000, 1000),
    '/app/node_modules': dir(0o755, 1000, 1000),
    '/app/node_modules/ms': dir(0o755, 1000, 1000),
    '/app/node_modules/ms/index.js': file('ms', 0o644, 1000, 1000),
    '/app/node_modules/typescript': dir(0o755, 1000, 1000),
    '/app/node_modules/typescript/lib.js': file('tsc', 0o644, 1000, 1000),
    '/app/node_modules/.bin': dir(0o755, 1000, 1000),
    '/app/node_modules/.bin/tsc': { type: 'symlink', uid: 1000, gid: 1000, mode: 0o777, size: 0, linkTarget: '../typescript/bin/tsc' } as FsEntry,
  });
  const options: SubsetOptions = {
    keeps: ['/app/node_modules', '/app/dist', '/app/package.json'],
    allowedRemovals: ['/app/node_modules/typescript', '/app/node_modules/typescript/**', '/app/node_modules/.bin/tsc'],
  };
  const without = (...paths: string[]): FsMap => new Map([...original].filter(([p]) => !paths.some((x) => p === x || p.startsWith(`${x}/`))));

  it('proves the split: the devDependency and its program link are declared, the sources are not kept', () => {
    const r = compareSubset(original, without('/app/node_modules/typescript', '/app/node_modules/.bin/tsc', '/app/src'), options);
    expect(r.differences).toEqual([]);
    expect(r.removals.find((x) => x.glob === '/app/node_modules/typescript/**')!.files).toBe(1);
  });

  it('fails a split that loses a production package, or build output, that the change did not declare', () => {
    const lostProd = compareSubset(original, without('/app/node_modules/typescript', '/app/node_modules/.bin/tsc', '/app/node_modules/ms'), options);
    expect(lostProd.differences.map((d) => `${d.path} ${d.kind}`)).toEqual(['/app/node_modules/ms removed', '/app/node_modules/ms/index.js removed']);
    const lostDist = compareSubset(original, without('/app/node_modules/typescript', '/app/node_modules/.bin/tsc', '/app/dist/index.js'), options);
    expect(lostDist.differences.map((d) => d.path)).toEqual(['/app/dist/index.js']);
  });

  it('fails when the kept directory\'s owner differs (the runtime must set it as the Dockerfile did)', () => {
    const after = without('/app/node_modules/typescript', '/app/node_modules/.bin/tsc');
    after.set('/app', dir(0o755, 0, 0));
    expect(compareSubset(original, after, options).differences.map((d) => `${d.path} ${d.kind}`)).toEqual(expect.arrayContaining(['/app owner']));
  });
});
