/**
 * document.ts replaces dockerfile-ast's argument tokenizer with tokenizeArguments (same steps, cheaper strings):
 * every instruction of the corpus (inputs and every-pass outputs), the fixtures and a few hand-made edge cases must
 * get exactly the arguments (values and ranges) dockerfile-ast's own gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.js';
import { Util as AstUtil } from 'dockerfile-ast/lib/util.js';
import { dockerfileAstIsUTF8BOM, dockerfileAstTokenize, OffsetRange, tokenizeArguments } from '../src/document.js';
import { rewrite } from '../src/engine.js';
import { PASSES } from '../transforms/index.js';

type Pos = { line: number; character: number };
type Tokens = { getValue(): string; getRange(): { start: Pos; end: Pos } }[];
const plain = (args: Tokens) => args.map((a) => [a.getValue(), { start: a.getRange().start, end: a.getRange().end }]);
/** readAst reads an OffsetRange's offsets instead of its positions: they must be the offsets of those positions. */
const offsetsAgree = (node: unknown, args: Tokens): boolean =>
  args.every((a) => {
    const r = a.getRange();
    const doc = (node as { document: { offsetAt(p: Pos): number } }).document;
    return r instanceof OffsetRange && doc.offsetAt(r.start) === r.from && doc.offsetAt(r.end) === r.to;
  });

function mismatches(text: string): string[] {
  const out: string[] = [];
  for (const ins of DockerfileParser.parse(text).getInstructions()) {
    const trigger = (ins as unknown as { getTriggerInstruction?: () => unknown }).getTriggerInstruction?.call(ins);
    for (const node of trigger ? [ins, trigger] : [ins]) {
      const want = JSON.stringify(plain(dockerfileAstTokenize.call(node) as unknown as Tokens));
      const got = JSON.stringify(plain(tokenizeArguments.call(node as never) as unknown as Tokens));
      if (got !== want) out.push(`${want}\n${got}`);
      if (!offsetsAgree(node, tokenizeArguments.call(node as never) as unknown as Tokens)) out.push(`offsets differ from positions: ${got}`);
    }
  }
  return out;
}

function fixtures(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? fixtures(p) : e.name.endsWith('Dockerfile') ? [fs.readFileSync(p, 'utf8')] : [];
  });
}

const EDGES = [
  'RUN a\\ b c\\\\d "x y" \\$HOME \\',
  'RUN a \\  \n  b \\ \t\r\n c\\\n#comment\n d',
  'RUN x\\\n# c\\\n\n  y\\ \\ z',
  '# escape=`\nRUN a`\n b` c``d `$X `',
  '# escape=`\r\nRUN a ` \r\n b\\c `\r\n#x\r\n e',
  'ONBUILD RUN --mount=type=cache,target=/x  a\\\n  b',
  'ENV A=1 \\\n    B="two words" \\\n    C=\\$D',
  'RUN a\\',
  'RUN\\\n  a',
  'COPY <<EOF /x\nbody \\\nEOF\n',
];

describe('tokenizeArguments', () => {
  it('matches dockerfile-ast on hand-made edge cases and the fixtures', () => {
    for (const text of [...EDGES, ...EDGES.map((t) => t.replace(/\n/g, '\r\n')), ...fixtures('fixtures')]) expect(mismatches(text), text).toEqual([]);
  });

  const corpus = loadCorpus();
  it.skipIf(!corpus)('matches dockerfile-ast on every corpus file and its every-pass output', () => {
    const all = PASSES.map((p) => p.id);
    for (const e of corpus ?? []) {
      expect(mismatches(e.content), e.id).toEqual([]);
      expect(mismatches(rewrite(e.content, { passes: all, unsafe: true }).output), e.id).toEqual([]);
    }
  });
});

describe('dockerfile-ast accessors over the one token array of an instruction', () => {
  const values = (args: { getValue(): string }[]) => args.map((a) => a.getValue());
  it('give the arguments after the flags on every call, and getExpandedArguments changes none of them', () => {
    const text = 'FROM alpine\nARG V=1\nCOPY --from=build --chown=a:b /x /y\nRUN echo $V\nCMD ["a", "b"]\n';
    const [, , copy, run, cmd] = DockerfileParser.parse(text).getInstructions() as unknown as {
      getArguments(): { getValue(): string }[];
      getRawArguments(): { getValue(): string }[];
      getFlags(): { getName(): string }[];
      getExpandedArguments(): { getValue(): string }[];
    }[];
    for (let round = 0; round < 2; round++) {
      expect(values(copy.getArguments())).toEqual(['/x', '/y']);
      expect(copy.getFlags().map((f) => f.getName())).toEqual(['from', 'chown']);
      expect(values(copy.getRawArguments())).toEqual(['--from=build', '--chown=a:b', '/x', '/y']);
      expect(values(run.getArguments())).toEqual(['echo', '$V']);
      expect(values(run.getExpandedArguments())).toEqual(['echo', '1']);
      expect(values(cmd.getArguments())).toEqual(['["a",', '"b"]']);
    }
  });
});

describe("dockerfile-ast's byte-order mark test", () => {
  it('answers as its own (UTF-8 bytes EF BB BF) for a BOM, other characters, lone surrogates and the empty text', () => {
    const texts = ['\uFEFF', '\uFEFFFROM x', 'F', '', ' ', '\uFFFE', '\uFEFE', '\uD83D', '\uDE00', '\uD83D\uDE00', 'é', '\u00EF\u00BB\u00BF', '\u0000'];
    for (const t of texts) expect(AstUtil.isUTF8BOM(t)).toBe(dockerfileAstIsUTF8BOM(t));
    expect(AstUtil.isUTF8BOM('\uFEFF')).toBe(true);
    expect(AstUtil.isUTF8BOM('F')).toBe(false);
  });
});
