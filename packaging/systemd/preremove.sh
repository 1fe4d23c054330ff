#!/bin/sh
# Stop the relay before its binary goes away on removal (not on upgrade).
# The spool in /var/lib/smtpgw is left in place: it may hold messages.
set -e
case "$1" in
  remove|0)
    if [ -d /run/systemd/system ]; then
      systemctl disable --now smtpgw-relay.service >/dev/null 2>&1 || true
    fi
    ;;
esac
exit 0
