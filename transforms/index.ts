/** The pass registry, in the order passes run. Adding a pass: one module here, one fixture folder, one line below. */
import type { Pass } from '../src/pass.js';
import { mergeRuns } from './merge-runs.js';

export const PASSES: Pass[] = [mergeRuns];
