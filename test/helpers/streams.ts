/** Standard streams for running a command in process, and what it printed. */
import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli.js';

export interface Captured {
  streams: { stdout: PassThrough; stderr: PassThrough; stdin: Readable; env: NodeJS.ProcessEnv };
  /** Everything written so far to standard output and error. */
  printed(): { out: string; err: string };
}

export function capture(stdin = '', env: NodeJS.ProcessEnv = {}): Captured {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  return { streams: { stdout, stderr, stdin: Readable.from([stdin]), env }, printed: () => ({ out, err }) };
}

/** `dockerfix ARGS` in process: exit code and what it printed. */
export async function runCli(args: string[], stdin = '', env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  const c = capture(stdin, env);
  const code = await main(args, c.streams);
  return { code, ...c.printed() };
}
