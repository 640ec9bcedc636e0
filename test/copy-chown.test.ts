/** The path and ownership analysis behind the copy-chown pass. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import {
  changedAccounts, commandEffect, copyWrite, createdNames, dirsBetween, expandVars, isBasePath, isGenericImage, isWithin, normalizePath,
  octalMode, parseChmod, parseChown, parseOwner, readAssignments, redirectWrites, resolvePath, type Vars,
} from '../src/ownership.js';
import { parseShell, type Word } from '../src/shell/parser.js';
import { rewrite } from '../src/engine.js';
import { applySymbolic } from '../transforms/copy-chown.js';

function words(line: string): Word[] {
  return parseShell(line).commands[0].words.slice(1);
}

function effect(line: string, cwd: string | null, root: string, vars: Vars = new Map()) {
  return commandEffect(parseShell(line).commands[0], cwd, root, vars);
}

function copyOf(dockerfile: string, workdir: string | null, vars: Vars = new Map(), isFile: (s: string) => boolean | null = () => null) {
  const doc = parseDocument(`FROM debian\n${dockerfile}\n`);
  return copyWrite(doc.instructions[1], workdir, vars, isFile);
}

describe('paths', () => {
  it('normalises and resolves against the working directory', () => {
    expect(normalizePath('/app//src/./x/../y/')).toBe('/app/src/y');
    expect(resolvePath('/app', 'src')).toBe('/app/src');
    expect(resolvePath('/app', '.')).toBe('/app');
    expect(resolvePath('/app', '../srv')).toBe('/srv');
    expect(resolvePath(null, 'src')).toBeNull();
    expect(resolvePath(null, '/abs')).toBe('/abs');
  });
  it('normalises every shape of path as the segment walk does (normal paths come back as they are)', () => {
    const walk = (p: string): string => {
      const out: string[] = [];
      for (const seg of p.split('/')) {
        if (seg === '' || seg === '.') continue;
        if (seg === '..') out.pop();
        else out.push(seg);
      }
      return `/${out.join('/')}`;
    };
    const paths = ['/', '//', '/a', '/a/', '/a/b', '/a//b', '/a/./b', '/a/../b', '/..', '/.', '/a/.', '/a/..', '/.a', '/a/.b', '/a..b', '/a/b.', 'a', 'a/b', '.', '..', '', '/a/b/c/../../d', '/usr/local/lib/python3.12/site-packages', '/root/.cache/pip', '/a\\b'];
    for (const p of paths) expect(normalizePath(p), p).toBe(walk(p));
  });
  it('isWithin is segment-wise', () => {
    expect(isWithin('/app/x', '/app')).toBe(true);
    expect(isWithin('/app', '/app')).toBe(true);
    expect(isWithin('/application', '/app')).toBe(false);
    expect(isWithin('/anything', '/')).toBe(true);
  });
  it('dirsBetween lists the target and the parents down to a path, not the path', () => {
    expect(dirsBetween('/home/app', '/home/app/src/main')).toEqual(['/home/app', '/home/app/src']);
    expect(dirsBetween('/app', '/app')).toEqual([]);
    expect(dirsBetween('/app', '/srv')).toEqual([]);
  });
  it('knows which paths a base image may already hold', () => {
    expect(isBasePath('/usr/local')).toBe(true);
    expect(isBasePath('/usr/local/lib/x')).toBe(true);
    expect(isBasePath('/var/www/html')).toBe(true);
    expect(isBasePath('/etc/nginx')).toBe(true);
    expect(isBasePath('/home/node')).toBe(true);
    expect(isBasePath('/home/app', new Set(['/home/app']))).toBe(false);
    expect(isBasePath('/app')).toBe(false);
    expect(isBasePath('/opt/svc')).toBe(false);
    expect(isBasePath('/usr/src/app')).toBe(false);
    expect(isBasePath('/var/www/site')).toBe(false);
    expect(isBasePath('/')).toBe(true);
  });
  it('tells generic OS and language images from vendor images', () => {
    expect(isGenericImage('node:20-alpine')).toBe(true);
    expect(isGenericImage('docker.io/library/python:3.12-slim')).toBe(true);
    expect(isGenericImage('gcr.io/distroless/base-debian12:debug')).toBe(true);
    expect(isGenericImage('registry.access.redhat.com/ubi9/ubi-minimal:9.4')).toBe(true);
    expect(isGenericImage('mcr.microsoft.com/dotnet/aspnet:8.0')).toBe(true);
    expect(isGenericImage('oracle/fmw-infrastructure:12.2.1.3')).toBe(false);
    expect(isGenericImage('bitnami/node:20')).toBe(false);
    expect(isGenericImage('registry.access.redhat.com/ubi8/nodejs-16')).toBe(false);
    expect(isGenericImage('$BASE')).toBe(false);
  });
});

describe('variables', () => {
  it('expands known ARG/ENV values and refuses unknown ones', () => {
    const vars: Vars = new Map([['APP', '/srv/app'], ['U', null]]);
    expect(expandVars('$APP/bin', vars)).toBe('/srv/app/bin');
    expect(expandVars('${APP}/bin', vars)).toBe('/srv/app/bin');
    expect(expandVars('${MISSING:-/opt}/x', vars)).toBe('/opt/x');
    expect(expandVars('$U', vars)).toBeNull();
    expect(expandVars('$NOPE', vars)).toBeNull();
  });
  it('reads ENV and ARG assignments, quoted and legacy', () => {
    const doc = parseDocument('FROM x\nENV A=1 B="x y" \\\n    C=/app\nENV LEGACY some value\nARG UID=1000\nARG NAME\n');
    expect(readAssignments(doc.instructions[1])).toEqual([{ name: 'A', value: '1' }, { name: 'B', value: 'x y' }, { name: 'C', value: '/app' }]);
    expect(readAssignments(doc.instructions[2])).toEqual([{ name: 'LEGACY', value: 'some value' }]);
    expect(readAssignments(doc.instructions[3])).toEqual([{ name: 'UID', value: '1000' }]);
    expect(readAssignments(doc.instructions[4])).toEqual([{ name: 'NAME', value: null }]);
  });
});

describe('chown and chmod arguments', () => {
  it('reads -R before or after the owner, and --recursive', () => {
    for (const line of ['chown -R app:app /app', 'chown app:app -R /app', 'chown --recursive app:app /app', 'chown -Rv app:app /app']) {
      const c = parseChown(words(line));
      expect('error' in c ? c.error : { r: c.recursive, owner: c.owner.value, paths: c.paths.map((p) => p.value) }).toEqual({ r: true, owner: 'app:app', paths: ['/app'] });
    }
    const several = parseChown(words('chown -R 1000:1000 /a /b'));
    expect('error' in several ? [] : several.paths.map((p) => p.value)).toEqual(['/a', '/b']);
    const plain = parseChown(words('chown app /app'));
    expect('error' in plain ? null : plain.recursive).toBe(false);
  });
  it('refuses flags whose meaning differs', () => {
    expect(parseChown(words('chown -hR app /app'))).toMatchObject({ error: expect.stringContaining('-h') });
    expect(parseChown(words('chown -R -L app /app'))).toMatchObject({ error: expect.stringContaining('-L') });
    expect(parseChown(words('chown -R --from=root app /app'))).toMatchObject({ error: expect.stringContaining('--from') });
    expect(parseChown(words('chown -R --reference=/x /app'))).toMatchObject({ error: expect.stringContaining('--reference') });
  });
  it('reads owner specifications', () => {
    expect(parseOwner('app:staff')).toMatchObject({ user: 'app', group: 'staff' });
    expect(parseOwner('app')).toMatchObject({ user: 'app', group: null });
    // GNU chown reads `app.staff` as a user of that name when one exists: only numeric ids are surely user.group.
    expect(parseOwner('app.staff')).toMatchObject({ error: expect.stringContaining('ambiguous') });
    expect(parseOwner('$U.$G')).toMatchObject({ error: expect.stringContaining('ambiguous') });
    expect(parseOwner('1000.1000')).toMatchObject({ user: '1000', group: '1000' });
    expect(parseOwner('john.doe:john.doe')).toMatchObject({ user: 'john.doe', group: 'john.doe' });
    expect(parseOwner(':staff')).toMatchObject({ user: null, group: 'staff' });
    expect(parseOwner('1000:1000')).toMatchObject({ user: '1000', group: '1000' });
    expect(parseOwner('$U:$G')).toMatchObject({ user: '$U', group: '$G' });
    expect(parseOwner('app:')).toMatchObject({ error: expect.stringContaining('login group') });
  });
  it('reads chmod modes; only plain octal is a COPY --chmod value', () => {
    const c = parseChmod(words('chmod -R 755 /opt/tools'));
    expect('error' in c ? null : [c.recursive, c.mode.value]).toEqual([true, '755']);
    const after = parseChmod(words('chmod 755 -R /opt/tools'));
    expect('error' in after ? null : [after.recursive, after.paths.map((p) => p.value)]).toEqual([true, ['/opt/tools']]);
    const minus = parseChmod(words('chmod -x /opt/tool'));
    expect('error' in minus ? null : [minus.recursive, minus.mode.value]).toEqual([false, '-x']);
    expect(octalMode('755')).toBe('755');
    expect(octalMode('0644')).toBe('0644');
    expect(octalMode('4755')).toBeNull();
    expect(octalMode('+x')).toBeNull();
    expect(applySymbolic(0o644, '+x')).toBe(0o755);
    expect(applySymbolic(0o644, 'u+x')).toBe(0o744);
    expect(applySymbolic(0o600, 'a+rX')).toBe(0o644);
    expect(applySymbolic(0o755, 'go-w,o=')).toBe(0o750);
  });
});

describe('where a COPY writes', () => {
  it('resolves the destination against WORKDIR', () => {
    expect(copyOf('COPY . .', '/app')).toEqual({ region: '/app', singleFile: false, certainDir: true });
    expect(copyOf('COPY src /home/app/src', null)).toEqual({ region: '/home/app/src', singleFile: false, certainDir: false });
    expect(copyOf('COPY dist ./dist', '/usr/src/app')).toMatchObject({ region: '/usr/src/app/dist' });
    expect(copyOf('COPY x y', null)).toMatchObject({ error: expect.stringContaining('working directory is unknown') });
  });
  it('follows the trailing-slash rules', () => {
    // A file into dir/ lands inside it; a directory's contents land in dir itself.
    expect(copyOf('COPY app.conf /etc/app/', null)).toEqual({ region: '/etc/app/app.conf', singleFile: true, certainDir: false });
    expect(copyOf('COPY conf/ /etc/app', null)).toEqual({ region: '/etc/app', singleFile: false, certainDir: true });
    expect(copyOf('COPY a.txt b.txt /data/', null)).toEqual({ region: '/data', singleFile: false, certainDir: true });
    expect(copyOf('COPY start.sh /start.sh', null)).toEqual({ region: '/start.sh', singleFile: true, certainDir: false });
    expect(copyOf('COPY bin /opt/bin', null, new Map(), (s) => s === 'bin' ? false : null)).toMatchObject({ certainDir: true });
  });
  it('expands variables and knows what cannot take a flag', () => {
    expect(copyOf('COPY bin/ $APP_HOME/bin/', null, new Map([['APP_HOME', '/srv/w']]))).toMatchObject({ region: '/srv/w/bin' });
    expect(copyOf('COPY bin/ $NOPE/bin/', null)).toMatchObject({ error: expect.stringContaining('variable') });
    expect(copyOf('ADD app.tar.gz /opt/app/', null)).toMatchObject({ region: '/opt/app', problem: expect.stringContaining('archive') });
    expect(copyOf('COPY --from=build /out/server /opt/server', null)).toEqual({ region: '/opt/server', singleFile: false, certainDir: false });
  });
});

describe('what a RUN command does under a path', () => {
  it('names directories and files made by mkdir and touch', () => {
    expect(effect('mkdir -p /home/app/data/cache', null, '/home/app')).toEqual({ kind: 'dirs', paths: ['/home/app', '/home/app/data', '/home/app/data/cache'] });
    expect(effect('mkdir logs', '/app', '/app')).toEqual({ kind: 'dirs', paths: ['/app/logs'] });
    expect(effect('touch /app/app.log', null, '/app')).toEqual({ kind: 'files', paths: ['/app/app.log'] });
    expect(effect('mkdir -p /var/log/app', null, '/app')).toEqual({ kind: 'none' });
  });
  it('names the working directory once when it is the path itself, and reads a test as writing nothing', () => {
    expect(effect('make', '/srv/app', '/srv/app')).toEqual({ kind: 'unknown', why: '"make" runs in /srv/app and may write there' });
    expect(effect('make', '/srv/app/src', '/srv/app')).toEqual({ kind: 'unknown', why: '"make" runs in /srv/app/src, inside /srv/app, and may write there' });
    expect(effect('[ -d /srv/app/data ]', '/srv/app', '/srv/app')).toEqual({ kind: 'none' });
    expect(effect('exit 1', null, '/srv/app')).toEqual({ kind: 'none' });
  });
  it('sees a new home made by useradd/adduser', () => {
    expect(effect('useradd -m app', null, '/home/app')).toEqual({ kind: 'home', path: '/home/app', user: 'app' });
    expect(effect('useradd -b /u01 -m oracle', null, '/u01')).toEqual({ kind: 'home', path: '/u01/oracle', user: 'oracle' });
    expect(effect('adduser -D -H app', null, '/home/app')).toEqual({ kind: 'none' });
    expect(effect('useradd -r app', null, '/home/app')).toEqual({ kind: 'none' });
    expect(createdNames(parseShell('useradd -m app').commands[0])).toEqual(['app']);
  });
  it('resolves the files redirects write, through ARG/ENV values and top-level cd', () => {
    const vars: Vars = new Map([['APP_HOME', '/srv/app']]);
    const writes = (line: string, cwd: string | null = '/') => redirectWrites(parseShell(line), cwd, vars).map((w) => w.path);
    expect(writes('echo x > $APP_HOME/config.json')).toEqual(['/srv/app/config.json']);
    expect(writes('cd $APP_HOME && echo x >> .env 2>&1 < /in')).toEqual(['/srv/app/.env']);
    expect(writes('{ echo a; } > "$APP_HOME/a b"; while read l; do :; done < /in > out', '/w')).toEqual(['/srv/app/a b', '/w/out']);
    expect(writes('cat <<EOF > /etc/x\nhi\nEOF')).toEqual(['/etc/x']);
    expect(writes('ls &> /dev/null; echo x 1>&2')).toEqual(['/dev/null']);
    expect(writes('echo x > $UNKNOWN/f')).toEqual([null]);
    expect(writes('(cd /tmp && make) && echo x > f')).toEqual([null]);
    expect(writes('echo x > f', null)).toEqual([null]);
  });
  it('knows which commands change the ids of existing users and groups', () => {
    const changed = (line: string) => changedAccounts(parseShell(line).commands[0]);
    expect(changed('usermod -u 1001 node')).toEqual(['node']);
    expect(changed('usermod -ou $UID -g $UID node')).toEqual(['node']);
    expect(changed('groupmod -g 1001 node')).toEqual(['node']);
    expect(changed('usermod -l web app')).toEqual(['app']);
    expect(changed('usermod --uid=5 app')).toEqual(['app']);
    expect(changed('usermod $NAME -u 5')).toBe('any');
    expect(changed('deluser app')).toEqual(['app']);
    expect(changed('userdel -r app')).toEqual(['app']);
    expect(changed("sed -i 's/1000/1001/' /etc/passwd")).toBe('any');
    // Membership, shell or comment only: the ids stay.
    expect(changed('usermod -aG sudo app')).toBeNull();
    expect(changed('usermod -s /bin/bash -c x app')).toBeNull();
    expect(changed('groupmod -a -U bob web')).toBeNull();
    expect(changed('grep app /etc/passwd')).toBeNull();
    expect(changed('useradd -m app')).toBeNull();
  });
  it('treats package installs as writing elsewhere, other commands in or at the path as unknown', () => {
    expect(effect('apt-get install -y curl', '/app', '/app')).toEqual({ kind: 'none' });
    expect(effect('pip install --no-cache-dir -r requirements.txt', '/app', '/app')).toEqual({ kind: 'none' });
    expect(effect('pip install -e .', '/app', '/app').kind).toBe('unknown');
    expect(effect('npm ci', '/app', '/app').kind).toBe('unknown');
    expect(effect('npm ci', '/build', '/app').kind).toBe('none');
    expect(effect('git clone https://x/y.git /app/y', '/', '/app').kind).toBe('unknown');
    expect(effect('cp -r /tmp/x /home', '/', '/home/app').kind).toBe('unknown');
    expect(effect('curl -o /app/data.bin $URL', '/', '/app').kind).toBe('unknown');
    expect(effect('ln -s /app/bin/tool /usr/local/bin/tool', '/', '/app')).toEqual({ kind: 'none' });
    expect(effect('rm -rf /app/tmp', '/', '/app')).toEqual({ kind: 'none' });
  });
});

describe('the pass on whole files', () => {
  const run = (text: string, unsafe = false) => rewrite(text, { passes: ['copy-chown'], unsafe });
  it('keeps the COPY owner group when chown names only a user', () => {
    expect(run('FROM alpine\nCOPY app/ /app/\nRUN chown -R app /app\n').output).toBe('FROM alpine\nCOPY --chown=app:0 app/ /app/\nRUN chown app /app\n');
    expect(run('FROM alpine\nCOPY --chown=1:2 app/ /app/\nRUN chown -R app /app\n').output).toBe('FROM alpine\nCOPY --chown=app:2 app/ /app/\nRUN chown app /app\n');
  });
  it('reports no skip about a chown it moved itself, and still reports the input\'s own', () => {
    const text = [
      'FROM python:3.12',
      'RUN useradd -m app',
      'WORKDIR /home/app/web',
      'COPY requirements.txt .',
      'RUN curl -sSL https://example.com/x.sh | sh && pip install -r requirements.txt',
      'RUN chown -R app:app /home/app/web',
      'FROM node:20',
      'COPY . /srv/app',
      'RUN cd /srv/app && npm ci && chown -R node:node /srv/app',
      '',
    ].join('\n');
    const r = run(text);
    expect(r.output).toContain('pip install -r requirements.txt && chown -R app:app /home/app/web');
    // The moved chown (now at line 5 of the output) is the tool's own text: round 2's skip of it is not the input's.
    expect(r.skipped.filter((s) => s.line === 5)).toEqual([]);
    expect(r.skipped.map((s) => s.line)).toEqual([9]);
  });
  it('does nothing when no COPY writes under the path', () => {
    const r = run('FROM alpine\nRUN mkdir /data && chown -R 1000 /data\nCOPY x /app/x\n');
    expect(r.changed).toBe(false);
    expect(r.skipped).toEqual([]);
  });
  it('moves the chown into a RUN with a ";" list that writes into the tree, keeping its exit status', () => {
    const r = run('FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm ci; echo done\nCOPY . .\nRUN chown -R node /app\n');
    expect(r.output).toBe('FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm ci; echo done && chown -R node /app\nCOPY --chown=node:0 . .\n');
  });

  it('chowns the installed tree in the install RUN and only what a later build writes with find', () => {
    const r = run('FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm ci\nCOPY . .\nRUN npm run build\nRUN chown -R node:node /app\n');
    expect(r.output).toBe('FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm ci && chown -R node:node /app\nCOPY --chown=node:node . .\n' +
      'RUN npm run build && find /app \\( ! -user node -o ! -group node \\) -exec chown -h node:node {} +\n');
    expect(run(r.output).changes).toEqual([]);
    // With a user-only owner, only the user is tested.
    expect(run('FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm ci\nCOPY . .\nRUN npm run build && chown -R node /app\n').output).toContain('find /app ! -user node -exec chown -h node {} +');
    // Without a COPY between the RUNs there is nothing to gain: one chown -R at the end, as before.
    expect(run('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN npm run build\nRUN chown -R node:node /app\n').output).not.toContain('find');
  });

  it('does not blame a RUN before the COPY of one file for what is at that path: the COPY replaces it', () => {
    // Corpus df-3d604fc1c2 (tiangolo/uwsgi-nginx): the base's /entrypoint.sh is moved aside, then replaced.
    const r = run('FROM alpine:3.20\nRUN mv /entrypoint.sh /uwsgi-nginx-entrypoint.sh\nCOPY entrypoint.sh /entrypoint.sh\nRUN chmod +x /entrypoint.sh\n');
    expect(r.changed).toBe(false);
    expect(r.skipped.map((s) => s.reason)).toEqual(['chmod kept: chmod +x is symbolic: the resulting mode depends on the file\'s mode in the build context, which is not known here']);
    // A RUN between the COPY and the chmod still counts.
    const between = run('FROM alpine:3.20\nCOPY entrypoint.sh /entrypoint.sh\nRUN cp /entrypoint.sh /x && mv /x /entrypoint.sh\nRUN chmod 755 /entrypoint.sh\n', true);
    expect(between.changed).toBe(false);
    expect(between.skipped.map((s) => s.reason).join('\n')).toContain('the RUN at line 3 may create files under /entrypoint.sh');
  });
  it('does not move a chown into a RUN that ends with exit, where it would never run', () => {
    const r = run('FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm ci; exit 0\nCOPY . .\nRUN chown -R node /app\n');
    expect(r.changed).toBe(false);
    expect(r.skipped.map((s) => s.line)).toEqual([6]);
  });
  it('skips a tree another RUN writes into when that RUN cannot take the chown', () => {
    const r = run('FROM node:20\nWORKDIR /app\nCOPY package.json .\nRUN npm ci # deps\nCOPY . .\nRUN chown -R node /app\n');
    expect(r.changed).toBe(false);
    expect(r.skipped.map((s) => s.reason).join('\n')).toContain('npm');
  });
  it('tells a chown moved into a RUN at that RUN\'s first line, not at its last line where it is appended', () => {
    const r = run('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && \\\n    npm run build\nRUN chown -R node:node /app\n');
    expect(r.output).toBe('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci && \\\n    npm run build && \\\n    chown -R node:node /app\n');
    expect(r.changes.map((c) => `${c.line}: ${c.message}`)).toEqual(['4: move chown -R at line 6 into the RUN that creates the files']);
  });
  it('leaves a variable the shell sets alone', () => {
    const r = run('FROM alpine\nCOPY . /app\nRUN U=app && chown -R $U /app\n');
    expect(r.changed).toBe(false);
  });
  it('proposes chmod only in the unsafe tier', () => {
    const text = 'FROM debian\nCOPY tools/ /opt/tools/\nRUN chmod -R 700 /opt/tools\n';
    expect(run(text).changed).toBe(false);
    expect(run(text, true).output).toBe('FROM debian\nCOPY --chmod=700 tools/ /opt/tools/\nRUN chmod 700 /opt/tools\n');
  });
  it('names the flag as the instruction that takes it: ADD --chmod, ADD --chown', () => {
    const mode = run('FROM debian\nADD start.sh /start.sh\nRUN chmod 755 /start.sh\n', true);
    expect(mode.output).toBe('FROM debian\nADD --chmod=755 start.sh /start.sh\n');
    expect(mode.changes[0].message).toBe('set the mode with ADD --chmod instead of chmod at line 3');
    expect(mode.changes[0].reason).toMatch(/^ADD --chmod sets the mode as the files are written/);
    expect(mode.changes[0].reason).toContain('ADD --chmod needs BuildKit.');
    expect(mode.changes[0].reason).not.toContain('COPY');
    const owner = run('FROM debian\nRUN useradd app\nADD app/ /srv/app/\nRUN chown -R app /srv/app\n', true);
    expect(owner.changes[0].message).toBe('set the owner with ADD --chown instead of chown -R at line 4');
    expect(owner.changes[0].reason).toMatch(/^ADD --chown sets the owner as the files are written/);
  });
});

describe('directories a COPY taking --chown creates above the chowned path', () => {
  const run = (text: string, unsafe = false) => rewrite(text, { passes: ['copy-chown'], unsafe });
  const file = (from: string, before = '') => `FROM ${from}\nRUN useradd app\n${before}COPY src/ /usr/src/app/\nRUN chown -R app:app /usr/src/app\n`;

  it('keeps the chown when the COPY creates them (BuildKit would own them by the user): /usr/src on Alpine, not on Debian', () => {
    expect(run(file('node:20-alpine')).changes).toEqual([]);
    expect(run(file('node:20-alpine')).skipped.map((s) => s.reason).join('\n')).toContain('creates /usr/src above /usr/src/app');
    expect(run(file('node:20')).changes.map((c) => c.safety)).toEqual(['safe']);
  });

  it('takes the flag once a WORKDIR or mkdir made them', () => {
    expect(run(file('node:20-alpine', 'WORKDIR /usr/src\n')).changes.map((c) => c.safety)).toEqual(['safe']);
    expect(run(file('node:20-alpine', 'RUN mkdir -p /usr/src\n')).changes.map((c) => c.safety)).toEqual(['safe']);
  });

  it('offers it as unsafe, with the condition first, when an earlier package install may have made them', () => {
    const r = run(file('node:20-alpine', 'RUN apk add --no-cache git\n'), true);
    expect(r.changes.map((c) => c.safety)).toEqual(['unsafe']);
    expect(r.changes[0].reason).toMatch(/^Unsafe: only if \/usr\/src exists before the COPY/);
  });
});
