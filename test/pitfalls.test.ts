/**
 * ../shared/PITFALLS.md lists how another Dockerfile rewriter broke real files. Each item is a case here, run with
 * every pass (unsafe ones too, both cache strategies): what must stay byte-identical stays so, and what is changed
 * is changed without breaking its neighbours.
 */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/engine.js';
import { parseDocument } from '../src/document.js';
import type { RewriteOptions } from '../src/types.js';

const MODES: [string, RewriteOptions][] = [
  ['default', {}],
  ['unsafe, clean', { unsafe: true, cacheStrategy: 'clean' }],
  ['unsafe, mount', { unsafe: true, cacheStrategy: 'mount' }],
];

function each(name: string, check: (options: RewriteOptions) => void): void {
  it.each(MODES)(`${name} (%s)`, (_mode, options) => check(options));
}

/** Every line of `text` that the rewrite must keep, byte for byte, somewhere in the output. */
function keepsLines(input: string, lines: string[], options: RewriteOptions): string {
  const out = rewrite(input, options).output;
  for (const line of lines) expect(out, `lost: ${line}`).toContain(line);
  return out;
}

/** The output parses, every RUN's shell parses, and a second run proposes nothing. */
function sound(output: string, options: RewriteOptions): void {
  const doc = parseDocument(output);
  for (const ins of doc.instructions) {
    if (ins.keyword === 'RUN' && ins.shell?.script) expect(ins.shell.script.hasError, ins.text).toBe(false);
  }
  expect(rewrite(output, options).changes).toEqual([]);
}

describe('PITFALLS.md: what must come back unchanged', () => {
  each('the final newline, trailing whitespace and lines holding only a backslash stay', (options) => {
    const input = 'FROM alpine:3.19  \nRUN echo a \\\n  \\\n    && echo b   \nCMD ["sh"]\n';
    expect(rewrite(input, options).output).toBe(input);
    const noFinal = 'FROM alpine:3.19\nCMD ["sh"]';
    expect(rewrite(noFinal, options).output).toBe(noFinal);
  });

  each('parser directives (# syntax=, # escape=, # check=) and CRLF stay', (options) => {
    const input = '# syntax=docker/dockerfile:1\r\n# check=skip=JSONArgsRecommended\r\n# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nRUN echo a `\r\n    && echo b\r\n';
    expect(rewrite(input, options).output).toBe(input);
  });

  each('a file with nothing to fix comes back byte-identical, BOM included', (options) => {
    const input = '\uFEFF# base\nFROM node:20-alpine AS build\nWORKDIR /src\nCOPY --chown=node:node . .\nUSER node\nCMD ["node", "index.js"]\n';
    expect(rewrite(input, options).output).toBe(input);
  });

  each('FROM --platform=$BUILDPLATFORM ... as alias is never reprinted', (options) => {
    const input = 'FROM --platform=$BUILDPLATFORM alpine:3.19.0 as alpine\nRUN apk add curl\nRUN apk add git\n';
    const out = keepsLines(input, ['FROM --platform=$BUILDPLATFORM alpine:3.19.0 as alpine'], options);
    sound(out, options);
  });

  each('ADD of a URL stays ADD (COPY cannot fetch URLs)', (options) => {
    const input = 'FROM debian:bookworm\nADD https://example.com/tool.tar.gz /tmp/\nRUN tar -xzf /tmp/tool.tar.gz -C /opt\n';
    keepsLines(input, ['ADD https://example.com/tool.tar.gz /tmp/'], options);
  });

  each('sha256sum -c with binary-mode `*file` keeps its single space', (options) => {
    const input = 'FROM debian:bookworm\nARG SHA256=abc\nRUN curl -fsSLo /tmp/x.tgz https://example.com/x.tgz\nRUN echo "$SHA256 */tmp/x.tgz" | sha256sum -c -\n';
    const out = keepsLines(input, ['echo "$SHA256 */tmp/x.tgz" | sha256sum -c -'], options);
    sound(out, options);
  });

  each('ONBUILD RUN stays as it is', (options) => {
    const input = 'FROM python:3.12\nONBUILD RUN pip install -r requirements.txt\nONBUILD RUN apt-get update && apt-get install -y git\n';
    expect(rewrite(input, options).output).toBe(input);
  });

  each('heredocs stay as written', (options) => {
    const input = 'FROM debian:bookworm\nRUN <<EOT\napt-get update\napt-get install -y curl\nEOT\nRUN cat <<EOF > /etc/motd\nhello\nEOF\n';
    expect(rewrite(input, options).output).toBe(input);
  });
});

describe('PITFALLS.md: what is changed is changed cleanly', () => {
  each('an appended cleanup never glues onto the last word (yum, for-loops, a trailing ;)', (options) => {
    const input = [
      'FROM centos:7',
      'RUN yum install -y httpd && rm -rf /var/cache/yum',
      'RUN for u in a b; do wget -q https://example.com/$u; done',
      'RUN npm install -g pm2;',
      '',
    ].join('\n');
    const out = rewrite(input, options).output;
    expect(out).not.toMatch(/yumyum|dowget|;\s*&&|clean all\S/);
    expect(out).toContain('for u in a b; do wget -q https://example.com/$u; done');
    sound(out, options);
  });

  each('a cleanup added before a line continuation does not swallow the next line', (options) => {
    const input = 'FROM debian:bookworm\nRUN apt-get update && \\\n    apt-get install -y curl \\\n        git\nCMD ["bash"]\n';
    const out = rewrite(input, options).output;
    expect(out).toContain('CMD ["bash"]');
    const run = parseDocument(out).instructions.find((i) => i.keyword === 'RUN')!;
    const words = run.shell!.script!.commands.map((c) => c.words.map((w) => w.value).join(' '));
    // One command still installs both packages (flags may be added: --no-install-recommends with --unsafe).
    expect(words.some((w) => w.startsWith('apt-get install') && w.includes(' curl git'))).toBe(true);
    if (options.cacheStrategy === 'mount') expect(run.flags.map((f) => f.name)).toContain('mount');
    else expect(words).toContain('rm -rf /var/lib/apt/lists/*');
    sound(out, options);
  });

  each('case patterns, comments inside a RUN and `set -o errexit -o nounset` survive a merge', (options) => {
    const input = [
      'FROM debian:bookworm',
      'RUN set -o errexit -o nounset; \\',
      '    # pick the architecture',
      '    case "$(uname -m)" in x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; esac; \\',
      '    echo "$arch" > /arch',
      'RUN echo done > /done',
      '',
    ].join('\n');
    const out = keepsLines(input, ['set -o errexit -o nounset', '# pick the architecture', 'x86_64) arch=amd64 ;; aarch64) arch=arm64 ;; esac'], options);
    sound(out, options);
  });

  each('sudo -u ${USERNAME} is never stripped', (options) => {
    const input = 'FROM ubuntu:22.04\nARG USERNAME=dev\nRUN sudo -u ${USERNAME} pip install --user black\nRUN sudo -u ${USERNAME} npm install -g prettier\n';
    const out = rewrite(input, options).output;
    expect(out.match(/sudo -u \$\{USERNAME\}/g)).toHaveLength(2);
    sound(out, options);
  });
});

describe('PITFALLS.md: merges and caches as maintainers expect', () => {
  each('RUNs with --mount flags are never merged with others, and the flag is never dropped', (options) => {
    const input = 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\nRUN python -m compileall /app\n';
    const out = rewrite(input, options).output;
    expect(out).toContain('RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n');
    expect(out.match(/^RUN /gm)).toHaveLength(2);
  });

  it('merging is easy to turn off (--skip merge-runs), and the other passes still run', () => {
    const input = 'FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\n';
    const r = rewrite(input, { passes: ['cache-cleanup', 'deps-first', 'copy-chown'] });
    expect(r.changes.some((c) => c.pass === 'merge-runs')).toBe(false);
    expect(r.output.match(/^RUN /gm)).toHaveLength(2);
  });

  each('a RUN with a cache mount, or PIP_NO_CACHE_DIR in scope, counts as clean', (options) => {
    const mounted = 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n';
    expect(rewrite(mounted, options).output).toBe(mounted);
    const env = 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n';
    expect(rewrite(env, options).output).toBe(env);
    const aptMount = 'FROM debian:bookworm\nRUN --mount=type=cache,target=/var/cache/apt,sharing=locked --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y --no-install-recommends curl\n';
    expect(rewrite(aptMount, options).output).toBe(aptMount);
  });
});
