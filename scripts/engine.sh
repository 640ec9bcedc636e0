#!/usr/bin/env bash
# scripts/engine.sh — set up a real Docker engine and the dockerfix base images
# on a fresh machine, idempotently.
#
#   scripts/engine.sh           install/start/build whatever is missing
#   scripts/engine.sh --check   exit 0 if the engine answers, every base image
#                               exists (current recipe) and every official tag
#                               points at its base, else 1 (no side effects)
#
# What was found to work in this sandbox (Debian bookworm VM, root, kernel 6.x,
# cgroup v1, only the npm registry and Debian's apt mirror reachable):
#   * dockerd comes from Debian's docker.io package (20.10.24) at /usr/sbin/dockerd.
#     It starts with NO extra flags: overlay2 storage works, iptables (nf_tables)
#     works, and the default bridge network gives RUN steps in `docker build`
#     outbound access to deb.debian.org and registry.npmjs.org. No
#     `--network host` is needed. If overlay2 fails to come up the script retries
#     with --storage-driver=vfs, and if the bridge/iptables set-up fails it
#     retries with --iptables=false --bridge=none (builds then need
#     `--network host`; the chosen flags are written to $STATE_FILE).
#   * The `docker` first on PATH (/usr/local/bin/docker, 28.x) insists on buildx,
#     which cannot be installed here. Always use Debian's client:
#         DOCKER_BUILDKIT=1 /usr/bin/docker build ...
#     (20.10's client has BuildKit built in.) `# syntax=` lines, heredocs and
#     `COPY --link` are NOT available (no registry to fetch a dockerfile frontend).
#   * Outbound TLS is intercepted by an egress proxy whose CA is in
#     /usr/local/share/ca-certificates/ on the machine. The base image therefore
#     carries the machine's extra CAs at the same path and the machine's CA
#     bundle at /etc/ssl/certs/ca-certificates.crt; when an image later installs
#     the ca-certificates package, update-ca-certificates rebuilds the bundle
#     from Mozilla's list plus /usr/local/share/ca-certificates, so the proxy CA
#     survives. Debian's nodejs/npm already use the system store; the node
#     image additionally sets NODE_EXTRA_CA_CERTS and an npm `cafile` (belt and
#     braces) and the machine's npm registry (`npm config get registry`) in
#     /etc/npmrc. No HTTP(S)_PROXY variables are needed (interception is
#     transparent); if the machine has any they are passed as --build-arg.
#   * Images (local name dockerfix/<official name>, tagged with the official name at the end of every run):
#       dockerfix/debian:bookworm           debootstrap --variant=minbase + dist-upgrade from -updates/-security,
#                                           official apt/dpkg config. Tagged debian:bookworm AND debian:bookworm-slim:
#                                           minbase is already slim-shaped (required packages only, no recommends).
#       dockerfix/buildpack-deps:bookworm   FROM debian: the official image's three layers (curl, scm, full), same
#                                           package lists, `apt-get install -y --no-install-recommends`, lists removed
#                                           in the same RUN. All packages exist in bookworm (sq 0.27 included);
#                                           libxslt-dev is virtual, apt picks libxslt1-dev (the official image too).
#                                           Nothing trimmed (the three layers take ~100 s here). openssh-client adds
#                                           the system group _ssh (gid 101, ssh-agent is setgid); no users are added.
#       dockerfix/node:18-bookworm          FROM buildpack-deps: Debian's nodejs 18.20 + npm 9.2, user node (1000)
#       dockerfix/node:18-bookworm-slim     FROM debian: the same recipe
#       dockerfix/python:3.11-bookworm      FROM buildpack-deps: python3 3.11 + venv + pip, /usr/local/bin/python
#       dockerfix/python:3.11-slim-bookworm FROM debian: the same recipe
#       dockerfix/golang:1.19-bookworm      FROM buildpack-deps: golang-go 1.19, GOPATH /go, CGO_ENABLED=0
#     The full and slim images of a language are built by the same commands with the same config (ENV, CMD,
#     WORKDIR, USER, labels), so a slim-based runtime stage can be compared with a full-based original: every path
#     both have is identical (type, owner, mode, content) except package/apt/debconf databases, /var/log/*,
#     /etc/ld.so.cache, /var/cache/ldconfig, and /etc/group, /etc/gshadow (+ backups: the _ssh group). That needs
#     the same package versions in both, hence (1) the dist-upgrade of the debian base (without it, -dev packages
#     in buildpack-deps upgrade zlib1g, liblzma5, libzstd1, libpcre2-8-0, perl-base under the full images only),
#     (2) a check after every build that each package of a slim image is in its full image with the same version
#     (on a mismatch everything is rebuilt once with --no-cache), (3) `rm -rf /root/.npm` (npm --version leaves a
#     timestamped log). Every image carries the label org.dockerfix.engine-recipe=$RECIPE; an image without the current value
#     (e.g. from an older version of this script, whose node/python/golang images were slim-shaped and named
#     dockerfix/*:bookworm) is rebuilt, the official tags move to the new images and the old ones are removed.
#   * Measured here (2 CPUs): from scratch with docker.io installed and dockerd up, no usable build cache: 355 s
#     (debootstrap + dist-upgrade + import 61 s, buildpack-deps 97 s, node 67 s, node-slim 78 s, python 9 s,
#     python-slim 24 s, golang 14 s, package check + tags 5 s); add apt 6-21 s and dockerd 1-2 s on a fresh
#     machine. Node is slow because npm is ~390 Debian packages. Re-run with everything present: 0.7 s;
#     --check 0.2 s. Sizes: debian 117 MB, buildpack-deps 931 MB, node 1066 MB, node-slim 350 MB,
#     python 957 MB, python-slim 193 MB, golang 1390 MB.
#   * The base image uses the machine's apt sources (deb822 .sources files, or
#     sources.list), so apt inside builds hits the same mirror(s).
set -euo pipefail

DOCKER=/usr/bin/docker
DOCKERD=/usr/sbin/dockerd
export DOCKER_BUILDKIT=1
STATE_DIR=/var/lib/dockerfix-engine
STATE_FILE=$STATE_DIR/dockerd.flags
SOCK=/var/run/docker.sock
# Local images are named dockerfix/<official name> and tagged with the official name at the end of every run
# (test-engine/ uses dockerfix/debian:bookworm directly). Order = build order; PARENT = FROM.
DEBIAN_IMG=dockerfix/debian:bookworm
DERIVED=(dockerfix/buildpack-deps:bookworm
         dockerfix/node:18-bookworm dockerfix/node:18-bookworm-slim
         dockerfix/python:3.11-bookworm dockerfix/python:3.11-slim-bookworm
         dockerfix/golang:1.19-bookworm)
BASES=("$DEBIAN_IMG" "${DERIVED[@]}")
declare -A PARENT=(
  [dockerfix/buildpack-deps:bookworm]=$DEBIAN_IMG
  [dockerfix/node:18-bookworm]=dockerfix/buildpack-deps:bookworm
  [dockerfix/node:18-bookworm-slim]=$DEBIAN_IMG
  [dockerfix/python:3.11-bookworm]=dockerfix/buildpack-deps:bookworm
  [dockerfix/python:3.11-slim-bookworm]=$DEBIAN_IMG
  [dockerfix/golang:1.19-bookworm]=dockerfix/buildpack-deps:bookworm
)
# Official names the sample apps (and multi-stage rewrites) use -> local image. The minbase debootstrap is already
# slim-shaped (no recommends, nothing but apt/dpkg/bash/coreutils...), so one image stands for both debian tags.
declare -A OFFICIAL=([debian:bookworm]=$DEBIAN_IMG [debian:bookworm-slim]=$DEBIAN_IMG)
for img in "${DERIVED[@]}"; do OFFICIAL[${img#dockerfix/}]=$img; done
# (slim, full) pairs whose shared packages must have the same versions (see the header).
PAIRS=("$DEBIAN_IMG dockerfix/buildpack-deps:bookworm"
       "dockerfix/node:18-bookworm-slim dockerfix/node:18-bookworm"
       "dockerfix/python:3.11-slim-bookworm dockerfix/python:3.11-bookworm")
# Names used by earlier versions of this script (slim-shaped node/python/golang); untagged when found.
LEGACY=(dockerfix/node:bookworm dockerfix/python:bookworm dockerfix/golang:bookworm)
# Every image this script builds carries this label; an image without the current value is rebuilt. Bump it when
# a recipe changes. 2 = debian base upgraded from -updates/-security, buildpack-deps under the full bases.
RECIPE=2
RECIPE_LABEL=org.dockerfix.engine-recipe

log() { printf '[engine] %s\n' "$*" >&2; }
die() { printf '[engine] ERROR: %s\n' "$*" >&2; exit 1; }

engine_up() { [ -x "$DOCKER" ] && [ -S "$SOCK" ] && timeout 10 "$DOCKER" version >/dev/null 2>&1; }
# Current-recipe images and the tags pointing at them, from one `docker images` call (each client call costs ~0.2 s).
declare -A IMG_ID=()
load_images() {
  local name id
  IMG_ID=()
  while read -r name id; do IMG_ID[$name]=$id; done \
    < <("$DOCKER" images --no-trunc --filter "label=$RECIPE_LABEL=$RECIPE" --format '{{.Repository}}:{{.Tag}} {{.ID}}')
}
image_exists() { [ -n "${IMG_ID[$1]:-}" ]; }

if [ "${1:-}" = "--check" ]; then
  engine_up || { echo "engine: not running" >&2; exit 1; }
  load_images
  missing=0
  for img in "${BASES[@]}"; do
    image_exists "$img" || { echo "engine: missing image $img (or built by an older recipe)" >&2; missing=1; }
  done
  for tag in "${!OFFICIAL[@]}"; do
    src=${OFFICIAL[$tag]}
    if image_exists "$src" && [ "${IMG_ID[$tag]:-}" != "${IMG_ID[$src]}" ]; then
      echo "engine: $tag is not tagged on $src" >&2; missing=1
    fi
  done
  [ $missing = 0 ] && echo "engine: up; base images present"
  exit $missing
elif [ $# -gt 0 ]; then
  die "usage: $0 [--check]"
fi

[ "$(id -u)" = 0 ] || die "must run as root"

T0=$(date +%s)
step_start() { STEP_NAME=$1; STEP_T=$(date +%s); log "$STEP_NAME ..."; }
step_end() { log "$STEP_NAME done in $(( $(date +%s) - STEP_T ))s"; }

# ---------------------------------------------------------------- packages
export DEBIAN_FRONTEND=noninteractive
if [ ! -x "$DOCKERD" ] || [ ! -x "$DOCKER" ] || ! command -v debootstrap >/dev/null 2>&1; then
  step_start "apt-get install docker.io debootstrap"
  # apt-get update only if the lists are absent or the install cannot find the package.
  if ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then
    apt-get update -qq </dev/null || die "apt-get update failed"
  fi
  if ! apt-get install -y -qq docker.io debootstrap </dev/null >/tmp/engine-apt.log 2>&1; then
    apt-get update -qq </dev/null || die "apt-get update failed"
    apt-get install -y -qq docker.io debootstrap </dev/null >/tmp/engine-apt.log 2>&1 \
      || { tail -20 /tmp/engine-apt.log >&2; die "apt-get install docker.io debootstrap failed"; }
  fi
  step_end
else
  log "docker.io and debootstrap already installed"
fi

# ---------------------------------------------------------------- dockerd
DOCKERD_LOG=/var/log/dockerd.log
touch "$DOCKERD_LOG" 2>/dev/null || DOCKERD_LOG=/tmp/dockerd.log

wait_socket() { # $1 = timeout seconds, $2 = pid
  local i
  for ((i = 0; i < $1; i++)); do
    engine_up && return 0
    kill -0 "$2" 2>/dev/null || return 1
    sleep 1
  done
  return 1
}

start_dockerd() { # flags...
  log "starting dockerd $* (log: $DOCKERD_LOG)"
  setsid "$DOCKERD" "$@" >>"$DOCKERD_LOG" 2>&1 </dev/null &
  local pid=$!
  if wait_socket 60 "$pid"; then
    mkdir -p "$STATE_DIR"; printf '%s\n' "$*" >"$STATE_FILE"
    return 0
  fi
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 20); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  rm -f /var/run/docker.pid
  return 1
}

if engine_up; then
  log "dockerd already answering on $SOCK"
else
  step_start "start dockerd"
  ok=0
  # Previously working flags first, then the default, then fallbacks.
  candidates=()
  [ -s "$STATE_FILE" ] && candidates+=("$(cat "$STATE_FILE")")
  candidates+=("" "--storage-driver=vfs" "--iptables=false --bridge=none" "--storage-driver=vfs --iptables=false --bridge=none")
  for flags in "${candidates[@]}"; do
    # shellcheck disable=SC2086
    if start_dockerd $flags; then ok=1; break; fi
    log "dockerd did not come up with flags '$flags'; last log lines:"; tail -5 "$DOCKERD_LOG" >&2 || true
  done
  [ $ok = 1 ] || die "could not start dockerd; see $DOCKERD_LOG"
  step_end
fi
BUILD_NET=()
if grep -q -- '--bridge=none' "$STATE_FILE" 2>/dev/null && ! "$DOCKER" network inspect bridge >/dev/null 2>&1; then
  BUILD_NET=(--network host)
fi
log "dockerd: $("$DOCKER" info --format '{{.ServerVersion}} storage={{.Driver}}' 2>/dev/null)"

# ---------------------------------------------------------------- machine config
apt_mirror() {
  local f u
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    u=$(awk '/^URIs:/ {print $2; exit}' "$f")
    [ -n "$u" ] && case "$u" in *security*) ;; *) echo "$u"; return;; esac
  done
  if [ -f /etc/apt/sources.list ]; then
    u=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
    [ -n "$u" ] && { echo "$u"; return; }
  fi
  echo http://deb.debian.org/debian
}
NPM_REGISTRY=https://registry.npmjs.org/
if command -v npm >/dev/null 2>&1; then
  NPM_REGISTRY=$(npm config get registry 2>/dev/null | tail -1) || NPM_REGISTRY=https://registry.npmjs.org/
fi
case "$NPM_REGISTRY" in http://*|https://*) ;; *) NPM_REGISTRY=https://registry.npmjs.org/;; esac
PROXY_ENV=()
for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
  [ -n "${!v:-}" ] && PROXY_ENV+=(--build-arg "$v=${!v}")
done

build_from_stdin() { # tag [docker build args...], dockerfile text on stdin
  local tag=$1 t blog="/tmp/engine-build-${1//[\/:]/_}.log"
  shift
  t=$(date +%s)
  "$DOCKER" build "${BUILD_NET[@]}" "${PROXY_ENV[@]}" "$@" --progress=plain -t "$tag" - >"$blog" 2>&1 \
    || { tail -30 "$blog" >&2; die "building $tag failed (log $blog)"; }
  log "built $tag in $(( $(date +%s) - t ))s ($("$DOCKER" image inspect -f '{{.Size}}' "$tag" | awk '{printf "%.0f MB", $1/1e6}'))"
}

# ---------------------------------------------------------------- dockerfix/debian
build_debian() {
  step_start "debootstrap $DEBIAN_IMG"
  local MIRROR ROOT
  MIRROR=$(apt_mirror)
  ROOT=$(mktemp -d /var/tmp/dockerfix-rootfs.XXXXXX)
  trap "rm -rf '$ROOT'" EXIT
  log "debootstrap --variant=minbase bookworm from $MIRROR"
  debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR" >/tmp/engine-debootstrap.log 2>&1 \
    || { tail -20 /tmp/engine-debootstrap.log >&2; die "debootstrap failed (log /tmp/engine-debootstrap.log)"; }
  # CA certificates: extra (proxy) CAs and the bundle, at the same paths.
  mkdir -p "$ROOT/usr/local/share/ca-certificates" "$ROOT/etc/ssl/certs"
  if compgen -G '/usr/local/share/ca-certificates/*' >/dev/null; then
    cp -a /usr/local/share/ca-certificates/. "$ROOT/usr/local/share/ca-certificates/"
  fi
  [ -f /etc/ssl/certs/ca-certificates.crt ] && cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/ca-certificates.crt"
  # apt sources: the machine's own (same mirror, plus -updates/-security if configured).
  if compgen -G '/etc/apt/sources.list.d/*.sources' >/dev/null; then
    rm -f "$ROOT/etc/apt/sources.list"
    mkdir -p "$ROOT/etc/apt/sources.list.d"
    cp /etc/apt/sources.list.d/*.sources "$ROOT/etc/apt/sources.list.d/"
  elif [ -s /etc/apt/sources.list ]; then
    cp /etc/apt/sources.list "$ROOT/etc/apt/sources.list"
  fi
  # Same apt behaviour as the official debian images.
  cat >"$ROOT/etc/apt/apt.conf.d/docker-clean" <<'EOF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
EOF
  printf 'APT::AutoRemove::SuggestsImportant "false";\n' >"$ROOT/etc/apt/apt.conf.d/docker-autoremove-suggests"
  printf 'Acquire::Languages "none";\n' >"$ROOT/etc/apt/apt.conf.d/docker-no-languages"
  printf 'Acquire::GzipIndexes "true";\n' >"$ROOT/etc/apt/apt.conf.d/docker-gzip-indexes"
  printf 'force-unsafe-io\n' >"$ROOT/etc/dpkg/dpkg.cfg.d/docker-apt-speedup"   # no fsync per file: 2x faster installs
  printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"; chmod 755 "$ROOT/usr/sbin/policy-rc.d"
  # Up to date with -updates/-security like the official images: otherwise a -dev package in buildpack-deps
  # (zlib1g-dev, liblzma-dev, perl via dpkg-dev...) upgrades the base library under the full images only, and the
  # slim and full images ship different copies of libz, liblzma, perl-base, ... (see the header).
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
  chroot "$ROOT" sh -c 'DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get -y -qq dist-upgrade' \
    </dev/null >>/tmp/engine-debootstrap.log 2>&1 \
    || { tail -20 /tmp/engine-debootstrap.log >&2; die "apt-get dist-upgrade in the debootstrap root failed (log /tmp/engine-debootstrap.log)"; }
  # Small: drop caches and lists like the official images.
  rm -rf "$ROOT"/var/lib/apt/lists/* "$ROOT"/var/cache/apt/*.bin "$ROOT"/var/cache/apt/archives/*.deb \
         "$ROOT"/var/log/*.log "$ROOT"/var/log/apt/* "$ROOT"/tmp/* "$ROOT"/debootstrap
  mkdir -p "$ROOT/var/lib/apt/lists/partial"
  : >"$ROOT/etc/hostname"; rm -f "$ROOT/etc/resolv.conf"
  tar --numeric-owner -C "$ROOT" -c . | "$DOCKER" import \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c "LABEL $RECIPE_LABEL=$RECIPE" \
    -c 'CMD ["bash"]' - "$DEBIAN_IMG" >/dev/null \
    || die "docker import failed"
  rm -rf "$ROOT"; trap - EXIT
  step_end
}

# ---------------------------------------------------------------- derived bases
# buildpack-deps:bookworm = the three layers of the official image (curl, scm, full), same packages, same commands.
recipe_buildpack_deps() {
  cat <<EOF
FROM $DEBIAN_IMG
RUN set -eux; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends \\
		ca-certificates \\
		curl \\
		gnupg \\
		netbase \\
		sq \\
		wget \\
	; \\
	rm -rf /var/lib/apt/lists/*
RUN set -eux; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends \\
		git \\
		mercurial \\
		openssh-client \\
		subversion \\
		procps \\
	; \\
	rm -rf /var/lib/apt/lists/*
RUN set -ex; \\
	apt-get update; \\
	apt-get install -y --no-install-recommends \\
		autoconf \\
		automake \\
		bzip2 \\
		default-libmysqlclient-dev \\
		dpkg-dev \\
		file \\
		g++ \\
		gcc \\
		imagemagick \\
		libbz2-dev \\
		libc6-dev \\
		libcurl4-openssl-dev \\
		libdb-dev \\
		libevent-dev \\
		libffi-dev \\
		libgdbm-dev \\
		libglib2.0-dev \\
		libgmp-dev \\
		libjpeg-dev \\
		libkrb5-dev \\
		liblzma-dev \\
		libmagickcore-dev \\
		libmagickwand-dev \\
		libmaxminddb-dev \\
		libncurses5-dev \\
		libncursesw5-dev \\
		libpng-dev \\
		libpq-dev \\
		libreadline-dev \\
		libsqlite3-dev \\
		libssl-dev \\
		libtool \\
		libwebp-dev \\
		libxml2-dev \\
		libxslt-dev \\
		libyaml-dev \\
		make \\
		patch \\
		unzip \\
		xz-utils \\
		zlib1g-dev \\
	; \\
	rm -rf /var/lib/apt/lists/*
LABEL $RECIPE_LABEL=$RECIPE
EOF
}

# The language recipes take the FROM image: buildpack-deps for the full image, debian for the slim one. Both get
# exactly the same commands and config, so every file they share is the same (owner, mode, content).
recipe_node() {
  cat <<EOF
FROM $1
RUN apt-get update \\
 && apt-get install -y --no-install-recommends nodejs npm ca-certificates \\
 && rm -rf /var/lib/apt/lists/* \\
 && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \\
 && printf 'registry=%s\ncafile=/etc/ssl/certs/ca-certificates.crt\nfund=false\naudit=false\nupdate-notifier=false\n' '$NPM_REGISTRY' > /etc/npmrc \\
 && node --version && npm --version \\
 && rm -rf /root/.npm
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \\
    NPM_CONFIG_GLOBALCONFIG=/etc/npmrc
LABEL $RECIPE_LABEL=$RECIPE
CMD ["node"]
EOF
}

recipe_python() {
  cat <<EOF
FROM $1
RUN apt-get update \\
 && apt-get install -y --no-install-recommends python3 python3-venv python3-pip ca-certificates \\
 && rm -rf /var/lib/apt/lists/* \\
 && ln -s /usr/bin/python3 /usr/local/bin/python \\
 && python3 --version
ENV PYTHONUNBUFFERED=1 LANG=C.UTF-8
LABEL $RECIPE_LABEL=$RECIPE
CMD ["python3"]
EOF
}

recipe_golang() {
  cat <<EOF
FROM $1
RUN apt-get update \\
 && apt-get install -y --no-install-recommends golang-go ca-certificates \\
 && rm -rf /var/lib/apt/lists/* \\
 && mkdir -p /go/src /go/bin && chmod -R 1777 /go \\
 && go version
ENV GOPATH=/go PATH=/go/bin:/usr/lib/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \\
    CGO_ENABLED=0
WORKDIR /go
LABEL $RECIPE_LABEL=$RECIPE
CMD ["bash"]
EOF
}

recipe() { # local image name
  case $1 in
    dockerfix/buildpack-deps:*) recipe_buildpack_deps ;;
    dockerfix/node:*) recipe_node "${PARENT[$1]}" ;;
    dockerfix/python:*) recipe_python "${PARENT[$1]}" ;;
    dockerfix/golang:*) recipe_golang "${PARENT[$1]}" ;;
    *) die "no recipe for $1" ;;
  esac
}

declare -A BUILT=() OLD_IDS=()
remember_old_ids() { # [force]; before the first build: the images the names point at now, to remove them once replaced
  [ ${#BUILT[@]} = 0 ] || [ $# -gt 0 ] || return 0
  local name id
  while read -r name id; do
    case " ${BASES[*]} ${LEGACY[*]} ${!OFFICIAL[*]} " in *" $name "*) OLD_IDS[$id]=1 ;; esac
  done < <("$DOCKER" images --no-trunc --format '{{.Repository}}:{{.Tag}} {{.ID}}')
}
build_missing() { # [--no-cache]: rebuild everything, debootstrap included
  local img
  if [ $# = 0 ] && image_exists "$DEBIAN_IMG"; then
    log "$DEBIAN_IMG exists"
  else
    remember_old_ids; build_debian; BUILT[$DEBIAN_IMG]=1
  fi
  for img in "${DERIVED[@]}"; do
    # A rebuilt parent means a rebuilt child (a cache hit when the parent's layers did not change).
    if [ $# = 0 ] && image_exists "$img" && [ -z "${BUILT[${PARENT[$img]}]:-}" ]; then
      log "$img exists"; continue
    fi
    remember_old_ids
    step_start "build $img"
    recipe "$img" | build_from_stdin "$img" "$@"
    step_end
    BUILT[$img]=1
  done
}

# Packages (name:arch version) of the slim image missing from the full one, or there with another version.
pkg_list() {
  "$DOCKER" run --rm --network none "$1" dpkg-query -W -f '${db:Status-Abbrev} ${Package}:${Architecture} ${Version}\n' \
    | awk '$1 == "ii" { print $2, $3 }' | sort
}
pair_mismatches() { # slim full
  comm -23 <(pkg_list "$1") <(pkg_list "$2")
}
check_pairs() { # -> 1 if some pair built in this run differs
  local pair slim full diff rc=0
  for pair in "${PAIRS[@]}"; do
    read -r slim full <<<"$pair"
    [ -n "${BUILT[$slim]:-}${BUILT[$full]:-}" ] || continue
    diff=$(pair_mismatches "$slim" "$full")
    if [ -n "$diff" ]; then
      log "WARNING: packages of $slim not in $full with the same version:"; sed 's/^/    /' <<<"$diff" >&2
      rc=1
    else
      log "$slim: every package is in $full with the same version"
    fi
  done
  return $rc
}

load_images
build_missing
if [ ${#BUILT[@]} -gt 0 ] && ! check_pairs; then
  # The mirror moved between the builds of a slim and a full image: build everything again, from scratch.
  log "rebuilding all images without the build cache so that slim and full images get the same package versions"
  remember_old_ids force
  build_missing --no-cache
  check_pairs || log "WARNING: slim and full images still differ (mirror updating right now?); rerun later"
fi

# The sample apps are written like real-world Dockerfiles, against the official image names. No registry is
# reachable, so those names are local stand-ins for the bases above (same distribution, Debian's packages).
load_images
for tag in "${!OFFICIAL[@]}"; do
  src=${OFFICIAL[$tag]}
  image_exists "$src" || die "$src missing after the build"
  if [ "${IMG_ID[$tag]:-}" != "${IMG_ID[$src]}" ]; then
    "$DOCKER" tag "$src" "$tag"; log "tagged $src as $tag"
  fi
done
if [ ${#BUILT[@]} -gt 0 ]; then
  # Images replaced in this run (older recipe, legacy names): remove them unless a container still uses them.
  for img in "${LEGACY[@]}"; do
    "$DOCKER" image inspect "$img" >/dev/null 2>&1 && "$DOCKER" rmi "$img" >/dev/null 2>&1 && log "removed old image name $img"
  done
  dangling=" $("$DOCKER" images --no-trunc --filter dangling=true -q | tr '\n' ' ') "
  for id in "${!OLD_IDS[@]}"; do
    case "$dangling" in
      *" $id "*) "$DOCKER" rmi "$id" >/dev/null 2>&1 && log "removed replaced image ${id#sha256:}" || log "replaced image ${id#sha256:} is still in use" ;;
    esac
  done
  "$DOCKER" images --filter "label=$RECIPE_LABEL=$RECIPE" --format '{{.Repository}}:{{.Tag}} {{.Size}}' \
    | grep '^dockerfix/' | sort | while read -r img size; do log "$(printf '%-38s %s' "$img" "$size")"; done
fi
log "all done in $(( $(date +%s) - T0 ))s"
