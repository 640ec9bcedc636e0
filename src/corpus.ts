/** The shared corpus of real Dockerfiles (../shared/corpus/dockerfiles.jsonl), read at run time when present. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CorpusEntry {
  id: string;
  repo: string;
  path: string;
  family: string;
  content: string;
}

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', fileURLToPath(import.meta.url).includes(`${path.sep}dist${path.sep}`) ? '..' : '.');

export const CORPUS_FILE = process.env.DOCKERFIX_CORPUS ?? path.resolve(PROJECT_ROOT, '../shared/corpus/dockerfiles.jsonl');

export function loadCorpus(file = CORPUS_FILE): CorpusEntry[] | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusEntry);
}
