// Command brief turns French news articles into English briefings in
// Markdown, with every figure checked against the source.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"brief/pipeline"
	"brief/pipeline/clock"
	"brief/pipeline/secret"
)

func main() { os.Exit(Main()) }

// Main is what the binary runs.
func Main() int { return mainWith(clock.Real{}) }

// mainWith is Main on a given clock: the CLI tests run the binary with one
// whose waits end at once.
func mainWith(clk clock.Clock) int {
	ctx, stop := withSignals(context.Background())
	defer stop()
	if err := loadEnvironment(os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "brief: "+err.Error())
		return 2
	}
	limitMemory(os.Getenv) // memlimit.go
	return runApp(ctx, os.Args, system{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv,
		tty: terminal{stderr: term.IsTerminal(int(os.Stderr.Fd()))}, clock: clk})
}

// system is what a run takes from the process: streams, environment,
// terminal and clock. Tests build their own.
type system struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	tty            terminal
	clock          clock.Clock
}

// terminal says what is attached to a terminal, detected once in Main;
// tests run with none, so they never see progress bars.
type terminal struct{ stderr bool }

// errUsage marks a command-line mistake (exit 2).
var errUsage = errors.New("usage")

func runApp(ctx context.Context, args []string, sys system) int {
	app := newApp(sys)
	err := app.RunContext(ctx, interspersed(app, args))
	code := exitCode(ctx, err)
	if ctx.Err() != nil && err != nil {
		// Every in-flight request failed with the cancel; one line says it.
		fmt.Fprintln(sys.stderr, "brief: "+interruptOf(ctx).Error()+"; finished chunks are cached, nothing half-written; rerun to resume")
		return code
	}
	redact := secret.New(sys.getenv("OPENAI_API_KEY"))
	for _, e := range leaves(err) {
		fmt.Fprintln(sys.stderr, "brief: "+redact.Line(e.Error()))
		for _, l := range usageLines(e) {
			fmt.Fprintln(sys.stderr, l)
		}
	}
	return code
}

func newApp(sys system) *cli.App {
	app := &cli.App{
		Name:            "brief",
		Usage:           "French news in, English briefing out, every figure checked",
		Reader:          sys.stdin,
		Writer:          sys.stdout,
		ErrWriter:       sys.stderr,
		HideHelpCommand: true,
		// Shell completion scripts ask the binary for candidates.
		EnableBashCompletion: true,
		ExitErrHandler:       func(*cli.Context, error) {}, // run owns exit codes
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return &usageErr{msg: err.Error() + "; brief --help lists the commands", usage: "brief COMMAND [flags] [ARGS]"}
		},
		// --version by hand: urfave's would print "brief version v..."
		// and take -v, which is --verbose on the commands.
		HideVersion: true,
		Flags:       []cli.Flag{&cli.BoolFlag{Name: "version", Usage: "print the version"}},
		Commands: []*cli.Command{
			translateCmd(sys),
			stageCmd(sys),
			verifyCmd(),
			batchCmd(sys),
			digestCmd(),
			doctorCmd(sys),
			configCmd(),
			completionCmd(),
			versionCmd(),
		},
	}
	app.Action = func(c *cli.Context) error {
		switch {
		case c.Bool("version"):
			fmt.Fprintln(c.App.Writer, "brief", version())
			return nil
		case c.NArg() == 0, c.NArg() == 1 && c.Args().First() == "help":
			return cli.ShowAppHelp(c)
		case c.Args().First() == "help":
			name := c.Args().Get(1)
			if find(app.Commands, name) == nil {
				return unknownCommand("brief", name, app.Commands)
			}
			return cli.ShowCommandHelp(c, name)
		}
		return unknownCommand("brief", c.Args().First(), app.Commands)
	}
	withUsage("brief", app.Commands)
	return app
}

// exitCode is the only table of exit codes: 0 ok, 1 failure, 2 usage or
// configuration, 3 figures mismatch, 130/143/129 interrupted by
// SIGINT/SIGTERM/SIGHUP.
func exitCode(ctx context.Context, err error) int {
	if err == nil {
		return 0
	}
	if ctx.Err() != nil || errors.Is(err, context.Canceled) {
		return interruptOf(ctx).code()
	}
	code := 0
	for _, e := range leaves(err) {
		code = worse(code, classify(e))
	}
	return code
}

func classify(err error) int {
	var mm *pipeline.MismatchError
	switch {
	case errors.Is(err, errUsage), errors.Is(err, pipeline.ErrConfig), errors.Is(err, pipeline.ErrInput),
		errors.Is(err, pipeline.ErrVersion), errors.Is(err, pipeline.ErrUnknownStage):
		return 2
	case errors.As(err, &mm):
		return 3
	}
	return 1
}

// worse orders exit codes by how much a user must act: usage > failure >
// mismatch > success.
func worse(a, b int) int {
	rank := map[int]int{0: 0, 3: 1, 1: 2, 2: 3}
	if rank[b] > rank[a] {
		return b
	}
	return a
}

// leaves flattens errors.Join trees so each input's error counts.
func leaves(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, leaves(e)...)
		}
		return out
	}
	return []error{err}
}
