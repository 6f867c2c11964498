# Shared set-up for scripts/demo and scripts/test: install only what is missing, then build.
# Sourced, not run.

BUURHUB_APT_PACKAGES=(libusb-1.0-0-dev libsqlite3-dev libgpiod-dev pkg-config)
# The console tests drive the full-screen kiosk inside tmux; systemd-analyze checks the unit;
# the device lab runs udevadm on the package's rules; lintian and debootstrap check the package;
# the dashboard's tests drive Chromium, speak HTTPS with curl and openssl's certificate, and run
# schemathesis from a Python venv.
BUURHUB_TEST_PACKAGES=(tmux systemd udev lintian debootstrap chromium curl openssl python3-venv postgresql)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_system_packages() {
    local missing=()
    for package in "${BUURHUB_APT_PACKAGES[@]}" "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "buurhub: installing ${missing[*]}" >&2
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# schemathesis from PyPI, pinned, in a venv under .build so nothing system-wide changes.
ensure_schemathesis() {
    local venv=.build/schemathesis-venv
    if [ ! -x "$venv/bin/schemathesis" ]; then
        echo "buurhub: installing schemathesis 4.32.5 into $venv" >&2
        python3 -m venv "$venv" && "$venv/bin/pip" install -q "schemathesis==4.32.5"
    fi
}

ensure_swift() {
    if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
        export PATH="/opt/swift/usr/bin:$PATH"
    fi
    if ! command -v swift >/dev/null 2>&1; then
        echo "buurhub: no Swift toolchain found. Debian has no package for it: install Swift 6.2 or later" >&2
        echo "         (https://www.swift.org/install/linux/ — on a Pi, the aarch64 Debian 12 build), then run this again." >&2
        exit 69
    fi
}

build_all() {
    echo "buurhub: building (the first build takes several minutes)" >&2
    swift build --build-tests "$@" 2>&1 | grep -Ev "^warning: 'swift-distributed-tracing'|CMakeLists.txt$" >&2
    return "${PIPESTATUS[0]}"
}
