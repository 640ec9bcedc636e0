/** The pass registry, in the order passes run. Adding a pass: one module here, one fixture folder, one line below. */
import type { Pass } from '../src/pass.js';
import { mergeRuns } from './merge-runs.js';
import { cacheCleanup } from './cache-cleanup.js';
import { depsFirst } from './deps-first.js';
import { copyChown } from './copy-chown.js';
import { multiStage } from './multi-stage.js';

export const PASSES: Pass[] = [mergeRuns, cacheCleanup, depsFirst, copyChown, multiStage];
