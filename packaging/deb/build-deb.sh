#!/usr/bin/env bash
# Builds devrel-guide_VERSION_ARCH.deb from a built binary, with dpkg-deb and no network.
#   packaging/deb/build-deb.sh BINARY COMPLETIONS_DIR MANPAGE WORK_DIR OUT_DIR
# `make deb` passes the stripped release binary and the completions it generated.
# MAINTAINER overrides the Maintainer field (default: the project itself, with no address:
# the project has no mailing address of its own, and an invented one would mislead).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
binary=${1:?usage: build-deb.sh BINARY COMPLETIONS_DIR MANPAGE WORK_DIR OUT_DIR}
completions=${2:?} manpage=${3:?} work=${4:?} out=${5:?}
name=devrel-guide

version=$("$binary" --version)
[[ $version =~ ^[0-9][A-Za-z0-9.+~-]*$ ]] || { echo "build-deb: odd version '$version'" >&2; exit 1; }
arch=$(dpkg --print-architecture)
maintainer=${MAINTAINER:-The devrel-guide project}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

# The runtime dependencies are what the binary links, and must be exactly the expected set:
# a new library is a decision to make on purpose, not by accident.
depends=$("$here/depends.sh" "$binary")
found=$(printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | sort -u)
expected=$({ grep -v '^#' "$here/expected-depends" || true; } | sort -u)
if [ "$found" != "$expected" ]; then
  echo "build-deb: the binary needs packages [$(echo $found)], expected [$(echo $expected)]" >&2
  echo "build-deb: update packaging/deb/expected-depends if that is intended" >&2
  exit 1
fi

root=$work/root
rm -rf "$root"
umask 022
install -d "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/man/man1" \
  "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
  "$root/usr/share/fish/vendor_completions.d" "$root/usr/share/doc/$name"
install -m 0755 "$binary" "$root/usr/bin/$name"
gzip -9n <"$manpage" >"$root/usr/share/man/man1/$name.1.gz"
install -m 0644 "$here/copyright" "$root/usr/share/doc/$name/copyright"
install -m 0644 "$completions/$name.bash" "$root/usr/share/bash-completion/completions/$name"
install -m 0644 "$completions/_$name" "$root/usr/share/zsh/vendor-completions/_$name"
install -m 0644 "$completions/$name.fish" "$root/usr/share/fish/vendor_completions.d/$name.fish"
printf '%s (%s) unstable; urgency=medium\n\n  * Built from the source tree with `make deb`.\n\n -- %s  %s\n' \
  "$name" "$version" "$maintainer" "$(date -u -R -d "@$SOURCE_DATE_EPOCH")" |
  gzip -9n >"$root/usr/share/doc/$name/changelog.gz"
chmod 0644 "$root/usr/share/man/man1/$name.1.gz" "$root/usr/share/doc/$name/changelog.gz"

size=$(du -sk --apparent-size "$root/usr" | cut -f1)
sed -e "s|@VERSION@|$version|" -e "s|@ARCH@|$arch|" -e "s|@MAINTAINER@|$maintainer|" \
  -e "s|@INSTALLED_SIZE@|$size|" -e "s|@DEPENDS@|$depends|" -e '/^Depends: *$/d' \
  "$here/control.in" >"$root/DEBIAN/control"
(cd "$root" && find usr -type f -print0 | sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
chmod 0644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

deb=$out/${name}_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb"
echo "built $deb"
echo "Depends: ${depends:-(none: the binary is fully static)}"
