#!/usr/bin/env bash
# From a bare Debian/Ubuntu machine to a kiosk that boots into the app.
#
#   sudo ./install-kiosk.sh [path/to/b12-kiosk_<version>_amd64.deb]
#
# Installs the app (the .deb `npm run dist` builds), cage, the voices read-aloud uses
# (speech-dispatcher + espeak-ng), creates the unprivileged kiosk user, the managed policy
# folder (root-only writes), lets the kiosk write its metrics file into node_exporter's
# textfile folder, and enables the boot-to-kiosk unit on tty1. Safe to run again: each step
# leaves what is already right alone; an existing policy.json is never overwritten.
#
# Environment (optional):
#   B12_KIOSK_TEXTFILE_DIR  node_exporter's textfile folder (default: Debian's /var/lib/prometheus/node-exporter)
#   B12_KIOSK_NO_START=1    install and enable, but do not switch tty1 to the kiosk now
set -euo pipefail

readonly KIOSK_USER=b12kiosk
readonly KIOSK_HOME=/var/lib/b12-kiosk
readonly APP_EXECUTABLE="/opt/B12 Nerve Health Kiosk/b12-kiosk"
readonly POLICY_DIR=/etc/b12-kiosk
readonly POLICY_FILE="$POLICY_DIR/policy.json"
readonly UNIT_NAME=b12-kiosk.service
readonly PAM_SERVICE=/etc/pam.d/b12-kiosk
readonly TEXTFILE_DIR="${B12_KIOSK_TEXTFILE_DIR:-/var/lib/prometheus/node-exporter}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly HERE

say() { printf '[b12-kiosk] %s\n' "$*"; }
fail() {
  printf '[b12-kiosk] ERROR: %s\n' "$*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || fail "run this as root (sudo $0 …): it creates a user and installs a system service."
command -v apt-get >/dev/null || fail "this script is for Debian or Ubuntu (apt-get not found); see docs/deployment.md for other systems."
[ -f "$HERE/$UNIT_NAME" ] || fail "$UNIT_NAME is not next to this script ($HERE); copy the whole deploy/linux folder."

deb="${1:-}"
if [ -n "$deb" ] && [ ! -f "$deb" ]; then fail "no package file at $deb"; fi

say "installing cage, voices (speech-dispatcher, espeak-ng), ACL tools and node_exporter"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
  cage dbus-user-session speech-dispatcher speech-dispatcher-espeak-ng espeak-ng acl prometheus-node-exporter

if [ -n "$deb" ]; then
  say "installing the app from $deb"
  apt-get install -y -qq "$(realpath "$deb")"
fi
[ -x "$APP_EXECUTABLE" ] || fail "the app is not installed at $APP_EXECUTABLE; pass the .deb from \`npm run dist\` as the first argument."

if ! id "$KIOSK_USER" >/dev/null 2>&1; then
  say "creating the kiosk user $KIOSK_USER (no password, no shell)"
  useradd --system --create-home --home-dir "$KIOSK_HOME" --shell /usr/sbin/nologin \
    --comment "B12 Nerve Health Kiosk" "$KIOSK_USER"
fi
# Screen, touch input, GPU and sound; nothing administrative.
for group in video render input audio; do
  if getent group "$group" >/dev/null; then usermod -aG "$group" "$KIOSK_USER"; fi
done
chmod 0750 "$KIOSK_HOME"

say "managed policy folder $POLICY_DIR (writable by root only, readable by the kiosk)"
install -d -o root -g root -m 0755 "$POLICY_DIR"
if [ ! -e "$POLICY_FILE" ]; then
  printf '{\n  "version": 2,\n  "monitoring": { "textfileDirectory": "%s" }\n}\n' "$TEXTFILE_DIR" >"$POLICY_FILE"
fi
chown root:root "$POLICY_FILE"
chmod 0644 "$POLICY_FILE"

say "metrics: the kiosk may write b12_kiosk.prom into $TEXTFILE_DIR"
install -d -m 0755 "$TEXTFILE_DIR"
setfacl -m "u:$KIOSK_USER:rwx" "$TEXTFILE_DIR"
if [ -f /etc/default/prometheus-node-exporter ] && ! grep -q -- '--collector.textfile.directory' /etc/default/prometheus-node-exporter; then
  say "note: node_exporter reads Debian's default textfile folder; if you changed it, set B12_KIOSK_TEXTFILE_DIR to match"
fi

say "PAM service for the kiosk's automatic login on tty1"
cat >"$PAM_SERVICE" <<'PAM'
# The B12 kiosk's session on tty1 (started by b12-kiosk.service, no password).
auth      required  pam_unix.so nullok
account   required  pam_unix.so
session   required  pam_unix.so
session   required  pam_systemd.so
PAM
chmod 0644 "$PAM_SERVICE"

say "no console blanking (kernel parameter consoleblank=0)"
if [ -d /etc/default/grub.d ] || [ -f /etc/default/grub ]; then
  install -d /etc/default/grub.d
  # shellcheck disable=SC2016 # grub expands it, not this script
  echo 'GRUB_CMDLINE_LINUX_DEFAULT="$GRUB_CMDLINE_LINUX_DEFAULT consoleblank=0"' >/etc/default/grub.d/b12-kiosk.cfg
  if command -v update-grub >/dev/null; then update-grub >/dev/null 2>&1 || say "update-grub failed; consoleblank=0 applies after the next successful update-grub"; fi
fi

say "installing and enabling $UNIT_NAME"
install -o root -g root -m 0644 "$HERE/$UNIT_NAME" "/etc/systemd/system/$UNIT_NAME"
systemctl daemon-reload
systemctl disable getty@tty1.service >/dev/null 2>&1 || true
systemctl enable "$UNIT_NAME" prometheus-node-exporter.service
systemctl set-default graphical.target >/dev/null
if [ "${B12_KIOSK_NO_START:-}" != 1 ]; then
  systemctl restart prometheus-node-exporter.service
  systemctl restart "$UNIT_NAME"
fi

say "done. The kiosk starts on tty1 at every boot and after every crash."
say "policy: $POLICY_FILE · logs: journalctl -u $UNIT_NAME · metrics: curl -s localhost:9100/metrics | grep b12_kiosk"
