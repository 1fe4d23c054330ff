package main

import (
	"github.com/smtpgw/smtpgw/portmap"
	"github.com/spf13/cobra"
)

// addPortMapFlag adds --port-map to probe, check and diagnose: one flag,
// one parser (portmap), one help text; mtaSTS says that the command also
// fetches the MTA-STS policy (port 443 of mta-sts.DOMAIN), which the map
// redirects too.
func addPortMapFlag(cmd *cobra.Command, entries *[]string, mtaSTS bool) {
	help := "dial a `PORT` of every host elsewhere, as PORT=[HOST]:PORT (repeatable): " +
		"25=127.0.0.1:2525 reaches port 25 through a local tunnel (ssh -L 2525:mx1.example.com:25 gateway) where outbound port 25 is blocked, " +
		"25=:2525 dials port 2525 of each host"
	if mtaSTS {
		help += "; 443 is the MTA-STS policy host's HTTPS port (443=127.0.0.1:8443 fetches the policy from a staging server or tunnel)"
	}
	cmd.Flags().StringSliceVar(entries, "port-map", nil, help+"; names and certificates are checked as for the real port")
}

// parsePortMap parses --port-map entries (portmap.Ports); the error is a
// usage error naming the flag.
func parsePortMap(entries []string) (map[int]string, error) {
	m, err := portmap.Ports(entries)
	if err != nil {
		return nil, usageErr("--port-map %v", err)
	}
	return m, nil
}
