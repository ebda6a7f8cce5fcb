#!/bin/sh
# Gathers the files the server serves under /static: our own static/ and the npm assets we use.
set -eu
cd "$(dirname "$0")/.."
target=${1:-build/static}
mkdir -p "$target/vendor"
cp -R static/. "$target/"
copy() { # package-relative source, target folder under vendor/
  mkdir -p "$target/vendor/$2"
  cp -R "node_modules/$1" "$target/vendor/$2/"
}
copy @utrecht/component-library-css/dist/index.css utrecht
copy leaflet/dist/leaflet.js leaflet
copy leaflet/dist/leaflet.css leaflet
copy leaflet/dist/images leaflet
copy leaflet.markercluster/dist/leaflet.markercluster.js markercluster
copy leaflet.markercluster/dist/MarkerCluster.css markercluster
copy leaflet.markercluster/dist/MarkerCluster.Default.css markercluster
