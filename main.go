// Command brief turns French news articles into English briefings in
// Markdown, with every figure checked against the source.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/joho/godotenv"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"brief/pipeline"
)

func main() { os.Exit(Main()) }

// Main is what the binary and the CLI tests run.
func Main() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	// .env never overrides the real environment; a missing file is fine.
	_ = godotenv.Load()
	if err := loadConfigFile(configPath()); err != nil {
		fmt.Fprintln(os.Stderr, "brief: "+err.Error())
		return 2
	}
	tty := terminal{stderr: term.IsTerminal(int(os.Stderr.Fd()))}
	limitMemory(os.Getenv) // memlimit.go
	return run(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr, os.Getenv, tty)
}

// terminal says what is attached to a terminal, detected once in Main;
// tests run with none, so they never see progress bars.
type terminal struct{ stderr bool }

// testSleep replaces the real sleep between retries in tests; nil in the
// binary.
var testSleep func(context.Context, time.Duration) error

// errUsage marks a command-line mistake (exit 2).
var errUsage = errors.New("usage")

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string, tty terminal) int {
	app := newApp(stdin, stdout, stderr, getenv, tty)
	err := app.RunContext(ctx, interspersed(app, args))
	code := exitCode(ctx, err)
	if code == 130 {
		// Every in-flight request failed with the cancel; one line says it.
		fmt.Fprintln(stderr, "brief: interrupted; finished chunks are cached, rerun to resume")
		return code
	}
	for _, e := range leaves(err) {
		fmt.Fprintln(stderr, "brief: "+pipeline.Redact(e.Error(), getenv("OPENAI_API_KEY")))
	}
	return code
}

func newApp(stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string, tty terminal) *cli.App {
	return &cli.App{
		Name:            "brief",
		Usage:           "French news in, English briefing out, every figure checked",
		Reader:          stdin,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		// Shell completion scripts ask the binary for candidates.
		EnableBashCompletion: true,
		ExitErrHandler:       func(*cli.Context, error) {}, // run owns exit codes
		OnUsageError:         usageError,
		Commands: []*cli.Command{
			translateCmd(getenv, tty),
			stageCmd(getenv),
			verifyCmd(),
			batchCmd(getenv),
			digestCmd(),
			doctorCmd(getenv),
			configCmd(),
			completionCmd(),
			versionCmd(),
		},
	}
}

func usageError(_ *cli.Context, err error, _ bool) error {
	return fmt.Errorf("%w: %v; see brief --help", errUsage, err)
}

// exitCode is the only table of exit codes: 0 ok, 1 failure, 2 usage or
// configuration, 3 figures mismatch, 130 interrupted.
func exitCode(ctx context.Context, err error) int {
	if err == nil {
		return 0
	}
	if ctx.Err() != nil || errors.Is(err, context.Canceled) {
		return 130
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
