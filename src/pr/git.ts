/**
 * Git for the bot, through the git binary with argument arrays (never a shell string). The bot's commit is built with
 * plumbing on a temporary index (read-tree, hash-object, update-index, write-tree, commit-tree) and pushed by id, so
 * the user's branch, index and working tree are never touched and a failed push leaves the repository as it was.
 *
 * The token reaches git only through the environment of the git process (an http.extraHeader given as
 * GIT_CONFIG_COUNT/KEY/VALUE): never in a URL, `.git/config`, an argument list or a message.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A git failure: the message is one line, with any secret removed. */
export class GitError extends Error {}

export interface BotIdentity {
  name: string;
  email: string;
}

export const BOT: BotIdentity = { name: 'dockerfix', email: 'dockerfix-bot@users.noreply.github.com' };

export interface GitOptions {
  /** The repository (any directory inside its working tree). */
  cwd: string;
  /** Sent as HTTP basic auth to an http(s) remote; never written anywhere. */
  token?: string;
}

/** Replaces every occurrence of the secrets (and their base64 forms in an auth header) with `***`. */
export function redact(text: string, secrets: (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of [secret, basicAuth(secret), encodeURIComponent(secret)]) out = out.split(form).join('***');
  }
  // Credentials someone left in a remote URL are not ours to print either.
  return out.replace(/(https?:\/\/)[^/@\s]+@/g, '$1***@');
}

function basicAuth(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString('base64');
}

export class Git {
  readonly cwd: string;
  private readonly token?: string;
  /** Environment entries every git call gets (the temporary index, the auth header). */
  private extraEnv: Record<string, string> = {};

  constructor(options: GitOptions) {
    this.cwd = options.cwd;
    this.token = options.token;
  }

  /** Runs git; resolves stdout. Failures become a GitError naming the git subcommand and git's own last line. */
  run(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; allowFail?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
    const env = {
      ...process.env,
      GIT_TERMINAL_PROMPT: '0',
      GIT_ASKPASS: '',
      LC_ALL: 'C',
      ...this.extraEnv,
      ...options.env,
    };
    return new Promise((resolve, reject) => {
      const child = execFile('git', args, { cwd: this.cwd, env, maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) => {
        const result = { code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: stdout.toString('utf8'), stderr: stderr.toString('utf8') };
        if (error && !options.allowFail) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return reject(new GitError('git is not installed (no "git" on PATH)'));
          // git push ends with a generic "failed to push some refs"; the remote's refusal says why. Other commands
          // say it in their first fatal/error line, and may add hints after it ("Please make sure ... and the
          // repository exists."), whose last line alone reads as nonsense.
          const lines = result.stderr.trim().split('\n').filter(Boolean);
          const last = lines.find((l) => /^\s*! \[/.test(l))?.trim() ?? lines.find((l) => /^(fatal|error): /.test(l)) ?? lines.pop() ?? `exit code ${result.code}`;
          return reject(new GitError(this.redact(`git ${args[0]} failed: ${last.replace(/^(fatal|error): /, '')}`)));
        }
        resolve(result);
      });
      if (options.input !== undefined) child.stdin?.end(options.input);
    });
  }

  redact(text: string): string {
    return redact(text, [this.token]);
  }

  async text(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Promise<string> {
    return (await this.run(args, options)).stdout.trim();
  }

  /** The top of the working tree; a GitError when cwd is not in a git checkout. */
  async topLevel(): Promise<string> {
    const r = await this.run(['rev-parse', '--show-toplevel'], { allowFail: true });
    if (r.code !== 0) throw new GitError(`${this.cwd} is not inside a git repository`);
    return r.stdout.trim();
  }

  async remoteUrl(remote: string): Promise<string> {
    const r = await this.run(['remote', 'get-url', remote], { allowFail: true });
    if (r.code !== 0) throw new GitError(`the repository has no remote "${remote}" (pr rewrites the default branch as the remote has it and pushes there: add the remote, or name another with --remote)`);
    return r.stdout.trim();
  }

  /**
   * Makes the token the only auth header git sends to the remote's host. Given through the environment, it is the
   * last config read; for the same URL key an empty value first clears what `.git/config` may hold (actions/checkout
   * persists its own header there, and two Authorization headers make GitHub refuse the request).
   */
  async useTokenFor(remote: string): Promise<void> {
    if (!this.token) return;
    const url = await this.remoteUrl(remote);
    const m = /^(https?:\/\/)(?:[^/@]*@)?([^/]+)\//.exec(url);
    if (!m) return;
    const key = `http.${m[1]}${m[2]}/.extraheader`;
    this.extraEnv = {
      ...this.extraEnv,
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: key,
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: key,
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basicAuth(this.token)}`,
    };
  }

  /** Branch heads on the remote: name -> commit id, for the names asked (missing ones are absent). */
  async remoteHeads(remote: string, branches: string[]): Promise<Map<string, string>> {
    const out = await this.text(['ls-remote', '--heads', remote, ...branches.map((b) => `refs/heads/${b}`)]);
    const heads = new Map<string, string>();
    for (const line of out.split('\n').filter(Boolean)) {
      const [sha, ref] = line.split('\t');
      heads.set(ref.replace(/^refs\/heads\//, ''), sha);
    }
    return heads;
  }

  /** Brings the commits of these remote branches into the object store (no local branch is created or moved). */
  async fetch(remote: string, branches: string[]): Promise<void> {
    if (branches.length === 0) return;
    // --refmap= : not even the remote-tracking branches move; the objects are all the bot needs.
    await this.run(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--refmap=', remote, ...branches.map((b) => `refs/heads/${b}`)]);
  }

  /** Commits reachable from `head` and not from `base`, newest first, with author and committer emails. */
  async commitsBetween(base: string, head: string): Promise<{ sha: string; authorEmail: string; committerEmail: string; parents: string[]; subject: string }[]> {
    const out = await this.text(['log', '--format=%H%x00%ae%x00%ce%x00%P%x00%s', `${base}..${head}`]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [sha, authorEmail, committerEmail, parents, subject] = line.split('\0');
        return { sha, authorEmail, committerEmail, parents: parents.split(' ').filter(Boolean), subject };
      });
  }

  async treeOf(commit: string): Promise<string> {
    return this.text(['rev-parse', `${commit}^{tree}`]);
  }

  async parentsOf(commit: string): Promise<string[]> {
    return (await this.text(['rev-list', '--parents', '-n', '1', commit])).split(' ').slice(1);
  }
}

/**
 * A temporary index holding a commit's tree, and that tree checked out in a temporary directory: the rewrite reads
 * the files there, and the new tree is built from the index. Nothing of the user's checkout is read or written.
 */
export class Snapshot {
  readonly dir: string;
  private readonly index: string;
  private readonly tmp: string;

  private constructor(
    private readonly git: Git,
    tmp: string,
  ) {
    this.tmp = tmp;
    this.dir = path.join(tmp, 'tree');
    this.index = path.join(tmp, 'index');
  }

  static async of(git: Git, commit: string): Promise<Snapshot> {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-pr-'));
    const snap = new Snapshot(git, tmp);
    try {
      fs.mkdirSync(snap.dir);
      await git.run(['read-tree', commit], { env: snap.env() });
      await git.run(['checkout-index', '--all', `--prefix=${snap.dir}${path.sep}`], { env: snap.env() });
    } catch (error) {
      snap.dispose();
      throw error;
    }
    return snap;
  }

  private env(): Record<string, string> {
    return { GIT_INDEX_FILE: this.index };
  }

  /** Mode of a path in the index (100644, 100755...). */
  async mode(rel: string): Promise<string> {
    const out = await this.git.text(['ls-files', '--stage', '--', rel], { env: this.env() });
    return out.split(' ')[0] || '100644';
  }

  /** Writes content as the blob of `rel` (through the repository's clean filters) and stages it. */
  async put(rel: string, content: string): Promise<void> {
    const posix = rel.split(path.sep).join('/');
    const mode = await this.mode(posix);
    const blob = await this.git.text(['hash-object', '-w', '--stdin', `--path=${posix}`], { input: content });
    await this.git.run(['update-index', '--add', '--cacheinfo', `${mode},${blob},${posix}`], { env: this.env() });
  }

  async writeTree(): Promise<string> {
    return this.git.text(['write-tree'], { env: this.env() });
  }

  dispose(): void {
    fs.rmSync(this.tmp, { recursive: true, force: true });
  }
}

/** A commit of `tree` on `parent` by the bot (author and committer), message from stdin. */
export async function commitTree(git: Git, tree: string, parent: string, message: string, bot: BotIdentity = BOT): Promise<string> {
  const env = {
    GIT_AUTHOR_NAME: bot.name,
    GIT_AUTHOR_EMAIL: bot.email,
    GIT_COMMITTER_NAME: bot.name,
    GIT_COMMITTER_EMAIL: bot.email,
  };
  return git.text(['commit-tree', tree, '-p', parent, '-F', '-'], { input: message, env });
}
