/**
 * cargo: there is no dependency-only step that reads only the manifests: `cargo fetch` and `cargo build` load the
 * package's targets (src/main.rs, src/lib.rs) with Cargo.toml, so splitting needs stub sources, which changes what
 * the build runs. Commands are classified so the pass says why it leaves them alone.
 */
import type { Invocation } from '../../shell/query.js';
import { literalArgs, type Classification, type ManifestEcosystem } from '../common/manifests.js';

export const cargoManifests: ManifestEcosystem = {
  id: 'cargo',
  classify(inv: Invocation): Classification | null {
    if (inv.name !== 'cargo') return null;
    const args = literalArgs(inv);
    if (!args) return { kind: 'build' };
    const sub = args.find((a) => !a.startsWith('-')) ?? null;
    if (sub === 'install' && args.some((a) => a === '--path' || a.startsWith('--path='))) return { kind: 'build' };
    if (sub === 'install' && !args.includes('.') ) return { kind: 'neutral' };
    if (sub === 'fetch') return { kind: 'build', why: 'cargo fetch reads the crate targets (src/main.rs or src/lib.rs) as well as Cargo.toml: a dependency-only step needs stub sources' };
    return { kind: 'build' };
  },
};
