package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// WriteUsage renders a command's usage as cobra lays it out (Usage,
// Aliases, Examples, Available Commands, Flags, Global Flags), with the
// flags' descriptions and the commands' short texts wrapped to width
// columns, each continued under its own column; width 0 (not a terminal)
// gives cobra's text unchanged. Examples stay as written: they are command
// lines to copy.
func WriteUsage(w io.Writer, c *cobra.Command, width int) error {
	ew := &errWriter{w: w}
	fmt.Fprint(ew, "Usage:")
	if c.Runnable() {
		fmt.Fprint(ew, "\n"+wrapWords("  "+c.UseLine(), width, 4))
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprintf(ew, "\n  %s [command]", c.CommandPath())
	}
	if len(c.Aliases) > 0 {
		fmt.Fprintf(ew, "\n\nAliases:\n  %s", c.NameAndAliases())
	}
	if c.HasExample() {
		fmt.Fprintf(ew, "\n\nExamples:\n%s", c.Example)
	}
	if c.HasAvailableSubCommands() {
		fmt.Fprint(ew, "\n\nAvailable Commands:")
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() || sub.Name() == "help" {
				pad := sub.NamePadding()
				line := fmt.Sprintf("  %-*s %s", pad, sub.Name(), sub.Short)
				fmt.Fprint(ew, "\n"+wrapWords(line, width, hangIndent(2+pad+1, width)))
			}
		}
	}
	if c.HasAvailableLocalFlags() {
		fmt.Fprint(ew, "\n\nFlags:\n"+flagUsages(c.LocalFlags(), width))
	}
	if c.HasAvailableInheritedFlags() {
		fmt.Fprint(ew, "\n\nGlobal Flags:\n"+flagUsages(c.InheritedFlags(), width))
	}
	if c.HasHelpSubCommands() {
		fmt.Fprint(ew, "\n\nAdditional help topics:")
		for _, sub := range c.Commands() {
			if sub.IsAdditionalHelpTopicCommand() {
				fmt.Fprintf(ew, "\n  %-*s %s", sub.CommandPathPadding(), sub.CommandPath(), sub.Short)
			}
		}
	}
	if c.HasAvailableSubCommands() {
		// the help flag as the command tree defines it (cobra's own)
		help := "help"
		if f := c.Flags().Lookup(help); f != nil {
			help = f.Name
		}
		fmt.Fprint(ew, "\n\n"+wrapWords(fmt.Sprintf("Use \"%s [command] --%s\" for more information about a command.", c.CommandPath(), help), width, 0))
	}
	fmt.Fprintln(ew)
	return ew.err
}

// flagUsages is pflag's flag list (one line per flag, the descriptions in
// one column) with each description wrapped to width under its column.
// (pflag's own FlagUsagesWrapped leaves the rest of a description unwrapped
// after a word longer than the room.)
func flagUsages(fs *pflag.FlagSet, width int) string {
	text := strings.TrimRight(fs.FlagUsages(), " \t\n")
	if width <= 0 {
		return text
	}
	var b strings.Builder
	for i, l := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		l = strings.TrimRight(l, " ")
		col := len(l) - len(strings.TrimLeft(l, " ")) // a continuation line: its own indent
		if t := strings.TrimLeft(l, " "); strings.HasPrefix(t, "-") {
			if gap := strings.Index(l[col:], "  "); gap > 0 {
				col += gap
				col += len(l[col:]) - len(strings.TrimLeft(l[col:], " "))
			}
		}
		b.WriteString(wrapWords(l, width, hangIndent(col, width)))
	}
	return b.String()
}

// WriteHelp renders a command's --help as cobra does (the long text, or
// the short one, then the usage), the long text wrapped to width: each
// line continues under its own indent, or under the text column of a
// "  term   text" line. Width 0 gives cobra's text unchanged.
func WriteHelp(w io.Writer, c *cobra.Command, width int) error {
	text := c.Long
	if text == "" {
		text = c.Short
	}
	var b strings.Builder
	if text = strings.TrimRight(text, " \t\n"); text != "" {
		for _, l := range strings.Split(text, "\n") {
			b.WriteString(wrapWords(l, width, hangIndent(textColumn(l), width)) + "\n")
		}
		b.WriteString("\n")
	}
	if c.Runnable() || c.HasSubCommands() {
		b.WriteString(c.UsageString())
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// textColumn is where the text of an indented "  term   text" line starts
// (after the first run of two or more spaces past the indent), else the
// line's indent.
func textColumn(l string) int {
	col := len(l) - len(strings.TrimLeft(l, " "))
	if col < 2 {
		return col
	}
	if gap := strings.Index(l[col:], "  "); gap > 0 {
		c := col + gap
		return c + len(l[c:]) - len(strings.TrimLeft(l[c:], " "))
	}
	return col
}
