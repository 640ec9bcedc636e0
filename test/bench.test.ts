import { describe, expect, it } from 'vitest';
import { installSeconds, rerunTable, stepsRan, summary, type Measurement } from '../bench/bench.js';

const DOCKERFILE = `FROM node:18-bookworm
WORKDIR /app
COPY . .
RUN npm ci
RUN npm run build && \\
    chown -R node:node /app
CMD ["node", "dist/index.js"]
`;

const LOG = `#4 [1/5] FROM docker.io/library/node:18-bookworm
#4 DONE 0.0s
#5 [2/5] WORKDIR /app
#5 CACHED
#7 [3/5] COPY . .
#7 DONE 0.1s
#8 [4/5] RUN npm ci
#8 DONE 2.4s
#9 [5/5] RUN npm run build &&     chown -R node:node /app
#9 DONE 4.3s
`;

function measurement(app: string, variant: Measurement['variant'], rebuild: number[], ran: Measurement['rebuildRan']): Measurement {
  const sorted = [...rebuild].sort((a, b) => a - b);
  return {
    app, variant, changes: 0, bytes: 1, layers: 1, coldSeconds: [1], rebuildSeconds: rebuild, rebuildRan: ran,
    coldMedian: 1, rebuildMedian: sorted[Math.floor(sorted.length / 2)], proofOk: true,
  };
}

describe('bench: where the rebuild time goes', () => {
  it('ties each step a rebuild ran to its instruction, and tells installs from build steps', () => {
    expect(stepsRan(DOCKERFILE, LOG)).toEqual([
      { line: 3, step: 'COPY . .', seconds: 0.1, install: false },
      { line: 4, step: 'RUN npm ci', seconds: 2.4, install: true },
      { line: 5, step: 'RUN npm run build &&     chown -R node:node /app', seconds: 4.3, install: false },
    ]);
  });

  it('reports the median run: install seconds, the other steps, and the summary line', () => {
    const steps = stepsRan(DOCKERFILE, LOG);
    const original = measurement('app', 'original', [9, 6.8, 7.5], [
      steps.map((s) => ({ ...s, seconds: s.seconds * 1.3 })), steps, steps.map((s) => ({ ...s, seconds: s.seconds * 1.1 })),
    ]);
    const rewritten = measurement('app', 'default', [4.1, 3.9, 4.4], [[steps[0], steps[2]], [steps[0], steps[2]], [steps[0], steps[2]]]);
    // The median rebuild (7.5 s) is the third run: its install took 2.4 × 1.1 s.
    expect(installSeconds(original)).toBeCloseTo(2.64);
    expect(installSeconds(rewritten)).toBe(0);
    const table = rerunTable([original, rewritten]);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toContain('| app | default | 4.1 | 0.0 | `COPY . .` 0.1, `RUN npm run build &&     chown -R node:node /app` 4.3 |');
    expect(summary([original, rewritten], ['app'])).toContain(
      'spends re-installing dependencies, in the same apps: original median 2.6 s, default passes median 0.0 s (no install re-ran in 1 of 1 apps)');
  });

  it('leaves the install line out for results from before steps were recorded', () => {
    const old = [measurement('app', 'original', [7], undefined), measurement('app', 'default', [1], undefined)];
    expect(Number.isNaN(installSeconds(old[0]))).toBe(true);
    expect(rerunTable(old)).toBe('');
    expect(summary(old, ['app'])).not.toContain('re-installing');
  });

  it('compares the --unsafe rebuild with the default tier\'s, app by app, against the 1.5× target', () => {
    const results = [
      measurement('a', 'default', [0.4], undefined), measurement('a', 'unsafe', [0.5], undefined),
      measurement('b', 'default', [2], undefined), measurement('b', 'unsafe', [4], undefined),
      measurement('c', 'original', [9], undefined),
    ];
    expect(summary(results, [])).toContain('--unsafe against the default passes: a 1.25×, b 2.00× (target ≤ 1.5× on every app: not met by b)');
    expect(summary(results.slice(0, 2), [])).toContain('a 1.25× (target ≤ 1.5× on every app: met)');
  });
});
