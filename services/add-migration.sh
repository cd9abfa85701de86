#!/usr/bin/env bash
# Adds a migration to both provider sets of one service (decision 002), e.g.
#   services/add-migration.sh Proposals AddCalls
# Needs dotnet-ef 10.0.15 on PATH or in $EF_TOOL_PATH:
#   dotnet tool install --tool-path ~/.dotnet-ef-tool dotnet-ef --version 10.0.15
# The services reference Microsoft.EntityFrameworkCore.Design (design time only, PrivateAssets).
set -euo pipefail
service="${1:?usage: $0 <Service> <MigrationName>}"
name="${2:?usage: $0 <Service> <MigrationName>}"
here="$(cd "$(dirname "$0")" && pwd)"
project="$here/$service/HuiShang.$service"
[ -d "$project" ] || { echo "no such service project: $project" >&2; exit 2; }
export PATH="$PATH:${EF_TOOL_PATH:-$HOME/.dotnet-ef-tool}"
dotnet build "$project" --nologo -v quiet
for provider in Sqlite Postgres; do
  dotnet-ef migrations add "$name" --no-build --project "$project" \
    --context "${provider}${service}DbContext" --output-dir "Data/Migrations/$provider"
done
