#!/usr/bin/env bash
# CoachBot end to end in Microsoft 365 Agents Playground, driven by Debian's headless Chromium.
#
#   e2e/run.sh                      build CoachBot (Release) and play every scenario in e2e/scenarios
#   e2e/run.sh --scenario help      only that scenario (repeat the option, or NAME,NAME)
#   e2e/run.sh --list               list the scenarios
#   e2e/run.sh --docs               also refresh the README screenshots in docs/screenshots/
#   e2e/run.sh --no-build           reuse the last build
#
# Each scenario gets a fresh CoachBot (Development, its own SQLite file, a free loopback port), a fresh
# Playground (telemetry off, bound to loopback) and a fresh page in one headless Chromium (fresh profile).
# Screenshots and logs go to e2e/out/<scenario>/. Everything started here is stopped on exit, also on
# failure or Ctrl-C.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
chromium=${CHROMIUM:-/usr/bin/chromium}

driver_args=()
build=1
list=0
while [ $# -gt 0 ]; do
  case "$1" in
    --scenario) [ $# -ge 2 ] || { echo "e2e: --scenario needs a name" >&2; exit 2; }
                driver_args+=(--scenario "$2"); shift 2 ;;
    --scenario=*) driver_args+=(--scenario "${1#*=}"); shift ;;
    --docs) driver_args+=(--docs "$root/docs/screenshots"); shift ;;
    --no-build) build=0; shift ;;
    --list) list=1; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "e2e: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done

command -v node >/dev/null || { echo "e2e: node is not installed" >&2; exit 2; }
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/@microsoft/m365agentsplayground" ]; then
  echo "e2e: installing the pinned npm packages (npm ci)"
  (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts)
fi

if [ "$list" -eq 1 ]; then
  exec node "$here/lib/driver.js" --list "${driver_args[@]}"
fi

# Check the scenario files (and --scenario names) before spending time on a build.
node "$here/lib/driver.js" --list "${driver_args[@]}" > /dev/null

command -v dotnet >/dev/null || { echo "e2e: dotnet is not installed" >&2; exit 2; }
[ -x "$chromium" ] || { echo "e2e: no Chromium at $chromium (apt-get install chromium)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/coachbot-e2e.XXXXXX")
run_id="coachbot-e2e-$$-${work##*.}"
driver_pid=""

# Stops everything this run started: the driver's process group, then anything else that still carries
# this run's COACHBOT_E2E_RUN variable (a browser or server that left the group), by pid.
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$driver_pid" ] && kill -0 "$driver_pid" 2>/dev/null; then
    kill -TERM -- "-$driver_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$driver_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$driver_pid" 2>/dev/null || true
  fi
  local pids=() pid
  for _ in 1 2 3; do
    pids=()
    for dir in /proc/[0-9]*; do
      pid=${dir#/proc/}
      [ "$pid" = "$$" ] && continue
      if { tr '\0' '\n' < "$dir/environ"; } 2>/dev/null | grep -qx "COACHBOT_E2E_RUN=$run_id"; then pids+=("$pid"); fi
    done
    [ ${#pids[@]} -eq 0 ] && break
    echo "e2e: stopping ${#pids[@]} leftover process(es): ${pids[*]}" >&2
    kill -TERM "${pids[@]}" 2>/dev/null || true
    for _ in $(seq 30); do
      local alive=0
      for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
      [ "$alive" -eq 0 ] && break
      sleep 0.1
    done
    kill -KILL "${pids[@]}" 2>/dev/null || true
  done
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

bot_out="$root/artifacts/e2e/bot"
if [ "$build" -eq 1 ] || [ ! -f "$bot_out/CoachBot.Bot.dll" ]; then
  echo "e2e: building CoachBot (Release)"
  if ! dotnet build "$root/Bot/Bot.csproj" -c Release -o "$bot_out" -nologo -v quiet \
       -nodeReuse:false -p:UseSharedCompilation=false > "$work/build.log" 2>&1; then
    grep -E 'error|Error' "$work/build.log" | head -30 >&2 || tail -30 "$work/build.log" >&2
    echo "e2e: FAILED — CoachBot does not build" >&2
    exit 1
  fi
fi

cd "$root"
set +e
COACHBOT_E2E_RUN="$run_id" setsid node "$here/lib/driver.js" \
  --bot-dll "$bot_out/CoachBot.Bot.dll" --content-root "$root/Bot" --work "$work" \
  --out "$here/out" "${driver_args[@]}" &
driver_pid=$!
wait "$driver_pid"
status=$?
set -e
driver_pid=""
exit "$status"
