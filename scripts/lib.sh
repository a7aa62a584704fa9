# Shared helpers for scripts/*. Sourced, not run.
set -euo pipefail
GONGKAI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export GONGKAI_ROOT
# Emscripten 3.1.6 (Debian) needs Debian's node modules (acorn) on NODE_PATH.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PUPPETEER_SKIP_DOWNLOAD=1

log() { printf '\033[1m[gongkai]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[gongkai] error:\033[0m %s\n' "$*" >&2; exit 1; }

# Run as root directly, otherwise through sudo.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

jobs_count() { nproc 2>/dev/null || echo 2; }
