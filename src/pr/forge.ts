/**
 * What the bot needs from a code forge, and nothing more: a GitLab adapter implements the same few calls.
 * Adapters throw ForgeError with a one-line message (the command prints it and exits 2).
 */

export interface PullRequest {
  number: number;
  url: string;
  title: string;
  body: string;
  labels: string[];
}

export interface PullRequestContent {
  title: string;
  body: string;
}

export interface Forge {
  /** The repository's default branch (the base of the bot's branch). */
  defaultBranch(): Promise<string>;
  /** The open pull request from `head` (a branch of this repository), or null. */
  findOpenPullRequest(head: string): Promise<PullRequest | null>;
  /** The most recently closed pull request from `head`, and whether it was merged; null when there is none. */
  lastClosedPullRequest(head: string): Promise<{ number: number; merged: boolean } | null>;
  createPullRequest(head: string, base: string, content: PullRequestContent): Promise<PullRequest>;
  updatePullRequest(number: number, content: PullRequestContent): Promise<PullRequest>;
  closePullRequest(number: number): Promise<void>;
  comment(number: number, body: string): Promise<void>;
  addLabels(number: number, labels: string[]): Promise<void>;
}

/** A forge API failure (refused token, missing permission, rate limit, unreachable host...), as one line. */
export class ForgeError extends Error {}
