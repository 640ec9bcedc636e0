import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document.js';
import { applyEdits } from '../src/engine.js';
import { removeStatement, removeStatements } from '../src/edits.js';

const run = (text: string) => {
  const doc = parseDocument(text);
  const ins = doc.instructions[1];
  return { doc, ins, statements: ins.shell!.script!.statements };
};

describe('removeStatements (several statements of an && chain at once)', () => {
  const text = 'FROM alpine\nRUN apk update && \\\n    rm -rf /var/cache/apk/* && \\\n    apk add --no-cache curl && \\\n    echo done\n';

  it('removes neighbours as one edit; their removeStatement edits overlap', () => {
    const { doc, ins, statements } = run(text);
    const a = removeStatement(doc, ins, statements[0])!;
    const b = removeStatement(doc, ins, statements[1])!;
    expect(a.start < b.end && b.start < a.end).toBe(true);
    const edits = removeStatements(ins, [statements[1], statements[0]])!;
    expect(edits).toHaveLength(1);
    expect(applyEdits(text, edits)).toBe('FROM alpine\nRUN apk add --no-cache curl && \\\n    echo done\n');
  });

  it('removes runs that are apart, each with the && before it', () => {
    const { ins, statements } = run(text);
    const edits = removeStatements(ins, [statements[1], statements[3]])!;
    expect(edits).toHaveLength(2);
    expect(applyEdits(text, edits)).toBe('FROM alpine\nRUN apk update && \\\n    apk add --no-cache curl\n');
  });

  it('refuses to remove every statement, or a chain with another connector', () => {
    const { ins, statements } = run(text);
    expect(removeStatements(ins, statements)).toBeNull();
    const other = run('FROM alpine\nRUN apk update; apk add curl\n');
    expect(removeStatements(other.ins, [other.statements[0]])).toBeNull();
  });
});
