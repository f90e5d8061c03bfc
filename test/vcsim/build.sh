#!/usr/bin/env bash
# Builds test/vcsim/.bin/vcsim from main.go, offline, against the Go sources Debian packages
# install under /usr/share/gocode (golang-go, golang-github-vmware-govmomi-dev): GOPATH mode
# (GO111MODULE=off), so no go.mod, no module proxy, no downloads. Without Go or govmomi it
# prints a note and exits 0, and the tests that use it (test/vcsim/start.ts) skip.
set -euo pipefail
cd "$(dirname "$0")"

gopath=${VCSIM_GOPATH:-/usr/share/gocode}
if ! command -v go >/dev/null 2>&1; then
  echo "vcsim: go is not installed; not building (the vcsim test will skip)"
  exit 0
fi
if [ ! -d "$gopath/src/github.com/vmware/govmomi/simulator" ]; then
  echo "vcsim: govmomi sources not found under $gopath (apt-get install golang-github-vmware-govmomi-dev); not building (the vcsim test will skip)"
  exit 0
fi

export GO111MODULE=off GOPATH="$gopath" GOFLAGS= GOPROXY=off GOTOOLCHAIN=local CGO_ENABLED=0
# The build cache makes rebuilds take a second; keep it inside .bin when there is no usable home.
case "$(go env GOCACHE 2>/dev/null)" in "" | off) export GOCACHE="$PWD/.bin/go-cache" ;; esac

mkdir -p .bin
start=$(date +%s)
# Built beside and renamed into place: test files that start vcsim in parallel may each build it,
# and none may run a half-written binary.
go build -trimpath -o ".bin/vcsim.$$" .
mv -f ".bin/vcsim.$$" .bin/vcsim
echo "vcsim: built test/vcsim/.bin/vcsim with $(go version | cut -d' ' -f3) in $(($(date +%s) - start)) s"
