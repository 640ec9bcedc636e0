/**
 * conda (and mamba, micromamba): downloaded package tarballs and extracted packages stay in the pkgs directory
 * (/opt/conda/pkgs...). `conda clean -afy` removes them; the environments keep their own (hard-linked) files.
 */
import { appendingManager } from '../common/cache.js';

const FILLS = new Set(['install', 'create', 'update', 'upgrade', 'env']);
const FLAGS_WITH_VALUE = new Set(['-n', '--name', '-p', '--prefix', '-c', '--channel', '-f', '--file', '--root-prefix', '-r']);
const PROGRAMS = new Set(['conda', 'mamba', 'micromamba']);

const PKGS = ['/opt/conda/pkgs', '~/.conda/pkgs'];

export const conda = appendingManager({
  id: 'conda',
  program: (name) => PROGRAMS.has(name),
  flagsWithValue: FLAGS_WITH_VALUE,
  fills: (sub, inv) => sub !== null && FILLS.has(sub) && (sub !== 'env' || inv.args.some((a) => a.value === 'create' || a.value === 'update')),
  isCleanup: (sub, inv) => sub === 'clean' && inv.args.some((a) => a.value === '--all' || /^-[a-z]*a[a-z]*$/.test(a.value ?? '')),
  cacheDirs: (run) => [...PKGS, ...(run.env.get('CONDA_DIR') ? [`${run.env.get('CONDA_DIR')}/pkgs`] : []), ...(run.env.get('MAMBA_ROOT_PREFIX') ? [`${run.env.get('MAMBA_ROOT_PREFIX')}/pkgs`] : [])],
  cleanup: (prog, sudo, _run, invs) => (invs[invs.length - 1].name === 'micromamba' ? `${sudo}${prog} clean --all --yes` : `${sudo}${prog} clean -afy`),
  removes: (run) => [
    '/opt/conda/pkgs/**', '**/conda/pkgs/**', '**/miniconda*/pkgs/**', '**/miniforge*/pkgs/**', '**/mambaforge*/pkgs/**',
    '**/anaconda*/pkgs/**', '**/.conda/pkgs/**', '**/micromamba/pkgs/**',
    ...(run.env.get('CONDA_DIR') ? [`${run.env.get('CONDA_DIR')}/pkgs/**`] : []),
    ...(run.env.get('MAMBA_ROOT_PREFIX') ? [`${run.env.get('MAMBA_ROOT_PREFIX')}/pkgs/**`] : []),
  ],
  saves: 'Conda\'s package cache (downloaded tarballs and extracted packages in pkgs/, often hundreds of MB)',
  safe: 'Safe: the environments keep their files (conda hard-links or copies them out of pkgs/).',
});
