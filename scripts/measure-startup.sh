#!/usr/bin/env bash
# Start-up benchmark of the README's first command (issue 10), measured side by side with a baseline
# in the same run: seconds from `dotnet run --project HuiShang.AppHost` (warm build) until the gateway
# answers /health/ready, and the RSS of every service at idle, each against a minimal grpc-dotnet
# server (tests/HuiShang.Grpc.Benchmarks --serve dotnet) started the same way (dotnet run, Debug, like the platform). Loopback only; stops
# everything it started, by PID. Usage: scripts/measure-startup.sh [rounds=3] [idle seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"; idle="${2:-20}"
run_dir="$(mktemp -d /tmp/huishang-startup-XXXX)"
dotnet build HuiShang.sln -v quiet -nologo >/dev/null

rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
now() { date +%s.%N; }

baseline() {  # seconds until the minimal server prints LISTENING, and its RSS after $idle s
  local out; out="$(mktemp)"
  local t0; t0=$(now)
  dotnet run --no-build --project tests/HuiShang.Grpc.Benchmarks -- --serve dotnet >"$out" 2>&1 &
  local pid=$!
  until grep -q LISTENING "$out"; do sleep 0.1; done
  local t1; t1=$(now)
  sleep "$idle"
  local server; server=$(pgrep -P "$pid" -f HuiShang.Grpc.Benchmarks | head -1) \
    || { echo "the minimal server's process was not found under dotnet run $pid" >&2; exit 1; }
  echo "$(echo "$t1 - $t0" | bc) $(rss_kib "$server")"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; rm -f "$out"
}

platform() {  # seconds until the gateway is ready, then "name rss" per host after $idle s
  local out; out="$(mktemp)"
  local t0; t0=$(now)
  dotnet run --project HuiShang.AppHost -- --run-dir "$run_dir" >"$out" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null localhost:8080/health/ready; do sleep 0.2; done
  local t1; t1=$(now)
  sleep "$idle"
  echo "startup $(echo "$t1 - $t0" | bc)"
  for name in Proposals Agreements Funding Evaluation Notifications Gateway; do
    local host; host=$(pgrep -f "bin/Debug/net10.0/HuiShang.$name\$" | head -1) \
      || { echo "HuiShang.$name is not running" >&2; exit 1; }
    echo "$name $(rss_kib "$host")"
  done
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; rm -f "$out"
  while pgrep -f "$run_dir" >/dev/null; do sleep 0.5; done
}

echo "# Start-up and idle RSS, $(date -u +%F), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$rounds"); do   # interleaved: baseline, platform, baseline, platform …
  read -r base_s base_rss < <(baseline)
  mapfile -t lines < <(platform)
  start_s=$(echo "${lines[0]}" | cut -d' ' -f2)
  printf 'round %s: platform ready in %.1f s, minimal server in %.1f s (ratio %.1f×); minimal server RSS %d MiB\n' \
    "$round" "$start_s" "$base_s" "$(echo "$start_s / $base_s" | bc -l)" $((base_rss / 1024))
  for line in "${lines[@]:1}"; do
    read -r name rss <<<"$line"
    printf '  %-13s RSS %4d MiB (%.1f× the minimal server)\n' "$name" $((rss / 1024)) "$(echo "$rss / $base_rss" | bc -l)"
  done
done
rm -rf "$run_dir"
