/**
 * The `dockerfix` command: a thin shell over rewrite(). It finds Dockerfiles, prints diffs and reasons, and performs
 * the side effects (atomic writes) the user asked for.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, findConfig, ignoreMatcher } from './config.js';
import { rewrite, selectPasses, UsageError } from './engine.js';
import { decodeDockerfile, InputError, readDockerfile } from './io.js';
// Discovery (tinyglobby, ignore) and the reporters (the diff library) are loaded when a run needs them, not for --stdout.
import type { FileOutcome } from './report.js';
import type { CacheStrategy, RewriteOptions } from './types.js';
import { PASSES } from '../transforms/index.js';

export interface Streams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export const EXIT = { ok: 0, changes: 1, usage: 2 } as const;

interface CliOptions {
  write?: boolean;
  check?: boolean;
  stdout?: boolean;
  json?: boolean;
  format?: 'diff' | 'json' | 'sarif';
  only?: string[];
  skip?: string[];
  unsafe?: boolean;
  context?: string;
  cacheStrategy: CacheStrategy;
  color: boolean;
  verbose?: boolean;
  interactive?: boolean;
}

const list = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];

export async function main(argv: string[], streams: Streams = defaultStreams()): Promise<number> {
  const out = (s: string): void => void streams.stdout.write(s);
  const err = (s: string): void => void streams.stderr.write(s);
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name('dockerfix')
    .description('Rewrite Dockerfiles for faster rebuilds and smaller images; every change is explained.')
    .argument('[paths...]', 'Dockerfiles, globs, or directories to search (default: .)')
    .option('--write', 'write changed files (atomically)')
    .option('--check', 'write nothing; exit 1 when any file would change')
    .option('--stdout', 'print the rewritten text of a single file ("-" reads standard input)')
    .option('--json', 'print a machine-readable report (same as --format json)')
    .addOption(new Option('--format <format>', 'output: diff (default), json (the report) or sarif (SARIF 2.1.0, for code scanning)').choices(['diff', 'json', 'sarif']))
    .option('--only <passes>', 'run only these passes (comma-separated)', list)
    .option('--skip <passes>', 'do not run these passes (comma-separated)', list)
    .option('--unsafe', 'also apply unsafe-tier changes')
    .option('--context <dir>', 'build context directory (default: the Dockerfile\'s directory)')
    .addOption(new Option('--cache-strategy <strategy>', 'how caches leave the image').choices(['clean', 'mount']).default('clean'))
    .option('--no-color', 'plain output')
    .option('-v, --verbose', 'also list what each pass skipped and why')
    .option('-i, --interactive', 'review each change in the terminal, accept or reject it, then write what was accepted')
    .addHelpText('after', `\nPasses:\n${PASSES.map((p) => `  ${p.id.padEnd(14)} ${p.description}${p.defaultEnabled ? '' : ' (off unless named with --only)'}`).join('\n')}\n\nTo leave an instruction alone, put a "# dockerfix-ignore [passes]" comment above it ("# dockerfix-ignore-file [passes]" for the whole file).\n\nExit codes: 0 done, 1 changes found under --check (or a failed verify), 2 bad usage or input.`)
    .configureOutput({ writeOut: out, writeErr: err, outputError: (s, write) => write(s) })
    .exitOverride()
    .action(async (paths: string[], opts: CliOptions, cmd: Command) => {
      exitCode = await run(paths, { ...opts, cacheStrategyGiven: cmd.getOptionValueSource('cacheStrategy') !== 'default' }, streams);
    });

  program
    .command('verify')
    .description('build the original and rewritten Dockerfile of an app on a real engine and prove they are equivalent')
    .argument('<dirs...>', 'app directories, each with a Dockerfile (and app.json with a proof command)')
    .option('--only <passes>', 'run only these passes', list)
    .option('--skip <passes>', 'do not run these passes', list)
    .option('--unsafe', 'also apply unsafe-tier changes')
    .addOption(new Option('--cache-strategy <strategy>', 'how caches leave the image (default: "clean")').choices(['clean', 'mount']))
    .option('--json', 'print a machine-readable report')
    .action(async (dirs: string[], _local: CliOptions, cmd: Command) => {
      // The main command defines the same options and commander hands them to it: read both levels.
      const opts = cmd.optsWithGlobals<CliOptions>();
      const passes = selectPasses(opts.only, opts.skip).map((p) => p.id);
      const { verifyCommand } = await import('./verify/command.js');
      exitCode = await verifyCommand(dirs, { passes, unsafe: opts.unsafe, cacheStrategy: opts.cacheStrategy, json: opts.json });
    });

  program
    .command('pr')
    .description('open or update one pull request with the rewrite (GitHub; token from GITHUB_TOKEN)')
    .argument('[paths...]', 'where to look for Dockerfiles, relative to the repository root (default: "paths" of .dockerfix.json, or all)')
    .option('--dry-run', 'print the branch, commit message and pull request body; push nothing')
    .option('--measure', 'build before and after on the container engine and put size and build time in the body')
    .option('--api-url <url>', 'GitHub API URL (default: GITHUB_API_URL or https://api.github.com)')
    .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY or the origin remote)')
    .option('--remote <name>', 'git remote to push to', 'origin')
    .option('--only <passes>', 'run only these passes', list)
    .option('--skip <passes>', 'do not run these passes', list)
    .option('--unsafe', 'also apply unsafe-tier changes')
    .addOption(new Option('--cache-strategy <strategy>', 'how caches leave the image').choices(['clean', 'mount']))
    .addHelpText('after', "\nExit codes: 0 done (also: nothing to change), 1 the bot's branch holds commits dockerfix did not make (left alone), 2 an error (API, git, config).")
    .action(async (paths: string[], _local: unknown, cmd: Command) => {
      // Loaded only here: the plain command never loads Octokit, git or prettier.
      const { prCommand } = await import('./pr/command.js');
      const opts = cmd.optsWithGlobals();
      exitCode = await prCommand({ ...opts, paths, cacheStrategy: cmd.getOptionValueSource('cacheStrategy') === 'cli' ? opts.cacheStrategy : undefined }, streams);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof InputError || error instanceof ConfigError) {
      err(`dockerfix: ${error.message}\n`);
      return EXIT.usage;
    }
    err(`dockerfix: internal error: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  return exitCode;
}

async function run(paths: string[], opts: CliOptions & { cacheStrategyGiven?: boolean }, streams: Streams): Promise<number> {
  const err = (s: string): void => void streams.stderr.write(s);
  const out = (s: string): void => void streams.stdout.write(s);
  const modes = [opts.write, opts.check, opts.stdout].filter(Boolean).length;
  if (modes > 1) throw new UsageError('--write, --check and --stdout cannot be combined');
  if (opts.json && opts.format && opts.format !== 'json') throw new UsageError(`--json and --format ${opts.format} cannot be combined`);
  const format = opts.json ? 'json' : (opts.format ?? 'diff');
  // .dockerfix.json (the nearest one up to the repository root): flags win over it.
  const found = findConfig(process.cwd());
  const config = found?.config ?? {};
  const passes = selectPasses(opts.only ?? config.passes, [...(opts.skip ?? []), ...(config.skip ?? [])]).map((p) => p.id);
  const colors = { enabled: opts.color && format === 'diff' && Boolean(streams.stdout.isTTY) && !streams.env.NO_COLOR };
  const cacheStrategy = opts.cacheStrategyGiven ? opts.cacheStrategy : (config.cacheStrategy ?? opts.cacheStrategy);
  const baseOptions: RewriteOptions = { passes, unsafe: Boolean(opts.unsafe ?? config.unsafe), cacheStrategy };
  if (found && paths.length === 0 && config.paths) paths = config.paths.map((p) => path.join(path.relative('.', found.root) || '.', p));
  if (opts.interactive) {
    if (modes > 0 || opts.json || opts.format) throw new UsageError('-i cannot be combined with --write, --check, --stdout, --json or --format');
    // Loaded only here: the plain command never pays for ink and React.
    const { reviewCommand } = await import('./review/command.js');
    return reviewCommand(paths, { base: { passes, cacheStrategy }, unsafe: Boolean(baseOptions.unsafe), context: opts.context, color: opts.color }, streams);
  }

  if (opts.stdout) {
    if (paths.length !== 1) throw new UsageError('--stdout takes exactly one file (or - for standard input)');
    // A directory stands for its Dockerfile, as for `docker build DIR`.
    const file = paths[0] !== '-' && isDirectory(paths[0]) && fs.existsSync(path.join(paths[0], 'Dockerfile')) ? path.join(paths[0], 'Dockerfile') : paths[0];
    const text = file === '-' ? decodeDockerfile(await readAll(streams.stdin), '<stdin>') : readDockerfile(file);
    const context = opts.context ?? (file === '-' ? null : path.dirname(file));
    const result = rewrite(text, { ...baseOptions, context, dockerfileName: file === '-' ? 'Dockerfile' : path.basename(file) });
    out(result.output);
    return EXIT.ok;
  }

  const [{ discover }, { byLine, formatOutcome, jsonReport, plural }, { poolSize, rewriteFiles }] = await Promise.all([import('./files.js'), import('./report.js'), import('./pool.js')]);
  const { files: discoveredFiles, errors } = await discover(paths);
  // Files named on the command line are rewritten even when the config ignores them; searches skip them.
  const ignored = found ? ignoreMatcher(config) : null;
  const files = discoveredFiles.filter((f) => !ignored || f === '-' || paths.includes(f) || !ignored(path.relative(found!.root, path.resolve(f))));
  const progress = files.length > 20 && Boolean(streams.stderr.isTTY) && format === 'diff';
  // Many files go to worker threads (src/pool.ts); outcomes and writes come in file order either way.
  const { outcomes, errorLines: fileErrors } = await rewriteFiles(files, {
    job: { base: baseOptions, context: opts.context },
    write: Boolean(opts.write),
    workers: poolSize(files.length, streams.env),
    readStdin: () => readAll(streams.stdin),
    onFile: progress ? (i, file) => err(`\r\x1b[K[${i + 1}/${files.length}] ${file}`) : undefined,
  });
  const errorLines = [...errors.map((e) => e.message), ...fileErrors];
  if (progress) err('\r\x1b[K');

  if (format === 'json') {
    out(`${JSON.stringify(jsonReport(outcomes, errorLines), null, 2)}\n`);
  } else if (format === 'sarif') {
    const { sarifLog } = await import('./sarif.js');
    const tool = { version: packageVersion(), rules: PASSES.map((p) => ({ id: p.id, description: p.description })) };
    out(`${JSON.stringify(sarifLog(outcomes, tool), null, 2)}\n`);
  } else if (opts.check) {
    // eslint's compact format: one line per change of each file that would change, in line order, then a count.
    const changed = outcomes.filter((o) => o.result.changed);
    for (const o of changed) {
      for (const c of byLine(o.result.changes)) out(`${o.file}:${c.line} ${c.pass} ${c.message}${c.safety === 'unsafe' ? ' [unsafe]' : ''}\n`);
    }
    const count = changed.reduce((n, o) => n + o.result.changes.length, 0);
    // A path that could not be read is not a clean one: the count says so (its error follows on stderr).
    const unread = errorLines.length ? `, ${errorLines.length} could not be read` : '';
    out(`${plural(count, 'change')} in ${plural(changed.length, 'Dockerfile')} (${outcomes.length} checked${unread})${changed.length ? '; to apply them, run it again with --write in place of --check' : ''}\n`);
  } else {
    for (const o of outcomes) {
      if (!o.result.changed && !opts.verbose && outcomes.length > 1) continue;
      out(`${formatOutcome(o, colors, Boolean(opts.verbose))}\n`);
    }
    const changed = outcomes.filter((o) => o.result.changed).length;
    if (outcomes.length > 1) {
      const verb = opts.write ? 'rewritten' : 'would change';
      out(`${plural(outcomes.length, 'Dockerfile')} checked, ${changed} ${verb}\n`);
    }
    // Nothing was written: say how to go on.
    if (!opts.write && changed > 0) out(`nothing written; to apply: run it again with --write (or -i to choose change by change)\n`);
  }
  for (const line of errorLines) err(`dockerfix: ${line}\n`);
  if (errorLines.length) return EXIT.usage;
  if (opts.check && outcomes.some((o) => o.result.changed)) return EXIT.changes;
  return EXIT.ok;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The version in dockerfix's package.json (from src/ under vitest, from dist/src/ when built). */
function packageVersion(): string {
  for (const rel of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(fs.readFileSync(new URL(rel, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'dockerfix' && pkg.version) return pkg.version;
    } catch {
      // not there: try the next level up
    }
  }
  return '0.0.0';
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

function defaultStreams(): Streams {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}
