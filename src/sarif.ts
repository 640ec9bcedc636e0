/**
 * SARIF 2.1.0 output (`--format sarif`) for code scanning: one result per change, with the pass as the rule, the
 * change's line as the location and the change's edits as a SARIF fix (replacements of regions of the input).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, Region, Replacement, Result, ReportingDescriptor, ArtifactChange } from 'sarif';
import { computeLineStarts, lineAt } from './document.js';
import type { FileOutcome } from './report.js';
import type { Edit } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifTool {
  version: string;
  informationUri?: string;
  rules: { id: string; description: string }[];
}

/** The artifact URI of a file as given on the command line: relative paths stay relative to %SRCROOT% (the cwd). */
export function artifactLocation(file: string, cwd = process.cwd()): { uri: string; uriBaseId?: string } {
  if (file === '-') return { uri: 'stdin' };
  const rel = path.isAbsolute(file) ? path.relative(cwd, file) : path.normalize(file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(path.resolve(cwd, file)).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/**
 * A region of `text` in SARIF's terms: 1-based lines and columns, columns in UTF-16 code units (SARIF's default
 * columnKind), a byte-order mark not counted.
 */
function region(text: string, starts: number[], bom: number, start: number, end: number): Region {
  const at = (offset: number): [number, number] => {
    const line = lineAt(starts, offset);
    const from = starts[line - 1];
    return [line, offset - Math.max(from, line === 1 ? bom : 0) + 1];
  };
  const [startLine, startColumn] = at(Math.max(start, bom));
  const [endLine, endColumn] = at(Math.max(end, bom));
  return { startLine, startColumn, endLine, endColumn };
}

export function sarifLog(outcomes: FileOutcome[], tool: SarifTool, cwd = process.cwd()): Log {
  const rules: ReportingDescriptor[] = tool.rules.map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.description },
    helpUri: tool.informationUri,
  }));
  const ruleIndex = new Map(tool.rules.map((r, i) => [r.id, i]));
  const results: Result[] = [];
  for (const o of outcomes) {
    const { result } = o;
    if (!result.changes.length) continue;
    const location = artifactLocation(o.file, cwd);
    const text = result.input;
    const starts = computeLineStarts(text);
    const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (const [i, change] of result.changes.entries()) {
      const edits: Edit[] | null = result.inputEdits?.[i] ?? null;
      const artifactChanges: ArtifactChange[] = [];
      if (edits && edits.length) {
        artifactChanges.push({
          artifactLocation: location,
          replacements: edits.map((e): Replacement => ({
            deletedRegion: region(text, starts, bom, e.start, e.end),
            ...(e.text ? { insertedContent: { text: e.text } } : {}),
          })),
        });
      }
      for (const f of change.files ?? []) {
        const dir = o.file === '-' ? '' : path.dirname(o.file);
        artifactChanges.push({
          artifactLocation: artifactLocation(path.join(dir, f.path), cwd),
          replacements: [{ deletedRegion: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }, insertedContent: { text: f.content } }],
        });
      }
      const res: Result = {
        ruleId: change.pass,
        level: 'warning',
        message: { text: `${change.message}${change.safety === 'unsafe' ? ' [unsafe]' : ''}: ${change.reason}` },
        locations: [{ physicalLocation: { artifactLocation: location, region: { startLine: change.line } } }],
        partialFingerprints: { dockerfixChangeId: change.id },
        properties: { changeId: change.id, safety: change.safety },
      };
      const index = ruleIndex.get(change.pass);
      if (index !== undefined) res.ruleIndex = index;
      // A change that rewrites what an earlier change wrote has no fix of its own: it applies on top of that one.
      if (artifactChanges.length) res.fixes = [{ description: { text: change.message }, artifactChanges }];
      results.push(res);
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'dockerfix', version: tool.version, informationUri: tool.informationUri, rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        results,
      },
    ],
  };
}
