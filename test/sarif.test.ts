import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import formats from 'ajv-formats';
import type { Log, Region } from 'sarif';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/streams.js';
import { loadCorpus } from '../src/corpus.js';
import { computeLineStarts } from '../src/document.js';
import { applyEdits, rewrite } from '../src/engine.js';
import { artifactLocation, sarifLog } from '../src/sarif.js';
import type { Edit } from '../src/types.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

// The official schema is draft-04; ajv 8 reads it as draft-07 once its `id` is spelled `$id` (no draft-04 keyword
// it uses changed meaning: it has no boolean exclusiveMinimum/Maximum).
const schema = JSON.parse(fs.readFileSync(path.join(HERE, 'sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
expect(JSON.stringify(schema)).not.toMatch(/exclusiveM(in|ax)imum/);
schema.$id = schema.id;
delete schema.id;
delete schema.$schema;
// The schema's language pattern is not valid with the u flag (a stray `]`); JSON Schema regexes are ECMA-262 without it.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
// ajv-formats is CommonJS: its function is the default export's `default` under Node's ESM loader.
const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (a: Ajv) => void;
addFormats(ajv);
const validate = ajv.compile(schema);

const cli = (args: string[]): ReturnType<typeof runCli> => runCli(args);

/** Offsets of a SARIF region (1-based lines and UTF-16 columns; a BOM not counted) in `text`. */
function offsets(text: string, r: Region): [number, number] {
  const starts = computeLineStarts(text);
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = (line: number, column: number): number => starts[line - 1] + (line === 1 ? bom : 0) + column - 1;
  return [at(r.startLine!, r.startColumn!), at(r.endLine!, r.endColumn!)];
}

/** Applies every result's fix for `uri` to `text`, as a code-scanning client applying all suggestions would. */
function applyFixes(log: Log, uri: string, text: string): string {
  const edits: Edit[] = [];
  for (const result of log.runs[0].results ?? []) {
    for (const fix of result.fixes ?? []) {
      for (const change of fix.artifactChanges) {
        if (change.artifactLocation.uri !== uri) continue;
        for (const rep of change.replacements) {
          const [start, end] = offsets(text, rep.deletedRegion);
          edits.push({ start, end, text: rep.insertedContent?.text ?? '' });
        }
      }
    }
  }
  return applyEdits(text, edits);
}

const NAIVE = 'FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\n';
const NODE = '\uFEFFFROM node:20\r\nWORKDIR /app\r\nCOPY . .\r\nRUN npm install\r\nRUN chown -R node:node /app\r\nUSER node\r\nCMD ["node", "server.js"]\r\n';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-sarif-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('--format sarif', () => {
  it('prints a SARIF 2.1.0 log that the official schema accepts, one result per change', async () => {
    fs.mkdirSync(path.join(dir, 'a'));
    fs.mkdirSync(path.join(dir, 'b'));
    fs.writeFileSync(path.join(dir, 'a/Dockerfile'), NAIVE);
    fs.writeFileSync(path.join(dir, 'b/Dockerfile'), NODE);
    fs.writeFileSync(path.join(dir, 'clean.Dockerfile'), 'FROM alpine\nRUN echo ok\n');
    const { code, out } = await cli(['--format', 'sarif', '--unsafe', dir]);
    expect(code).toBe(0);
    const log = JSON.parse(out) as Log;
    expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
    expect(log.version).toBe('2.1.0');
    // The validator does reject what the schema forbids: a result without a message, a region with line 0.
    const broken = structuredClone(log);
    delete (broken.runs[0].results![0] as { message?: unknown }).message;
    expect(validate(broken)).toBe(false);
    const zero = structuredClone(log);
    zero.runs[0].results![0].locations![0].physicalLocation!.region!.startLine = 0;
    expect(validate(zero)).toBe(false);
    const results = log.runs[0].results ?? [];
    const expected = [path.join(dir, 'a/Dockerfile'), path.join(dir, 'b/Dockerfile')].flatMap((f) => {
      const r = rewrite(fs.readFileSync(f, 'utf8'), { unsafe: true, context: path.dirname(f) });
      return r.changes.map((c) => ({ ruleId: c.pass, line: c.line, id: c.id }));
    });
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(results.map((r) => ({ ruleId: r.ruleId, line: r.locations?.[0].physicalLocation?.region?.startLine, id: r.properties?.changeId }))).toEqual(expected);
    const rules = log.runs[0].tool.driver.rules ?? [];
    for (const r of results) {
      expect(rules[r.ruleIndex!].id).toBe(r.ruleId);
      expect(r.message.text!.length).toBeGreaterThan(10);
    }
  });

  it('gives each change its fix: applying them all to the input gives the rewritten file (BOM and CRLF too)', async () => {
    for (const [name, text] of [['Dockerfile', NAIVE], ['node.Dockerfile', NODE]] as const) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      const { out } = await cli(['--format', 'sarif', file]);
      const log = JSON.parse(out) as Log;
      expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
      const uri = log.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri!;
      expect(log.runs[0].results!.every((r) => r.fixes?.length === 1)).toBe(true);
      expect(applyFixes(log, uri, text)).toBe(rewrite(text, { context: dir, dockerfileName: name }).output);
    }
  });

  it('over the corpus: valid SARIF, and where every change has a fix the fixes give the output', () => {
    const corpus = loadCorpus();
    if (!corpus) return;
    let whole = 0;
    let partial = 0;
    for (const e of corpus.slice(0, 400)) {
      const result = rewrite(e.content, { passes: ['merge-runs', 'cache-cleanup', 'copy-chown', 'deps-first', 'multi-stage'], unsafe: true });
      const log = sarifLog([{ file: `${e.id}/Dockerfile`, result, written: false, created: [] }], { version: '0.0.0', rules: [] }, '/');
      expect(validate(log), ajv.errorsText(validate.errors)).toBe(true);
      expect(log.runs[0].results!.length).toBe(result.changes.length);
      if (!result.changes.length) continue;
      const withFix = log.runs[0].results!.filter((r) => r.fixes?.[0].artifactChanges.some((c) => c.artifactLocation.uri === `${e.id}/Dockerfile`));
      const editing = result.changes.filter((c) => c.edits.length > 0).length;
      if (withFix.length === editing) {
        whole++;
        expect(applyFixes(log, `${e.id}/Dockerfile`, e.content)).toBe(result.output);
      } else partial++;
    }
    expect(whole).toBeGreaterThan(partial);
  });

  it('names files relative to the working directory (%SRCROOT%), as URIs', () => {
    expect(artifactLocation('./a/../b/Dockerfile', '/repo')).toEqual({ uri: 'b/Dockerfile', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/repo/my app/Dockerfile', '/repo')).toEqual({ uri: 'my%20app/Dockerfile', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/elsewhere/Dockerfile', '/repo')).toEqual({ uri: 'file:///elsewhere/Dockerfile' });
  });
});
