/** The GitHub adapter of Forge, over the REST API with Octokit (GitHub.com or GitHub Enterprise through `baseUrl`). */
import { Octokit } from '@octokit/rest';
import { redact } from './git.js';
import { ForgeError, type Forge, type PullRequest, type PullRequestContent } from './forge.js';

export interface GitHubOptions {
  owner: string;
  repo: string;
  token: string;
  /** API root, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  baseUrl: string;
  /** Per-request time limit (ms). */
  timeoutMs?: number;
}

/** owner/name from a remote URL (https, ssh, scp-like `git@host:owner/name.git`); null when it is not one. */
export function parseRepository(url: string): { owner: string; repo: string } | null {
  const m = /^(?:[a-z+]+:\/\/(?:[^@/]*@)?[^/]+(?::\d+)?\/|[^@/:]+@[^:]+:)(?:.*\/)?([^/]+)\/([^/]+?)(?:\.git)?\/?$/i.exec(url.trim());
  return m ? { owner: m[1], repo: m[2] } : null;
}

interface ApiPull {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  labels?: ({ name?: string } | string)[];
}

const toPull = (p: ApiPull): PullRequest => ({
  number: p.number,
  url: p.html_url,
  title: p.title,
  body: p.body ?? '',
  labels: (p.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
});

export class GitHubForge implements Forge {
  private readonly octokit: Octokit;
  private readonly owner: string;
  private readonly repo: string;
  private readonly token: string;
  private readonly baseUrl: string;

  constructor(options: GitHubOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.token = options.token;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.octokit = new Octokit({
      auth: options.token,
      baseUrl: this.baseUrl,
      userAgent: 'dockerfix-pr',
      // A host that never answers must not hang a CI job: each request gets its own time limit.
      request: { fetch: (url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) }) },
      // Octokit logs deprecations and failed requests itself; the command prints its own one line.
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    });
  }

  private get where(): { owner: string; repo: string } {
    return { owner: this.owner, repo: this.repo };
  }

  async defaultBranch(): Promise<string> {
    const { data } = await this.call('read the repository', () => this.octokit.rest.repos.get(this.where));
    return data.default_branch;
  }

  async findOpenPullRequest(head: string): Promise<PullRequest | null> {
    const { data } = await this.call('list pull requests', () =>
      this.octokit.rest.pulls.list({ ...this.where, state: 'open', head: `${this.owner}:${head}`, per_page: 10 }),
    );
    return data.length ? toPull(data[0] as ApiPull) : null;
  }

  async lastClosedPullRequest(head: string): Promise<{ number: number; merged: boolean } | null> {
    const { data } = await this.call('list pull requests', () =>
      this.octokit.rest.pulls.list({ ...this.where, state: 'closed', head: `${this.owner}:${head}`, sort: 'updated', direction: 'desc', per_page: 1 }),
    );
    return data.length ? { number: data[0].number, merged: Boolean(data[0].merged_at) } : null;
  }

  async createPullRequest(head: string, base: string, content: PullRequestContent): Promise<PullRequest> {
    const { data } = await this.call('create the pull request', () => this.octokit.rest.pulls.create({ ...this.where, head, base, ...content }));
    return toPull(data as ApiPull);
  }

  async updatePullRequest(number: number, content: PullRequestContent): Promise<PullRequest> {
    const { data } = await this.call(`update pull request #${number}`, () => this.octokit.rest.pulls.update({ ...this.where, pull_number: number, ...content }));
    return toPull(data as ApiPull);
  }

  async closePullRequest(number: number): Promise<void> {
    await this.call(`close pull request #${number}`, () => this.octokit.rest.pulls.update({ ...this.where, pull_number: number, state: 'closed' }));
  }

  async comment(number: number, body: string): Promise<void> {
    await this.call(`comment on pull request #${number}`, () => this.octokit.rest.issues.createComment({ ...this.where, issue_number: number, body }));
  }

  async addLabels(number: number, labels: string[]): Promise<void> {
    if (labels.length === 0) return;
    await this.call(`label pull request #${number}`, () => this.octokit.rest.issues.addLabels({ ...this.where, issue_number: number, labels }));
  }

  /** Runs one API call; any failure becomes a ForgeError of one line, without the token. */
  private async call<T>(what: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw new ForgeError(redact(`GitHub API: cannot ${what}: ${this.explain(error)}`, [this.token]));
    }
  }

  private explain(error: unknown): string {
    const e = error as { status?: number; response?: { headers?: Record<string, string | undefined>; data?: unknown }; message?: string; cause?: { cause?: { code?: string }; code?: string } };
    if (!e.response) {
      const code = e.cause?.cause?.code ?? e.cause?.code;
      return `${this.baseUrl} did not answer (${code ?? firstLine(e.message ?? 'network error')}): check the network and --api-url / GITHUB_API_URL`;
    }
    const headers = e.response.headers ?? {};
    const apiMessage = firstLine(messageOf(e.response.data) ?? e.message ?? '');
    const repo = `${this.owner}/${this.repo}`;
    switch (e.status) {
      case 401:
        return 'the token was refused (401 Bad credentials): check GITHUB_TOKEN';
      case 403:
      case 429: {
        if (headers['x-ratelimit-remaining'] === '0' || e.status === 429 || /rate limit/i.test(apiMessage)) {
          const reset = Number(headers['x-ratelimit-reset']);
          const retry = Number(headers['retry-after']);
          const when =
            Number.isFinite(retry) && retry > 0
              ? `; retry after ${retry} s`
              : Number.isFinite(reset) && reset > 0
                ? `; it resets at ${new Date(reset * 1000).toISOString().replace('.000Z', 'Z')}`
                : '';
          return `rate limit exceeded (${e.status})${when}`;
        }
        return `permission denied (403: ${apiMessage || 'forbidden'}): the token needs contents: write and pull-requests: write on ${repo}`;
      }
      case 404:
        return `${repo} not found (404): check the repository name, or the token cannot see it`;
      case 422:
        return `the API rejected the request (422: ${apiMessage || 'validation failed'})`;
      default:
        return `HTTP ${e.status}${apiMessage ? `: ${apiMessage}` : ''}`;
    }
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0].trim();
}

/** GitHub's error body: `message`, plus per-field `errors[].message` on 422. */
function messageOf(data: unknown): string | undefined {
  if (!data || typeof data !== 'object') return typeof data === 'string' && data ? data : undefined;
  const d = data as { message?: string; errors?: ({ message?: string; code?: string; field?: string } | string)[] };
  const details = (d.errors ?? []).map((x) => (typeof x === 'string' ? x : (x.message ?? [x.field, x.code].filter(Boolean).join(' ')))).filter(Boolean);
  return [d.message, ...details].filter(Boolean).join(': ') || undefined;
}
