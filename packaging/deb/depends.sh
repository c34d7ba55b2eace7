#!/usr/bin/env bash
# Prints the Depends line for a binary: the packages that own the shared libraries it
# links (its NEEDED entries), found with objdump -p and dpkg -S. With dpkg-shlibdeps
# (dpkg-dev) installed, the same packages get their minimum versions from the shlibs files;
# either way the package set comes from what the binary really links. A fully static binary
# (what `make` builds) links none, and the line is empty.
#   packaging/deb/depends.sh BINARY
set -euo pipefail
binary=${1:?usage: depends.sh BINARY}

mapfile -t needed < <(objdump -p "$binary" | awk '$1 == "NEEDED" { print $2 }' | sort -u)
[ ${#needed[@]} -gt 0 ] || exit 0

# The file the dynamic linker would load for a soname, as the package database spells it.
owner() {
  local soname=$1 path candidate pkg
  path=$(ldconfig -p | awk -v lib="$soname" '$1 == lib { print $NF; exit }')
  [ -n "$path" ] || { echo "depends.sh: $soname is not in the ldconfig cache" >&2; return 1; }
  # Merged /usr: the database may list /lib/... or /usr/lib/..., or the symlink's target.
  for candidate in "$path" "/usr${path#/usr}" "${path#/usr}" "$(readlink -f "$path")" \
    "/usr$(readlink -f "$path" | sed 's|^/usr||')" "$(readlink -f "$path" | sed 's|^/usr||')"; do
    pkg=$(dpkg -S "$candidate" 2>/dev/null | grep -v '^diversion by' | head -n1 | cut -d: -f1) || true
    if [ -n "$pkg" ]; then echo "$pkg"; return 0; fi
  done
  echo "depends.sh: no package owns $path ($soname)" >&2
  return 1
}

packages=()
for soname in "${needed[@]}"; do packages+=("$(owner "$soname")"); done
mapfile -t packages < <(printf '%s\n' "${packages[@]}" | sort -u)

if command -v dpkg-shlibdeps >/dev/null 2>&1; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/debian"
  printf 'Source: devrel-guide\n\nPackage: devrel-guide\nArchitecture: any\n' >"$work/debian/control"
  cp "$binary" "$work/binary"
  if line=$(cd "$work" && dpkg-shlibdeps -O binary 2>/dev/null); then
    versioned=${line#shlibs:Depends=}
    # Keep it only when it names exactly the packages found above.
    names=$(printf '%s\n' "$versioned" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | sort -u)
    if [ "$names" = "$(printf '%s\n' "${packages[@]}")" ]; then
      echo "$versioned"
      exit 0
    fi
    echo "depends.sh: dpkg-shlibdeps says '$versioned'; using the unversioned list" >&2
  fi
fi
(IFS=,; echo "${packages[*]}") | sed 's/,/, /g'
