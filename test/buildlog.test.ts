import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { buildSteps, installsDependencies, instructionOfStep, ranSteps } from '../src/verify/buildlog.js';

/** A rebuild after a source edit of a one-stage file, as `docker build --progress=plain` printed it here. */
const ONE_STAGE_LOG = `#1 [internal] load build definition from Dockerfile
#1 sha256:b207ef51f341d82d544dbc9457b8c6c69b8ad9a8d52e9855c12b69977d8b5faf
#1 transferring dockerfile: 32B done
#1 DONE 0.0s

#4 [1/6] FROM docker.io/library/node:18-bookworm
#4 DONE 0.0s

#6 [internal] load build context
#6 transferring context: 761B done
#6 DONE 0.0s

#5 [2/6] WORKDIR /usr/src/app
#5 CACHED

#7 [3/6] COPY . .
#7 DONE 0.0s

#8 [4/6] RUN npm ci
#8 2.276
#8 2.276 added 3 packages in 1s
#8 DONE 2.4s

#9 [5/6] RUN npm run build
#9 1.579 > tsc -p tsconfig.json
#9 DONE 4.3s

#10 [6/6] RUN chown -R node:node /usr/src/app
#10 DONE 0.8s

#11 exporting to image
#11 exporting layers 0.2s done
#11 DONE 0.2s
`;

/** The Dockerfile that log is of: the ts-build sample app's. */
const ONE_STAGE = readFileSync(fileURLToPath(new URL('../fixtures/apps/ts-build/Dockerfile', import.meta.url)), 'utf8');

/** A two-stage build: steps are prefixed by the stage's name or `stage-I`, and interleave. */
const TWO_STAGE_LOG = `#6 [build 1/5] FROM docker.io/library/node:18-bookworm
#6 DONE 0.0s

#5 [stage-1 1/4] FROM docker.io/library/node:18-bookworm-slim
#5 DONE 0.0s

#7 [build 2/5] WORKDIR /usr/src/app
#7 CACHED

#9 [build 3/5] COPY package.json package-lock.json ./
#9 CACHED

#10 [build 4/5] RUN npm ci && npm cache clean --force
#10 CACHED

#11 [build 5/5] COPY . .
#11 DONE 0.0s

#5 [stage-1 1/4] FROM docker.io/library/node:18-bookworm-slim
#5 CACHED

#13 [stage-1 2/4] COPY --from=build /usr/src/app /usr/src/app
#13 DONE 0.1s

#14 [stage-1 3/4] RUN chown node /usr/src/app
#14 ERROR: process "/bin/sh -c chown node /usr/src/app" did not complete successfully: exit code: 1

#15 [stage-1 4/4] WORKDIR /usr/src/app
`;

const TWO_STAGE = `FROM node:18-bookworm AS Build
WORKDIR /usr/src/app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci && \\
    npm cache clean --force
COPY . .

FROM node:18-bookworm-slim
COPY --from=build /usr/src/app /usr/src/app
RUN chown node /usr/src/app
WORKDIR /usr/src/app
CMD ["node", "index.js"]
`;

describe('build log reader', () => {
  it('reads each Dockerfile step once, with its stage, index, outcome and time', () => {
    const steps = buildSteps(ONE_STAGE_LOG);
    expect(steps.map((s) => [s.id, s.index, s.total, s.text, s.cached, s.seconds])).toEqual([
      ['#4', 1, 6, 'FROM docker.io/library/node:18-bookworm', false, 0],
      ['#5', 2, 6, 'WORKDIR /usr/src/app', true, null],
      ['#7', 3, 6, 'COPY . .', false, 0],
      ['#8', 4, 6, 'RUN npm ci', false, 2.4],
      ['#9', 5, 6, 'RUN npm run build', false, 4.3],
      ['#10', 6, 6, 'RUN chown -R node:node /usr/src/app', false, 0.8],
    ]);
    expect(steps.every((s) => s.stage === null && !s.error)).toBe(true);
  });

  it('counts a step printed twice (a FROM reached again) once, cached if either print says so', () => {
    const steps = buildSteps(TWO_STAGE_LOG);
    expect(steps.filter((s) => s.id === '#5')).toHaveLength(1);
    expect(steps.find((s) => s.id === '#5')).toMatchObject({ stage: 'stage-1', cached: true });
    expect(steps.find((s) => s.id === '#14')).toMatchObject({ error: true, seconds: null });
    expect(ranSteps(TWO_STAGE_LOG).map((s) => s.id)).toEqual(['#6', '#11', '#13', '#14', '#15']);
  });

  it('finds the instruction of each step by stage and index', () => {
    const doc = parseDocument(ONE_STAGE);
    const lines = buildSteps(ONE_STAGE_LOG).map((s) => instructionOfStep(doc, s)?.line ?? null);
    expect(lines).toEqual([1, 3, 5, 7, 8, 10]);

    const two = parseDocument(TWO_STAGE);
    const byId = new Map(buildSteps(TWO_STAGE_LOG).map((s) => [s.id, instructionOfStep(two, s)?.line ?? null]));
    // The stage named `Build` is printed lower-cased; the unnamed second stage is `stage-1`.
    expect(Object.fromEntries(byId)).toEqual({ '#6': 1, '#5': 9, '#7': 2, '#9': 4, '#10': 5, '#11': 7, '#13': 10, '#14': 11, '#15': 12 });
  });

  it('reads the padded index of stages with ten steps or more', () => {
    const steps = buildSteps('#4 [ 1/10] FROM docker.io/library/debian:bookworm\n#9 [builder  9/12] RUN make\n#9 DONE 12.5s\n');
    expect(steps.map((s) => [s.stage, s.index, s.total, s.text, s.seconds])).toEqual([
      [null, 1, 10, 'FROM docker.io/library/debian:bookworm', null],
      ['builder', 9, 12, 'RUN make', 12.5],
    ]);
  });

  it('finds no instruction when the file does not have the printed steps', () => {
    // A base image's ONBUILD triggers add steps: the count no longer matches, and no guess is made.
    const doc = parseDocument('FROM node:18\nCOPY . .\n');
    const [step] = buildSteps('#3 [2/3] COPY . .\n#3 DONE 0.1s\n');
    expect(instructionOfStep(doc, step)).toBeNull();
    const [other] = buildSteps('#3 [build 2/2] COPY . .\n');
    expect(instructionOfStep(doc, other)).toBeNull();
  });

  it('tells a dependency install from a build step', () => {
    const doc = parseDocument(ONE_STAGE);
    const run = (line: number) => doc.instructions.find((i) => i.line === line)!;
    expect(installsDependencies(run(7))).toBe(true); // npm ci
    expect(installsDependencies(run(8))).toBe(false); // npm run build
    expect(installsDependencies(run(10))).toBe(false); // chown
    const two = parseDocument(TWO_STAGE);
    expect(installsDependencies(two.instructions.find((i) => i.line === 5)!)).toBe(true);
    const pip = parseDocument('FROM python:3.11\nCOPY . .\nRUN python -m venv /venv && /venv/bin/pip install -r requirements.txt\n');
    expect(installsDependencies(pip.instructions[2])).toBe(true);
  });
});
