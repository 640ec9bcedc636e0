/**
 * The shell view (src/shell/parser.ts, unbash) against the view it replaced (tree-sitter-bash, kept in
 * test/helpers/tree-sitter-shell.ts for this test only), field by field, over the shell text of every RUN of the
 * fixtures and of the corpus (when present). Every difference is either fixed or listed in KNOWN with the reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.js';
import { parseDocument } from '../src/document.js';
import { NODE_TYPES, parseShell, type ShellScript } from '../src/shell/parser.js';
import { FIXTURES } from './helpers/fixtures.js';
import { parseShellTreeSitter } from './helpers/tree-sitter-shell.js';

/** What callers read of a parse: everything, unless it has an error (then callers skip the RUN). */
function view(s: ShellScript): string {
  if (s.hasError) return JSON.stringify({ hasError: true });
  const nodeTypes = [...s.nodeTypes].filter((t) => NODE_TYPES.includes(t)).sort();
  return JSON.stringify({ commands: s.commands, statements: s.statements, redirects: s.redirects, background: s.background, nodeTypes }, null, 1);
}

/**
 * Shell texts whose parses differ on purpose: tree-sitter-bash read them wrongly and unbash reads them as bash does.
 * A difference is known when the RUN text contains one of `texts`; every entry must still be needed.
 */
const KNOWN: { why: string; texts: string[] }[] = [
  {
    why: 'tree-sitter-bash splits a word before a `$` or backquote expansion in its middle (`pcre-$PCRE_VERSION.tar.gz` became `pcre-$` and a literal `PCRE_VERSION.tar.gz`): bash reads one word',
    texts: [
      "time/$aspnetcore_version/aspnetcore-runtime-$aspnetcore_vers",
      "tnet/Runtime/$dotnet_version/dotnet-runtime-$dotnet_version-",
      "/out-tgz/ld64-signed-$TARGETOS-$TARGETARCH$TARGETVARIANT.tar",
      "/out-tgz/$LD_TARGET-ld-$TARGETOS-$TARGETARCH$TARGETVARIANT.t",
      "$dotnet_monitor_version/dotnet-monitor-base-$dotnet_monitor_",
      "sion/dotnet-monitor-egress-azureblobstorage-$dotnet_monitor_",
      "t/public/Sdk/$dotnet_sdk_version/dotnet-sdk-$dotnet_sdk_vers",
      "/$powershell_version/PowerShell.Linux.arm32.$powershell_vers",
      "debuild-$target/nginx-$NGINX_VERSION/debian/control; \\",
      "debuild-module-$module/nginx-$NGINX_VERSION/debian/control;",
      "projects/pcre/files/pcre/$PCRE_VERSION/pcre-$PCRE_VERSION.ta",
      "ad/gperftools-$GPERTOOLS_VERSION/gperftools-$GPERTOOLS_VERSI",
      "leases/download/$NYDUS_VERSION/nydus-static-$NYDUS_VERSION-$",
      "nydus-static-$NYDUS_VERSION-$TARGETOS-$TARGETARCH.tgz -C /ou",
      "m/envsubst/releases/download/v1.1.0/envsubst-`uname -s`-`una",
      "ad/$DOCKERIZE_VERSION/dockerize-linux-amd64-$DOCKERIZE_VERSI",
      "etcore_version/aspnetcore-runtime-composite-$aspnetcore_vers",
      "m/dotnet/Sdk/$dotnet_sdk_version/dotnet-sdk-$dotnet_sdk_vers",
      "/$powershell_version/PowerShell.Linux.arm64.$powershell_vers",
      ".jboss.org/wildfly/$WILDFLY_VERSION/wildfly-$WILDFLY_VERSION",
      "blic/Runtime/$dotnet_version/dotnet-runtime-$dotnet_version-",
    ],
  },
  {
    why: 'a line continuation inside a word (`light\\<newline>ning`): bash removes it and reads one word (`lightning`); tree-sitter-bash read two',
    texts: [
      "light\\\nning",
      "goodbye\\\nfrog",
      "good\\\n\\\nnight",
      "good\\\nbye\\\nfrog",
    ],
  },
  {
    why: 'tree-sitter-bash binds `&&` tighter than `|` after a pipeline of three or more commands, or after a redirect (`a | b | c && d` became one pipeline, `a && b 2>&1 | c` a pipeline of `a && b` and `c`), so the commands after it were not in the top-level shell: bash runs them there',
    texts: [
      "apt-get purge -y --auto-remove -o APT::AutoRemove::Recommend",
      "cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && \\\n    cmak",
      "chmod +x \"$CODE_DIR\"/bin/*.sh \\\n    && gosu \"$DEFAULT_PUID\"",
    ],
  },
  {
    why: '`\\ useradd`: the backslash quotes the space, so bash runs a command named " useradd" (and fails); tree-sitter-bash dropped it and read useradd',
    texts: [
      "\\ useradd -rm -d /home/ubuntu -s /bin/bash -g root -G sudo -",
    ],
  },
  {
    why: '`! { ...; }`: bash reads a negated group; tree-sitter-bash read `{` as a command name',
    texts: [
      "{ ldd \"$extDir\"/*.so | grep 'not found'; }; \\",
    ],
  },
  {
    why: 'valid bash that tree-sitter-bash cannot read: a subshell directly before `else`, and a comment inside backquotes (`` `# ...` ``)',
    texts: [
      "if [ \"$BUILD_JS\" = \"1\" ]; then \\\n    (cd /src/gotify/ui && y",
      "libxslt1-dev `# libxslt is needed by lxml (PyPI)`",
    ],
  },
  {
    why: '`apt-key add - 2>&1`: tree-sitter-bash dropped the `-` argument before the redirect',
    texts: [
      "apt-key add - 2>&1) || echo $OUT) \\\n    && echo \"deb http://",
    ],
  },
  {
    why: '`time` is a bash keyword (`time cd /tmp` runs cd in this shell): unbash reads a timed pipeline of `cd /tmp`; tree-sitter-bash read a command named time',
    texts: [
      "time cd /tmp",
    ],
  },
];

function runTexts(dockerfile: string): string[] {
  const texts: string[] = [];
  let doc;
  try {
    doc = parseDocument(dockerfile);
  } catch {
    return texts;
  }
  for (const ins of doc.instructions) if (ins.shell?.script) texts.push(ins.shell.script.source);
  return texts;
}

function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...fixtureFiles(p));
    else if (/Dockerfile/.test(entry.name)) out.push(p);
  }
  return out;
}

const used = new Set<string>();

function differences(texts: Iterable<string>): { text: string; old: string; now: string }[] {
  const diffs: { text: string; old: string; now: string }[] = [];
  for (const text of new Set(texts)) {
    const old = view(parseShellTreeSitter(text, 0));
    const now = view(parseShell(text, 0));
    if (old === now) continue;
    const known = KNOWN.flatMap((k) => k.texts).filter((t) => text.includes(t));
    for (const t of known) used.add(t);
    if (known.length === 0) diffs.push({ text, old, now });
  }
  return diffs;
}

function report(diffs: { text: string; old: string; now: string }[]): string {
  if (process.env.DOCKERFIX_DIFF_DUMP) fs.writeFileSync(process.env.DOCKERFIX_DIFF_DUMP, JSON.stringify(diffs, null, 1));
  return diffs.slice(0, 5).map((d) => `${JSON.stringify(d.text)}\n--- tree-sitter\n${d.old}\n+++ unbash\n${d.now}`).join('\n\n');
}

describe('the unbash shell view matches the tree-sitter one', () => {
  it('on every RUN of the fixtures', () => {
    const texts = fixtureFiles(FIXTURES).flatMap((f) => runTexts(fs.readFileSync(f, 'utf8')));
    expect(texts.length).toBeGreaterThan(500);
    const diffs = differences(texts);
    expect(diffs.length, report(diffs)).toBe(0);
  });

  const corpus = loadCorpus();
  it.skipIf(!corpus)('on every RUN of the corpus', () => {
    const texts = corpus!.flatMap((e) => runTexts(e.content));
    expect(texts.length).toBeGreaterThan(4000);
    const diffs = differences(texts);
    expect(diffs.length, report(diffs)).toBe(0);
    // Run after the fixtures: every known difference is still one.
    expect(KNOWN.flatMap((k) => k.texts).filter((t) => !used.has(t))).toEqual([]);
  });
});
