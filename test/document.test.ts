import { describe, expect, it } from 'vitest';
import { computeLineStarts, lineAt, parentStage, parseDocument, parseDocumentAfter, shellSource, shellSourceLines, type DockerDocument } from '../src/document.js';
import { loadCorpus } from '../src/corpus.js';
import { applyEdits } from '../src/engine.js';

describe('parseDocument', () => {
  it('gives instructions string offsets that slice back to their text', () => {
    const text = 'FROM debian:bookworm AS base\nRUN apt-get update \\\n && apt-get install -y curl\nCOPY --chown=app:app . /app\n';
    const doc = parseDocument(text);
    expect(doc.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'COPY']);
    for (const ins of doc.instructions) expect(text.slice(ins.start, ins.end)).toBe(ins.text);
    expect(doc.instructions[1].line).toBe(2);
    expect(doc.instructions[1].endLine).toBe(3);
    expect(doc.instructions[2].flags).toEqual([{ name: 'chown', value: 'app:app', start: 34 + 0 + text.indexOf('--chown') - 34, end: text.indexOf(' . /app') }]);
    expect(doc.stages[0].name).toBe('base');
  });

  it('reads the exec form only where the builder does: arguments that parse as a JSON array', () => {
    const text = [
      'FROM debian',
      'RUN [ -e /etc/yum.conf ] && sed -i "/nodocs/d" /etc/yum.conf || true',
      'RUN ["/bin/echo", \\',
      '  # a comment Docker drops',
      '  "exec form"]',
      'CMD ["C:\\app\\run.exe"]',
      'CMD ["C:\\\\app\\\\run.exe"]',
      '',
    ].join('\n');
    const doc = parseDocument(text);
    expect(doc.instructions.map((i) => i.json)).toEqual([false, false, true, false, true]);
    expect(doc.instructions[1].shell?.opaqueReason).toBeNull();
    expect(doc.instructions[1].shell?.script?.statements.map((s) => s.before)).toEqual([null, '&&', '||']);
    expect(doc.instructions[2].shell?.opaqueReason).toBe('exec-form (JSON) RUN');
    const backtick = parseDocument('# escape=`\nFROM debian\nRUN ["/bin/echo", `\n  "exec form"]\n');
    expect(backtick.instructions[1].json).toBe(true);
  });

  it('counts a byte-order mark in offsets and reads the escape directive after it', () => {
    const text = '\uFEFF# escape=`\r\nFROM alpine\r\nRUN echo a `\r\n  && echo b\r\n';
    const doc = parseDocument(text);
    expect(doc.bom).toBe(1);
    expect(doc.escape).toBe('`');
    expect(doc.eol).toBe('\r\n');
    const run = doc.instructions[1];
    expect(text.slice(run.start, run.end)).toBe('RUN echo a `\r\n  && echo b');
    expect(run.shell?.script?.hasError).toBe(false);
    expect(run.shell?.script?.statements.map((s) => s.type)).toEqual(['command', 'command']);
  });

  it('sees commands inside a RUN through continuations and comment lines', () => {
    const text = 'FROM debian\nRUN apt-get update \\\n  # a comment Docker drops\n  && apt-get install -y jq\n';
    const run = parseDocument(text).instructions[1];
    const cmds = run.shell!.script!.commands.map((c) => c.words.map((w) => w.value).join(' '));
    expect(cmds).toEqual(['apt-get update', 'apt-get install -y jq']);
    const jq = run.shell!.script!.commands[1].words[3];
    expect(text.slice(jq.start, jq.end)).toBe('jq');
  });

  it('marks exec-form, heredoc and Windows RUNs as opaque with a reason', () => {
    const doc = parseDocument('FROM debian\nRUN ["echo", "a"]\nRUN <<EOT\necho hi\nEOT\n');
    expect(doc.instructions[1].shell?.opaqueReason).toMatch(/exec-form/);
    expect(doc.instructions[2].shell?.opaqueReason).toMatch(/heredoc/);
    const win = parseDocument('ARG BASE=mcr.microsoft.com/windows/servercore:ltsc2022\nFROM $BASE\nRUN dir\n');
    expect(win.stages[0].posixShell).toBe(false);
    expect(win.instructions[2].shell?.opaqueReason).toMatch(/POSIX/);
  });

  it('treats a SHELL switch to PowerShell as non-POSIX and back to bash as POSIX', () => {
    const doc = parseDocument('FROM debian\nSHELL ["pwsh", "-Command"]\nRUN Write-Host hi\nSHELL ["/bin/bash", "-c"]\nRUN echo hi\n');
    expect(doc.instructions[2].shell?.script).toBeNull();
    expect(doc.instructions[4].shell?.script?.hasError).toBe(false);
  });

  it('flags a heredoc written with a space after << so passes leave RUNs alone', () => {
    const doc = parseDocument("FROM debian\nRUN cat << 'EOF' > /x\nhello\nEOF\nRUN echo a\n");
    expect(doc.runsUnreliable).toMatch(/heredoc/);
    expect(doc.instructions.find((i) => i.keyword === 'RUN' && i.text.includes('echo a'))?.shell?.script).toBeNull();
  });
});

describe('computeLineStarts', () => {
  it('starts a line after LF, CRLF and a lone CR, with or without a final line end', () => {
    expect(computeLineStarts('')).toEqual([0]);
    expect(computeLineStarts('FROM a\nRUN b\n')).toEqual([0, 7, 13]);
    expect(computeLineStarts('FROM a\nRUN b')).toEqual([0, 7]);
    expect(computeLineStarts('FROM a\r\nRUN b\r\n')).toEqual([0, 8, 15]);
    expect(computeLineStarts('FROM a\rRUN b\r\nUSER c\nCMD d')).toEqual([0, 7, 14, 21]);
    expect(computeLineStarts('\n\n')).toEqual([0, 1, 2]);
    const text = 'FROM a\r\n\r\nRUN b \\\r\n  && c\r\n';
    const starts = computeLineStarts(text);
    expect(lineAt(starts, text.indexOf('RUN'))).toBe(3);
    expect(lineAt(starts, text.indexOf('&&'))).toBe(4);
  });
});

describe('shellSource', () => {
  it('keeps the length and turns Docker continuations into shell ones', () => {
    const raw = 'echo a `  \r\n  # note\r\n  && echo b';
    const out = shellSource(raw, '`')!;
    expect(out.length).toBe(raw.length);
    expect(out).toBe('echo a    \\\n        \\\n  && echo b');
  });

  it('an empty line inside a continuation with LF endings takes the backslash of the line before (same offsets)', () => {
    const out = shellSource('echo a \\\n\n  echo b', '\\');
    expect(out).toBe('echo a  \\\n  echo b');
    expect(out).toHaveLength('echo a \\\n\n  echo b'.length);
    // Two of them, and a comment line between: the backslash ends up on the last line feed of the run.
    expect(shellSource('apt-get install -y \\\n\n# c\n\n  curl', '\\')).toBe('apt-get install -y  \\\n   \\\n  curl');
    // The words are those Docker's joined line has (`apt-get install -y curl`).
    const doc = parseDocument('FROM debian\nRUN apt-get install -y \\\n\n# c\n\n  curl\n');
    expect(doc.instructions[1].shell?.opaqueReason).toBeNull();
    expect(doc.instructions[1].shell?.script?.commands[0].words.map((w) => w.value)).toEqual(['apt-get', 'install', '-y', 'curl']);
  });

  it('returns a RUN of plain continuations as it is, which is what the line-by-line rewrite gives (every corpus RUN)', () => {
    const texts = ['a \\\n  && b', 'a \\\n\\\nb', 'a\\\\\n  b', 'a \\ \n b', 'a \\\n # c\n b', 'a \\\n\f# c\n b', 'a \\\n  \n b', 'a \\\n', 'a \\\r\n b'];
    for (const e of loadCorpus() ?? []) {
      for (const ins of parseDocument(e.content).instructions) if (ins.keyword === 'RUN' && !ins.json) texts.push(e.content.slice(ins.argsStart, ins.argsEnd));
    }
    let plain = 0;
    for (const raw of texts) {
      for (const escape of ['\\', '`']) {
        const out = shellSource(raw, escape);
        expect(out).toBe(shellSourceLines(raw, escape));
        if (out === raw && raw.includes('\n')) plain++;
      }
    }
    expect(plain).toBeGreaterThan(2);
  });
});

describe('parseDocumentAfter (the fix loop parses only what its edits touched)', () => {
  const view = (d: DockerDocument) => ({
    instructions: d.instructions.map(({ shell, ...i }) => ({ ...i, shell: shell && { start: shell.start, end: shell.end, opaque: shell.opaqueReason, commands: shell.script?.commands.map((c) => [c.start, c.end, c.words.map((w) => w.value)]) } })),
    stages: d.stages.map((s) => ({ ...s, from: s.from.index, instructions: s.instructions.map((i) => i.index) })),
    comments: d.comments,
    runsUnreliable: d.runsUnreliable,
    lineStarts: d.lineStarts,
  });
  const cases: [string, string, { start: number; end: number; text: string }[]][] = [
    ['a merge of two RUNs, with a comment and a later stage', 'FROM debian AS a\nRUN echo a\n# why\nRUN echo b\nFROM a\nRUN ls\n', [{ start: 27, end: 28, text: ' && \\\n    ' }]],
    ['CRLF and edits in two places', 'FROM alpine\r\nRUN apk add x\r\n\r\nCOPY . /app\r\nRUN make\r\n', [{ start: 26, end: 26, text: ' --no-cache' }, { start: 49, end: 49, text: ' && rm -rf /tmp/x' }]],
    ['the backtick escape, a line inserted between instructions', '# escape=`\nFROM alpine\nRUN echo a `\n  b\n\nCMD ["x"]\n', [{ start: 30, end: 30, text: 'RUN echo c\n' }]],
    ['a comment that looks like a directive at the top of a region', 'FROM alpine\n# syntax=foo\nRUN echo a\n', [{ start: 25, end: 25, text: ' && echo b' }]],
    ['a region that ends in a line continuation (the whole text is parsed)', 'FROM alpine\nRUN echo a\nRUN echo b\n', [{ start: 22, end: 22, text: ' \\' }]],
    ['an instruction removed, the stages renumbered', 'FROM a AS x\nRUN one\nFROM x\nRUN two\nFROM b\nRUN three\n', [{ start: 0, end: 20, text: '' }]],
  ];
  for (const [name, before, edits] of cases) {
    it(name, () => {
      const prev = parseDocument(before);
      const text = applyEdits(before, edits);
      expect(view(parseDocumentAfter(prev, text, edits))).toEqual(view(parseDocument(text)));
    });
  }
});

describe('parentStage', () => {
  it('is the first earlier stage whose name is the image, lower-cased, and nothing else', () => {
    const doc = parseDocument([
      'FROM debian AS base', // 0
      'FROM Base AS app', // 1: built on 0
      'FROM app', // 2: built on 1
      'FROM later', // 3: `later` is named only after it
      'FROM alpine AS later', // 4
      'FROM base AS base', // 5: the first `base` (0)
      'FROM base', // 6: still the first `base` (0), as a search of the stages in order finds
      'FROM ${IMAGE}', // 7: a variable is not resolved here
      'FROM 0', // 8: FROM does not name a stage by its index
    ].join('\n') + '\n');
    const parent = (i: number): number | undefined => parentStage(doc, doc.stages[i])?.index;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map(parent)).toEqual([undefined, 0, 1, undefined, undefined, 0, 0, undefined, undefined]);
  });
});
