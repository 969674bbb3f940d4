#!/bin/sh
# Turns a Debian/Ubuntu PC with the Vierellä .deb installed into a kiosk: a dedicated user, the
# cage session on tty1 started at boot and restarted on exit, no other virtual terminals, no
# Ctrl+Alt+Del reboot, no SysRq, and vierella-admin on the PATH. Safe to run again (after an
# update, too). See README-linux.md.
#
#   sudo /opt/Vierellä/resources/linux/setup-kiosk.sh [--no-start]
set -eu

here=$(dirname "$(readlink -f "$0")")
KIOSK_USER=vierella
APP=/usr/bin/vierella
CAGE=/usr/bin/cage
START=yes

for arg in "$@"; do
  case "$arg" in
    --no-start) START=no ;;
    -h | --help)
      sed -n '2,8p' "$0"
      exit 0
      ;;
    *)
      echo "setup-kiosk: unknown option $arg" >&2
      exit 2
      ;;
  esac
done

say() { printf 'setup-kiosk: %s\n' "$*"; }
die() {
  printf 'setup-kiosk: %s\n' "$*" >&2
  exit 1
}

[ "$(id -u)" = 0 ] || die "run as root (sudo $0)"
[ -x "$APP" ] || die "$APP is missing: install the Vierellä .deb first (apt install ./vierella_*.deb)"
[ -x "$CAGE" ] || die "$CAGE is missing: apt install cage"
resources=$(dirname "$here")

# 1. The kiosk's own user: no password, no login shell, its home is its data folder.
if ! id "$KIOSK_USER" >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/vierella --create-home --shell /usr/sbin/nologin \
    --comment 'Vierella kiosk' "$KIOSK_USER"
  say "created the user $KIOSK_USER"
fi
for group in video render input audio; do
  if getent group "$group" >/dev/null 2>&1; then usermod -a -G "$group" "$KIOSK_USER"; fi
done

# 2. Folders: IT's configuration (readable by the kiosk, writable by root only), the kiosk's
#    data (its alone: the staff PIN hash is there) and its logs (readable by group adm).
install -d -o root -g "$KIOSK_USER" -m 0750 /etc/vierella
install -d -o "$KIOSK_USER" -g "$KIOSK_USER" -m 0700 /var/lib/vierella
install -d -o "$KIOSK_USER" -g adm -m 0750 /var/log/vierella
install -o root -g root -m 0644 "$resources/config.schema.json" /etc/vierella/config.schema.json
if [ ! -e /etc/vierella/config.json ]; then
  install -o root -g "$KIOSK_USER" -m 0640 "$resources/config.example.json" /etc/vierella/config.example.json
  say "no /etc/vierella/config.json: the shipped defaults apply (an example is in /etc/vierella/config.example.json)"
fi
install -o root -g root -m 0644 "$here/vierella.default" /etc/default/vierella.new
if [ -e /etc/default/vierella ]; then rm /etc/default/vierella.new; else mv /etc/default/vierella.new /etc/default/vierella; fi

# 3. The session: PAM stack, systemd unit, tty1 for the kiosk only.
install -o root -g root -m 0644 "$here/vierella-kiosk.pam" /etc/pam.d/vierella-kiosk
install -o root -g root -m 0644 "$here/vierella-kiosk.service" /etc/systemd/system/vierella-kiosk.service
install -d /etc/systemd/logind.conf.d
install -o root -g root -m 0644 "$here/logind-vierella.conf" /etc/systemd/logind.conf.d/vierella.conf
install -o root -g root -m 0644 "$here/sysctl-vierella.conf" /etc/sysctl.d/90-vierella.conf
sysctl --quiet --load /etc/sysctl.d/90-vierella.conf || true

# 4. Nothing else may take the seat or react to the keyboard: no display manager, no login
#    prompt on tty1, no reboot on Ctrl+Alt+Del.
for manager in gdm3 gdm lightdm sddm lxdm xdm; do
  if systemctl list-unit-files "$manager.service" >/dev/null 2>&1 && systemctl is-enabled --quiet "$manager.service" 2>/dev/null; then
    systemctl disable "$manager.service"
    say "disabled the display manager $manager"
  fi
done
systemctl disable getty@tty1.service >/dev/null 2>&1 || true
systemctl mask ctrl-alt-del.target
systemctl set-default graphical.target
systemctl daemon-reload
systemctl enable vierella-kiosk.service

# 5. The admin CLI for IT, run as the kiosk's user whoever calls it.
ln -sf "$resources/bin/vierella-admin" /usr/local/bin/vierella-admin

say "done. Next: set the staff PIN (vierella-admin pin set), check the configuration"
say "(vierella-admin config validate), run vierella-admin self-test --no-browser, then reboot"
say "(the virtual-terminal settings apply from the next boot)."
if [ "$START" = yes ]; then
  systemctl restart vierella-kiosk.service
  say "the kiosk session is starting on tty1"
fi
