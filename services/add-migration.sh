#!/usr/bin/env bash
# Adds a migration to both provider sets of one service (decision 002), e.g.
#   services/add-migration.sh Proposals AddCalls
# Needs dotnet-ef 10.0.14 on PATH or in $EF_TOOL_PATH:
#   dotnet tool install --tool-path ~/.dotnet-ef-tool dotnet-ef --version 10.0.14
set -euo pipefail
service="${1:?usage: $0 <Service> <MigrationName>}"
name="${2:?usage: $0 <Service> <MigrationName>}"
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/$service/HuiShang.$service"
[ -d "$project" ] || { echo "no such service project: $project" >&2; exit 2; }
export PATH="$PATH:${EF_TOOL_PATH:-$HOME/.dotnet-ef-tool}"
# EfDesign=true switches on the design-time-only reference of EfDesign.targets.
export EfDesign=true
dotnet build "$project" --nologo -v quiet
for provider in Sqlite Postgres; do
  dotnet-ef migrations add "$name" --no-build --project "$project" \
    --context "${provider}${service}DbContext" --output-dir "Data/Migrations/$provider"
done
# Build once more without the design-time reference, so it does not linger in the next run's output.
unset EfDesign
dotnet build "$project" --nologo -v quiet
