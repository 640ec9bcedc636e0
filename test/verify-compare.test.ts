import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { pack } from 'tar-stream';
import { compareConfigs, compareFileSystems, type FsEntry, type FsMap } from '../src/verify/compare.js';
import { parseTar } from '../src/verify/docker.js';
import { verifyCommand } from '../src/verify/command.js';
import { formatBytes, judgeProof, summaryLine, type VerifyReport } from '../src/verify/verify.js';

const dir = (mode = 0o755, uid = 0, gid = 0): FsEntry => ({ type: 'directory', uid, gid, mode, size: 0 });
const file = (content: string, mode = 0o644, uid = 0, gid = 0): FsEntry => ({
  type: 'file',
  uid,
  gid,
  mode,
  size: content.length,
  sha256: `sha-of-${content}`,
});
const link = (target: string): FsEntry => ({ type: 'symlink', uid: 0, gid: 0, mode: 0o777, size: 0, linkname: target });

function fs(entries: Record<string, FsEntry>): FsMap {
  return new Map(Object.entries(entries));
}

/** A typical image with apt lists and an npm cache. */
function baseImage(): Record<string, FsEntry> {
  return {
    '/app': dir(),
    '/app/index.js': file('console.log(1)'),
    '/bin': link('usr/bin'),
    '/var/lib/apt/lists': dir(),
    '/var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease': file('x'.repeat(1000)),
    '/var/lib/apt/lists/partial': dir(0o700),
    '/root/.npm': dir(),
    '/root/.npm/_cacache': dir(),
    '/root/.npm/_cacache/content-v2': dir(),
    '/root/.npm/_cacache/content-v2/aa': file('y'.repeat(500)),
    '/var/log/dpkg.log': file('2026-01-01 install'),
  };
}

describe('compareConfigs', () => {
  it('finds nothing for identical configs and treats empty values like defaults', () => {
    expect(compareConfigs({ Env: ['A=1'], User: '', WorkingDir: '' }, { Env: ['A=1'], User: 'root', WorkingDir: '/' })).toEqual([]);
    expect(compareConfigs({ Cmd: null, ExposedPorts: null }, { Cmd: [], ExposedPorts: {} })).toEqual([]);
  });

  it('compares Env as a map, not a list', () => {
    expect(compareConfigs({ Env: ['A=1', 'B=2'] }, { Env: ['B=2', 'A=1'] })).toEqual([]);
    expect(compareConfigs({ Env: ['A=1', 'B=2'] }, { Env: ['A=1', 'B=3', 'C=x'] })).toEqual([
      { field: 'Env.B', before: '2', after: '3' },
      { field: 'Env.C', before: '(unset)', after: 'x' },
    ]);
  });

  it('reports a changed user, command, entrypoint, ports, volumes and labels', () => {
    const diffs = compareConfigs(
      { User: 'node', Cmd: ['/bin/sh', '-c', 'node index.js'], ExposedPorts: { '3000/tcp': {} }, Labels: { a: '1' } },
      { User: 'root', Cmd: ['node', 'index.js'], Entrypoint: ['tini'], Volumes: { '/data': {} }, Labels: { a: '2' } },
    );
    expect(diffs.map((d) => d.field)).toEqual(['User', 'Cmd', 'Entrypoint', 'ExposedPorts', 'Volumes', 'Labels.a']);
  });

  it('sees a changed working directory', () => {
    expect(compareConfigs({ WorkingDir: '/app/' }, { WorkingDir: '/app' })).toEqual([]);
    expect(compareConfigs({ WorkingDir: '/app' }, { WorkingDir: '/srv' })).toHaveLength(1);
  });
});

describe('compareFileSystems', () => {
  it('finds identical file systems identical', () => {
    const r = compareFileSystems(fs(baseImage()), fs(baseImage()));
    expect(r.differences).toEqual([]);
    expect(r.removedBytes).toBe(0);
  });

  it('rejects removals nobody declared', () => {
    const after = baseImage();
    delete after['/var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease'];
    const r = compareFileSystems(fs(baseImage()), fs(after));
    expect(r.differences).toEqual([
      { path: '/var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease', kind: 'removed', before: 'file 0:0 0644 1000 bytes' },
    ]);
  });

  it('allows declared removals and counts their bytes per glob', () => {
    const after = baseImage();
    delete after['/var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease'];
    delete after['/var/lib/apt/lists/partial'];
    const r = compareFileSystems(fs(baseImage()), fs(after), { allowedRemovals: ['/var/lib/apt/lists/**', '/tmp/**'] });
    expect(r.differences).toEqual([]);
    expect(r.removedBytes).toBe(1000);
    expect(r.removals).toEqual([
      { glob: '/var/lib/apt/lists/**', files: 1, bytes: 1000 },
      { glob: '/tmp/**', files: 0, bytes: 0 },
    ]);
  });

  it('allows a directory that disappears because everything in it was an allowed removal', () => {
    const after = baseImage();
    for (const p of Object.keys(after)) if (p.startsWith('/root/.npm')) delete after[p];
    const r = compareFileSystems(fs(baseImage()), fs(after), { allowedRemovals: ['/root/.npm/_cacache/**'] });
    expect(r.differences).toEqual([]);
    expect(r.emptiedDirectories).toEqual(['/root/.npm']);
    expect(r.removedBytes).toBe(500);
  });

  it('does not allow a removed directory that held anything else', () => {
    const before = { ...baseImage(), '/root/.npm/config': file('registry=x') };
    const after = baseImage();
    for (const p of Object.keys(after)) if (p.startsWith('/root/.npm')) delete after[p];
    const r = compareFileSystems(fs(before), fs(after), { allowedRemovals: ['/root/.npm/_cacache/**'] });
    expect(r.differences.map((d) => `${d.kind} ${d.path}`)).toEqual(['removed /root/.npm', 'removed /root/.npm/config']);
  });

  it('lets what is left in an emptied cache location differ (a cache mount point), and lists it, but nothing outside', () => {
    const after = baseImage();
    delete after['/var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease'];
    after['/var/lib/apt/lists/partial'] = { ...after['/var/lib/apt/lists/partial'], uid: 0, mode: 0o755 };
    after['/var/lib/apt/lists/lock'] = file('');
    after['/etc/motd'] = file('hi');
    const r = compareFileSystems(fs(baseImage()), fs(after), { allowedRemovals: ['/var/lib/apt/lists/**'] });
    expect(r.cacheDiffering).toEqual(['/var/lib/apt/lists/lock', '/var/lib/apt/lists/partial']);
    expect(r.differences.map((d) => `${d.kind} ${d.path}`)).toEqual(['added /etc/motd']);
  });

  it('matches dot files with the globs', () => {
    const before = { ...baseImage(), '/root/.cache': dir(), '/root/.cache/pip': dir(), '/root/.cache/pip/.lock': file('') };
    const r = compareFileSystems(fs(before), fs(baseImage()), { allowedRemovals: ['/root/.cache/**'] });
    expect(r.differences).toEqual([]);
  });

  it('reports added paths', () => {
    const r = compareFileSystems(fs(baseImage()), fs({ ...baseImage(), '/app/.env': file('SECRET=1') }));
    expect(r.differences).toEqual([{ path: '/app/.env', kind: 'added', after: 'file 0:0 0644 8 bytes' }]);
  });

  it('reports type, owner, group, mode, content and link changes', () => {
    const after = {
      ...baseImage(),
      '/app': dir(0o775, 1000, 1000),
      '/app/index.js': file('console.log(2)', 0o755),
      '/bin': link('/usr/bin'),
      '/var/lib/apt/lists/partial': file(''),
    };
    const kinds = compareFileSystems(fs(baseImage()), fs(after)).differences.map((d) => `${d.kind} ${d.path}`);
    expect(kinds).toEqual([
      'owner /app',
      'group /app',
      'mode /app',
      'mode /app/index.js',
      'content /app/index.js',
      'link /bin',
      'type /var/lib/apt/lists/partial',
    ]);
  });

  it('ignores the content of volatile files but still compares their mode and owner', () => {
    const after = { ...baseImage(), '/var/log/dpkg.log': file('2026-02-02 install, longer') };
    expect(compareFileSystems(fs(baseImage()), fs(after)).differences).toEqual([]);
    const chmod = { ...baseImage(), '/var/log/dpkg.log': file('2026-01-01 install', 0o600) };
    expect(compareFileSystems(fs(baseImage()), fs(chmod)).differences.map((d) => d.kind)).toEqual(['mode']);
  });

  it('lets npm logs, whose names carry the build time, come and go', () => {
    const before = { ...baseImage(), '/root/.npm/_logs': dir(), '/root/.npm/_logs/2026-01-01T10_00_00_000Z-debug-0.log': file('a') };
    const after = { ...baseImage(), '/root/.npm/_logs': dir(), '/root/.npm/_logs/2026-01-01T11_00_00_000Z-debug-0.log': file('b') };
    expect(compareFileSystems(fs(before), fs(after)).differences).toEqual([]);
  });

  it('ignores what package scripts generate afresh on every build (fontconfig caches, machine id, snakeoil key, a new postgres cluster)', () => {
    const paths = [
      '/var/cache/fontconfig/7ef2298fde41cc6eeb7af42e48b7d293-le64.cache-8',
      '/var/lib/dbus/machine-id',
      '/etc/ssl/certs/ssl-cert-snakeoil.pem',
      '/etc/ssl/private/ssl-cert-snakeoil.key',
      '/var/lib/postgresql/15/main/global/pg_control',
      '/var/lib/postgresql/15/main/pg_wal/000000010000000000000001',
      '/var/lib/postgresql/15/main/pg_stat/pgstat.stat',
    ];
    const before = { ...baseImage(), ...Object.fromEntries(paths.map((p) => [p, file('build one')])) };
    const after = { ...baseImage(), ...Object.fromEntries(paths.map((p) => [p, file('build two')])) };
    expect(compareFileSystems(fs(before), fs(after)).differences).toEqual([]);
    // Only their content: another file of the cluster, or a mode, is still compared.
    const other = { ...after, '/var/lib/postgresql/15/main/PG_VERSION': file('16'), '/var/lib/dbus/machine-id': file('build two', 0o600) };
    const base = { ...before, '/var/lib/postgresql/15/main/PG_VERSION': file('15') };
    expect(compareFileSystems(fs(base), fs(other)).differences.map((d) => `${d.kind} ${d.path}`)).toEqual([
      'mode /var/lib/dbus/machine-id',
      'content /var/lib/postgresql/15/main/PG_VERSION',
    ]);
  });

  it('still flags a changed __pycache__ file mode', () => {
    const before = { ...baseImage(), '/app/__pycache__': dir(), '/app/__pycache__/m.cpython-311.pyc': file('pyc1') };
    const after = { ...baseImage(), '/app/__pycache__': dir(), '/app/__pycache__/m.cpython-311.pyc': file('pyc2', 0o600) };
    expect(compareFileSystems(fs(before), fs(after)).differences.map((d) => d.kind)).toEqual(['mode']);
  });
});

describe('parseTar', () => {
  it('reads types, owners, modes and hashes, and resolves hard links', async () => {
    const p = pack();
    p.entry({ name: 'etc/', type: 'directory', mode: 0o755 });
    p.entry({ name: 'etc/motd', mode: 0o4644, uid: 1000, gid: 1001 }, 'hello\n');
    p.entry({ name: 'etc/motd2', type: 'link', linkname: 'etc/motd', mode: 0o644 });
    p.entry({ name: 'bin', type: 'symlink', linkname: 'usr/bin', mode: 0o777 });
    p.finalize();
    const map = await parseTar(Readable.from(p as AsyncIterable<Buffer>));
    expect(map.get('/etc')).toEqual({ type: 'directory', uid: 0, gid: 0, mode: 0o755, size: 0 });
    const motd = map.get('/etc/motd');
    expect(motd).toMatchObject({ type: 'file', uid: 1000, gid: 1001, mode: 0o4644, size: 6 });
    expect(motd?.sha256).toBe('5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03');
    expect(map.get('/etc/motd2')).toMatchObject({ type: 'file', size: 6, sha256: motd?.sha256 });
    expect(map.get('/bin')).toMatchObject({ type: 'symlink', linkname: 'usr/bin' });
  });
});

describe('judgeProof and summaryLine', () => {
  const spec = { name: 'app', proof: ['node', 'index.js'], expect: 'hello' };
  const ran = (stdout: string, code = 0) => ({ ok: code === 0, code, stdout, stderr: '' });

  it('passes when both images print the expected line identically', () => {
    expect(judgeProof(spec, ran('hello\n'), ran('hello\n')).ok).toBe(true);
  });

  it('fails on different output, a missing line or a failing run', () => {
    expect(judgeProof(spec, ran('hello\n'), ran('hello\nextra\n')).ok).toBe(false);
    expect(judgeProof(spec, ran('bye\n'), ran('bye\n')).detail).toContain('original image does not print');
    expect(judgeProof(spec, ran('hello\n'), ran('', 127)).detail).toContain('fails on the rewritten image');
  });

  it('states the result and the sizes on the last line', () => {
    const report: VerifyReport = {
      app: 'express-npm',
      dir: '/x',
      ok: true,
      unchanged: false,
      mode: 'equal',
      changes: [1, 2, 3].map((i) => ({ id: `p:${i}`, pass: 'p', line: i, message: 'm', removes: [] })),
      checks: [],
      configDifferences: [],
      fsDifferences: [],
      removals: [],
      removedBytes: 0,
      original: { bytes: 312_400_000, layers: 10, buildSeconds: 1 },
      rewritten: { bytes: 290_100_000, layers: 8, buildSeconds: 1 },
    };
    expect(summaryLine(report)).toBe('verify express-npm: EQUIVALENT (3 changes) 312.4 MB -> 290.1 MB (-22.3 MB, -7.1%)');
    const bad = { ...report, ok: false, fsDifferences: [{ path: '/a', kind: 'added' as const }, { path: '/b', kind: 'added' as const }] };
    expect(summaryLine(bad)).toMatch(/^verify express-npm: DIFFERENT \(2 differences\)/);
    const broken = { ...report, ok: false, checks: [{ name: 'build-rewritten' as const, ok: false, detail: 'ERROR' }] };
    expect(summaryLine(broken)).toBe('verify express-npm: BROKEN (the rewritten Dockerfile does not build) (3 changes)');
    const unchanged = { ...report, unchanged: true, changes: [], rewritten: report.original };
    expect(summaryLine(unchanged)).toBe('verify express-npm: UNCHANGED (no change to prove) 312.4 MB -> 312.4 MB (±0.0 MB, 0.0%)');
  });

  it('formats removal sizes in a readable unit', () => {
    expect([formatBytes(318), formatBytes(27_040), formatBytes(19_900_000)]).toEqual(['318 B', '27.0 kB', '19.9 MB']);
  });
});

describe('verifyCommand input errors (no engine needed)', () => {
  async function run(dirs: string[]): Promise<{ code: number; stderr: string }> {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const code = await verifyCommand(dirs, {});
      return { code, stderr: spy.mock.calls.map((c) => String(c[0])).join('') };
    } finally {
      spy.mockRestore();
    }
  }

  it('exits 2 with one line when no directory is given', async () => {
    expect(await run([])).toEqual({ code: 2, stderr: 'dockerfix verify: give at least one directory holding a Dockerfile\n' });
  });

  it('exits 2 with one line for a directory without a Dockerfile', async () => {
    expect(await run(['/nonexistent-dockerfix-dir'])).toEqual({ code: 2, stderr: 'dockerfix verify: no Dockerfile in /nonexistent-dockerfix-dir\n' });
  });
});
