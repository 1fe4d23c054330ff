package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

func usageTree(custom func(c *cobra.Command, width int) error, width int) *cobra.Command {
	root := &cobra.Command{Use: "tool", Short: "A tool", Long: "A tool that does things.\n\n  one   the first thing it does, described at some length so that it needs more than one line\n  two   the second", Example: "  tool one --with-a-very-long-flag-name value --another-flag another-value --and-a-third-one x"}
	root.PersistentFlags().Bool("no-color", false, "plain output")
	sub := &cobra.Command{Use: "one [flags] ARG", Short: "Do the first thing, described at some length so that the short text needs wrapping", Run: func(*cobra.Command, []string) {}}
	sub.Flags().String("with-a-very-long-flag-name", "", "a `VALUE` whose description runs on and on past the width of a narrow terminal, with (a-word-longer-than-the-room-left-in-the-column-of-descriptions-for-sure) inside")
	sub.Flags().IntP("count", "c", 1, "how many")
	root.AddCommand(sub, &cobra.Command{Use: "two", Short: "The second", Run: func(*cobra.Command, []string) {}})
	if custom != nil {
		root.SetUsageFunc(func(c *cobra.Command) error { return custom(c, width) })
		root.SetHelpFunc(func(c *cobra.Command, _ []string) { _ = WriteHelp(c.OutOrStdout(), c, width) })
	}
	return root
}

func writeUsage(c *cobra.Command, width int) error { return WriteUsage(c.OutOrStderr(), c, width) }

// Piped (width 0), the help and usage are cobra's own, byte for byte; at
// 60 columns every line but the example fits, each continued under its
// column.
func TestWriteHelpAndUsage(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"--help"}, {"one", "--help"}, {"two", "--help"}} {
		var want, got bytes.Buffer
		plain := usageTree(nil, 0)
		plain.SetOut(&want)
		plain.SetArgs(args)
		plain.Execute()
		ours := usageTree(writeUsage, 0)
		ours.SetOut(&got)
		ours.SetArgs(args)
		ours.Execute()
		if got.String() != want.String() || len(want.String()) < 100 {
			t.Errorf("%v piped:\n%s\nwant cobra's:\n%s", args, got.String(), want.String())
		}
	}
	root := usageTree(writeUsage, 60)
	one, _, _ := root.Find([]string{"one"})
	var b, h bytes.Buffer
	if err := WriteHelp(&b, root, 60); err != nil {
		t.Fatal(err)
	}
	if err := WriteHelp(&h, one, 60); err != nil {
		t.Fatal(err)
	}
	all := b.String() + h.String()
	for _, l := range strings.Split(all, "\n") {
		if len(l) > 60 && !strings.HasPrefix(l, "  tool one --with") && !strings.HasPrefix(strings.TrimSpace(l), "(a-word-longer-than") {
			t.Errorf("wider than 60: %q\n%s", l, all)
		}
	}
	for _, want := range []string{
		"  one   the first thing it does, described at some length so\n        that it needs more than one line\n",
		"  one         Do the first thing, described at some length\n              so that the short text needs wrapping\n",
		"    terminal, with\n    (a-word-longer-than",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("lacks %q:\n%s", want, all)
		}
	}
}
