/**
 * Downloaded files (`wget URL`, `curl -o file URL`, `curl -O URL`) that the same RUN only unpacks or runs (a
 * tarball given to tar, an installer script given to sh, a .deb given to dpkg) are removed at the end of that RUN.
 * Left alone: files used by anything else (moved, linked, made executable and kept), files a later instruction
 * names, and names that depend on shell state. In a RUN that changes directory (`cd /opt/x && wget URL -O
 * get.sh && ./get.sh && popd`), a relative name is followed through the top-level `cd`/`pushd`/`popd` to the one
 * file it names, and removed by that absolute path at the end of the RUN.
 */
import path from 'node:path';
import {
  appendCleanup, cacheChange, covers, normalizePath, NOTHING, privilegePrefix, removedPaths, type CacheManager,
  type ManagerPlan, type RunView,
} from '../common/cache.js';
import type { Instruction } from '../../document.js';
import type { Word } from '../../shell/parser.js';
import type { Invocation } from '../../shell/query.js';

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|tzst|zip|gz|bz2|xz|zst|7z|deb|rpm|apk|whl|gem|jar\.zip)$/i;
const SCRIPT = /\.(sh|bash|run|py|pl|rb|php)$/i;
const EXTRACTORS = new Set(['tar', 'bsdtar', 'unzip', 'gunzip', 'bunzip2', 'unxz', 'xz', 'zstd', 'unzstd', '7z', '7za', 'dpkg', 'rpm', 'apt-get', 'apt', 'yum', 'dnf', 'microdnf', 'zypper', 'apk', 'gem', 'bzip2', 'gzip']);
const INTERPRETERS = /^(sh|bash|dash|ash|zsh|ksh|perl|ruby|php|python[0-9.]*)$/;
/** Commands that may look at the file without keeping it. */
const LOOKERS = new Set(['chmod', 'sha256sum', 'sha512sum', 'sha1sum', 'md5sum', 'gpg', 'gpgv', 'ls', 'file', 'test', '[', 'echo', 'cat', 'stat', 'du', 'head']);

/** Where a script run once is a leftover rather than the image's content: the working directory or a scratch place. */
const TEMP_DIR = /^(?!\/)|^\/(tmp|var\/tmp|root|usr\/src|usr\/local\/src)\//;
/** Files downloaded into these are the image's content, whatever the RUN does with them. */
const BIN_DIR = /^\/(usr\/(local\/)?)?s?bin\/|^\/(etc|lib|usr\/lib|usr\/share|usr\/local\/lib|usr\/local\/share)\//;
const WGET_VALUE = new Set(['-O', '--output-document', '-o', '--output-file', '-a', '--append-output', '-P', '--directory-prefix', '-t', '--tries', '-T', '--timeout', '-U', '--user-agent', '--header', '-e', '--execute', '-w', '--wait', '--user', '--password', '-Q', '--quota', '-l', '--level', '-A', '-R', '-D', '--ca-certificate', '--certificate', '--private-key', '--post-data', '--method', '--body-data', '--limit-rate', '--progress', '-i', '--input-file', '-B', '--base']);
const CURL_SHORT_VALUE = 'oHduXAemwxbcTFrCKEzYyQtP';
const CURL_LONG_VALUE = new Set(['--output', '--header', '--data', '--data-raw', '--data-binary', '--user', '--request', '--user-agent', '--referer', '--max-time', '--write-out', '--proxy', '--cookie', '--cookie-jar', '--upload-file', '--form', '--range', '--continue-at', '--config', '--cert', '--cacert', '--retry', '--retry-delay', '--retry-max-time', '--connect-timeout', '--output-dir', '--proto', '--proto-redir', '--resolve', '--url', '--limit-rate', '--tlsv1.2', '--key', '--interface', '--dns-servers', '--time-cond', '--speed-limit', '--speed-time', '--netrc-file', '--create-file-mode']);

interface Download {
  inv: Invocation;
  /** The file as the shell will name it (text, may hold `$VAR`), or its absolute path in a RUN that changes directory. */
  file: string;
  /** The directory a relative download resolved against, in a RUN that changes directory. */
  from?: string;
}

function basenameOfUrl(url: string): string | null {
  if (/[?#]/.test(url) || url.endsWith('/')) return null;
  const name = url.slice(url.lastIndexOf('/') + 1);
  return name && !name.includes('$(') && !name.includes('`') ? name : null;
}

/** What a wget/curl writes to, or null when stdout, unknown, or several files. */
export function downloadTarget(inv: Invocation): string | null {
  const args = inv.args;
  const text = (w: Word | undefined): string | null => (w ? w.value ?? w.text.replace(/^"(.*)"$/s, '$1') : null);
  const urls: string[] = [];
  let out: string | null = null;
  let dir: string | null = null;
  let remote = false;
  let outputs = 0;
  for (let i = 0; i < args.length; i++) {
    const t = text(args[i]);
    if (t === null) return null;
    if (inv.name === 'wget') {
      if (t === '-O' || t === '--output-document') { out = text(args[++i]); outputs++; continue; }
      if (t.startsWith('--output-document=')) { out = t.slice(18); outputs++; continue; }
      if (t === '-P' || t === '--directory-prefix') { dir = text(args[++i]); continue; }
      if (t.startsWith('--directory-prefix=')) { dir = t.slice(19); continue; }
      if (WGET_VALUE.has(t)) { i++; continue; }
      if (/^-n/.test(t) || t.startsWith('--')) continue;
      if (/^-[a-zA-Z]/.test(t)) {
        const o = /^-[a-zA-Z]*?O/.exec(t) ? t.indexOf('O') : -1;
        if (o > 0) {
          outputs++;
          if (o === t.length - 1) out = text(args[++i]);
          else out = t.slice(o + 1);
          continue;
        }
        if (/[oaPtTUewQlARDiB]$/.test(t)) i++;
        continue;
      }
      if (t.startsWith('-') && t.length > 1) continue;
      urls.push(t);
    } else {
      if (t === '-o' || t === '--output') { out = text(args[++i]); outputs++; continue; }
      if (t === '-O' || t === '--remote-name') { remote = true; outputs++; continue; }
      if (t === '--output-dir') { dir = text(args[++i]); continue; }
      if (t === '-J' || t === '--remote-header-name' || t === '--remote-name-all') return null;
      if (CURL_LONG_VALUE.has(t)) { i++; continue; }
      if (t.startsWith('--')) continue;
      if (/^-[a-zA-Z0-9#:]+$/.test(t)) {
        if (t.includes('J')) return null;
        for (let k = 1; k < t.length; k++) {
          const c = t[k];
          if (c === 'O') { remote = true; outputs++; continue; }
          if (CURL_SHORT_VALUE.includes(c)) {
            const rest = t.slice(k + 1);
            const v = rest !== '' ? rest : text(args[++i]);
            if (c === 'o') { out = v; outputs++; }
            break;
          }
        }
        continue;
      }
      if (t.startsWith('-') && t.length > 1) continue;
      urls.push(t);
    }
  }
  if (outputs > 1) return null;
  if (out !== null) {
    if (out === '-' || out === '/dev/null' || out.startsWith('/dev/') || out === '' ) return null;
    return dir && !out.startsWith('/') && inv.name === 'curl' ? `${dir}/${out}` : out;
  }
  if (inv.name === 'curl' && !remote) return null;
  if (urls.length !== 1) return null;
  const name = basenameOfUrl(urls[0]);
  if (!name) return null;
  return dir ? `${dir.replace(/\/$/, '')}/${name}` : name;
}

/** How a command uses the file: 'consume' (unpack, install, run), 'look' (checksum, chmod), or 'keep' (anything else). */
function useOf(inv: Invocation, wordIndex: number, file: string): 'consume' | 'look' | 'keep' {
  if (wordIndex === inv.wrappers.length) {
    // Run directly: only an installer script in a scratch place is consumed by running it.
    return TEMP_DIR.test(file) && (SCRIPT.test(file) || /install|setup|init/i.test(path.basename(file))) ? 'consume' : 'keep';
  }
  if (inv.name === 'rm') return 'look';
  if (LOOKERS.has(inv.name)) return 'look';
  if (EXTRACTORS.has(inv.name) && ARCHIVE.test(file)) return 'consume';
  if (INTERPRETERS.test(inv.name) && TEMP_DIR.test(file) && !inv.args.some((a) => a.value === '-n') && (SCRIPT.test(file) || !/\.[a-z0-9]+$/i.test(path.basename(file)))) return 'consume';
  if (/^pip[0-9.]*$/.test(inv.name) && /\.(whl|tar\.gz|zip)$/.test(file)) return 'consume';
  // A jar run once is an installer only in a scratch directory or by its name (`forge-installer.jar`); elsewhere
  // (`/opt/app.jar --version`, `server.jar --initSettings`) it is the application, run to check or set it up.
  if (inv.name === 'java' && /\.jar$/.test(file) && inv.args.some((a) => a.value === '-jar')
    && (/^\/(var\/)?tmp\//.test(file) || /install|setup/i.test(path.basename(file)))) return 'consume';
  return 'keep';
}

function sameFile(w: Word, file: string): boolean {
  const t = w.value ?? w.text.replace(/^"(.*)"$/s, '$1');
  if (t === file) return true;
  if (!file.startsWith('/') && (t === `./${file}`)) return true;
  // `tar --file=file`
  return t.endsWith(`=${file}`);
}

/** `rm -f *.apk`, `rm -f file.deb*`: a shell pattern (as written, variables kept) matching the file name. */
export function globMatches(pattern: string, file: string): boolean {
  if (!/[*?]/.test(pattern)) return false;
  const re = new RegExp(`^${pattern.split('').map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
  return re.test(file);
}

function globOf(run: RunView, file: string): string {
  const g = file.replace(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g, '*');
  if (g.startsWith('/')) return g;
  const base = run.workdir ? `${run.workdir.replace(/\/$/, '')}/` : '**/';
  return `${base}${g.replace(/^\.\//, '')}`;
}

export const download: CacheManager = {
  id: 'download',
  plan(run): ManagerPlan {
    const downloads: Download[] = [];
    for (const inv of run.invocations) {
      if (inv.name !== 'wget' && inv.name !== 'curl') continue;
      if (!inv.cmd.topLevelShell || inv.cmd.redirects.length) continue;
      const file = downloadTarget(inv);
      if (file) downloads.push({ inv, file });
    }
    if (downloads.length === 0) return NOTHING;
    const skips: string[] = [];
    const files: Download[] = [];
    const cds = run.invocations.some((inv) => ['cd', 'pushd', 'popd'].includes(inv.name));
    const dirs = cds ? directories(run) : null;
    const loops = ['for_statement', 'while_statement', 'c_style_for_statement', 'function_definition'].some((t) => run.script.nodeTypes.has(t));
    for (const d of downloads) {
      if (files.some((f) => f.file === d.file) || /[\s'"\\*?[\]]/.test(d.file)) continue;
      // In a RUN that changes directory, every name is compared as the absolute path it resolves to where it is used.
      const at = dirs ? dirs.cwdAt(d.inv.cmd.start) : null;
      if (cds && !d.file.startsWith('/') && (at === null || d.file.includes('$'))) continue;
      const abs = cds && !d.file.startsWith('/') ? path.posix.normalize(`${at}/${d.file}`) : null;
      const named = (w: Word, inv: Invocation): boolean => {
        if (!abs || !dirs) return sameFile(w, d.file);
        const t = w.value ?? w.text.replace(/^"(.*)"$/s, '$1');
        const cwd = dirs.cwdAt(inv.cmd.start);
        if (t.startsWith('/')) return path.posix.normalize(t) === abs || t.endsWith(`=${abs}`);
        return cwd !== null && (path.posix.normalize(`${cwd}/${t}`) === abs || t.endsWith(`=${d.file}`) && cwd === at);
      };
      if (d.file.includes('$') && (loops || /\$\(|`/.test(d.file))) continue;
      if (d.file.includes('$') && run.script.commands.some((c) => c.start > d.inv.cmd.start && (c.assignments.length > 0 || ['export', 'read', 'declare', 'local'].includes(c.words[0]?.value ?? '')))) continue;
      // Already removed (the file, or a directory holding it).
      const removed = removedPaths(run, d.inv.cmd.end);
      const norm = normalizePath(d.file, null);
      const bare = (x: string): string => x.replace(/^\.\//, '');
      if (removed.some((r) => covers(bare(r), bare(norm)) || globMatches(bare(r), bare(norm)))) continue;
      if (abs && removed.some((r) => covers(r, abs) || globMatches(r, abs))) continue;
      // A relative rm in a RUN that changes directory may name it from where it was downloaded.
      if (abs && run.invocations.some((inv) => inv.name === 'rm' && inv.cmd.start > d.inv.cmd.end && inv.args.some((a) => named(a, inv)))) continue;
      if (BIN_DIR.test(d.file) || (abs && BIN_DIR.test(abs))) continue;
      let consumed = false;
      let kept = false;
      const looked = new Set<string>();
      for (const inv of run.invocations) {
        if (inv.cmd.start <= d.inv.cmd.start) continue;
        inv.cmd.words.forEach((w, i) => {
          if (i < inv.wrappers.length || !named(w, inv)) return;
          const use = useOf(inv, i, d.file);
          if (use === 'look') looked.add(inv.name);
          if (use === 'consume') consumed = true;
          else if (use === 'keep') kept = true;
        });
        for (const r of inv.cmd.redirects) if (r.target && named(r.target, inv)) kept = true;
      }
      if (!consumed || kept) continue;
      if (looked.has('chmod') && !TEMP_DIR.test(d.file)) continue;
      const name = path.posix.basename(d.file);
      const stem = name.replace(/\$\{?[A-Za-z_][A-Za-z0-9_]*\}?/g, '');
      let refers: Instruction | undefined;
      if (stem.length >= 4) for (const ins of run.later) if (ins.text.includes(stem)) { refers = ins; break; }
      if (refers) {
        skips.push(`download: ${d.file} is kept: the ${refers.keyword} at line ${refers.line} may refer to it`);
        continue;
      }
      files.push(abs ? { ...d, file: abs, from: at! } : d);
    }
    if (files.length === 0) return { changes: [], skips };
    const list = files.map((f) => f.file);
    const quoted = files.map((f) => (f.file.includes('$') ? `"${f.file}"` : f.file));
    const edit = appendCleanup(run, `${privilegePrefix(files.map((f) => f.inv))}rm -f ${quoted.join(' ')}`);
    if (typeof edit === 'string') return { changes: [], skips: [...skips, `download: ${list.join(', ')} not removed: ${edit}`] };
    return {
      changes: [{ ...cacheChange(
        'download',
        `remove the downloaded ${list.join(', ')} at the end of the RUN`,
        `The RUN downloads ${list.length > 1 ? 'these files' : 'this file'} only to unpack or run ${list.length > 1 ? 'them' : 'it'}; removed in the same RUN, the layer no longer carries ${list.length > 1 ? 'them' : 'it'}. Safe: nothing else in the RUN keeps ${list.length > 1 ? 'them' : 'it'} and no later instruction names ${list.length > 1 ? 'them' : 'it'}.` +
          files.filter((f) => f.from).map((f) => ` The download names ${path.posix.basename(f.file)} relative to ${f.from}, where the RUN is at that point (its cd/pushd), so it is removed by that absolute path, wherever the RUN ends.`).join(''),
        [edit],
        files.map((f) => globOf(run, f.file)),
      ), at: files[0].inv.cmd.start }],
      skips,
    };
  },
};

/**
 * The working directory at each point of a RUN that changes directory with top-level `cd`/`pushd`/`popd` statements
 * chained by `&&` (a failed cd stops the RUN). Null at a point where it is not known: a relative cd from an unknown
 * WORKDIR, `cd -`, `cd` without a literal argument, or a directory change inside a subshell, loop or condition.
 */
function directories(run: RunView): { cwdAt(offset: number): string | null } | null {
  const statements = run.script.statements;
  const changes: { at: number; cwd: string | null }[] = [];
  let cwd: string | null = run.workdir ?? null;
  const stack: (string | null)[] = [];
  let seen = false;
  for (const inv of run.invocations) {
    if (!['cd', 'pushd', 'popd'].includes(inv.name)) continue;
    const st = statements.find((s) => s.start <= inv.cmd.start && inv.cmd.end <= s.end);
    if (!st || st.start !== inv.cmd.start || st.end !== inv.cmd.end || !inv.cmd.topLevelShell || inv.wrappers.length) return null;
    seen = true;
    const args = inv.args.map((a) => a.value);
    if (args.some((a) => a === null)) return null;
    const target = (args as string[]).filter((a) => a !== '-q' && a !== '-P' && a !== '-L');
    if (inv.name === 'popd') {
      if (target.length || stack.length === 0) return null;
      cwd = stack.pop()!;
    } else {
      if (target.length !== 1 || target[0] === '-' || target[0].startsWith('-') || target[0].startsWith('~')) return null;
      if (inv.name === 'pushd') stack.push(cwd);
      cwd = target[0].startsWith('/') ? path.posix.normalize(target[0]) : cwd === null ? null : path.posix.normalize(`${cwd}/${target[0]}`);
    }
    changes.push({ at: inv.cmd.end, cwd });
  }
  if (!seen) return null;
  const first = statements.findIndex((s) => s.start <= changes[0].at && changes[0].at <= s.end);
  if (statements.slice(first + 1).some((s) => s.before !== '&&')) return null;
  return {
    cwdAt(offset: number): string | null {
      let at: string | null = run.workdir ?? null;
      for (const c of changes) if (c.at <= offset) at = c.cwd;
      return at;
    },
  };
}
