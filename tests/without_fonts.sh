#!/bin/sh
# Run a command as on a machine without fonts: in a private mount namespace, an empty
# folder is mounted over every folder pdfium and fontconfig look for fonts in. Needs root
# (CI is root) or unprivileged user namespaces (then `unshare -r` maps us to root).
#
#   tests/without_fonts.sh .venv/bin/zhibiao convert samples -o out-nofonts
set -eu
[ "$#" -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }
if [ "$(id -u)" -eq 0 ]; then as_root=""; else as_root="-r"; fi
exec unshare $as_root -m sh -eu -c '
empty=$(mktemp -d)
for folder in /usr/share/fonts /usr/local/share/fonts /usr/share/X11/fonts \
              "${HOME:-/root}/.fonts" "${HOME:-/root}/.local/share/fonts"; do
  if [ -d "$folder" ]; then mount --bind "$empty" "$folder"; fi
done
export ZHIBIAO_FONTS_HIDDEN=1
exec "$@"' sh "$@"
