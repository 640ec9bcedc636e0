/**
 * What the multi-stage pass knows about images and packages: which official images have a runtime-only variant,
 * and which Debian/Alpine packages only build software (compilers, build systems, language headers).
 */

export interface RuntimeBase {
  /** The image the runtime stage starts from. */
  image: string;
  /** Why it has everything the app needs at run time. */
  why: string;
  /** The runtime is a different image family (e.g. golang -> debian): the toolchain is gone altogether. */
  familyChange: boolean;
  /** The toolchain command the runtime no longer has (a CMD using it cannot move). */
  toolchain?: string;
  /** Directories the full image puts on PATH for programs the build installs (golang: /go/bin). */
  path?: string[];
  /** Variables the full image sets and the runtime image does not (golang: GOPATH): empty in the runtime stage. */
  env?: string[];
}

const DEBIAN_CODENAMES = ['bookworm', 'bullseye', 'buster', 'trixie', 'stretch'];

function splitRef(image: string): { registry: string; name: string; tag: string | null; digest: boolean } {
  const digest = /@sha256:/.test(image);
  let ref = image.replace(/@sha256:[0-9a-f]+$/i, '');
  let tag: string | null = null;
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) {
    tag = ref.slice(colon + 1);
    ref = ref.slice(0, colon);
  }
  const m = /^((?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/)?(library\/)?(.*)$/.exec(ref)!;
  return { registry: (m[1] ?? '') + (m[2] ?? ''), name: m[3], tag, digest };
}

/**
 * What the full image has and its `-slim` variant lacks: buildpack-deps brings, with its -dev packages, their shared
 * libraries too, which a native extension compiled in the build stage (the pg gem, psycopg2 from source, mysqlclient)
 * links against and the slim runtime does not have.
 */
const BUILDPACK_DEPS = 'buildpack-deps (compilers, headers, git, curl, wget, procps, and the shared libraries of its -dev packages, such as libpq, libmysqlclient, libxml2 and ImageMagick, which a native extension compiled in the build stage may link against)';

/**
 * rust and buildpack-deps are buildpack-deps:<codename>: the same shared libraries of its -dev packages leave, and
 * the program compiled in the build stage may load them.
 */
const TOOLCHAIN_BUILDPACK_DEPS = 'compilers, headers, git, curl, wget, procps, and the shared libraries of its -dev packages, such as libssl, libpq, libsqlite3 and libxml2, which the program compiled in the build stage may link against';

/** golang is buildpack-deps:<codename>-scm: curl and git bring libssl and libcurl, which a cgo build may link against. */
const GOLANG_BASE = (codename: string): string => `what buildpack-deps:${codename}-scm has (git, curl, wget, ssh, procps, and the shared libraries they bring, such as libssl and libcurl, which a cgo build may link against)`;

/**
 * The runtime-only variant of an official full image, or null (already slim/alpine, unknown image, a digest
 * pin, or a tag whose distribution cannot be told). node and python `-slim` variants carry the same interpreter
 * on `debian:<codename>-slim` instead of `buildpack-deps:<codename>` (compilers, headers, VCS tools).
 */
export function runtimeBase(image: string): RuntimeBase | null {
  const { registry, name, tag, digest } = splitRef(image);
  if (digest || /\$/.test(image)) return null;
  const t = tag ?? 'latest';
  if (/(^|-)(slim|alpine|windowsservercore|nanoserver)/.test(t) || /-(slim|alpine)/.test(t)) return null;
  const codename = DEBIAN_CODENAMES.find((c) => t === c || t.endsWith(`-${c}`)) ?? null;
  const at = (n: string, newTag: string): string => `${registry}${n}:${newTag}`;
  switch (name) {
    case 'node': {
      // node:18-bookworm -> node:18-bookworm-slim, node:18 -> node:18-slim, node -> node:slim
      const newTag = t === 'latest' ? 'slim' : `${t}-slim`;
      return { image: at('node', newTag), why: `${newTag} has the same Node.js and npm without ${BUILDPACK_DEPS}`, familyChange: false };
    }
    case 'python':
    case 'ruby': {
      // python:3.11-bookworm -> python:3.11-slim-bookworm, python:3.11 -> python:3.11-slim
      let newTag: string;
      if (t === 'latest') newTag = 'slim';
      else if (codename && t !== codename) newTag = `${t.slice(0, -codename.length - 1)}-slim-${codename}`;
      else if (codename) newTag = `slim-${codename}`;
      else newTag = `${t}-slim`;
      const what = name === 'python' ? 'Python and pip' : 'Ruby and Bundler';
      return { image: at(name, newTag), why: `${newTag} has the same ${what} without ${BUILDPACK_DEPS}`, familyChange: false };
    }
    case 'golang':
    case 'rust':
    case 'buildpack-deps': {
      if (!codename) return null;
      const toolchain = name === 'golang' ? 'go' : name === 'rust' ? 'cargo' : undefined;
      // What leaves is the whole base the toolchain sits on, its libraries too, not only the toolchain.
      const lost =
        name === 'buildpack-deps' ? `buildpack-deps' ${TOOLCHAIN_BUILDPACK_DEPS}`
        : name === 'golang' ? `the golang toolchain and without ${GOLANG_BASE(codename)}`
        : `the rust toolchain and without buildpack-deps' ${TOOLCHAIN_BUILDPACK_DEPS} (openssl-sys, behind reqwest's default TLS, links libssl)`;
      return {
        image: `debian:${codename}-slim`,
        why: `the program is compiled in the build stage; debian:${codename}-slim is the same Debian release without ${lost}`,
        familyChange: true,
        toolchain,
        path: name === 'golang' ? ['/go/bin'] : name === 'rust' ? ['/usr/local/cargo/bin'] : [],
        env: name === 'golang' ? ['GOPATH', 'GOLANG_VERSION', 'GOTOOLCHAIN'] : name === 'rust' ? ['CARGO_HOME', 'RUSTUP_HOME', 'RUST_VERSION'] : [],
      };
    }
    default:
      return null;
  }
}

/**
 * Packages that only build software. Other `-dev` packages stay in the runtime: dropping them would also drop the
 * runtime library they pull in (libpq-dev brings libpq5), which a compiled extension may load.
 */
const BUILD_ONLY = new Set([
  'build-essential', 'gcc', 'g++', 'cpp', 'make', 'cmake', 'ninja-build', 'autoconf', 'automake', 'libtool', 'pkg-config',
  'pkgconf', 'bison', 'flex', 'gfortran', 'clang', 'llvm', 'dpkg-dev', 'golang', 'golang-go', 'rustc', 'cargo', 'nasm', 'yasm',
  'swig', 'python3-dev', 'python-dev', 'python-dev-is-python3', 'libpython3-dev', 'libc6-dev', 'libc-dev', 'linux-libc-dev',
  // Alpine
  'build-base', 'musl-dev', 'alpine-sdk', 'linux-headers', 'go', 'rust',
]);

export function isBuildOnlyPackage(pkg: string): boolean {
  // Without `=`, `:` or `/` (most words) neither replacement changes anything.
  const plain = !pkg.includes('=') && !pkg.includes(':') && !pkg.includes('/');
  const name = (plain ? pkg : pkg.replace(/[=:].*$/, '').replace(/^(.*?)(\/.*)?$/, '$1')).toLowerCase();
  if (BUILD_ONLY.has(name)) return true;
  if (/^(gcc|g\+\+|cpp|clang|llvm|gfortran)-\d+$/.test(name)) return true;
  if (/^golang-\d+(\.\d+)?(-go)?$/.test(name)) return true;
  if (/^python3\.\d+-dev$/.test(name) || /^libpython3\.\d+-dev$/.test(name)) return true;
  return false;
}

/**
 * Alpine: the run-time library a compiler package pulls in that what it compiled loads in any case: a C++ extension
 * needs libstdc++.so.6, Fortran code libgfortran (each brings libgcc along). The build-only package leaves with the
 * split; these stay. Debian's slim images have libstdc++ and libgcc (apt needs them); the official Alpine images do
 * not, except node's (its Node needs libstdc++). (gcc alone compiles C, which needs neither.)
 */
const APK_COMPILER_LIBS: Record<string, string[]> = {
  'g++': ['libstdc++'],
  'build-base': ['libstdc++'],
  'alpine-sdk': ['libstdc++'],
  clang: ['libstdc++'],
  gfortran: ['libgfortran'],
};

/**
 * The run-time libraries of the compilers among `dropped` (Alpine packages the runtime stage does not install)
 * that the runtime image `runtimeImage` lacks, in a stable order; empty when no such compiler leaves.
 */
export function compilerLibraries(dropped: string[], runtimeImage: string): string[] {
  const has = /^(docker\.io\/)?(library\/)?node:/.test(runtimeImage) ? new Set(['libstdc++']) : new Set<string>();
  const libs = new Set<string>();
  for (const d of dropped) for (const l of APK_COMPILER_LIBS[packageName(d)] ?? []) if (!has.has(l)) libs.add(l);
  return ['libstdc++', 'libgfortran'].filter((l) => libs.has(l));
}

function packageName(arg: string): string {
  return arg.replace(/[=:<>~].*$/, '').replace(/\/.*$/, '').toLowerCase();
}

/**
 * Programs the full images (node, python, ruby: buildpack-deps; golang, rust: the same) have and their slim
 * runtime (`-slim`, `debian:<codename>-slim`) does not, with the Debian package that brings each back. A
 * HEALTHCHECK or command that runs one of them breaks on the slim base unless a replayed install provides it.
 */
const FULL_IMAGE_ONLY: Record<string, string> = {
  curl: 'curl', wget: 'wget', git: 'git', ssh: 'openssh-client', scp: 'openssh-client', sftp: 'openssh-client',
  hg: 'mercurial', svn: 'subversion', gpg: 'gnupg', ps: 'procps', pgrep: 'procps', pkill: 'procps', top: 'procps',
  free: 'procps', watch: 'procps', vmstat: 'procps', uptime: 'procps', pmap: 'procps', unzip: 'unzip', bzip2: 'bzip2',
  xz: 'xz-utils', unxz: 'xz-utils', file: 'file', make: 'make', gcc: 'gcc', 'g++': 'g++', cc: 'gcc', patch: 'patch',
  convert: 'imagemagick', identify: 'imagemagick', magick: 'imagemagick',
};

/**
 * The package that brings `program` back when the runtime image `runtimeImage` (a slim variant) lacks it, or null
 * when the slim image has it too. Alpine images also lack bash.
 */
export function slimLacks(program: string, runtimeImage: string): string | null {
  if (Object.prototype.hasOwnProperty.call(FULL_IMAGE_ONLY, program)) return FULL_IMAGE_ONLY[program];
  if (/alpine/i.test(runtimeImage) && program === 'bash') return 'bash';
  return null;
}
