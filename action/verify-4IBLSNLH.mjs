import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseDocument,
  require_picomatch,
  rewrite
} from "./chunk-LAEOPEOS.mjs";
import {
  DockerError,
  build,
  engineStatus,
  exportFileSystem,
  inspectImage,
  removeImage,
  runImage
} from "./chunk-RROPJ6AG.mjs";
import {
  __toESM
} from "./chunk-YSYEKVYX.mjs";

// src/verify/verify.ts
import { randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";

// src/verify/compare.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var VOLATILE = [
  // dpkg/apt/alternatives logs carry timestamps of the build.
  { glob: "/var/log/**", why: "package manager logs contain build timestamps" },
  // dpkg and debconf keep a backup of their databases; which state the backup holds depends on the run order.
  { glob: "/var/lib/dpkg/*-old", why: "dpkg database backups" },
  { glob: "/var/cache/debconf/*-old", why: "debconf database backups" },
  // ldconfig's cache is rebuilt by package triggers; its aux cache records inode and mtime of each library.
  { glob: "/etc/ld.so.cache", why: "rebuilt by ldconfig, order of entries not stable" },
  { glob: "/var/cache/ldconfig/aux-cache", why: "records inode numbers and mtimes of libraries" },
  // apt's binary caches embed the mtimes of the list files they index.
  { glob: "/var/cache/apt/*.bin", why: "apt binary caches embed mtimes" },
  // useradd/groupadd write the day of the change ("last password change") into the shadow files.
  { glob: "/etc/shadow", why: "holds the day of the last password change" },
  { glob: "/etc/shadow-", why: "backup of /etc/shadow" },
  { glob: "/etc/gshadow-", why: "backup written by groupadd, like /etc/shadow-" },
  // Byte-compiled Python embeds the source mtime (pip installs get a fresh mtime on every build).
  { glob: "**/__pycache__/**", why: "compiled Python embeds source mtimes" },
  // npm names its debug logs after the time of the run, and its cache index entries carry timestamps.
  { glob: "**/.npm/_logs/**", why: "npm debug logs are named and stamped by time", presence: true },
  { glob: "**/.npm/_cacache/index-v5/**", why: "npm cache index entries carry timestamps" },
  { glob: "**/.npm/_cacache/_lastverified", why: "`npm cache verify` writes the time of the run" },
  { glob: "**/.npm/_update-notifier-last-checked", why: "a timestamp file", presence: true },
  // Go's build cache: each action file ("<id>-a") ends with the time the entry was written; trim.txt is the time
  // of the last cache trim.
  { glob: "**/go-build/*/*-a", why: "Go build cache action entries carry timestamps" },
  { glob: "**/go-build/trim.txt", why: "time of the last Go cache trim" },
  // Wheels pip builds from local sources are zip files, and zip entries carry the build's file mtimes.
  { glob: "**/.cache/pip/wheels/**", why: "locally built wheels embed file mtimes" },
  // Written afresh by package scripts on every build, so two builds of the same Dockerfile differ (measured on the
  // corpus sweep, scripts/corpus-verify.mjs): fc-cache records the mtime of each font directory it indexes; dbus
  // generates a random machine id; ssl-cert generates a new snakeoil key pair; the postgresql package creates a
  // cluster whose control file holds a random system identifier and the creation time (its WAL and statistics
  // files carry them too).
  { glob: "/var/cache/fontconfig/*.cache-*", why: "fontconfig caches record the mtimes of the font directories" },
  { glob: "/var/lib/dbus/machine-id", why: "a random id dbus generates on installation" },
  { glob: "/etc/machine-id", why: "a random id generated on installation" },
  { glob: "/etc/ssl/certs/ssl-cert-snakeoil.pem", why: "a self-signed certificate ssl-cert generates on installation" },
  { glob: "/etc/ssl/private/ssl-cert-snakeoil.key", why: "a key ssl-cert generates on installation" },
  { glob: "/var/lib/postgresql/*/main/{global/pg_control,pg_wal/**,pg_stat/**}", why: "a new cluster: random system identifier and creation time" }
];
function compareConfigs(before, after) {
  const out = [];
  out.push(...compareMaps("Env", envMap(before.Env), envMap(after.Env)));
  pushIfDifferent(out, "User", normalizeUser(before.User), normalizeUser(after.User));
  pushIfDifferent(out, "WorkingDir", normalizeDir(before.WorkingDir), normalizeDir(after.WorkingDir));
  pushIfDifferent(out, "Cmd", JSON.stringify(before.Cmd ?? []), JSON.stringify(after.Cmd ?? []));
  pushIfDifferent(out, "Entrypoint", JSON.stringify(before.Entrypoint ?? []), JSON.stringify(after.Entrypoint ?? []));
  pushIfDifferent(out, "ExposedPorts", keyList(before.ExposedPorts), keyList(after.ExposedPorts));
  pushIfDifferent(out, "Volumes", keyList(before.Volumes), keyList(after.Volumes));
  out.push(...compareMaps("Labels", new Map(Object.entries(before.Labels ?? {})), new Map(Object.entries(after.Labels ?? {}))));
  return out;
}
function pushIfDifferent(out, field, before, after) {
  if (before !== after) out.push({ field, before, after });
}
function envMap(env) {
  const map = /* @__PURE__ */ new Map();
  for (const item of env ?? []) {
    const eq = item.indexOf("=");
    if (eq < 0) map.set(item, "");
    else map.set(item.slice(0, eq), item.slice(eq + 1));
  }
  return map;
}
function compareMaps(field, before, after) {
  const out = [];
  const keys = [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort();
  for (const key of keys) {
    const b = before.get(key);
    const a = after.get(key);
    if (b !== a) out.push({ field: `${field}.${key}`, before: b ?? "(unset)", after: a ?? "(unset)" });
  }
  return out;
}
function normalizeUser(user) {
  const u = user ?? "";
  return ["", "root", "0", "root:root", "0:0"].includes(u) ? "root" : u;
}
function normalizeDir(dir) {
  const d = (dir ?? "").replace(/\/+$/, "");
  return d === "" ? "/" : d;
}
function keyList(record) {
  return Object.keys(record ?? {}).sort().join(" ") || "(none)";
}
function compareFileSystems(before, after, options = {}) {
  const globs = options.allowedRemovals ?? [];
  const matchers = globs.map((g) => (0, import_picomatch.default)(g, { dot: true }));
  const rules = options.volatile ?? VOLATILE;
  const isVolatile = (0, import_picomatch.default)(rules.map((r) => r.glob), { dot: true });
  const presenceVolatile = (0, import_picomatch.default)(rules.filter((r) => r.presence).map((r) => r.glob), { dot: true });
  const removals = globs.map((glob) => ({ glob, files: 0, bytes: 0 }));
  const differences = [];
  let volatileIgnored = 0;
  const missing = [];
  const cacheDiffering = [];
  for (const [path, b] of before) {
    const a = after.get(path);
    if (!a) {
      missing.push(path);
      continue;
    }
    const volatile = isVolatile(path);
    const entryDiffs = compareEntries(path, b, a, volatile);
    if (volatile && b.type === "file" && a.type === "file" && b.sha256 !== a.sha256) volatileIgnored++;
    if (entryDiffs.length && matchers.some((m) => m(path))) {
      cacheDiffering.push(path);
      continue;
    }
    differences.push(...entryDiffs);
  }
  const explained = explainMissing(missing, before, matchers, removals, presenceVolatile);
  for (const path of missing) {
    if (explained.allowed.has(path)) continue;
    differences.push({ path, kind: "removed", before: describe(before.get(path)) });
  }
  for (const [path, a] of after) {
    if (before.has(path) || presenceVolatile(path)) continue;
    if (matchers.some((m) => m(path))) cacheDiffering.push(path);
    else differences.push({ path, kind: "added", after: describe(a) });
  }
  differences.sort((x, y) => x.path < y.path ? -1 : x.path > y.path ? 1 : 0);
  const removedBytes = removals.reduce((sum, r) => sum + r.bytes, 0);
  return { differences, removedBytes, removals, emptiedDirectories: explained.emptied, volatileIgnored, cacheDiffering: cacheDiffering.sort() };
}
function compareEntries(path, b, a, volatileContent = false) {
  if (b.type !== a.type) return [{ path, kind: "type", before: b.type, after: a.type }];
  const out = [];
  if (b.uid !== a.uid) out.push({ path, kind: "owner", before: String(b.uid), after: String(a.uid) });
  if (b.gid !== a.gid) out.push({ path, kind: "group", before: String(b.gid), after: String(a.gid) });
  if (b.type !== "symlink" && b.mode !== a.mode) out.push({ path, kind: "mode", before: octal(b.mode), after: octal(a.mode) });
  if (b.type === "symlink" && b.linkname !== a.linkname) {
    out.push({ path, kind: "link", before: b.linkname ?? "", after: a.linkname ?? "" });
  }
  if (b.type === "file" && !volatileContent && (b.size !== a.size || b.sha256 !== a.sha256)) {
    out.push({ path, kind: "content", before: contentLabel(b), after: contentLabel(a) });
  }
  return out;
}
function explainMissing(missing, before, matchers, removals, presenceVolatile) {
  const allowed = /* @__PURE__ */ new Set();
  const emptied = [];
  const children = childIndex(before);
  const byDepth = [...missing].sort((x, y) => depth(y) - depth(x) || (x < y ? -1 : 1));
  for (const path of byDepth) {
    const index = matchers.findIndex((m) => m(path));
    if (index >= 0) {
      allowed.add(path);
      removals[index].files += before.get(path).type === "file" ? 1 : 0;
      removals[index].bytes += before.get(path).size;
      continue;
    }
    if (presenceVolatile(path)) {
      allowed.add(path);
      continue;
    }
    const kids = children.get(path) ?? [];
    const entry = before.get(path);
    if (entry.type === "directory" && kids.length > 0 && kids.every((k) => allowed.has(k))) {
      allowed.add(path);
      emptied.push(path);
    }
  }
  emptied.sort();
  return { allowed, emptied };
}
function childIndex(fs) {
  const index = /* @__PURE__ */ new Map();
  for (const path of fs.keys()) {
    const parent = parentOf(path);
    const list = index.get(parent);
    if (list) list.push(path);
    else index.set(parent, [path]);
  }
  return index;
}
function parentOf(path) {
  const slash = path.lastIndexOf("/");
  return slash <= 0 ? "/" : path.slice(0, slash);
}
function depth(path) {
  let n = 0;
  for (const ch of path) if (ch === "/") n++;
  return n;
}
function octal(mode) {
  return "0" + mode.toString(8).padStart(3, "0");
}
function contentLabel(e) {
  return `${e.size} bytes sha256:${(e.sha256 ?? "").slice(0, 12)}`;
}
function describe(e) {
  const base = `${e.type} ${e.uid}:${e.gid} ${octal(e.mode)}`;
  if (e.type === "file") return `${base} ${e.size} bytes`;
  if (e.type === "symlink") return `${base} -> ${e.linkname ?? ""}`;
  return base;
}
function formatFsDifference(d) {
  switch (d.kind) {
    case "added":
      return `added    ${d.path} (${d.after})`;
    case "removed":
      return `removed  ${d.path} (${d.before})`;
    default:
      return `${d.kind.padEnd(8)} ${d.path}: ${d.before} -> ${d.after}`;
  }
}
function formatConfigDifference(d) {
  return `config   ${d.field}: ${d.before} -> ${d.after}`;
}
var PACKAGE_DATABASES = [
  { glob: "/var/lib/dpkg/status", why: "lists the installed packages; the build-only ones are not installed in the runtime", presence: true },
  { glob: "/var/lib/dpkg/info/**", why: "file lists, checksums and scripts per installed package", presence: true },
  { glob: "/var/lib/dpkg/triggers/**", why: "trigger interests and pending triggers of the installed packages", presence: true },
  { glob: "/var/lib/apt/extended_states", why: `apt's "installed automatically" marks of the installed packages`, presence: true },
  { glob: "/var/cache/debconf/*.dat", why: "debconf answers and templates of the installed packages", presence: true },
  { glob: "/etc/ld.so.cache", why: "index of the installed shared libraries (also volatile)", presence: true },
  { glob: "/var/lib/dpkg/alternatives/**", why: "alternatives switch provider when a higher-priority package left", presence: true },
  { glob: "/etc/alternatives/**", why: "the links of those alternatives", presence: true },
  // Alpine: the runtime stage replays the apk installs minus the build-only packages (and may add libstdc++).
  { glob: "/lib/apk/db/installed", why: "lists the installed packages with their files and checksums (Alpine)", presence: true },
  { glob: "/lib/apk/db/scripts.tar", why: "install scripts of the installed packages (Alpine)", presence: true },
  { glob: "/lib/apk/db/triggers", why: "triggers of the installed packages (Alpine)", presence: true },
  { glob: "/etc/apk/world", why: "the packages asked for: the build-only ones are not (Alpine)", presence: true }
];
function compareSubset(before, after, options) {
  const originalBase = options.originalBase ?? /* @__PURE__ */ new Map();
  const runtimeBase = options.rewrittenBase ?? /* @__PURE__ */ new Map();
  const keeps = options.keeps.map(normalizeAbs);
  const globs = options.allowedRemovals ?? [];
  const matchers = globs.map((g) => (0, import_picomatch.default)(g, { dot: true }));
  const declared = (p) => matchers.some((m) => m(p));
  const rules = options.volatile ?? VOLATILE;
  const isVolatile = (0, import_picomatch.default)(rules.map((r) => r.glob), { dot: true });
  const presenceVolatile = (0, import_picomatch.default)(rules.filter((r) => r.presence).map((r) => r.glob), { dot: true });
  const isPackageDb = (0, import_picomatch.default)((options.packageDatabases ?? PACKAGE_DATABASES).map((r) => r.glob), { dot: true });
  const kept = (p) => keeps.some((k) => k === "/" || p === k || p.startsWith(k + "/"));
  const same = (path, x, y) => !!x && !!y && compareEntries(path, x, y, isVolatile(path)).length === 0;
  const implicit = /* @__PURE__ */ new Set();
  for (const k of keeps) for (const a of ancestors(k)) implicit.add(a);
  for (const w of options.workdirs ?? []) {
    const dir = normalizeAbs(w);
    if (dir !== "/") implicit.add(dir);
    for (const a of ancestors(dir)) implicit.add(a);
  }
  const result = {
    differences: [],
    identical: 0,
    left: { paths: 0, files: 0, bytes: 0, byPrefix: [] },
    removals: globs.map((glob) => ({ glob, files: 0, bytes: 0 })),
    removedBytes: 0,
    fromRuntimeBase: [],
    baseDifferences: [],
    recreatedParents: [],
    packageDatabase: [],
    accountEntries: [],
    volatileIgnored: 0,
    cacheDiffering: []
  };
  const missing = [];
  for (const [path, b] of before) {
    const a = after.get(path);
    if (!a) {
      missing.push(path);
      continue;
    }
    const volatile = isVolatile(path);
    const diffs = compareEntries(path, b, a, volatile);
    if (volatile && b.type === "file" && a.type === "file" && b.sha256 !== a.sha256) result.volatileIgnored++;
    if (diffs.length === 0) {
      result.identical++;
    } else if (declared(path)) {
      result.cacheDiffering.push(path);
    } else if (kept(path)) {
      result.differences.push(...diffs);
    } else if (isPackageDb(path)) {
      result.packageDatabase.push(path);
    } else if (b.text !== void 0 && a.text !== void 0 && accountsMatch(path, b.text, a.text, originalBase, runtimeBase, isVolatile(path)) && diffs.every((d) => d.kind === "content")) {
      result.accountEntries.push(path);
    } else if (same(path, b, originalBase.get(path)) && same(path, a, runtimeBase.get(path))) {
      result.baseDifferences.push(path);
    } else if (b.type === "directory" && a.type === "directory" && implicit.has(path) && !runtimeBase.has(path) && same(path, b, originalBase.get(path)) && diffs.every((d) => d.kind === "owner" || d.kind === "group" || d.kind === "mode")) {
      result.recreatedParents.push(path);
    } else {
      result.differences.push(...diffs);
    }
  }
  const explained = explainMissing(missing, before, matchers, result.removals, presenceVolatile);
  const prefixes = /* @__PURE__ */ new Map();
  for (const path of missing) {
    const b = before.get(path);
    if (!explained.allowed.has(path) && kept(path)) {
      result.differences.push({ path, kind: "removed", before: describe(b) });
      continue;
    }
    const prefix = prefixOf(path);
    const total = prefixes.get(prefix) ?? { prefix, paths: 0, files: 0, bytes: 0 };
    prefixes.set(prefix, total);
    for (const t of [total, result.left]) {
      t.paths++;
      t.files += b.type === "file" ? 1 : 0;
      t.bytes += b.size;
    }
  }
  result.left.byPrefix = [...prefixes.values()].sort((x, y) => y.bytes - x.bytes || y.paths - x.paths || (x.prefix < y.prefix ? -1 : 1));
  for (const [path, a] of after) {
    if (before.has(path) || presenceVolatile(path)) continue;
    if (declared(path)) result.cacheDiffering.push(path);
    else if (isPackageDb(path)) result.packageDatabase.push(path);
    else if (same(path, a, runtimeBase.get(path))) result.fromRuntimeBase.push(path);
    else result.differences.push({ path, kind: "added", after: describe(a) });
  }
  result.differences.sort((x, y) => x.path < y.path ? -1 : x.path > y.path ? 1 : 0);
  for (const list of [result.fromRuntimeBase, result.baseDifferences, result.recreatedParents, result.packageDatabase, result.cacheDiffering]) list.sort();
  result.removedBytes = result.removals.reduce((sum, r) => sum + r.bytes, 0);
  return result;
}
function accountsSubset(original, rewritten, originalBase, rewrittenBase, volatile) {
  const entries = (text) => {
    const out = /* @__PURE__ */ new Map();
    for (const line of (text ?? "").split("\n")) {
      if (!line.trim()) continue;
      const fields = line.split(":");
      if (volatile && fields.length > 2) fields[2] = "";
      out.set(fields[0], fields.join(":"));
    }
    return out;
  };
  const o = entries(original);
  const r = entries(rewritten);
  const ob = entries(originalBase);
  const rb = entries(rewrittenBase);
  for (const [name, line] of o) {
    const inherited = ob.get(name) === line;
    if (r.get(name) === line) continue;
    if (inherited && r.get(name) === rb.get(name)) continue;
    return false;
  }
  for (const [name, line] of r) if (!o.has(name) && rb.get(name) !== line) return false;
  return true;
}
function accountsMatch(path, original, rewritten, ob, rb, volatile) {
  const candidates = (base) => path.endsWith("-") ? [base.get(path)?.text, base.get(path.slice(0, -1))?.text] : [base.get(path)?.text];
  return candidates(ob).some((o) => candidates(rb).some((r) => accountsSubset(original, rewritten, o, r, volatile)));
}
function prefixOf(path) {
  const parts = path.split("/").filter(Boolean);
  return "/" + parts.slice(0, 2).join("/");
}
function normalizeAbs(path) {
  const p = ("/" + path).replace(/\/+/g, "/").replace(/\/$/, "");
  return p === "" ? "/" : p;
}
function ancestors(path) {
  const out = [];
  for (let p = parentOf(path); p !== "/"; p = parentOf(p)) out.push(p);
  return out;
}
function compareConfigsSubset(before, after, bases = {}) {
  const ob = bases.originalBase ?? {};
  const rb = bases.rewrittenBase ?? {};
  const labels = (c) => new Map(Object.entries(c.Labels ?? {}));
  const env = compareMapsInherited("Env", envMap(before.Env), envMap(after.Env), envMap(ob.Env), envMap(rb.Env));
  const lab = compareMapsInherited("Labels", labels(before), labels(after), labels(ob), labels(rb));
  const scalars = compareConfigs({ ...before, Env: null, Labels: null }, { ...after, Env: null, Labels: null });
  return { differences: [...env.differences, ...scalars, ...lab.differences], inherited: [...env.inherited, ...lab.inherited] };
}
function compareMapsInherited(field, before, after, originalBase, runtimeBase) {
  const differences = [];
  const inherited = [];
  for (const d of compareMaps(field, before, after)) {
    const key = d.field.slice(field.length + 1);
    const fromBases = before.get(key) === originalBase.get(key) && after.get(key) === runtimeBase.get(key);
    (fromBases ? inherited : differences).push(d);
  }
  return { differences, inherited };
}

// src/verify/verify.ts
var VerifyInputError = class extends Error {
};
async function readAppSpec(appDir) {
  const file = join(appDir, "app.json");
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return null;
  }
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new VerifyInputError(`${file}: not valid JSON (${error.message})`);
  }
  return validateSpec(raw, file, basename(resolve(appDir)));
}
function validateSpec(raw, file, fallbackName) {
  const o = raw ?? {};
  if (!Array.isArray(o.proof) || !o.proof.every((a) => typeof a === "string")) {
    throw new VerifyInputError(`${file}: "proof" must be an array of strings`);
  }
  if (typeof o.expect !== "string") throw new VerifyInputError(`${file}: "expect" must be a string`);
  const name = typeof o.name === "string" && o.name ? o.name : fallbackName;
  const edit = typeof o.edit === "string" ? o.edit : void 0;
  return { name, proof: o.proof, expect: o.expect, edit };
}
async function readDockerfile(appDir) {
  const file = join(appDir, "Dockerfile");
  try {
    return await readFile(file, "utf8");
  } catch {
    throw new VerifyInputError(`no Dockerfile in ${appDir}`);
  }
}
async function prepareContext(appDir, files) {
  if (files.length === 0) return { dir: appDir, cleanup: async () => {
  } };
  const dir = await mkdtemp(join(tmpdir(), "dockerfix-ctx-"));
  await cp(appDir, dir, { recursive: true });
  for (const f of files) {
    const target = join(dir, f.path);
    if (await exists(target)) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.content);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
function tagsFor(app) {
  const safe = app.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "") || "app";
  const nonce = randomBytes(4).toString("hex");
  return { original: `dockerfix-verify/${safe}:original-${nonce}`, rewritten: `dockerfix-verify/${safe}:rewritten-${nonce}` };
}
function summarizeChanges(result) {
  return result.changes.map((c) => ({
    id: c.id,
    pass: c.pass,
    line: c.line,
    message: c.message,
    removes: c.removes ?? [],
    ...c.keeps ? { keeps: c.keeps } : {}
  }));
}
function logTail(log, lines = 25) {
  return log.split("\n").slice(-lines).join("\n");
}
async function verifyApp(appDir, options) {
  const dir = resolve(appDir);
  const text = await readDockerfile(dir);
  const result = rewrite(text, { ...options.rewriteOptions, context: dir });
  return verifyRewrite(dir, result, options);
}
async function verifyRewrite(appDir, result, options) {
  const log = options.log ?? (() => {
  });
  const dir = resolve(appDir);
  const spec = await readAppSpec(dir);
  const app = spec?.name ?? basename(dir);
  const report = {
    app,
    dir,
    ok: false,
    unchanged: !result.changed,
    mode: result.changes.some((c) => c.keeps !== void 0) ? "subset" : "equal",
    changes: summarizeChanges(result),
    checks: [],
    configDifferences: [],
    fsDifferences: [],
    removals: [],
    removedBytes: 0
  };
  const tags = tagsFor(app);
  const context = await prepareContext(dir, result.files);
  try {
    await runChecks(report, { dir, contextDir: context.dir, text: result.input, output: result.output, spec, tags, options, log });
  } finally {
    await context.cleanup();
    if (!options.keepImages) await Promise.all([removeImage(tags.original), removeImage(tags.rewritten)]);
  }
  report.ok = report.checks.every((c) => c.ok);
  return report;
}
async function runChecks(report, input) {
  const { tags, log } = input;
  log(`building original (${tags.original})`);
  const original = await build(input.dir, input.text, tags.original, { noCache: input.options.noCache });
  if (!original.ok) {
    await assertEngineAlive();
    report.buildLog = logTail(original.log);
    throw new VerifyInputError(`the original Dockerfile in ${input.dir} does not build: ${lastBuildError(original)}`);
  }
  report.checks.push({ name: "build-original", ok: true, detail: `${original.seconds.toFixed(1)} s` });
  report.original = await stats(tags.original, original);
  if (report.unchanged) {
    report.rewritten = report.original;
    return;
  }
  log(`building rewritten (${tags.rewritten})`);
  const rewritten = await build(input.contextDir, input.output, tags.rewritten, { noCache: input.options.noCache });
  report.checks.push({
    name: "build-rewritten",
    ok: rewritten.ok,
    detail: rewritten.ok ? `${rewritten.seconds.toFixed(1)} s` : lastBuildError(rewritten)
  });
  if (!rewritten.ok) {
    await assertEngineAlive();
    report.buildLog = logTail(rewritten.log);
    return;
  }
  report.rewritten = await stats(tags.rewritten, rewritten);
  await checkProof(report, input);
  if (report.mode === "subset") {
    await checkSubset(report, input);
    return;
  }
  await checkConfig(report, tags);
  log("exporting and comparing file systems");
  await checkFileSystems(report, tags);
}
async function assertEngineAlive() {
  const engine = await engineStatus();
  if (!engine.ok) throw new DockerError(`the container engine stopped answering during the build (${engine.reason})`);
}
function lastBuildError(b) {
  const lines = b.log.split("\n").map((l) => l.trim().replace(/^#\d+\s+(\d+\.\d+\s+)?/, "")).filter(Boolean);
  const error = [...lines].reverse().find((l) => /^ERROR\b|error:/i.test(l));
  return error ?? lines[lines.length - 1] ?? "build failed";
}
async function stats(tag, b) {
  const info = await inspectImage(tag);
  return { bytes: info.size, layers: info.layers, buildSeconds: b.seconds };
}
async function checkProof(report, input) {
  const spec = input.spec;
  if (!spec) {
    report.checks.push({ name: "proof", ok: true, skipped: true, detail: "no app.json: no proof to run" });
    return;
  }
  input.log(`running proof: ${spec.proof.join(" ")}`);
  const [a, b] = await Promise.all([runImage(input.tags.original, spec.proof), runImage(input.tags.rewritten, spec.proof)]);
  report.checks.push(judgeProof(spec, a, b));
}
function judgeProof(spec, a, b) {
  const fail = (detail) => ({ name: "proof", ok: false, detail });
  if (!a.ok) return fail(`the proof fails on the original image (exit ${a.code}): ${tail(a.stderr || a.stdout)}`);
  if (!b.ok) return fail(`the proof fails on the rewritten image (exit ${b.code}): ${tail(b.stderr || b.stdout)}`);
  if (!hasLine(a.stdout, spec.expect)) return fail(`the original image does not print "${spec.expect}"`);
  if (!hasLine(b.stdout, spec.expect)) return fail(`the rewritten image does not print "${spec.expect}"`);
  if (a.stdout !== b.stdout) return fail(`the proof prints different output: ${JSON.stringify(tail(a.stdout))} vs ${JSON.stringify(tail(b.stdout))}`);
  return { name: "proof", ok: true, detail: `both print "${spec.expect}"` };
}
function hasLine(stdout, expected) {
  return stdout.split(/\r?\n/).some((line) => line.trim() === expected.trim()) || stdout.includes(expected);
}
function tail(text) {
  const t = text.trim();
  return t.length > 200 ? "\u2026" + t.slice(-200) : t;
}
async function checkConfig(report, tags) {
  const [a, b] = await Promise.all([inspectImage(tags.original), inspectImage(tags.rewritten)]);
  report.configDifferences = compareConfigs(a.config, b.config);
  const n = report.configDifferences.length;
  report.checks.push({ name: "config", ok: n === 0, detail: n === 0 ? "same" : `${n} difference${n === 1 ? "" : "s"}` });
}
async function checkFileSystems(report, tags) {
  const [a, b] = await Promise.all([exportFileSystem(tags.original), exportFileSystem(tags.rewritten)]);
  const allowed = [...new Set(report.changes.flatMap((c) => c.removes))];
  const result = compareFileSystems(a, b, { allowedRemovals: allowed });
  report.fsDifferences = result.differences;
  report.removals = result.removals;
  report.removedBytes = result.removedBytes;
  const n = result.differences.length;
  const inCaches = result.cacheDiffering.length;
  const cacheNote = inCaches ? `; ${inCaches} path${inCaches === 1 ? "" : "s"} left in emptied cache locations differ: ${result.cacheDiffering.slice(0, 3).join(", ")}${inCaches > 3 ? ", \u2026" : ""}` : "";
  const detail = n === 0 ? `same (${a.size} paths compared${cacheNote})` : `${n} difference${n === 1 ? "" : "s"} (${countKinds(result.differences)})${cacheNote}`;
  report.checks.push({ name: "filesystem", ok: n === 0, detail });
}
function finalStageBase(text) {
  const doc = parseDocument(text);
  const args = /* @__PURE__ */ new Map();
  for (const ins of doc.instructions) {
    if (ins.keyword === "FROM") break;
    if (ins.keyword !== "ARG") continue;
    for (const a of ins.args) {
      const eq = a.value.indexOf("=");
      if (eq > 0) args.set(a.value.slice(0, eq), a.value.slice(eq + 1).replace(/^(["'])(.*)\1$/, "$2"));
    }
  }
  let index = doc.stages.length - 1;
  for (let hops = 0; index >= 0 && hops < doc.stages.length; hops++) {
    const image = substituteArgs(doc.stages[index].image, args);
    if (image === null || image === "") return null;
    const parent = doc.stages.findIndex((s, i) => i < index && s.name !== null && s.name === image.toLowerCase());
    if (parent < 0) return image;
    index = parent;
  }
  return null;
}
function substituteArgs(image, args) {
  let unresolved = false;
  const out = image.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced, op, word, bare) => {
    const name = braced ?? bare;
    const value = args.get(name);
    const set = op?.startsWith(":") ? !!value : value !== void 0;
    if (op?.endsWith("-")) return set ? value : word ?? "";
    if (op?.endsWith("+")) return set ? word ?? "" : "";
    if (value === void 0) unresolved = true;
    return value ?? "";
  });
  return unresolved || out.includes("$") ? null : out;
}
async function readBase(name, notes, which, tag) {
  const empty = { fs: /* @__PURE__ */ new Map(), config: {} };
  if (name === null) {
    notes.push(`the ${which} final-stage base image cannot be resolved (ARG without a default?): compared as empty`);
    return empty;
  }
  if (name.toLowerCase() === "scratch") return empty;
  const context = await mkdtemp(join(tmpdir(), "dockerfix-base-"));
  try {
    const built = await build(context, `FROM ${name}
`, tag);
    if (!built.ok) {
      notes.push(`cannot read the ${which} base image ${name} (${lastBuildError(built)}): compared as empty`);
      return empty;
    }
    const [fs, info] = await Promise.all([exportFileSystem(tag), inspectImage(tag)]);
    return { fs, config: info.config };
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    notes.push(`cannot read the ${which} base image ${name} (${error.message}): compared as empty`);
    return empty;
  } finally {
    await rm(context, { recursive: true, force: true });
    await removeImage(tag);
  }
}
async function checkSubset(report, input) {
  const { tags, log } = input;
  const keeps = [...new Set(report.changes.flatMap((c) => c.keeps ?? []))];
  const originalName = finalStageBase(input.text);
  const rewrittenName = finalStageBase(input.output);
  const notes = [];
  log(`subset mode: reading the base images ${originalName ?? "(unresolved)"} and ${rewrittenName ?? "(unresolved)"}`);
  const originalBase = await readBase(originalName, notes, "original", `${tags.original}-base`);
  const rewrittenBase = originalName !== null && rewrittenName === originalName ? originalBase : await readBase(rewrittenName, notes, "rewritten", `${tags.rewritten}-base`);
  const [a, b] = await Promise.all([inspectImage(tags.original), inspectImage(tags.rewritten)]);
  const config = compareConfigsSubset(a.config, b.config, { originalBase: originalBase.config, rewrittenBase: rewrittenBase.config });
  report.configDifferences = config.differences;
  const n = config.differences.length;
  const inherited = config.inherited.length;
  const inheritedNote = inherited ? `; ${inherited} Env/Labels value${inherited === 1 ? "" : "s"} differ as inherited from the base images` : "";
  report.checks.push({
    name: "config",
    ok: n === 0,
    detail: n === 0 ? `same${inheritedNote}` : `${n} difference${n === 1 ? "" : "s"}${inheritedNote}`
  });
  log("exporting and comparing file systems (subset mode)");
  const [original, rewritten] = await Promise.all([exportFileSystem(tags.original), exportFileSystem(tags.rewritten)]);
  const result = compareSubset(original, rewritten, {
    keeps,
    originalBase: originalBase.fs,
    rewrittenBase: rewrittenBase.fs,
    workdirs: b.config.WorkingDir ? [b.config.WorkingDir] : [],
    allowedRemovals: [...new Set(report.changes.flatMap((c) => c.removes))]
  });
  report.fsDifferences = result.differences;
  report.removals = result.removals;
  report.removedBytes = result.removedBytes;
  report.subset = {
    keeps,
    originalBase: originalName,
    rewrittenBase: rewrittenName,
    baseNotes: notes,
    identical: result.identical,
    left: result.left,
    fromRuntimeBase: result.fromRuntimeBase.length,
    baseDifferences: result.baseDifferences,
    recreatedParents: result.recreatedParents,
    packageDatabase: result.packageDatabase.length,
    accountEntries: result.accountEntries,
    configInherited: config.inherited
  };
  const d = result.differences.length;
  const inCaches = result.cacheDiffering.length;
  const cacheNote = inCaches ? `; ${inCaches} path${inCaches === 1 ? "" : "s"} left in emptied cache locations differ` : "";
  const summary = `subset of the original (${subsetSummary(report.subset)}${cacheNote})`;
  report.checks.push({ name: "filesystem", ok: d === 0, detail: d === 0 ? summary : `${d} difference${d === 1 ? "" : "s"} (${countKinds(result.differences)}); ${summary}` });
}
var plural = (n, one, many = one + "s") => `${n} ${n === 1 ? one : many}`;
function subsetSummary(s, prefixes = 4) {
  const parts = [`${plural(s.identical, "path")} kept identical`];
  if (s.left.paths > 0) {
    const top = s.left.byPrefix.slice(0, prefixes).map((p) => `${p.prefix} ${formatBytes(p.bytes)}`);
    if (s.left.byPrefix.length > prefixes) top.push("\u2026");
    parts.push(`${plural(s.left.paths, "path")} / ${formatBytes(s.left.bytes)} left the image: ${top.join(", ")}`);
  } else {
    parts.push("nothing left the image");
  }
  if (s.baseDifferences.length) parts.push(plural(s.baseDifferences.length, "base-image difference"));
  if (s.fromRuntimeBase) parts.push(`${plural(s.fromRuntimeBase, "path")} added by the runtime base`);
  if (s.recreatedParents.length) parts.push(plural(s.recreatedParents.length, "parent directory recreated", "parent directories recreated"));
  if (s.packageDatabase) parts.push(`${plural(s.packageDatabase, "package database path")} differ${s.packageDatabase === 1 ? "s" : ""}`);
  if (s.accountEntries.length) parts.push(`users/groups only from the bases differ in ${s.accountEntries.join(", ")}`);
  return parts.join("; ");
}
function countKinds(diffs) {
  const counts = /* @__PURE__ */ new Map();
  for (const d of diffs) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1]).map(([kind, count]) => `${count} ${kind}`).join(", ");
}
function formatMB(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
function formatBytes(bytes) {
  if (bytes >= 1e6) return formatMB(bytes);
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}
function sizeLine(report) {
  if (!report.original || !report.rewritten) return "";
  const a = report.original.bytes;
  const b = report.rewritten.bytes;
  const delta = b - a;
  const sign = delta > 0 ? "+" : delta < 0 ? "-" : "\xB1";
  const pct = a > 0 ? (delta / a * 100).toFixed(1) : "0.0";
  return ` ${formatMB(a)} -> ${formatMB(b)} (${sign}${formatMB(Math.abs(delta))}, ${delta > 0 ? "+" : ""}${pct}%)`;
}
var MAX_LISTED = 40;
function formatVerifyReport(report) {
  const lines = [];
  for (const c of report.changes) lines.push(`  change ${c.id} (line ${c.line}): ${c.message}`);
  for (const c of report.checks) lines.push(`  ${c.skipped ? "skip" : c.ok ? "ok  " : "FAIL"} ${c.name}: ${c.detail}`);
  if (report.original && report.rewritten && !report.unchanged) {
    lines.push(`  layers ${report.original.layers} -> ${report.rewritten.layers}`);
  }
  for (const r of report.removals) {
    if (r.files > 0 || r.bytes > 0) lines.push(`  removed ${r.glob}: ${r.files} file${r.files === 1 ? "" : "s"}, ${formatBytes(r.bytes)}`);
  }
  if (report.subset) lines.push(...subsetLines(report.subset));
  const diffs = [...report.configDifferences.map(formatConfigDifference), ...report.fsDifferences.map(formatFsDifference)];
  for (const d of diffs.slice(0, MAX_LISTED)) lines.push(`  ${d}`);
  if (diffs.length > MAX_LISTED) lines.push(`  \u2026 and ${diffs.length - MAX_LISTED} more differences`);
  if (report.buildLog) lines.push("  build log (tail):", ...report.buildLog.split("\n").map((l) => `    ${l}`));
  lines.push(summaryLine(report));
  return lines.join("\n");
}
function summaryLine(report) {
  const n = report.changes.length;
  const changes = `(${n} change${n === 1 ? "" : "s"})`;
  if (report.unchanged) return `verify ${report.app}: UNCHANGED (no change to prove)${sizeLine(report)}`;
  if (report.ok) {
    const left = report.subset ? `; subset: ${formatBytes(report.subset.left.bytes)} left the image` : "";
    return `verify ${report.app}: EQUIVALENT ${changes}${sizeLine(report)}${left}`;
  }
  const failed = report.checks.find((c) => !c.ok);
  if (failed && failed.name === "build-rewritten") return `verify ${report.app}: BROKEN (the rewritten Dockerfile does not build) ${changes}`;
  const d = report.configDifferences.length + report.fsDifferences.length;
  const what = d > 0 ? `${d} difference${d === 1 ? "" : "s"}` : `${failed?.name ?? "a check"} failed`;
  return `verify ${report.app}: DIFFERENT (${what}) ${changes}${sizeLine(report)}`;
}
var SUBSET_LISTED = 8;
function subsetLines(s) {
  const lines = [
    `  subset: keeps ${s.keeps.join(", ") || "(nothing)"}; final-stage bases ${s.originalBase ?? "(unresolved)"} -> ${s.rewrittenBase ?? "(unresolved)"}`
  ];
  for (const note of s.baseNotes) lines.push(`  subset: ${note}`);
  for (const p of s.left.byPrefix.slice(0, SUBSET_LISTED)) lines.push(`  left ${p.prefix}: ${plural(p.files, "file")}, ${formatBytes(p.bytes)}`);
  if (s.left.byPrefix.length > SUBSET_LISTED) {
    const rest = s.left.byPrefix.slice(SUBSET_LISTED);
    lines.push(`  left elsewhere: ${plural(rest.reduce((n, p) => n + p.files, 0), "file")}, ${formatBytes(rest.reduce((n, p) => n + p.bytes, 0))}`);
  }
  for (const p of s.recreatedParents) lines.push(`  parent directory recreated ${p}`);
  for (const p of s.baseDifferences.slice(0, SUBSET_LISTED)) lines.push(`  base-image difference ${p}`);
  if (s.baseDifferences.length > SUBSET_LISTED) lines.push(`  \u2026 and ${s.baseDifferences.length - SUBSET_LISTED} more base-image differences`);
  for (const d of s.configInherited) lines.push(`  inherited config ${d.field}: ${d.before} -> ${d.after}`);
  return lines;
}
export {
  VerifyInputError,
  finalStageBase,
  formatBytes,
  formatMB,
  formatVerifyReport,
  judgeProof,
  lastBuildError,
  prepareContext,
  readAppSpec,
  readDockerfile,
  subsetSummary,
  summaryLine,
  verifyApp,
  verifyRewrite
};
