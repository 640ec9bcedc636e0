#!/usr/bin/env bash
# scripts/engine.sh — set up a real Docker engine and the dockerfix base images
# on a fresh machine, idempotently.
#
#   scripts/engine.sh           install/start/build whatever is missing
#   scripts/engine.sh --check   exit 0 if the engine answers and every base
#                               image exists, else 1 (no side effects)
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
#   * Measured here: from scratch (apt install + dockerd + 4 bases) ~82-100 s
#     (apt 6-11 s, dockerd 1-2 s, debootstrap+import 24 s, node 29 s,
#     python 9-14 s, golang 13-19 s); re-run < 1 s.
#   * The base image uses the machine's apt sources (deb822 .sources files, or
#     sources.list), so apt inside builds hits the same mirror(s).
set -euo pipefail

DOCKER=/usr/bin/docker
DOCKERD=/usr/sbin/dockerd
export DOCKER_BUILDKIT=1
STATE_DIR=/var/lib/dockerfix-engine
STATE_FILE=$STATE_DIR/dockerd.flags
SOCK=/var/run/docker.sock
BASES=(dockerfix/debian:bookworm dockerfix/node:bookworm dockerfix/python:bookworm dockerfix/golang:bookworm)
# Official names the sample apps use, tagged onto the bases at the end of a run.
TAGS=(debian:bookworm node:18-bookworm python:3.11-bookworm golang:1.19-bookworm)

log() { printf '[engine] %s\n' "$*" >&2; }
die() { printf '[engine] ERROR: %s\n' "$*" >&2; exit 1; }

engine_up() { [ -x "$DOCKER" ] && [ -S "$SOCK" ] && timeout 10 "$DOCKER" version >/dev/null 2>&1; }
image_exists() { "$DOCKER" image inspect "$1" >/dev/null 2>&1; }

if [ "${1:-}" = "--check" ]; then
  engine_up || { echo "engine: not running" >&2; exit 1; }
  missing=0
  for img in "${BASES[@]}"; do
    image_exists "$img" || { echo "engine: missing image $img" >&2; missing=1; }
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

build_from_stdin() { # tag, dockerfile text on stdin
  local tag=$1 t
  t=$(date +%s)
  "$DOCKER" build "${BUILD_NET[@]}" "${PROXY_ENV[@]}" --progress=plain -t "$tag" - >"/tmp/engine-build-${tag//[\/:]/_}.log" 2>&1 \
    || { tail -30 "/tmp/engine-build-${tag//[\/:]/_}.log" >&2; die "building $tag failed (log /tmp/engine-build-${tag//[\/:]/_}.log)"; }
  log "built $tag in $(( $(date +%s) - t ))s ($("$DOCKER" image inspect -f '{{.Size}}' "$tag" | awk '{printf "%.0f MB", $1/1e6}'))"
}

# ---------------------------------------------------------------- dockerfix/debian
if image_exists dockerfix/debian:bookworm; then
  log "dockerfix/debian:bookworm exists"
else
  step_start "debootstrap dockerfix/debian:bookworm"
  MIRROR=$(apt_mirror)
  ROOT=$(mktemp -d /var/tmp/dockerfix-rootfs.XXXXXX)
  trap 'rm -rf "$ROOT"' EXIT
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
  printf '#!/bin/sh\nexit 101\n' >"$ROOT/usr/sbin/policy-rc.d"; chmod 755 "$ROOT/usr/sbin/policy-rc.d"
  # Small: drop caches and lists like the official images.
  rm -rf "$ROOT"/var/lib/apt/lists/* "$ROOT"/var/cache/apt/*.bin "$ROOT"/var/cache/apt/archives/*.deb \
         "$ROOT"/var/log/*.log "$ROOT"/var/log/apt/* "$ROOT"/tmp/* "$ROOT"/debootstrap
  mkdir -p "$ROOT/var/lib/apt/lists/partial"
  : >"$ROOT/etc/hostname"; rm -f "$ROOT/etc/resolv.conf"
  tar --numeric-owner -C "$ROOT" -c . | "$DOCKER" import \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'CMD ["bash"]' - dockerfix/debian:bookworm >/dev/null \
    || die "docker import failed"
  rm -rf "$ROOT"; trap - EXIT
  step_end
fi

# ---------------------------------------------------------------- derived bases
if image_exists dockerfix/node:bookworm; then
  log "dockerfix/node:bookworm exists"
else
  step_start "build dockerfix/node:bookworm"
  build_from_stdin dockerfix/node:bookworm <<EOF
FROM dockerfix/debian:bookworm
RUN apt-get update \\
 && apt-get install -y --no-install-recommends nodejs npm ca-certificates \\
 && rm -rf /var/lib/apt/lists/* \\
 && groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node \\
 && printf 'registry=%s\ncafile=/etc/ssl/certs/ca-certificates.crt\nfund=false\naudit=false\nupdate-notifier=false\n' '$NPM_REGISTRY' > /etc/npmrc \\
 && node --version && npm --version
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt \\
    NPM_CONFIG_GLOBALCONFIG=/etc/npmrc
CMD ["node"]
EOF
  step_end
fi

if image_exists dockerfix/python:bookworm; then
  log "dockerfix/python:bookworm exists"
else
  step_start "build dockerfix/python:bookworm"
  build_from_stdin dockerfix/python:bookworm <<'EOF'
FROM dockerfix/debian:bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 python3-venv python3-pip ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && ln -s /usr/bin/python3 /usr/local/bin/python \
 && python3 --version
ENV PYTHONUNBUFFERED=1 LANG=C.UTF-8
CMD ["python3"]
EOF
  step_end
fi

if image_exists dockerfix/golang:bookworm; then
  log "dockerfix/golang:bookworm exists"
else
  step_start "build dockerfix/golang:bookworm"
  build_from_stdin dockerfix/golang:bookworm <<'EOF'
FROM dockerfix/debian:bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends golang-go ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /go/src /go/bin && chmod -R 1777 /go \
 && go version
ENV GOPATH=/go PATH=/go/bin:/usr/lib/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    CGO_ENABLED=0
WORKDIR /go
CMD ["bash"]
EOF
  step_end
fi

# The sample apps are written like real-world Dockerfiles, against the official image names. No registry is
# reachable, so those names are local stand-ins for the bases above (same distribution, Debian's packages).
declare -A OFFICIAL=(
  [dockerfix/debian:bookworm]=debian:bookworm
  [dockerfix/node:bookworm]=node:18-bookworm
  [dockerfix/python:bookworm]=python:3.11-bookworm
  [dockerfix/golang:bookworm]=golang:1.19-bookworm
)
for img in "${!OFFICIAL[@]}"; do
  "$DOCKER" tag "$img" "${OFFICIAL[$img]}"
done

for img in "${BASES[@]}"; do
  log "$(printf '%-28s %s' "$img" "$("$DOCKER" image inspect -f '{{.Size}}' "$img" | awk '{printf "%.0f MB", $1/1e6}')")"
done
log "all done in $(( $(date +%s) - T0 ))s"
