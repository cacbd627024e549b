#!/usr/bin/env bash
# CI step: CoachBot end to end in Microsoft 365 Agents Playground (e2e/run.sh), after the unit tests.
# - Installs Debian's Chromium when /usr/bin/chromium is missing and the pinned npm packages (npm ci).
#   If either cannot be installed, it says so plainly ("e2e: SKIPPED — ...") and exits 0.
# - Any other failure (build, start-up, a scenario) exits non-zero.
# - Bounded: the run stops after E2E_BUDGET_SECONDS (default 540 s, counted after the installs); e2e/run.sh stops every
#   process it started, and this script checks that none is left. The 20 scenarios take 185-215 s on a quiet 2-core
#   machine; the budget stops a hang, not a slow machine (a busy shared host measured 3x slower), and keeps the whole
#   .ci/run under 15 minutes.
set -uo pipefail
cd "$(dirname "$0")/.."

budget=${E2E_BUDGET_SECONDS:-540}
started=$(date +%s)  # reset below: installing Chromium and npm packages does not count against the run's budget
remaining() { echo $(( budget - ($(date +%s) - started) )); }
skip() { echo "e2e: SKIPPED — $*"; exit 0; }
last_line() { grep -v '^[[:space:]]*$' | tail -n 1 | cut -c1-200; }

# 1. Chromium (Debian's package; the Playground's UI needs a real browser).
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  command -v apt-get >/dev/null || skip "chromium could not be installed: apt-get is not available"
  echo "e2e: installing chromium (apt-get)"
  if ! out=$(timeout 120 apt-get update 2>&1); then
    skip "chromium could not be installed: apt-get update failed: $(printf '%s\n' "$out" | last_line)"
  fi
  if ! out=$(DEBIAN_FRONTEND=noninteractive timeout 180 apt-get install -y -q chromium 2>&1); then
    skip "chromium could not be installed: $(printf '%s\n' "$out" | last_line)"
  fi
  [ -x "$chromium" ] || skip "chromium could not be installed: $chromium is still missing after apt-get install"
fi

# 2. The pinned npm packages (@microsoft/m365agentsplayground, playwright-core) from e2e/package-lock.json.
command -v npm >/dev/null || skip "the npm packages could not be installed: npm is not available"
if ! out=$(cd e2e && timeout 120 npm ci --no-audit --no-fund --ignore-scripts 2>&1); then
  errors=$(printf '%s\n' "$out" | grep -E '^npm (error|ERR!) ' | sed -E 's/^npm (error|ERR!) +//')
  reason=$( { printf '%s\n' "$errors" | grep -E '^code ' | head -n 1
              printf '%s\n' "$errors" | grep -E 'FetchError|[0-9]{3} |not found|ETARGET|EINTEGRITY|lock' | head -n 1; } \
            | paste -sd ';' - | sed 's/;/: /' | cut -c1-240)
  skip "the npm packages could not be installed: ${reason:-$(printf '%s\n' "$out" | last_line)}"
fi

# 3. The scenarios. Exit status and summary line come from e2e/run.sh.
started=$(date +%s)
left=$(remaining)
if [ "$left" -lt 60 ]; then
  echo "e2e: FAILED — only ${left} s of the ${budget} s budget left after installing; not running"
  exit 1
fi
timeout --kill-after=15 "$left" e2e/run.sh
status=$?
if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
  echo "e2e: FAILED — stopped after the ${budget} s budget"
fi

# 4. Nothing may be left running: CoachBot, the Playground or Chromium started by this step.
leftovers=$(ps -eo pid=,args= | grep -E 'artifacts/e2e/bot/CoachBot\.Bot\.dll|m365agentsplayground/cli\.js|coachbot-e2e\.' | grep -v grep || true)
if [ -n "$leftovers" ]; then
  echo "e2e: FAILED — processes left behind:"
  printf '%s\n' "$leftovers"
  [ "$status" -eq 0 ] && status=1
fi
exit "$status"
