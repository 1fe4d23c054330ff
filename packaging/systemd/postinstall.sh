#!/bin/sh
# Make systemd see the new or changed unit. The relay is not started or
# enabled here: the administrator sets its flags in /etc/default/smtpgw-relay
# first, then runs `systemctl enable --now smtpgw-relay`. On upgrade a running
# relay is restarted (it stops gracefully; the spool is kept).
set -e
if [ -d /run/systemd/system ]; then
  systemctl daemon-reload >/dev/null 2>&1 || true
  if systemctl is-active --quiet smtpgw-relay.service; then
    systemctl try-restart smtpgw-relay.service >/dev/null 2>&1 || true
  fi
fi
exit 0
