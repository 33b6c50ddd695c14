package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/urfave/cli/v2"
)

// usageErr is a command-line mistake (exit 2) with the usage line of the
// command it was made on, printed under the error line.
type usageErr struct {
	msg   string
	usage string // "brief translate [flags] PATH..."; "" for none
}

func (e *usageErr) Error() string { return "usage: " + e.msg }

// Unwrap makes every usageErr an errUsage.
func (e *usageErr) Unwrap() error { return errUsage }

// usageLines returns the lines that follow an error line: the usage line
// of the command a usage error was made on.
func usageLines(err error) []string {
	var u *usageErr
	if errors.As(err, &u) && u.usage != "" {
		return []string{"usage: " + u.usage}
	}
	return nil
}

// withUsage gives every command, at every depth, what urfave/cli v2 does
// not inherit: an OnUsageError that returns a usageErr (exit 2, nothing on
// stdout, C1) naming the command's help, and, for a command made of
// subcommands, an Action that refuses an unknown subcommand with the
// closest one. A usage error from an Action gets the usage line too.
func withUsage(path string, cmds []*cli.Command) {
	for _, c := range cmds {
		name := path + " " + c.Name
		line := usageLine(name, c)
		c.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
			return &usageErr{msg: flagMistake(err, c.Flags, name), usage: line}
		}
		if len(c.Subcommands) > 0 && c.Action == nil {
			c.Action = func(ctx *cli.Context) error {
				return unknownCommand(name, ctx.Args().First(), c.Subcommands)
			}
		}
		if act := c.Action; act != nil {
			c.Action = func(ctx *cli.Context) error {
				err := act(ctx)
				if u := (*usageErr)(nil); errors.As(err, &u) && u.usage == "" {
					u.usage = line
				}
				return err
			}
		}
		withUsage(name, c.Subcommands)
	}
}

// usageLine is "brief translate [flags] PATH...", or for a command made
// of subcommands "brief batch submit|status|collect".
func usageLine(name string, c *cli.Command) string {
	if len(c.Subcommands) > 0 {
		var subs []string
		for _, s := range c.Subcommands {
			if s.Name != "help" {
				subs = append(subs, s.Name)
			}
		}
		return name + " " + strings.Join(subs, "|")
	}
	line := name
	if len(c.VisibleFlags()) > 0 {
		line += " [flags]"
	}
	if c.ArgsUsage != "" {
		line += " " + c.ArgsUsage
	}
	return line
}

var undefinedFlag = regexp.MustCompile(`^flag provided but not defined: -+(\S+)$`)

// flagMistake is urfave's error, with the closest flag the command has
// when the flag does not exist, and where the command's flags are listed.
func flagMistake(err error, flags []cli.Flag, name string) string {
	help := name + " --help lists its flags"
	m := undefinedFlag.FindStringSubmatch(err.Error())
	if m == nil {
		return fmt.Sprintf("%v; %s", err, help)
	}
	var names []string
	for _, f := range flags {
		names = append(names, f.Names()...)
	}
	if len([]rune(m[1])) == 1 {
		// No edit distance tells -c from -q: offer the long flags it may
		// stand for (-c: --concurrency, --cache-dir).
		if starts := startingWith(m[1], names); len(starts) > 0 && len(starts) <= 3 {
			return fmt.Sprintf("%v; did you mean %s? (%s)", err, orList(starts), help)
		}
		return fmt.Sprintf("%v; %s", err, help)
	}
	if best := closest(m[1], names); best != "" {
		return fmt.Sprintf("%v; did you mean %s? (%s)", err, dashed(best), help)
	}
	return fmt.Sprintf("%v; %s", err, help)
}

// startingWith is the long flag names that start with letter, dashed.
func startingWith(letter string, names []string) []string {
	var out []string
	for _, n := range names {
		if len(n) > 1 && strings.HasPrefix(n, strings.ToLower(letter)) {
			out = append(out, dashed(n))
		}
	}
	return out
}

// orList is "a", "a or b", "a, b or c".
func orList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

// dashed writes a flag name as it is typed: -q, --quiet.
func dashed(name string) string {
	if len([]rune(name)) == 1 {
		return "-" + name
	}
	return "--" + name
}

// usagef is a usage error of the running command; withUsage adds the
// command's usage line.
func usagef(format string, args ...any) error {
	return &usageErr{msg: fmt.Sprintf(format, args...)}
}

// unknownCommand refuses name, which is not a command of parent (the
// root "brief", or a command made of subcommands): with the closest one
// when a command is mistyped, with the command that was left out when
// name is a file to work on.
func unknownCommand(parent, name string, cmds []*cli.Command) error {
	var names []string
	for _, c := range cmds {
		if !c.Hidden && c.Name != "help" {
			names = append(names, c.Name)
		}
	}
	if name == "" {
		return &usageErr{msg: "give one of " + strings.Join(names, ", "), usage: parent + " " + strings.Join(names, "|")}
	}
	if parent == "brief" && looksLikeInput(name) {
		return &usageErr{msg: fmt.Sprintf("%q is not a command; to translate it: brief translate %s", name, name)}
	}
	noun := "command"
	if strings.HasSuffix(parent, " stage") {
		noun = "stage"
	}
	if best := closest(name, names); best != "" {
		return &usageErr{msg: fmt.Sprintf("unknown %s %q; did you mean \"%s %s\"?", noun, name, parent, best)}
	}
	return &usageErr{msg: fmt.Sprintf("unknown %s %q; use one of %s", noun, name, strings.Join(names, ", ")),
		usage: parent + " " + strings.Join(names, "|")}
}

// looksLikeInput says name is an article rather than a mistyped command:
// a path, stdin, a URL or a file that exists.
func looksLikeInput(name string) bool {
	if name == "-" || strings.ContainsAny(name, `/\`) || filepath.Ext(name) != "" {
		return true
	}
	_, err := os.Stat(name)
	return err == nil
}

// closest is the name nearest to s by edit distance (a swap of two
// letters counts one), or "" when none is near enough to be a typo.
func closest(s string, names []string) string {
	best, bestD := "", 0
	for _, n := range names {
		d := editDistance(strings.ToLower(s), n)
		if p := commonPrefix(strings.ToLower(s), n); p >= 3 && p >= len([]rune(s))-1 {
			d = min(d, 1) // --retry for --retries, --conc for --concurrency
		}
		if limit := max(1, len([]rune(n))/3); d <= limit && (best == "" || d < bestD) {
			best, bestD = n, d
		}
	}
	return best
}

// editDistance is the optimal string alignment distance: insertions,
// deletions, substitutions and swaps of neighbours.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}

// usageError is an OnUsageError for a command built without withUsage;
// withUsage replaces it with one that names the command.
func usageError(_ *cli.Context, err error, _ bool) error {
	return &usageErr{msg: err.Error() + "; brief --help lists the commands"}
}

func commonPrefix(a, b string) int {
	x, y := []rune(a), []rune(b)
	n := 0
	for n < len(x) && n < len(y) && x[n] == y[n] {
		n++
	}
	return n
}
