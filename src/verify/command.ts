/**
 * `dockerfix verify DIR...`: proves the rewrite of each directory's Dockerfile on the local engine.
 * Exit codes: 0 every directory is equivalent (or unchanged), 1 a check failed, 2 no engine or bad input.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../engine.js';
import { DockerError, DOCKER_BIN, engineStatus } from './docker.js';
import { formatVerifyReport, verifyApp, VerifyInputError, type VerifyReport } from './verify.js';

export interface VerifyCommandOptions {
  passes?: string[];
  unsafe?: boolean;
  cacheStrategy?: 'clean' | 'mount';
  json?: boolean;
  keepImages?: boolean;
}

export async function verifyCommand(dirs: string[], opts: VerifyCommandOptions): Promise<number> {
  if (dirs.length === 0) return fail('dockerfix verify: give at least one directory holding a Dockerfile');
  // A path without a Dockerfile (a README caught by a glob) is reported and the others still run.
  let code = 0;
  const apps: string[] = [];
  for (const dir of dirs) {
    if (await isFile(join(dir, 'Dockerfile'))) apps.push(dir);
    else code = fail(`dockerfix verify: no Dockerfile in ${dir}`);
  }
  if (apps.length === 0) return 2;
  const engine = await engineStatus();
  if (!engine.ok) return fail(`dockerfix verify: no container engine (${DOCKER_BIN}): ${engine.reason} (scripts/engine.sh sets one up: see the README)`);

  const reports: VerifyReport[] = [];
  for (const dir of apps) {
    const outcome = await verifyOne(dir, opts);
    if (typeof outcome === 'number') {
      code = Math.max(code, outcome);
      continue;
    }
    reports.push(outcome);
    if (!opts.json) process.stdout.write(formatVerifyReport(outcome) + '\n');
    if (!outcome.ok) code = Math.max(code, 1);
  }
  if (opts.json) process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
  return code;
}

/** A report, or an exit code after printing the one-line reason the directory could not be verified. */
async function verifyOne(dir: string, opts: VerifyCommandOptions): Promise<VerifyReport | number> {
  // Progress goes to stderr, and only to a terminal: piped output stays the report alone.
  const log = process.stderr.isTTY ? (line: string) => process.stderr.write(`  … ${line}\n`) : undefined;
  try {
    return await verifyApp(dir, {
      rewriteOptions: { passes: opts.passes, unsafe: opts.unsafe, cacheStrategy: opts.cacheStrategy },
      keepImages: opts.keepImages,
      log,
    });
  } catch (error) {
    if (error instanceof VerifyInputError || error instanceof UsageError) return fail(`dockerfix verify: ${error.message}`);
    if (error instanceof DockerError) return fail(`dockerfix verify: ${dir}: ${error.message}`);
    return fail(`dockerfix verify: ${dir}: unexpected error: ${(error as Error).message ?? String(error)}`);
  }
}

function fail(message: string): number {
  process.stderr.write(message + '\n');
  return 2;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
