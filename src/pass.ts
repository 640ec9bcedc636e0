/** The contract between the engine and a transform pass (one module per pass in transforms/). */
import type { BuildContext } from './context.js';
import type { DockerDocument } from './document.js';
import type { CacheStrategy, ProposedChange } from './types.js';

export interface PassContext {
  doc: DockerDocument;
  /** The build context, or null when none was given or it cannot be read. */
  context: BuildContext | null;
  cacheStrategy: CacheStrategy;
  /** Name of the Dockerfile, for messages and context-relative decisions. */
  dockerfileName: string;
}

export interface PassSkip {
  /** 1-based line of the instruction concerned. */
  line: number;
  reason: string;
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
  run(ctx: PassContext): PassResult;
}
