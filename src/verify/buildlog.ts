/**
 * Reading BuildKit's plain progress log (`docker build --progress=plain`): which steps ran, which came from the
 * build cache, how long each took, and which Dockerfile instruction each step is.
 *
 * A step is printed as `#N [stage k/n] TEXT`, where `stage` is present only in files with several stages (the
 * stage's name, or `stage-I`), k counts the stage's FROM, WORKDIR, COPY, ADD and RUN instructions from 1, and n is
 * their number. Its outcome follows later as `#N CACHED` or `#N DONE 1.2s` (or `#N ERROR ...`), possibly after
 * lines of output and interleaved with other steps.
 */
import type { DockerDocument, Instruction } from '../document.js';
import { classify } from '../ecosystems/manifests.js';
import { invocation } from '../shell/query.js';

export interface BuildStep {
  /** BuildKit's vertex number, e.g. `#8`. */
  id: string;
  /** The stage label BuildKit printed (`build`, `stage-1`), or null in a one-stage file. */
  stage: string | null;
  /** 1-based index of the step in its stage, and the stage's number of steps. */
  index: number;
  total: number;
  /** The instruction as BuildKit printed it (continuations joined, escapes processed). */
  text: string;
  cached: boolean;
  /** Seconds from the `DONE` line; null when the step never finished (an error, or cached without one). */
  seconds: number | null;
  error: boolean;
}

const HEAD = /^(#\d+) \[(?:(\S+) )?\s*(\d+)\/(\d+)\] (.*)$/;
const DONE = /^(#\d+) DONE (\d+(?:\.\d+)?)s$/;

/** The Dockerfile steps of a build log (internal steps such as `[internal] load build context` are left out). */
export function buildSteps(log: string): BuildStep[] {
  const steps = new Map<string, BuildStep>();
  const lines = log.split(/\r?\n/);
  for (const line of lines) {
    const head = HEAD.exec(line);
    if (head) {
      if (!steps.has(head[1])) {
        steps.set(head[1], {
          id: head[1], stage: head[2] ?? null, index: Number(head[3]), total: Number(head[4]), text: head[5],
          cached: false, seconds: null, error: false,
        });
      }
      continue;
    }
    const space = line.indexOf(' ');
    const step = space > 0 ? steps.get(line.slice(0, space)) : undefined;
    if (!step) continue;
    const rest = line.slice(space + 1);
    if (rest === 'CACHED') step.cached = true;
    else if (rest.startsWith('ERROR')) step.error = true;
    else {
      const done = DONE.exec(line);
      if (done) step.seconds = Number(done[2]);
    }
  }
  return [...steps.values()];
}

/** The steps that ran (were not taken from the build cache). */
export function ranSteps(log: string): BuildStep[] {
  return buildSteps(log).filter((s) => !s.cached);
}

const STEP_KEYWORDS = new Set(['WORKDIR', 'COPY', 'ADD', 'RUN']);

/**
 * The instruction a step is, found by its stage and index (BuildKit's printed text has lost continuations and
 * escapes, so the text is not matched); null when the file does not have that step (e.g. ONBUILD triggers of the
 * base image add steps).
 */
export function instructionOfStep(doc: DockerDocument, step: BuildStep): Instruction | null {
  const stage = doc.stages.length === 1 && step.stage === null
    ? doc.stages[0]
    : doc.stages.find((s, i) => (s.name ?? `stage-${i}`) === step.stage?.toLowerCase());
  if (!stage) return null;
  const ops = [stage.from, ...stage.instructions.filter((ins) => ins !== stage.from && STEP_KEYWORDS.has(ins.keyword))];
  if (ops.length !== step.total) return null;
  const ins = ops[step.index - 1];
  return ins && ins.keyword === step.text.split(' ', 1)[0].toUpperCase() ? ins : null;
}

/** True when a RUN installs dependencies from manifests (npm ci, pip install -r, go mod download...). */
export function installsDependencies(ins: Instruction): boolean {
  const script = ins.shell?.script;
  if (!script || script.hasError) return false;
  return script.commands.some((cmd) => {
    const inv = invocation(cmd);
    return inv !== null && classify(inv).kind === 'deps';
  });
}
