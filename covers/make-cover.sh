#!/usr/bin/env bash
# make-cover.sh — rebuilds covers/cover.jpg from covers/cover.html.
#
#   bash covers/make-cover.sh                 render cover.html -> cover.jpg
#   bash covers/make-cover.sh --preview DIR   also write DIR/cover.png (full size),
#                                             DIR/thumb-200.png, DIR/thumb-150.png,
#                                             DIR/gray.png and DIR/gray-200.png to check
#                                             legibility as a thumbnail and on e-ink
#   REGEN_OUTLINE=1 bash covers/make-cover.sh also regenerate kazakhstan.svg from the
#                                             npm package world-atlas (needs npm + node)
#
# Steps:
#   1. (only if kazakhstan.svg is missing or REGEN_OUTLINE=1) fetch world-atlas@2.0.2
#      with `npm pack` into a temporary folder and run make-outline.js on its
#      countries-50m.json;
#   2. screenshot cover.html with Debian's headless Chromium at 1600x2400, device
#      scale factor 1, with a throw-away profile and no network use of its own
#      (a virtual-time budget lets the local font files load before the shot);
#   3. check the PNG is exactly 1600x2400;
#   4. convert it to a baseline JPEG, quality 0.85, JFIF only (no EXIF/ICC), with
#      Convert.java run as a single-file Java program (java 11+; no ImageMagick).
#
# Needs: chromium and fonts-liberation (Debian packages; installed here with
# apt-get when missing and run as root), java (17 is used). Re-runnable: it
# overwrites cover.jpg and leaves nothing else behind in the tree.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
self="$here/$(basename "${BASH_SOURCE[0]}")"
caller_dir="$PWD"
cd "$here"

preview=""
while [ $# -gt 0 ]; do
  case "$1" in
    --preview) preview="${2:?--preview needs a folder}"; shift 2 ;;
    -h|--help) sed -n '2,25p' "$self"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# --- tools -------------------------------------------------------------------
# The fonts are read by cover.html straight from these files (fonts-liberation).
fonts="/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf
/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf
/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
missing=0
command -v chromium >/dev/null 2>&1 || missing=1
for f in $fonts; do [ -e "$f" ] || missing=1; done
if [ "$missing" = 1 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium and fonts-liberation" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
  else
    echo "need the Debian packages chromium and fonts-liberation" >&2
    exit 1
  fi
fi
command -v java >/dev/null 2>&1 || { echo "need java (11 or later)" >&2; exit 1; }

# --- 1. outline of Kazakhstan (committed; regenerated only on demand) ---------
if [ ! -s kazakhstan.svg ] || [ "${REGEN_OUTLINE:-0}" = 1 ]; then
  echo "generating kazakhstan.svg from world-atlas@2.0.2" >&2
  (cd "$work" && npm pack --silent world-atlas@2.0.2 >/dev/null && tar xzf world-atlas-2.0.2.tgz)
  node make-outline.js "$work/package/countries-50m.json" > "$work/kazakhstan.svg"
  mv "$work/kazakhstan.svg" kazakhstan.svg
fi

# --- 2. render -----------------------------------------------------------------
png="$work/cover.png"
chromium --headless --no-sandbox --disable-gpu \
  --disable-background-networking --disable-component-update --disable-sync \
  --no-first-run --hide-scrollbars --force-device-scale-factor=1 \
  --user-data-dir="$work/profile" \
  --virtual-time-budget=5000 \
  --window-size=1600,2400 --screenshot="$png" \
  "file://$here/cover.html" >"$work/chromium.log" 2>&1 || {
    cat "$work/chromium.log" >&2; echo "chromium failed" >&2; exit 1; }
[ -s "$png" ] || { cat "$work/chromium.log" >&2; echo "no screenshot" >&2; exit 1; }

# --- 3. check the size -----------------------------------------------------------
info="$(java Convert.java info "$png")"
case "$info" in
  1600x2400\ *) ;;
  *) echo "screenshot is $info, expected 1600x2400" >&2; exit 1 ;;
esac

# --- 4. JPEG -----------------------------------------------------------------------
java Convert.java jpeg "$png" "$work/cover.jpg" 0.85
mv "$work/cover.jpg" cover.jpg
echo "cover.jpg: $(java Convert.java info cover.jpg), $(wc -c < cover.jpg) bytes"

# --- optional previews -------------------------------------------------------------
if [ -n "$preview" ]; then
  case "$preview" in /*) ;; *) preview="$caller_dir/$preview" ;; esac
  mkdir -p "$preview"
  cp "$png" "$preview/cover.png"
  java Convert.java thumb cover.jpg "$preview/thumb-200.png" 200
  java Convert.java thumb cover.jpg "$preview/thumb-150.png" 150
  java Convert.java gray  cover.jpg "$preview/gray.png"
  java Convert.java gray  cover.jpg "$preview/gray-200.png" 200
  echo "previews in $preview" >&2
fi
