#!/usr/bin/env bash
# Rewrites the golden event files (vigil-pipeline/src/test/resources/org/vigil/pipeline/golden/)
# from what the engine codes now: run it in the commit that changes behaviour, so the diff shows
# which events changed (issue 10). The VOA golden file is written only where ../shared is present.
set -euo pipefail
cd "$(dirname "$0")/.."
./build -q -pl vigil-pipeline -am verify -Dvigil.golden.update=true -Dit.test=GoldenEventsIT \
  -Dsurefire.failIfNoSpecifiedTests=false -Dtest=NoSuchTest -Dfailsafe.failIfNoSpecifiedTests=false
git status --short vigil-pipeline/src/test/resources/org/vigil/pipeline/golden/
