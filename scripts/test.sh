#!/usr/bin/env bash
# The README's test command (and CI's): installs the Debian packages whose servers the tests
# start privately, when missing, then runs every test of the solution.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $(id -u) -eq 0 ]]; then
  scripts/install-infrastructure.sh
elif ! [[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ]] || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  sudo scripts/install-infrastructure.sh
fi
dotnet test HuiShang.sln "$@"
