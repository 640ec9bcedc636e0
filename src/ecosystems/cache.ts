/**
 * The package-manager cache modules, one per manager (src/ecosystems/<manager>/cache.ts), in the order their
 * changes are proposed for one RUN. Each knows its commands, its cache paths and its cleanup.
 */
import type { CacheManager } from './common/cache.js';
import { apk } from './apk/cache.js';
import { apt } from './apt/cache.js';
import { bundler } from './bundler/cache.js';
import { composer } from './composer/cache.js';
import { conda } from './conda/cache.js';
import { dnf } from './dnf/cache.js';
import { download } from './download/cache.js';
import { gem } from './gem/cache.js';
import { go } from './go/cache.js';
import { microdnf } from './microdnf/cache.js';
import { npm } from './npm/cache.js';
import { pip } from './pip/cache.js';
import { pnpm } from './pnpm/cache.js';
import { poetry } from './poetry/cache.js';
import { yarn } from './yarn/cache.js';
import { yum } from './yum/cache.js';
import { zypper } from './zypper/cache.js';

export type { CacheManager, ManagerPlan, RunView } from './common/cache.js';

export const CACHE_MANAGERS: CacheManager[] = [
  apt, apk, yum, dnf, microdnf, zypper, pip, poetry, npm, yarn, pnpm, gem, bundler, composer, conda, go, download,
];
