/** The contract between the engine and a transform pass (one module per pass in transforms/). */
import type { BuildContext } from './context.js';
import type { DockerDocument, Instruction } from './document.js';
import type { IgnoreRule } from './ignore.js';
import type { CacheStrategy, ProposedChange } from './types.js';

export interface PassContext {
  doc: DockerDocument;
  /** The build context, or null when none was given or it cannot be read. */
  context: BuildContext | null;
  cacheStrategy: CacheStrategy;
  /**
   * True when unsafe-tier changes are applied in this run. A pass proposes the same changes either way (the engine
   * leaves the unsafe ones out); it reads this only where a safe change is worth something only beside an unsafe one
   * (copy-chown's chown beside a recursive chmod of the same files), to skip it with a reason instead.
   */
  unsafe?: boolean;
  /** Name of the Dockerfile, for messages and context-relative decisions. */
  dockerfileName: string;
  /**
   * The `# dockerfix-ignore` comment that keeps `pass` away from `ins`, or null. The engine drops any change that
   * edits such an instruction anyway; a pass that groups instructions (merge-runs) asks first, so the rest of the
   * group still changes.
   */
  ignored?(ins: Instruction, pass: string): IgnoreRule | null;
  /** The `# dockerfix-ignore` comments (not `-file` ones) above `ins`, whatever passes they name. */
  ignoreRules?(ins: Instruction): IgnoreRule[];
  /**
   * True when the text at `offset` was written by an earlier round of this run (an instruction a change moved
   * there): the engine tells line numbers in the input's numbering, where such text has no line of its own, so a
   * message names it by its text instead.
   */
  written?(offset: number): boolean;
}

export interface PassSkip {
  /** 1-based line of the instruction concerned. */
  line: number;
  reason: string;
  /**
   * Document offset of the command concerned, when the skip is about one command. A later round's skip whose
   * command an earlier round wrote (a chown the pass itself moved into a RUN) is about the tool's own output, not the
   * input, and is not reported.
   */
  offset?: number;
}

export interface PassResult {
  changes: ProposedChange[];
  skipped: PassSkip[];
}

export interface Pass {
  id: string;
  /** One line for `--help` and the README. */
  description: string;
  /** Run unless the user names passes explicitly. */
  defaultEnabled: boolean;
  /**
   * When two passes' changes overlap in a round, the lower priority number wins and the other pass proposes again
   * on the next round's text (default 50). Passes that move or remove instructions go before merge-runs, which
   * would otherwise fold their targets into a merged RUN first.
   */
  priority?: number;
  /**
   * Every change the pass proposes is unsafe. Without --unsafe none of them is applied, so nothing it proposes can
   * change a later round's text: the engine runs it once, on the text of the last round (its changes and skips are
   * told from there, as they would be had it run every round).
   */
  unsafeOnly?: boolean;
  run(ctx: PassContext): PassResult;
}

/**
 * How a message names an instruction: its line, or, when an earlier round of this run wrote it (a RUN moved up
 * there), its first line of text, since it has no line of its own in the input and the line it would be told as is
 * another instruction's.
 */
export function instructionName(ctx: PassContext, ins: Instruction): string {
  if (!ctx.written?.(ins.start)) return `line ${ins.line}`;
  const first = ctx.doc.text.slice(ins.start, ins.end).split(/\r?\n/)[0].replace(/[ \t]*[\\`]?$/, '');
  return `\`${first.length > 60 ? `${first.slice(0, 57)}...` : first}\` (written there by an earlier change)`;
}
