#!/usr/bin/env bash
# Installs a real VS Code for the end-to-end tests, from nothing, on Debian 12 + Node 20, using only the
# npm registry and Debian apt: code-server (VS Code 1.100.3 with a server-side extension host on this
# machine's Node) driven by playwright-core and Debian's Chromium.
#
#   bash test/e2e/setup.sh          # installs into .harness/ at the repository root (git-ignored)
#   HARNESS=/some/dir bash test/e2e/setup.sh
#
# Re-runnable: when everything is in place it only checks and exits (well under a second). A stamp file
# records the pinned versions; changing a version below reinstalls. Nothing is written outside $HARNESS
# except the Debian packages and npm's download cache.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3     # == VS Code 1.100.3; package.json engines.vscode must accept it
PLAYWRIGHT_CORE_VERSION=1.65.1
# @vscode/ripgrep as pinned inside code-server 4.100.3's bundled VS Code, and the rg release it fetches.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_ASSET=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz
APT_PACKAGES=(build-essential python3 pkg-config libkrb5-dev ripgrep chromium)

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
H=${HARNESS:-$ROOT/.harness}
mkdir -p "$H"
H=$(cd "$H" && pwd)
STAMP="$H/installed.txt"
WANT="code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION"
started=$(date +%s%N)
exec 3>&1   # timings reach the terminal even from steps whose output goes to a log
step() { printf '[setup] %s\n' "$*"; }
since() { local ms=$(( ($(date +%s%N) - $1) / 1000000 )); printf '%d.%ds' $((ms / 1000)) $((ms % 1000 / 100)); }
timed() { # timed LABEL CMD... : runs CMD and prints how long it took
  local label=$1 s; shift; s=$(date +%s%N); "$@"
  printf '[setup] %s took %s\n' "$label" "$(since "$s")" >&3
}

# 1. Debian packages: a C/C++ toolchain, python3 and the Kerberos headers for code-server's native modules
#    (node-pty, kerberos), ripgrep (stands in for the GitHub download of @vscode/ripgrep), Chromium.
missing=()
for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  step "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  timed "apt-get update" $SUDO apt-get update -qq
  # fonts-dejavu-core: without a font the screenshots show empty boxes
  timed "apt-get install" $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core \
    >"$H/apt-install.log" 2>&1 || { tail -40 "$H/apt-install.log"; exit 1; }
fi

CS="$H/cs/node_modules/.bin/code-server"
PW="$H/e2e/node_modules/playwright-core/package.json"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ] && [ -x "$CS" ] && [ -f "$PW" ]; then
  step "harness already installed in $H ($WANT)"
else
  rm -f "$STAMP"
  mkdir -p "$H"/{tmp,xdg/config,xdg/data,xdg/cache,cs,e2e}

  # 2. @vscode/ripgrep's postinstall downloads rg from GitHub, unless its cache already holds the archive:
  #    $TMPDIR/vscode-ripgrep-cache-<pkg version>/<asset>. Seed it with Debian's rg.
  export TMPDIR="$H/tmp"
  mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION" "$TMPDIR/rg"
  cp /usr/bin/rg "$TMPDIR/rg/rg"
  tar czf "$TMPDIR/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION/$RIPGREP_ASSET" -C "$TMPDIR/rg" rg

  # 3. code-server from npm.
  #    npm_config_unsafe_perm: as root, code-server's postinstall refuses to run otherwise.
  #    npm_config_yes: node-pty's postinstall runs `npx node-gyp`, which must not stop to ask.
  #    npm_config_nodedir=/usr: node-gyp builds against the installed Node headers instead of downloading them.
  #    XDG_*: code-server's config and logs stay in the harness, not in $HOME.
  export npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir=/usr
  export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
  export XDG_CONFIG_HOME="$H/xdg/config" XDG_DATA_HOME="$H/xdg/data" XDG_CACHE_HOME="$H/xdg/cache"
  [ -f "$H/cs/package.json" ] || echo '{"name":"shieldwall-harness-cs","private":true}' >"$H/cs/package.json"
  step "npm install code-server@$CODE_SERVER_VERSION (compiles native modules, a few minutes from scratch)"
  (cd "$H/cs" && timed "code-server install" npm install "code-server@$CODE_SERVER_VERSION" \
    >"$H/cs-install.log" 2>&1) || { tail -40 "$H/cs-install.log"; exit 1; }
  rg_bin="$H/cs/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
  [ -x "$rg_bin" ] || { echo "ripgrep missing at $rg_bin: did code-server change its @vscode/ripgrep version?" >&2; exit 1; }

  # 4. the test driver
  [ -f "$H/e2e/package.json" ] || echo '{"name":"shieldwall-harness-e2e","private":true,"type":"module"}' >"$H/e2e/package.json"
  step "npm install playwright-core@$PLAYWRIGHT_CORE_VERSION"
  (cd "$H/e2e" && timed "playwright-core install" npm install "playwright-core@$PLAYWRIGHT_CORE_VERSION" \
    >"$H/e2e-install.log" 2>&1) || { tail -40 "$H/e2e-install.log"; exit 1; }
  echo "$WANT" >"$STAMP"
fi

# run folders left by failed or --keep runs (logs for debugging): drop those older than a day
[ -d "$H/runs" ] && find "$H/runs" -mindepth 1 -maxdepth 1 -mtime +1 -exec rm -rf {} +

version=$(XDG_CONFIG_HOME="$H/xdg/config" XDG_DATA_HOME="$H/xdg/data" XDG_CACHE_HOME="$H/xdg/cache" "$CS" --version | grep -m1 -E '^[0-9]+\.[0-9]+\.[0-9]+ ')
case "$version" in "$CODE_SERVER_VERSION "*) ;; *) echo "unexpected code-server version: $version" >&2; exit 1 ;; esac
[ -x /usr/bin/chromium ] || { echo "/usr/bin/chromium missing" >&2; exit 1; }
printf '[setup] OK in %s: code-server %s, playwright-core %s, %s\n' \
  "$(since "$started")" "$version" "$PLAYWRIGHT_CORE_VERSION" "$(/usr/bin/chromium --version 2>/dev/null)"
