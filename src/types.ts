/** A text edit over the document text it was proposed against (offsets are UTF-16 string indexes). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export type Safety = 'safe' | 'unsafe';

/** A new file a change creates beside the Dockerfile (e.g. a proposed .dockerignore), relative to the build context. */
export interface FileCreation {
  path: string;
  content: string;
}

/** What a pass proposes. The engine gives it an id and applies it. */
export interface ProposedChange {
  message: string;
  reason: string;
  safety: Safety;
  edits: Edit[];
  /** Files to create in the build context; applied only when they do not exist yet. */
  files?: FileCreation[];
  /**
   * Paths (globs, absolute in the image) this change deliberately leaves out of the image: package caches and lists,
   * downloaded installers, build-only files. The verifier allows exactly these to disappear; anything else must stay.
   */
  removes?: string[];
  /**
   * Multi-stage only: absolute paths in the image that the runtime stage copies from the build stage (the app, its
   * dependencies, built artefacts). Everything the original image had under them must be in the rewritten image,
   * unchanged; the rest of the original may leave (build-only files, the build base image's toolchain). The
   * verifier switches to its subset comparison when an applied change sets this.
   */
  keeps?: string[];
  /** A short label for statistics, e.g. the package manager or ecosystem ("apt", "npm"). */
  tag?: string;
  /**
   * Offset of what the change is about (the start of the instruction it changes), when its first edit lies further
   * down (a merge edits the end of its first RUN, a cleanup the end of the install's RUN): `line` is told from it.
   */
  at?: number;
  /**
   * Text the change restructures beyond its edits, as [start, end) offsets (the whole RUN a change splits in two):
   * another pass's change that touches it waits for the next round and is proposed again on the result, since it was
   * computed on the RUN as it was (a cleanup appended to the end would land in the wrong part). Not in results.
   */
  covers?: [number, number];
}

export interface Change extends ProposedChange {
  /** Stable id: the same input proposes the same id, so a review UI or bot can select changes by id. */
  id: string;
  pass: string;
  /**
   * 1-based line of the first edit (or of `at`), numbered as in the input (also every "line N" in message and reason): a change
   * applied in a later round, to text an earlier change wrote, names the input line where that text stands. The
   * `edits` themselves are offsets into the text of the round that applied them.
   */
  line: number;
}

export interface Skip {
  pass: string;
  /** 1-based line of the instruction concerned, numbered as in the input (as Change.line). */
  line: number;
  reason: string;
  /** Set when the skipped thing is a proposed change not applied (unsafe tier, filtered out, or rejected by the engine). */
  changeId?: string;
  message?: string;
}

export type CacheStrategy = 'clean' | 'mount';

export interface RewriteOptions {
  /** Build context directory (defaults to none: passes that need files use only forms that cannot fail, or skip). */
  context?: string | null;
  /** Pass ids to run, in registry order. Default: every default-enabled pass. */
  passes?: string[];
  /** Apply unsafe-tier changes. */
  unsafe?: boolean;
  /** When set, only changes whose id is in this list are applied (the review UI and the bot use it). */
  changeIds?: string[];
  cacheStrategy?: CacheStrategy;
  /** Name of the Dockerfile inside the context (for .dockerignore proposals and messages). */
  dockerfileName?: string;
}

export interface RewriteResult {
  input: string;
  output: string;
  changed: boolean;
  /** Changes applied, in order of application. */
  changes: Change[];
  skipped: Skip[];
  /** Files the applied changes create in the build context (relative paths). */
  files: FileCreation[];
  /**
   * One entry per change: its edits as offsets into the input, or null when the change rewrites text an earlier
   * change wrote (it only applies on top of that one). SARIF fixes are built from these.
   */
  inputEdits?: (Edit[] | null)[];
  /** How many rounds of the fix loop applied changes (0 when nothing changed). */
  rounds?: number;
}
