#!/usr/bin/env bash
# oauthvet's benchmark: oauthvet against the floor (a no-op go/analysis
# analyzer), go vet, gosec and staticcheck on generated and real corpora.
#
#   bench/run.sh           # full run (about 16 minutes on 2 cores once set up), writes bench/RESULTS.md
#   bench/run.sh -quick    # CI smoke: 1 run, N=100, one real module; writes bench/.work/RESULTS-quick.md
#   bench/run.sh -help     # the flags (-runs, -sizes, -real, -vetsize, -vetruns, -tools, -profile, ...)
#
# It builds oauthvet from the working tree each time, so it measures what
# is checked out now.
set -euo pipefail
cd "$(dirname "$0")"

# GNU time measures wall, CPU and peak RSS.
if ! command -v /usr/bin/time >/dev/null; then
	if [ "$(id -u)" = 0 ]; then
		(apt-get install -y time || { apt-get update && apt-get install -y time; }) >/dev/null
	else
		sudo apt-get install -y time >/dev/null
	fi
fi

exec go run ./run "$@"
