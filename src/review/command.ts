/**
 * `dockerfix -i`: the glue between the command and the review screen. It finds the files, runs the screen only with
 * a terminal, then performs what the reviewer chose: atomic writes of exactly what rewrite() gives for the accepted
 * ids (and a proposed .dockerignore when that change was accepted), and a summary. Loaded only with -i, so the plain
 * command never loads ink or React.
 */
import fs from 'node:fs';
import path from 'node:path';
import { discover } from '../files.js';
import { InputError, readDockerfile, writeAtomic } from '../io.js';
import { plural } from '../report.js';
import type { RewriteOptions } from '../types.js';
import { outcome, startReview, type FileReview } from './state.js';
import type { Done, Loaded } from './view.js';

export interface ReviewStreams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

export interface ReviewOptions {
  base: RewriteOptions;
  unsafe: boolean;
  context?: string;
  color: boolean;
}

export const NO_TTY = 'dockerfix: -i needs a terminal (standard input is not one); run without -i to print the diff, or with --write to apply every safe change';

export async function reviewCommand(paths: string[], opts: ReviewOptions, streams: ReviewStreams): Promise<number> {
  const err = (s: string): void => void streams.stderr.write(s);
  const out = (s: string): void => void streams.stdout.write(s);
  if (!streams.stdin.isTTY || !streams.stdout.isTTY) {
    err(`${NO_TTY}\n`);
    return 2;
  }
  if (paths.includes('-')) {
    err('dockerfix: -i reads the Dockerfiles from files (standard input is the terminal); name the file\n');
    return 2;
  }
  const { files, errors } = await discover(paths);
  for (const e of errors) err(`dockerfix: ${e.message}\n`);
  if (files.length === 0) return errors.length ? 2 : 0;

  // Ink draws only its last frame when it believes it runs in CI (it reads CI when it is loaded); -i on a terminal
  // is interactive whatever the environment says, so it is loaded here, without them.
  for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) delete process.env[key];
  const [{ render }, { createElement }, { ReviewApp }] = await Promise.all([import('ink'), import('react'), import('./view.js')]);
  const load = (file: string): Loaded => loadReview(file, opts);
  const color = opts.color && !streams.env.NO_COLOR;
  // The alternate screen, as full-screen terminal programs use: quitting (or Ctrl-C) gives the terminal back as it was.
  out('\x1b[?1049h');
  let resolveDone: (d: Done) => void = () => {};
  const decided = new Promise<Done>((resolve) => (resolveDone = resolve));
  const app = render(createElement(ReviewApp, { files, load, color, onDone: (d: Done) => resolveDone(d) }), {
    stdout: streams.stdout as NodeJS.WriteStream,
    stdin: streams.stdin as NodeJS.ReadStream,
    stderr: streams.stderr as NodeJS.WriteStream,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  // Asked for at once: ink makes this promise on the first call, and one made after the exit never settles.
  const exited = app.waitUntilExit();
  // Killed or hung up: give the terminal back as it was and write nothing.
  const signals = { SIGTERM: 143, SIGHUP: 129 } as const;
  const onSignal = (signal: NodeJS.Signals): void => {
    app.unmount();
    out('\x1b[?1049l');
    err(`dockerfix: ${signal}: nothing written\n`);
    process.exit(signals[signal as keyof typeof signals] ?? 1);
  };
  for (const signal of Object.keys(signals)) process.once(signal, onSignal);
  let done: Done | null;
  let failure = '';
  try {
    // The screen ends with a decision, or (a bug in the view) with ink's error: then nothing is written.
    done = await Promise.race([decided, exited.then(() => null)]);
    // Ink prints its last frame and gives the terminal back (raw mode off, cursor shown) before the summary.
    await exited;
  } catch (error) {
    done = null;
    failure = (error as Error).message;
  } finally {
    for (const signal of Object.keys(signals)) process.off(signal, onSignal);
    out('\x1b[?1049l');
  }
  if (!done) {
    err(`dockerfix: internal error in the review screen, nothing written${failure ? `: ${failure}` : ''}\n`);
    return 2;
  }

  for (const line of done.errors) err(`dockerfix: ${line}\n`);
  const bad = errors.length + done.errors.length > 0;
  if (done.action !== 'write') {
    out(done.action === 'interrupt' ? 'Interrupted: nothing written.\n' : 'Quit: nothing written.\n');
    return done.action === 'interrupt' ? 130 : bad ? 2 : 0;
  }
  return writeReviews(done.reviews, opts, out, err) || (bad ? 2 : 0);
}

export function loadReview(file: string, opts: ReviewOptions): Loaded {
  try {
    const text = readDockerfile(file);
    const context = opts.context ?? path.dirname(file);
    return { review: startReview(file, text, { ...opts.base, context, dockerfileName: path.basename(file) }, opts.unsafe) };
  } catch (error) {
    if (error instanceof InputError) return { error: error.message };
    // One file the core fails on must not take the review of the others down.
    return { error: `${file}: internal error: ${(error as Error).message}` };
  }
}

/** Writes what the reviews decided; returns a non-zero exit code when a write failed. */
export function writeReviews(reviews: FileReview[], opts: Pick<ReviewOptions, 'context'>, out: (s: string) => void, err: (s: string) => void): number {
  let written = 0;
  let applied = 0;
  let rejected = 0;
  let failed = 0;
  let unapplied = 0;
  for (const review of reviews) {
    const o = outcome(review);
    rejected += o.rejected;
    unapplied += o.unapplied;
    // A file with nothing accepted is still written when it holds a remembered rejection (its new comment).
    if (o.applied === 0 && !o.changed) continue;
    try {
      const parts: string[] = [];
      if (o.changed) {
        writeAtomic(review.file, o.output);
        written++;
      }
      for (const f of o.files) {
        const target = path.join(opts.context ?? path.dirname(review.file), f.path);
        if (fs.existsSync(target)) continue;
        writeAtomic(target, f.content);
        parts.push(target);
      }
      applied += o.applied;
      const remembered = o.ignored ? `, ${plural(o.ignored, 'rejection')} remembered with a dockerfix-ignore comment` : '';
      out(`${review.file}: ${plural(o.applied, 'change')} applied${remembered}${parts.length ? `, created ${parts.join(', ')}` : ''}\n`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      err(`dockerfix: ${error.message}\n`);
      failed++;
    }
  }
  const waiting = unapplied ? ` (${plural(unapplied, 'accepted change')} not applied: built on a change not accepted)` : '';
  out(`${plural(written, 'file')} written, ${plural(applied, 'change')} applied, ${rejected} rejected${waiting}\n`);
  return failed ? 2 : 0;
}
