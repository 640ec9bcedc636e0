/**
 * `dockerfix pr`: one pull request per repository with the rewrite, kept up to date and never duplicated.
 *
 * The rewrite runs over the default branch's head (checked out in a temporary directory, not the user's checkout);
 * the bot's branch gets one commit on that head, built with git plumbing and pushed with a lease, and the pull request
 * is created or updated through the forge. With nothing left to change, its pull request is closed with a comment and
 * its branch deleted. A commit on the bot's branch that the bot did not make stops the run (exit 1).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Streams } from '../cli.js';
import { ConfigError, ignoreMatcher, readConfig, type DockerfixConfig } from '../config.js';
import { rewrite, selectPasses, UsageError } from '../engine.js';
import { discover } from '../files.js';
import { InputError, readDockerfile } from '../io.js';
import type { CacheStrategy } from '../types.js';
import { commitMessage, prBody, title, type FileRewrite, type Measured, type Measurement } from './body.js';
import { ForgeError, type Forge } from './forge.js';
import { BOT, commitTree, Git, GitError, redact, Snapshot } from './git.js';
import { GitHubForge, parseRepository } from './github.js';

export interface PrOptions {
  /** Where to look for Dockerfiles, relative to the repository root. */
  paths?: string[];
  dryRun?: boolean;
  measure?: boolean;
  apiUrl?: string;
  repo?: string;
  remote?: string;
  only?: string[];
  skip?: string[];
  unsafe?: boolean;
  cacheStrategy?: CacheStrategy;
  /** The checkout (default: the current directory). */
  cwd?: string;
  /** For tests and other forges: used instead of the GitHub adapter. */
  forge?: Forge;
}

export const PR_EXIT = { ok: 0, foreignCommits: 1, error: 2 } as const;

const DEFAULT_PREFIX = 'dockerfix/';

/** A stop the user must act on, printed as one line. */
class Stop extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

export async function prCommand(opts: PrOptions, streams: Streams): Promise<number> {
  const token = streams.env.GITHUB_TOKEN || undefined;
  const out = (s: string): void => void streams.stdout.write(`${redact(s, [token])}\n`);
  try {
    await run(opts, streams, token, out);
    return PR_EXIT.ok;
  } catch (error) {
    const code = error instanceof Stop ? error.code : PR_EXIT.error;
    const known = error instanceof Stop || error instanceof ForgeError || error instanceof GitError || error instanceof ConfigError || error instanceof UsageError || error instanceof InputError;
    const message = known ? (error as Error).message : `internal error: ${(error as Error).message}`;
    streams.stderr.write(`dockerfix pr: ${redact(message, [token])}\n`);
    return code;
  }
}

async function run(opts: PrOptions, streams: Streams, token: string | undefined, out: (s: string) => void): Promise<void> {
  const remote = opts.remote ?? 'origin';
  const git = new Git({ cwd: opts.cwd ?? process.cwd(), token });
  await git.topLevel();
  await git.useTokenFor(remote);
  if (!token && !opts.dryRun && !opts.forge) throw new Stop('GITHUB_TOKEN is not set (the token needs contents: write and pull-requests: write)', PR_EXIT.error);

  const forge = opts.forge ?? (token ? await gitHubForge(git, remote, opts, streams.env, token) : null);
  const defaultBranch = forge ? await forge.defaultBranch() : await remoteDefaultBranch(git, remote);

  // The branch name comes from the default branch's own .dockerfix.json: read it before anything else is decided.
  const heads = await git.remoteHeads(remote, [defaultBranch]);
  const base = heads.get(defaultBranch);
  if (!base) throw new Stop(`the remote "${remote}" has no branch "${defaultBranch}"`, PR_EXIT.error);
  await git.fetch(remote, [defaultBranch]);
  const snapshot = await Snapshot.of(git, base);
  try {
    const config = readConfig(snapshot.dir, `.dockerfix.json (on ${defaultBranch} at ${base.slice(0, 7)})`) ?? {};
    const branch = `${config.branchPrefix ?? DEFAULT_PREFIX}rewrite`;
    // Never the default branch (nor a name git could not hold beside it).
    if (branch === defaultBranch || branch.startsWith(`${defaultBranch}/`)) {
      throw new Stop(`the bot's branch "${branch}" would be or sit under the default branch "${defaultBranch}": change "branchPrefix" in .dockerfix.json`, PR_EXIT.error);
    }
    await git.text(['check-ref-format', '--branch', branch]).catch(() => {
      throw new Stop(`"${branch}" is not a valid branch name: change "branchPrefix" in .dockerfix.json`, PR_EXIT.error);
    });

    const botHead = (await git.remoteHeads(remote, [branch])).get(branch) ?? null;
    if (botHead) {
      await git.fetch(remote, [branch]);
      await assertOnlyBotCommits(git, base, botHead, branch);
    }

    const files = await rewriteAll(snapshot.dir, config, opts, streams);
    const pr = forge ? await forge.findOpenPullRequest(branch) : null;
    if (forge && botHead && !pr) {
      // The branch is there and its pull request is not open: someone closed it. Closed without merging is a
      // maintainer's "no": not proposed again until they delete the branch. Merged: the branch is spent.
      const closed = await forge.lastClosedPullRequest(branch);
      if (closed && !closed.merged) {
        out(`pull request #${closed.number} from ${branch} was closed without merging: dockerfix does not open it again (delete the branch ${branch} to let it)`);
        return;
      }
    }
    const short = base.slice(0, 7);

    if (files.length === 0) {
      if (opts.dryRun) {
        out(`nothing to change on ${defaultBranch} (${short})`);
        if (pr) out(`would close pull request #${pr.number} with a comment`);
        if (botHead) out(`would delete the branch ${branch}`);
        return;
      }
      if (pr) {
        await forge!.comment(pr.number, `Nothing is left to change on \`${defaultBranch}\` (${base}): the Dockerfiles are already as dockerfix would write them. Closing this pull request and deleting its branch.`);
        await forge!.closePullRequest(pr.number);
        out(`closed pull request #${pr.number}: nothing left to change`);
      }
      if (botHead) {
        await git.run(['push', '--quiet', '--no-verify', `--force-with-lease=refs/heads/${branch}:${botHead}`, remote, `:refs/heads/${branch}`]);
        out(`deleted the branch ${branch}`);
      }
      out(`nothing to change on ${defaultBranch} (${short})`);
      return;
    }

    const measured = opts.measure ? await measure(snapshot.dir, files, streams) : undefined;
    const message = commitMessage(files);
    const content = { title: title(files), body: await prBody(files, { measured }) };
    const changes = files.reduce((n, f) => n + f.result.changes.length, 0);

    if (opts.dryRun) {
      out(`branch: ${branch} (from ${defaultBranch} at ${short})`);
      out(pr ? `pull request: would update #${pr.number}` : forge ? 'pull request: would open a new one' : 'pull request: not looked up (no GITHUB_TOKEN)');
      out(`\n--- commit message ---\n${message}--- pull request: ${content.title} ---\n${content.body}`);
      return;
    }

    for (const f of files) {
      await snapshot.put(f.file, f.result.output);
      for (const c of f.created) await snapshot.put(c.path, c.content);
    }
    const tree = await snapshot.writeTree();
    let commit: string;
    if (botHead && (await git.treeOf(botHead)) === tree && (await git.parentsOf(botHead)).join(' ') === base) {
      commit = botHead;
      out(`${branch} is up to date (${commit.slice(0, 7)})`);
    } else {
      commit = await commitTree(git, tree, base, message);
      // No local pre-push hook: it checks the user's work, not this commit. The lease: the push fails, and nothing changes anywhere, if the branch moved since it was checked.
      await git.run(['push', '--quiet', '--no-verify', `--force-with-lease=refs/heads/${branch}:${botHead ?? ''}`, remote, `${commit}:refs/heads/${branch}`]);
      out(`pushed ${branch} (${commit.slice(0, 7)}, on ${defaultBranch} at ${short}): ${changes} change${changes === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`);
    }

    const f = forge!;
    const labels = config.labels ?? [];
    if (pr) {
      const updated = pr.title === content.title && pr.body.replace(/\r\n/g, '\n').trim() === content.body.trim() ? pr : await f.updatePullRequest(pr.number, content);
      const missing = labels.filter((l) => !pr.labels.includes(l));
      if (missing.length) await f.addLabels(pr.number, missing);
      out(`${updated === pr ? 'pull request is current' : 'updated pull request'} #${pr.number}: ${pr.url}`);
    } else {
      const created = await f.createPullRequest(branch, defaultBranch, content);
      if (labels.length) await f.addLabels(created.number, labels);
      out(`opened pull request #${created.number}: ${created.url}`);
    }
  } finally {
    snapshot.dispose();
  }
}

/** The bot owns its branch only while the branch holds nothing but the one commit the bot made on the default branch. */
async function assertOnlyBotCommits(git: Git, base: string, botHead: string, branch: string): Promise<void> {
  const commits = await git.commitsBetween(base, botHead);
  const foreign = commits.filter((c) => c.authorEmail !== BOT.email || c.committerEmail !== BOT.email);
  if (foreign.length === 0 && commits.length <= 1) return;
  const example = foreign[0] ?? commits[0];
  throw new Stop(
    `${branch} has ${foreign.length ? `${foreign.length} commit${foreign.length === 1 ? '' : 's'} not made by dockerfix` : `${commits.length} commits`} ` +
      `(${example.sha.slice(0, 7)} by ${example.authorEmail}: "${example.subject}"); leaving it alone. ` +
      'Merge or close the pull request and delete the branch to let dockerfix start again.',
    PR_EXIT.foreignCommits,
  );
}

async function gitHubForge(git: Git, remote: string, opts: PrOptions, env: NodeJS.ProcessEnv, token: string): Promise<Forge> {
  const named = opts.repo ?? env.GITHUB_REPOSITORY;
  const repository = named ? parseRepository(`https://x/${named}`) : parseRepository(await git.remoteUrl(remote));
  if (!repository) {
    throw new Stop(named ? `"${named}" is not a repository name (owner/name)` : `cannot tell owner/name from the URL of the remote "${remote}": use --repo owner/name`, PR_EXIT.error);
  }
  const baseUrl = opts.apiUrl ?? (env.GITHUB_API_URL || 'https://api.github.com');
  if (!/^https?:\/\/[^\s]+$/.test(baseUrl)) throw new Stop(`"${baseUrl}" is not an API URL (http:// or https://)`, PR_EXIT.error);
  return new GitHubForge({ ...repository, token, baseUrl });
}

/** Without the API (a dry run without a token): the remote's HEAD. */
async function remoteDefaultBranch(git: Git, remote: string): Promise<string> {
  // A checkout without the remote: said as such, not as git's "does not appear to be a git repository".
  await git.remoteUrl(remote);
  const out = await git.text(['ls-remote', '--symref', remote, 'HEAD']);
  const m = /^ref: refs\/heads\/(\S+)\tHEAD/m.exec(out);
  if (!m) throw new Stop(`cannot tell the default branch of the remote "${remote}"`, PR_EXIT.error);
  return m[1];
}

/** Runs the rewrite over the snapshot of the default branch, with the repository's config and the flags (flags win). */
async function rewriteAll(root: string, config: DockerfixConfig, opts: PrOptions, streams: Streams): Promise<FileRewrite[]> {
  const passes = selectPasses(opts.only ?? config.passes, [...(opts.skip ?? []), ...(config.skip ?? [])]).map((p) => p.id);
  const options = { passes, unsafe: Boolean(opts.unsafe ?? config.unsafe), cacheStrategy: opts.cacheStrategy ?? config.cacheStrategy ?? 'clean' };
  const wanted = opts.paths?.length ? opts.paths : (config.paths ?? ['.']);
  for (const p of wanted) {
    if (path.isAbsolute(p) || p.split(/[\\/]/).includes('..')) throw new UsageError(`${p}: paths are relative to the repository root`);
  }
  const { files, errors } = await discover(wanted.map((p) => path.join(root, p)));
  const ignored = ignoreMatcher(config);
  const rel = (abs: string): string => path.relative(root, abs).split(path.sep).join('/');
  for (const e of errors) streams.stderr.write(`dockerfix pr: ${e.message.split(root + path.sep).join('')}\n`);
  const rewrites: FileRewrite[] = [];
  // As --write does, a file a Dockerfile creates (a .dockerignore) is there for the Dockerfiles after it: two in one
  // directory would otherwise both propose it, and the commit would hold one version while the body showed two.
  // Written into the snapshot's checkout while the files are rewritten, removed after.
  const placed: string[] = [];
  try {
    for (const abs of files) {
      const rewritten = rewriteOne(abs);
      if (!rewritten) continue;
      rewrites.push(rewritten);
      for (const c of rewritten.created) {
        const target = path.join(root, c.path);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, c.content);
        placed.push(target);
      }
    }
  } finally {
    for (const target of placed) fs.rmSync(target, { force: true });
  }
  return rewrites;

  function rewriteOne(abs: string): FileRewrite | null {
    const file = rel(abs);
    if (ignored(file) || fs.lstatSync(abs).isSymbolicLink()) return null;
    let text: string;
    try {
      text = readDockerfile(abs);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      streams.stderr.write(`dockerfix pr: skipped ${error.message.split(root + path.sep).join('')}\n`);
      return null;
    }
    const context = path.dirname(abs);
    const result = rewrite(text, { ...options, context, dockerfileName: path.basename(abs) });
    if (!result.changed) return null;
    const created = result.files.filter((c) => !fs.existsSync(path.join(context, c.path))).map((c) => ({ path: rel(path.join(context, c.path)), content: c.content }));
    return { file, result, created };
  }
}

/**
 * Size, layers and build time before and after, from the verifier (builds without cache), and the rebuild time after
 * a source change: both images are built again with cache after a new file appears in the build context (what a
 * commit does to `COPY . .`). Or why nothing was measured.
 */
async function measure(root: string, files: FileRewrite[], streams: Streams): Promise<Measured> {
  const { engineStatus } = await import('../verify/docker.js');
  const engine = await engineStatus();
  if (!engine.ok) return { notMeasured: `no container engine was available (${engine.reason})` };
  const { verifyRewrite, summaryLine } = await import('../verify/verify.js');
  const measurements: Measurement[] = [];
  const notes: string[] = [];
  for (const f of files) {
    streams.stderr.write(`dockerfix pr: measuring ${f.file} (builds without and with cache, before and after)\n`);
    const dir = path.join(root, path.dirname(f.file));
    try {
      const report = await verifyRewrite(dir, f.result, { noCache: true });
      const verdict = report.ok ? 'equivalent' : summaryLine(report).replace(/^verify [^:]+: /, '');
      if (!report.original || !report.rewritten) {
        notes.push(`${f.file}: ${verdict}`);
        continue;
      }
      const before = { ...report.original, rebuildSeconds: await rebuildSeconds(dir, f.result.input, [], path.basename(f.file)) };
      const after = { ...report.rewritten, rebuildSeconds: await rebuildSeconds(dir, f.result.output, f.result.files, path.basename(f.file)) };
      measurements.push({ file: f.file, before, after, verdict });
    } catch (error) {
      notes.push(`${f.file}: not measured (${(error as Error).message.split('\n')[0]})`);
    }
  }
  return { measurements, notes };
}

/** Seconds to rebuild, with cache, after a new file appeared in the build context; null when a build failed. */
async function rebuildSeconds(dir: string, text: string, created: { path: string; content: string }[], dockerfileName: string): Promise<number | null> {
  const { build, removeImage } = await import('../verify/docker.js');
  const { prepareContext } = await import('../verify/verify.js');
  const context = await prepareContext(dir, created);
  const tag = `dockerfix-pr/measure:${process.pid}-${Date.now()}`;
  const probe = path.join(context.dir, `.dockerfix-rebuild-probe-${process.pid}`);
  try {
    if (!(await build(context.dir, text, tag, { dockerfileName })).ok) return null;
    fs.writeFileSync(probe, `${Date.now()}\n`);
    const again = await build(context.dir, text, tag, { dockerfileName });
    return again.ok ? again.seconds : null;
  } finally {
    fs.rmSync(probe, { force: true });
    await removeImage(tag);
    await context.cleanup();
  }
}
