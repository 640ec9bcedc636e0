/**
 * A thin wrapper over the docker CLI. Arguments are passed as an array to spawn (never through a shell), so paths,
 * tags and proof arguments need no quoting.
 *
 * The client is Debian's /usr/bin/docker with DOCKER_BUILDKIT=1: it talks to the daemon's built-in BuildKit, while
 * another `docker` earlier on PATH may insist on the buildx plugin. DOCKERFIX_DOCKER overrides the binary.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { extract, type Header as Headers } from 'tar-stream';
import type { FsEntry, FsMap, FsType, ImageConfig } from './compare.js';

export const DOCKER_BIN = process.env.DOCKERFIX_DOCKER ?? '/usr/bin/docker';

/** A docker failure worth one line to the user (the CLI's own message, trimmed). */
export class DockerError extends Error {}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface ExecOptions {
  timeoutMs?: number;
}

function dockerEnv(): NodeJS.ProcessEnv {
  return { ...process.env, DOCKER_BUILDKIT: '1' };
}

/** Runs docker with the given arguments and collects its output; never throws for a non-zero exit. */
export function docker(args: string[], options: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(DOCKER_BIN, args, { env: dockerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : null;
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      reject(new DockerError(error.code === 'ENOENT' ? `docker client not found at ${DOCKER_BIN}` : error.message));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8') + (signal ? `\n(docker ${args[0]} killed by ${signal})` : '');
      resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr });
    });
  });
}

/** Like docker(), but a non-zero exit becomes a DockerError carrying the CLI's last error line. */
async function dockerOk(args: string[], options: ExecOptions = {}): Promise<string> {
  const result = await docker(args, options);
  if (result.code !== 0) throw new DockerError(`docker ${args[0]} failed: ${lastLine(result.stderr || result.stdout)}`);
  return result.stdout;
}

export function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? '(no output)';
}

/** Whether a daemon answers; the reason when not. */
export async function engineStatus(): Promise<{ ok: true; version: string } | { ok: false; reason: string }> {
  try {
    const r = await docker(['info', '--format', '{{.ServerVersion}}'], { timeoutMs: 15_000 });
    const version = r.stdout.trim();
    if (r.code === 0 && version) return { ok: true, version };
    // With no daemon, the client says so ("Cannot connect to the Docker daemon ...") and then fails on the format
    // template (a nil pointer): the first line is the one that tells.
    const lines = (r.stderr || r.stdout).split('\n').map((l) => l.trim()).filter(Boolean);
    const told = lines.find((l) => /cannot connect|daemon|permission denied|no such file/i.test(l));
    return { ok: false, reason: told ?? lastLine(r.stderr || r.stdout) };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

export async function engineAvailable(): Promise<boolean> {
  return (await engineStatus()).ok;
}

export interface BuildResult {
  ok: boolean;
  seconds: number;
  /** Combined plain-progress output of the build. */
  log: string;
}

export interface BuildOptions {
  noCache?: boolean;
  timeoutMs?: number;
  /** Name of the Dockerfile in the context, for its own ignore file (default "Dockerfile"). */
  dockerfileName?: string;
}

/**
 * Builds `dockerfileText` against `contextDir` as `tag`. The text goes to a temporary file passed with -f, so the
 * context is never written to (BuildKit accepts a Dockerfile outside the context).
 */
export async function build(contextDir: string, dockerfileText: string, tag: string, options: BuildOptions = {}): Promise<BuildResult> {
  const dir = await mkdtemp(join(tmpdir(), 'dockerfix-build-'));
  try {
    const name = options.dockerfileName ?? 'Dockerfile';
    const file = join(dir, name);
    await writeFile(file, dockerfileText);
    // BuildKit reads "<Dockerfile>.dockerignore" beside the Dockerfile before the context's .dockerignore.
    await copyFile(join(contextDir, `${name}.dockerignore`), `${file}.dockerignore`).catch(() => {});
    const args = ['build', '--progress=plain', '-f', file, '-t', tag];
    if (options.noCache) args.push('--no-cache');
    args.push(contextDir);
    const started = performance.now();
    const r = await docker(args, { timeoutMs: options.timeoutMs ?? 30 * 60_000 });
    const seconds = (performance.now() - started) / 1000;
    return { ok: r.code === 0, seconds, log: r.stdout + r.stderr };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface ImageInfo {
  id: string;
  config: ImageConfig;
  /** Bytes, as the engine reports them (uncompressed layers). */
  size: number;
  layers: number;
}

export async function inspectImage(tag: string): Promise<ImageInfo> {
  const stdout = await dockerOk(['image', 'inspect', '--format', '{{json .}}', tag]);
  const raw = JSON.parse(stdout) as { Id: string; Config?: ImageConfig; Size?: number; RootFS?: { Layers?: string[] } };
  return { id: raw.Id, config: raw.Config ?? {}, size: raw.Size ?? 0, layers: raw.RootFS?.Layers?.length ?? 0 };
}

export interface RunResult {
  ok: boolean;
  code: number;
  stdout: string;
  stderr: string;
}

/** `docker run --rm IMAGE ...args`; its stdout is what a proof compares. */
export async function runImage(tag: string, args: string[], timeoutMs = 120_000): Promise<RunResult> {
  const r = await docker(['run', '--rm', tag, ...args], { timeoutMs });
  return { ok: r.code === 0, code: r.code, stdout: r.stdout, stderr: r.stderr };
}

export async function removeImage(tag: string): Promise<void> {
  await docker(['image', 'rm', '--force', tag]);
}

/**
 * The image's file system as a map, read from `docker export` of a created (never started) container. The
 * entrypoint is overridden because `docker create` refuses an image without a command; nothing runs.
 */
export async function exportFileSystem(tag: string): Promise<FsMap> {
  // The same image (a cached build, a base read for every app) is exported once per process: a 1 GB image takes
  // tens of seconds to stream and hash. Keyed by image id, so a rebuilt tag is read again.
  const imageId = (await dockerOk(['image', 'inspect', '--format', '{{.Id}}', tag])).trim();
  const cached = exports.get(imageId);
  if (cached) {
    exports.delete(imageId);
    exports.set(imageId, cached);
    return cached;
  }
  const pending = exportOnce(tag);
  exports.set(imageId, pending);
  while (exports.size > EXPORT_CACHE_SIZE) exports.delete(exports.keys().next().value!);
  pending.catch(() => exports.delete(imageId));
  return pending;
}

const EXPORT_CACHE_SIZE = 6;
const exports = new Map<string, Promise<FsMap>>();

async function exportOnce(tag: string): Promise<FsMap> {
  const id = (await dockerOk(['create', '--entrypoint', '/dockerfix-never-run', tag])).trim();
  try {
    return await readExport(id);
  } finally {
    await docker(['rm', '--force', id]);
  }
}

function readExport(containerId: string): Promise<FsMap> {
  return new Promise((resolve, reject) => {
    const child = spawn(DOCKER_BIN, ['export', containerId], { env: dockerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const err: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => err.push(b));
    let parsed: FsMap | null = null;
    let failure: Error | null = null;
    let exited: number | null = null;
    const settle = (): void => {
      if (failure) return reject(failure);
      if (exited === null || parsed === null) return;
      if (exited !== 0) return reject(new DockerError(`docker export failed: ${lastLine(Buffer.concat(err).toString('utf8'))}`));
      resolve(parsed);
    };
    child.on('error', (e) => {
      failure = new DockerError(e.message);
      settle();
    });
    child.on('close', (code) => {
      exited = code ?? 1;
      // A failed export may end the stream early; don't wait for a parse that will never finish.
      if (exited !== 0 && parsed === null) parsed = new Map();
      settle();
    });
    parseTar(child.stdout).then(
      (map) => {
        parsed = map;
        settle();
      },
      (e: Error) => {
        failure = new DockerError(`cannot read docker export: ${e.message}`);
        child.kill();
        settle();
      },
    );
  });
}

/** Files whose text the subset comparison reads line by line (users and groups). */
export const ACCOUNT_DATABASES = new Set(['/etc/passwd', '/etc/group', '/etc/shadow', '/etc/gshadow', '/etc/passwd-', '/etc/group-', '/etc/shadow-', '/etc/gshadow-']);

/** Parses a tar stream into an FsMap, hashing regular files as they stream past. */
export async function parseTar(input: Readable): Promise<FsMap> {
  const map: FsMap = new Map();
  const ex = extract();
  input.pipe(ex);
  for await (const entry of ex) {
    const header = entry.header;
    const path = normalizePath(header.name);
    const hash = createHash('sha256');
    let size = 0;
    const keepText = path !== null && ACCOUNT_DATABASES.has(path);
    const chunks: Buffer[] = [];
    for await (const chunk of entry as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
      if (keepText && size <= 1 << 20) chunks.push(chunk);
    }
    if (path === null) continue;
    const e = toEntry(header, size, hash.digest('hex'), map);
    if (keepText && e.type === 'file' && size <= 1 << 20) e.text = Buffer.concat(chunks).toString('utf8');
    map.set(path, e);
  }
  return map;
}

function toEntry(header: Headers, size: number, sha256: string, seen: FsMap): FsEntry {
  const base = { uid: header.uid ?? 0, gid: header.gid ?? 0, mode: (header.mode ?? 0) & 0o7777 };
  if (header.type === 'link') {
    // A hard link shares its target's content; which name the archive stores first is an accident of order.
    const target = seen.get(normalizePath(header.linkname ?? '') ?? '');
    return { ...base, type: 'file', size: target?.size ?? 0, sha256: target?.sha256 };
  }
  const type = fsType(header.type);
  if (type === 'file') return { ...base, type, size, sha256 };
  if (type === 'symlink') return { ...base, type, size: 0, linkname: header.linkname ?? '' };
  return { ...base, type, size: 0 };
}

function fsType(t: Headers['type']): FsType {
  switch (t) {
    case 'file':
    case 'contiguous-file':
    case undefined:
    case null:
      return 'file';
    case 'directory':
      return 'directory';
    case 'symlink':
      return 'symlink';
    case 'character-device':
      return 'char';
    case 'block-device':
      return 'block';
    case 'fifo':
      return 'fifo';
    default:
      return 'other';
  }
}

/** "usr/bin/" and "./usr/bin" -> "/usr/bin"; the root itself -> null (not listed). */
function normalizePath(name: string): string | null {
  const trimmed = name.replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (trimmed === '' || trimmed === '.') return null;
  return '/' + trimmed;
}
