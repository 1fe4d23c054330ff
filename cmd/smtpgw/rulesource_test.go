package main

import "github.com/smtpgw/smtpgw/explain"

// The command's tests explain with the rule tables as written, as the
// explain package's tests do: on a branch whose rules changed since go
// generate ./explain, they get an engine compiled from the tables (the
// binary, which links no rule table, uses engine_gen.go as it is).
func init() { explain.UseRuleSource() }
