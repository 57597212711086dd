#! /bin/sh
# tools/install-deps.sh -- install what building and testing interceptor
# needs on Debian/Ubuntu.  The one list of build dependencies: the README's
# commands and .ci/run both call this.  Uses sudo only when not root; does
# nothing (not even `apt-get update') when everything is installed.
set -eu

if test "`id -u`" -eq 0; then
  sudo=
elif command -v sudo >/dev/null 2>&1; then
  sudo=sudo
else
  sudo=no
fi
updated=no

# install PACKAGE...: install those of the packages that are missing.
install () {
  missing=
  for p in "$@"; do
    if dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
      :
    else
      missing="$missing $p"
    fi
  done
  test -n "$missing" || return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps.sh: no apt-get here; install the equivalents of:$missing" >&2
    exit 1
  fi
  if test "$sudo" = no; then
    echo "install-deps.sh: need root (or sudo) to install:$missing" >&2
    exit 1
  fi
  echo "install-deps.sh: installing:$missing"
  if test $updated = no; then
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    updated=yes
  fi
  # shellcheck disable=SC2086
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
}

# The distribution's GCC first: the plugin headers must match the GCC
# that builds the plugin, and which GCC that is (12 on Debian 12, 14 on
# Debian 13) is known once it is installed.
install gcc g++
gcc_major=`gcc -dumpversion | cut -d. -f1`

packages="
  make libc6-dev
  gcc-$gcc_major-plugin-dev
  autoconf automake libtool pkg-config
  dejagnu
  openssl
  libelf-dev groff-base
"
# The programs of `make check-wholesale' (tools/wholesale; its quick
# slice in `make check' needs only bash, coreutils and g++).  The
# libraries it makes shims of come with them (zlib1g, libsqlite3-0,
# libxml2, libssl3 -- whose names change between releases).
packages="$packages
  git python3 sqlite3 libxml2-utils tar gzip
"
# For `make demo-libcrypto' (optional; the demo leaves out what is
# missing): ltrace uftrace
# The -m32 (i386) runtime and test variant: a 32-bit toolchain on amd64.
if test "`dpkg --print-architecture 2>/dev/null`" = amd64; then
  packages="$packages gcc-multilib g++-multilib"
fi
# shellcheck disable=SC2086
install $packages
echo "install-deps.sh: all build dependencies are installed"
