/** Reading Dockerfiles defensively and writing them atomically. */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocumentCached } from './document.js';

/** Largest Dockerfile we read; real ones are a few KB (the corpus tops out under 60 KB). */
export const MAX_BYTES = 1024 * 1024;

/** A problem with one input, shown as one line naming the file; never a stack trace. */
export class InputError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Validates raw bytes as a Dockerfile and returns its text (BOM kept: offsets and output keep it). */
export function decodeDockerfile(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new InputError(`${name}: empty file`);
  if (bytes.length > MAX_BYTES) throw new InputError(`${name}: file too large (${bytes.length} bytes; the limit is ${MAX_BYTES})`);
  if (bytes.includes(0)) throw new InputError(`${name}: binary file, not a Dockerfile`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new InputError(`${name}: empty file`);
  const doc = parseDocumentCached(text);
  if (!doc.instructions.some((i) => i.keyword === 'FROM')) {
    throw new InputError(`${name}: not a Dockerfile (no FROM instruction)`);
  }
  return text;
}

export function readDockerfile(file: string): string {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new InputError(`${file}: is a directory`);
    if (stat.size > MAX_BYTES) throw new InputError(`${file}: file too large (${stat.size} bytes; the limit is ${MAX_BYTES})`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${file}: ${describeFsError(error)}`);
  }
  return decodeDockerfile(bytes, file);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a component of the path is not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return (error as Error).message ?? String(error);
  }
}

/**
 * Writes through a temp file in the same directory and renames it over the target, so a crash never leaves a
 * half-written Dockerfile. The mode (and, when permitted, the owner) of the original is kept; a symlink is
 * written through to its target.
 */
export function writeAtomic(file: string, text: string): void {
  let target = file;
  let mode = 0o644;
  let owner: { uid: number; gid: number } | null = null;
  try {
    target = fs.realpathSync(file);
    const stat = fs.statSync(target);
    mode = stat.mode & 0o7777;
    owner = { uid: stat.uid, gid: stat.gid };
  } catch {
    // A new file (e.g. a proposed .dockerignore): default mode.
  }
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.dockerfix-${process.pid}-${Date.now().toString(36)}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, 'wx', mode);
    fs.writeFileSync(fd, text, 'utf8');
    fs.fchmodSync(fd, mode);
    if (owner) {
      try {
        fs.fchownSync(fd, owner.uid, owner.gid);
      } catch {
        // Not permitted for a non-root user on someone else's file: the mode is what matters.
      }
    }
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, target);
  } catch (error) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw new InputError(`${file}: cannot write (${describeFsError(error)})`);
  }
}
