#!/usr/bin/env node
/**
 * Real-engine sweep over the corpus: builds real-world Dockerfiles and their rewrites with `dockerfix verify`.
 *
 *   node scripts/corpus-verify.mjs [--corpus FILE] [--ids a,b] [--limit N] [--unsafe N] [--cache-strategy clean|mount]
 *                                  [--out DIR] [--list] [--keep]
 *
 * - Selects corpus files (default ../shared/corpus/dockerfiles.jsonl beside the project, or $DOCKERFIX_CORPUS) whose every FROM maps
 *   onto a local stand-in image (scripts/engine.sh): node:* -> node:18-bookworm (-slim for slim/alpine tags),
 *   debian:*, ubuntu:* -> debian:bookworm(-slim), python:* -> python:3.11-(slim-)bookworm when nothing is installed
 *   from PyPI (`pip install -r FILE` only: the file is empty), golang:* -> golang:1.19-bookworm when nothing is
 *   fetched (`go get`), buildpack-deps:* -> buildpack-deps:bookworm; earlier stages and scratch as they are. Files
 *   whose RUNs reach networks other than Debian's apt mirror and the npm registry (curl, wget, git clone, yarn,
 *   gem, apk, yum, ...), ADD a URL, or COPY --from an outside image are left out, and so are files the rewrite
 *   (of the substituted text, default passes) leaves unchanged: there is nothing to prove.
 * - Substitutions beyond FROM (made before rewriting, so original and rewrite get the same): a `# syntax=` line is
 *   dropped (the engine's own frontend builds it), `pip install --upgrade pip` becomes `pip install -r /dev/null`,
 *   apt's `netcat` becomes `netcat-openbsd`; python maps onto dockerfix-sweep/python:* (built here on first use:
 *   the stand-in plus PIP_BREAK_SYSTEM_PACKAGES=1, as the stand-ins' Python is Debian's, EXTERNALLY-MANAGED).
 * - Writes the substituted Dockerfile into a synthesized build context: every COPY/ADD source as an empty file
 *   (scripts `#!/bin/sh true`, mode 755; `*.json` `{}`) or a directory (no dot in the name) holding an app, and at
 *   the root an app: a package.json with one tiny real dependency (ms, so installs write node_modules) and its
 *   package-lock.json, every `npm run X` of the Dockerfile a script that does nothing (`build` writes dist/ and
 *   build/), an empty requirements.txt and index.js; plus a go.mod and an empty main program (also for each
 *   `go build ./DIR`), and the file each CMD/ENTRYPOINT names (`node /src/server.js`: server.js at the root).
 * - Runs `node bin/dockerfix.js verify --json` on it (default safe tier; with `--unsafe N`, the first N files
 *   whose original builds are verified with `--unsafe` too; `--cache-strategy mount` selects, rewrites and verifies
 *   with BuildKit cache mounts instead of cleanups), one build at a time, and prints per file: original
 *   builds?, rewrite builds?, EQUIVALENT / UNCHANGED or the differences. Results go to OUT/results.jsonl (default
 *   /tmp/corpus-verify), each context to OUT/ctx/ID (kept with --keep). The build cache is pruned every 8 files.
 * - Skips cleanly (exit 0, one line) when the corpus file or the engine is absent. `--list` prints the selection
 *   only (no engine needed). Exit 1 when a safe-tier rewrite is BROKEN or DIFFERENT, else 0.
 */
import { spawnSync, spawn } from 'node:child_process';
import { appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOCKER = process.env.DOCKERFIX_DOCKER ?? '/usr/bin/docker';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const flag = (name) => args.includes(name);
const corpusFile = opt('--corpus', process.env.DOCKERFIX_CORPUS ?? resolve(root, '../shared/corpus/dockerfiles.jsonl'));
const outDir = resolve(opt('--out', '/tmp/corpus-verify'));
const limit = Number(opt('--limit', '1000'));
const unsafeCount = Number(opt('--unsafe', '0'));
const cacheStrategy = opt('--cache-strategy', 'clean');
if (cacheStrategy !== 'clean' && cacheStrategy !== 'mount') {
  console.error(`corpus-verify: --cache-strategy is clean or mount, not "${cacheStrategy}"`);
  process.exit(2);
}
const onlyIds = opt('--ids', '') ? new Set(opt('--ids', '').split(',')) : null;
const timeoutMs = Number(opt('--timeout', '1200')) * 1000;

if (!existsSync(corpusFile)) {
  console.log(`corpus-verify: skipped: no corpus at ${corpusFile}`);
  process.exit(0);
}
const { rewrite } = await import(join(root, 'dist/src/engine.js')).catch(() => {
  console.error('corpus-verify: run `npm run build` first (dist/src/engine.js is missing)');
  process.exit(2);
});

// ---- selection ----------------------------------------------------------------------------------------------

/** Instructions of a Dockerfile: keyword and joined text (continuations joined, comments dropped). */
function instructions(text) {
  const out = [];
  let cur = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (cur === null) {
      if (/^\s*(#|$)/.test(line)) continue;
      cur = line.trim();
    } else {
      if (/^\s*#/.test(line)) continue;
      cur += ' ' + line.trim();
    }
    if (cur.endsWith('\\')) {
      cur = cur.slice(0, -1);
      continue;
    }
    const m = /^(\S+)\s*(.*)$/.exec(cur.trim());
    if (m) out.push({ keyword: m[1].toUpperCase(), rest: m[2] });
    cur = null;
  }
  if (cur && cur.trim()) {
    const m = /^(\S+)\s*(.*)$/.exec(cur.trim());
    out.push({ keyword: m[1].toUpperCase(), rest: m[2] });
  }
  return out;
}

const NETWORK_COMMAND = /^(curl|wget|git|apk|yum|dnf|microdnf|zypper|yarn|pnpm|bun|gem|bundle|composer|mvn|gradle|\.\/gradlew|\.\/mvnw|cargo|rustup|conda|pipenv|poetry|add-apt-repository|apt-key|easy_install|corepack|nvm|gpg|dotnet|php|bower|gulp|lerna|playwright|uv|pip3?\s+install\s+(?!(--no-cache-dir\s+)?-r\b)\S|python3?\s+-m\s+pip\s+install\s+(?!(--no-cache-dir\s+)?-r\b)\S|go\s+(get|install)\b|npm\s+(i|install)\s+(-g\s+)?npm\b)/;
/** A RUN that reaches a network other than Debian's mirror and the npm registry: a command of a segment, or a URL. */
const NETWORK = {
  test(run) {
    if (/https?:\/\//.test(run)) return true;
    return run.split(/&&|\|\||;|\||\bthen\b|\bdo\b|\(|`|\$\(/).some((seg) => NETWORK_COMMAND.test(seg.trim().replace(/^(\w+=\S*\s+)*(sudo\s+(-\S+\s+)*)?/, '')));
  },
};

/** The local image a FROM maps to, or null. */
function mapImage(image, family) {
  const [name, tag = 'latest'] = image.toLowerCase().split(/:(?=[^/]*$)/);
  const base = name.replace(/^(docker\.io\/)?(library\/)?/, '');
  const slim = /slim|alpine/.test(tag);
  if (base === 'node') return slim ? 'node:18-bookworm-slim' : 'node:18-bookworm';
  if (base === 'debian' || base === 'ubuntu') return slim ? 'debian:bookworm-slim' : 'debian:bookworm';
  // The stand-ins' Python is Debian's (EXTERNALLY-MANAGED): the sweep's own images let `pip install -r` run.
  if (base === 'python') return slim ? 'dockerfix-sweep/python:3.11-slim-bookworm' : 'dockerfix-sweep/python:3.11-bookworm';
  if (base === 'golang') return 'golang:1.19-bookworm';
  if (base === 'buildpack-deps') return 'buildpack-deps:bookworm';
  return null;
}

/** Substituted text, or a reason the file is not selected. */
export function substitute(content) {
  // A `# syntax=` line pins a frontend image no registry here serves: dropped (the engine's own frontend is used).
  content = content.replace(/^#\s*syntax\s*=.*\n/im, '');
  // PyPI is out of reach: an upgrade of pip itself becomes an install of nothing (still a pip install).
  content = content.replace(/\b(pip3?|python3?\s+-m\s+pip)\s+install\s+((?:--no-cache-dir|--upgrade|-U|-q|--quiet)\s+)+pip(\s+setuptools)?(\s+wheel)?(?=\s|$)/g, '$1 install -r /dev/null');
  const ins = instructions(content);
  if (!ins.some((i) => i.keyword === 'FROM')) return { reason: 'no FROM' };
  if (/<<-?\s*['"]?[A-Za-z_]+/.test(ins.filter((i) => i.keyword === 'RUN' || i.keyword === 'COPY').map((i) => i.rest).join('\n'))) {
    return { reason: 'heredoc' };
  }
  const args = new Map();
  const stages = [];
  for (const i of ins) {
    if (i.keyword === 'ARG' && stages.length === 0) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(\S*))?/.exec(i.rest);
      if (m && m[2] !== undefined) args.set(m[1], m[2].replace(/^(["'])(.*)\1$/, '$2'));
    }
    if (i.keyword === 'FROM') {
      const words = i.rest.split(/\s+/).filter((w) => !w.startsWith('--'));
      stages.push({ image: words[0], name: words[2]?.toLowerCase() ?? null });
    }
    if (i.keyword === 'RUN' && NETWORK.test(i.rest)) return { reason: `RUN needs a network: ${i.rest.slice(0, 60)}` };
    if (i.keyword === 'ADD' && /https?:\/\//.test(i.rest)) return { reason: 'ADD of a URL' };
    if (i.keyword === 'RUN' && /--mount=type=(secret|ssh)/.test(i.rest)) return { reason: 'secret/ssh mount' };
    if ((i.keyword === 'COPY' || i.keyword === 'ADD') && /--link\b/.test(i.rest)) return { reason: 'COPY --link' };
    if (i.keyword === 'ONBUILD') return { reason: 'ONBUILD' };
  }
  const names = new Set();
  const mapped = [];
  for (const [index, s] of stages.entries()) {
    const image = s.image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (m, n) => args.get(n) ?? m);
    if (image.includes('$')) return { reason: `unresolved FROM ${s.image}` };
    if (names.has(image.toLowerCase()) || image.toLowerCase() === 'scratch') mapped.push(null);
    else {
      const local = mapImage(image);
      if (!local) return { reason: `no local image for ${image}` };
      mapped.push(local);
    }
    if (s.name) names.add(s.name);
    names.add(String(index));
  }
  const all = ins.map((i) => i.rest).join('\n');
  for (const [i, s] of stages.entries()) {
    if (/^python/.test(mapped[i] ?? '') && /\bpip3?\s+install\b/.test(all) && !/-r\s+\S+/.test(all)) return { reason: 'pip install from PyPI' };
  }
  for (const i of ins) {
    if (i.keyword !== 'COPY' && i.keyword !== 'ADD') continue;
    const from = /--from=(\S+)/.exec(i.rest);
    if (from && !names.has(from[1].toLowerCase())) return { reason: `COPY --from=${from[1]}` };
  }
  // Replace each FROM's image (keeping flags, AS name, comments elsewhere) line by line.
  let k = 0;
  // Debian bookworm has no package named netcat (a virtual one): name the one the official images would get.
  const lines = content.replace(/(apt-get\b[^\n]*(?:\\\n[^\n]*)*?\binstall\b[^\n]*(?:\\\n[^\n]*)*?)\bnetcat\b(?!-)/g, '$1netcat-openbsd').split('\n').map((line) => {
    const m = /^(\s*FROM\s+(?:--\S+\s+)*)(\S+)(.*)$/i.exec(line);
    if (!m) return line;
    const local = mapped[k++];
    return local ? `${m[1]}${local}${m[3]}` : line;
  });
  return { text: lines.join('\n'), stages: stages.length };
}

// ---- context synthesis ------------------------------------------------------------------------------------------

const EXTENSIONLESS_FILES = /^(Makefile|Gemfile|Procfile|LICENSE|Dockerfile|Pipfile|VERSION|Caddyfile|Rakefile|CHANGELOG|README|go\.sum|crontab|\w*rc|\.\w+)$/i;

function sourcesOf(text) {
  const out = [];
  for (const i of instructions(text)) {
    if (i.keyword !== 'COPY' && i.keyword !== 'ADD') continue;
    if (/--from=/.test(i.rest)) continue;
    let words;
    const rest = i.rest.replace(/--\S+\s+/g, '');
    if (rest.trim().startsWith('[')) {
      try {
        words = JSON.parse(rest);
      } catch {
        continue;
      }
    } else words = rest.split(/\s+/).filter(Boolean);
    out.push(...words.slice(0, -1));
  }
  return out;
}

function writeContext(dir, text) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const put = (rel, content, mode) => {
    const p = join(dir, rel);
    if (existsSync(p)) return;
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    if (mode) chmodSync(p, mode);
  };
  // A real (tiny, dependency-free) dependency, so that installs write a node_modules; `build` writes dist/ and build/.
  const app = (rel) => {
    const scripts = { build: 'mkdir -p dist build out && touch dist/index.js build/index.html', start: 'node index.js', test: 'true' };
    // Every script the Dockerfile runs does nothing (but build, above).
    for (const m of text.matchAll(/\bnpm\s+run(?:-script)?\s+([\w:.-]+)/g)) scripts[m[1]] ??= 'true';
    put(join(rel, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, main: 'index.js', scripts, dependencies: { ms: '2.1.3' } }, null, 2) + '\n');
    const ms = { version: '2.1.3', resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz', integrity: 'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==' };
    put(join(rel, 'package-lock.json'), JSON.stringify({ name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'app', version: '1.0.0', dependencies: { ms: '2.1.3' } }, 'node_modules/ms': ms } }, null, 2) + '\n');
    put(join(rel, 'index.js'), '');
    put(join(rel, 'requirements.txt'), '');
  };
  app('.');
  put('go.mod', 'module example.com/app\n\ngo 1.19\n');
  put('main.go', 'package main\n\nfunc main() {}\n');
  // The program CMD/ENTRYPOINT start (`node /src/server.js`): the real repository has it at the root of what is copied.
  for (const i of instructions(text)) {
    if (i.keyword !== 'CMD' && i.keyword !== 'ENTRYPOINT') continue;
    for (const m of i.rest.matchAll(/[\w./-]+\.(?:js|mjs|cjs|py|sh)\b/g)) {
      const base = m[0].split('/').pop();
      if (base.endsWith('.sh')) put(base, '#!/bin/sh\ntrue\n', 0o755);
      else put(base, '');
    }
  }
  for (const m of text.matchAll(/\bgo\s+build\b[^\n&;|]*?\s\.\/([\w./-]+?)\/?(?=\s|$)/g)) {
    if (!m[1].endsWith('.go') && !m[1].includes('...')) put(join(m[1], 'main.go'), 'package main\n\nfunc main() {}\n');
  }
  for (let src of sourcesOf(text)) {
    src = src.replace(/\$\{?[A-Za-z_]+\}?/g, 'x').replace(/^\.?\//, '');
    if (src === '' || src === '.' || src.startsWith('..')) continue;
    const isDir = src.endsWith('/');
    src = src.replace(/\/+$/, '');
    const stripped = src.replace(/\*/g, '');
    if (/[*?[]/.test(src)) src = /\.[a-z]+$/i.test(stripped) && !stripped.split('/').pop().startsWith('.') ? stripped : src.replace(/[*?]/g, 'x').replace(/\[[^\]]*\]/g, 'x');
    const base = src.split('/').pop();
    if (isDir || (!base.includes('.') && !EXTENSIONLESS_FILES.test(base))) {
      app(src);
    } else if (/\.sh$|entrypoint|^run$|^start$/i.test(base) || /(^|\/)bin\//.test(src)) {
      put(src, '#!/bin/sh\ntrue\n', 0o755);
    } else if (/\.json$/.test(base)) {
      put(src, '{}\n');
    } else {
      put(src, '');
    }
  }
  writeFileSync(join(dir, 'Dockerfile'), text);
}

// ---- run ----------------------------------------------------------------------------------------------------------

const rows = readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const selected = [];
const reasons = new Map();
for (const row of rows) {
  if (onlyIds && !onlyIds.has(row.id)) continue;
  const s = substitute(row.content);
  if (!s.text) {
    const r = s.reason.replace(/:.*/, '');
    reasons.set(r, (reasons.get(r) ?? 0) + 1);
    continue;
  }
  let result;
  try {
    result = rewrite(s.text, { cacheStrategy });
  } catch (error) {
    reasons.set('rewrite threw', (reasons.get('rewrite threw') ?? 0) + 1);
    continue;
  }
  if (result.changes.length === 0) {
    reasons.set('rewrite unchanged', (reasons.get('rewrite unchanged') ?? 0) + 1);
    continue;
  }
  selected.push({ row, text: s.text, changes: result.changes.map((c) => c.pass) });
}
// Files with more than an appended cache cleanup first: they exercise more of the passes.
const plain = (s) => s.changes.every((p) => p === 'cache-cleanup');
selected.sort((a, b) => Number(plain(a)) - Number(plain(b)));
console.log(`corpus-verify: ${rows.length} corpus files; ${selected.length} selected; left out: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')}`);
if (flag('--list')) {
  for (const s of selected) console.log(`${s.row.id} ${s.row.family} ${s.row.repo}/${s.row.path} [${s.changes.join(',')}]`);
  process.exit(0);
}
const engine = spawnSync(DOCKER, ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 15_000 });
if (engine.status !== 0) {
  console.log(`corpus-verify: skipped: no container engine at ${DOCKER} (scripts/engine.sh starts one)`);
  process.exit(0);
}

// Python stand-ins whose pip may install into the system (the official images' pip does: their Python is its own).
for (const tag of ['3.11-bookworm', '3.11-slim-bookworm']) {
  const name = `dockerfix-sweep/python:${tag}`;
  if (spawnSync(DOCKER, ['image', 'inspect', name], { stdio: 'ignore' }).status === 0) continue;
  const built = spawnSync(DOCKER, ['build', '-q', '-t', name, '-'], { input: `FROM python:${tag}\nENV PIP_BREAK_SYSTEM_PACKAGES=1\n`, encoding: 'utf8', env: { ...process.env, DOCKER_BUILDKIT: '1' } });
  if (built.status !== 0) console.log(`corpus-verify: cannot build ${name}: ${built.stderr.trim().split('\n').pop()}`);
}

mkdirSync(outDir, { recursive: true });
const resultsFile = join(outDir, 'results.jsonl');

function verify(dir, unsafe) {
  return new Promise((done) => {
    const argv = [join(root, 'bin/dockerfix.js'), 'verify', '--json', '--cache-strategy', cacheStrategy, ...(unsafe ? ['--unsafe'] : []), dir];
    const child = spawn(process.execPath, argv, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      let report = null;
      try {
        report = JSON.parse(stdout)[0] ?? null;
      } catch {}
      done({ code, report, stderr: stderr.trim() });
    });
  });
}

function outcome(v) {
  if (!v.report) {
    if (/does not build/.test(v.stderr)) return { status: 'original-fails', detail: v.stderr.split('\n').pop().slice(0, 300) };
    return { status: 'error', detail: v.stderr.slice(-300) || `exit ${v.code}` };
  }
  const r = v.report;
  const rb = r.checks.find((c) => c.name === 'build-rewritten');
  if (r.unchanged) return { status: 'UNCHANGED' };
  if (rb && !rb.ok) return { status: 'BROKEN', detail: rb.detail, buildLog: r.buildLog };
  if (r.ok) return { status: 'EQUIVALENT', mode: r.mode };
  const diffs = [
    ...r.configDifferences.map((d) => `config ${d.field}: ${d.before} -> ${d.after}`),
    ...r.fsDifferences.map((d) => `${d.kind} ${d.path}${d.before !== undefined || d.after !== undefined ? `: ${d.before ?? ''} -> ${d.after ?? ''}` : ''}`),
  ];
  const failed = r.checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail}`);
  return { status: 'DIFFERENT', mode: r.mode, failed, differences: diffs.length, first: diffs.slice(0, 25) };
}

const counts = { selected: selected.length, run: 0, originalBuilt: 0, rewriteBuilt: 0, EQUIVALENT: 0, DIFFERENT: 0, BROKEN: 0, UNCHANGED: 0, originalFails: 0, error: 0, unsafeRun: 0, unsafeEquivalent: 0 };
let unsafeLeft = unsafeCount;
let bad = false;
for (const [n, s] of selected.slice(0, limit).entries()) {
  const dir = join(outDir, 'ctx', s.row.id);
  writeContext(dir, s.text);
  const started = Date.now();
  const v = await verify(dir, false);
  const o = outcome(v);
  counts.run++;
  const secs = ((Date.now() - started) / 1000).toFixed(0);
  const record = { id: s.row.id, repo: s.row.repo, path: s.row.path, family: s.row.family, tier: 'safe', passes: s.changes, seconds: Number(secs), ...o, changes: v.report?.changes?.map((c) => `${c.pass}@${c.line}: ${c.message}`) };
  appendFileSync(resultsFile, JSON.stringify(record) + '\n');
  if (o.status === 'original-fails') counts.originalFails++;
  else if (o.status === 'error') counts.error++;
  else {
    counts.originalBuilt++;
    if (o.status !== 'BROKEN') counts.rewriteBuilt++;
    counts[o.status]++;
    if (o.status === 'BROKEN' || o.status === 'DIFFERENT') bad = true;
  }
  console.log(`[${n + 1}/${Math.min(limit, selected.length)}] ${s.row.id} (${s.row.repo}/${s.row.path}) ${o.status}${o.detail ? ': ' + o.detail : ''} ${secs}s`);
  for (const d of o.first ?? []) console.log(`    ${d}`);
  if (unsafeLeft > 0 && o.status !== 'original-fails' && o.status !== 'error') {
    const u = await verify(dir, true);
    const uo = outcome(u);
    if (uo.status !== 'UNCHANGED' || u.report?.changes?.length) {
      unsafeLeft--;
      counts.unsafeRun++;
      if (uo.status === 'EQUIVALENT' || uo.status === 'UNCHANGED') counts.unsafeEquivalent++;
    }
    appendFileSync(resultsFile, JSON.stringify({ id: s.row.id, tier: 'unsafe', ...uo, changes: u.report?.changes?.map((c) => `${c.pass}@${c.line}: ${c.message}`) }) + '\n');
    console.log(`    --unsafe: ${uo.status}${uo.detail ? ': ' + uo.detail : ''}`);
    for (const d of uo.first ?? []) console.log(`      ${d}`);
  }
  if (!flag('--keep')) rmSync(dir, { recursive: true, force: true });
  if ((n + 1) % 8 === 0) {
    spawnSync(DOCKER, ['builder', 'prune', '-af'], { stdio: 'ignore' });
    spawnSync(DOCKER, ['image', 'prune', '-f'], { stdio: 'ignore' });
  }
}
console.log(`corpus-verify: ${JSON.stringify(counts)}`);
process.exit(bad ? 1 : 0);
