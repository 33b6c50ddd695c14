package apertium

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// The two modes of the pivot, as `apertium -l` names them.
const (
	ModeFrES  = "fr-es"
	ModeESEng = "spa-eng"
)

// Packages is the install line a user needs.
const Packages = "apertium apertium-fr-es apertium-eng-spa"

// ErrMissing reports that apertium or one of its language pairs is not
// installed.
var ErrMissing = errors.New("apertium is not installed; install it with: apt-get install " + Packages)

// Available reports whether apertium can run both modes. The answer is
// found once per process: `apertium -l` takes a quarter of a second, and
// choosing the engine, sizing chunks and the doctor all ask.
func Available() error { return installed() }

var installed = sync.OnceValue(func() error { return available("apertium") })

func available(bin string) error {
	path, err := exec.LookPath(bin)
	if err != nil {
		return ErrMissing
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "-l").Output()
	if err != nil {
		return fmt.Errorf("%w (apertium -l: %v)", ErrMissing, err)
	}
	modes := strings.Fields(string(out))
	for _, want := range []string{ModeFrES, ModeESEng} {
		if !contains(modes, want) {
			return fmt.Errorf("apertium mode %s is missing: %w", want, ErrMissing)
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// pivot runs text through fr-es and spa-eng, two processes joined by a
// pipe, with unknown-word marks off. Cancelling ctx kills both process
// groups (apertium is a shell script that starts a pipeline of its own).
func pivot(ctx context.Context, bin, text string) (string, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", err
	}
	first := command(ctx, bin, ModeFrES)
	second := command(ctx, bin, ModeESEng)
	// Unknown words of the second mode stay marked, so unpivot can give
	// them back their French form.
	second.Args = removeArg(second.Args, "-u")
	var out, err1, err2 bytes.Buffer
	first.Stdin, first.Stdout, first.Stderr = strings.NewReader(text), w, &err1
	second.Stdin, second.Stdout, second.Stderr = r, &out, &err2
	if err := first.Start(); err != nil {
		closeAll(r, w)
		return "", startError(err)
	}
	if err := second.Start(); err != nil {
		closeAll(r, w)
		_ = first.Wait() // its error is moot: the second mode could not start
		return "", startError(err)
	}
	closeAll(r, w) // the children hold their own copies
	e1 := first.Wait()
	e2 := second.Wait()
	if ctx.Err() != nil {
		return "", ctx.Err()
	}
	if err := modeError(ModeFrES, e1, err1.String()); err != nil {
		return "", err
	}
	if err := modeError(ModeESEng, e2, err2.String()); err != nil {
		return "", err
	}
	return unpivot(out.String(), text, backTranslator(ctx, bin)), nil
}

func removeArg(args []string, drop string) []string {
	var out []string
	for _, a := range args {
		if a != drop {
			out = append(out, a)
		}
	}
	return out
}

func command(ctx context.Context, bin, mode string) *exec.Cmd {
	c := exec.CommandContext(ctx, bin, "-f", "txt", "-u", mode)
	c.WaitDelay = 2 * time.Second
	ownGroup(c)
	return c
}

func closeAll(files ...*os.File) {
	for _, f := range files {
		_ = f.Close() // pipe ends; nothing buffered to lose
	}
}

func startError(err error) error {
	if errors.Is(err, exec.ErrNotFound) || errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%w (%v)", ErrMissing, err)
	}
	return fmt.Errorf("start apertium: %w", err)
}

// modeError turns a failed run into an error; a mode that does not exist
// means a language pair is not installed.
func modeError(mode string, err error, stderr string) error {
	if err == nil {
		return nil
	}
	msg := strings.TrimSpace(firstLine(stderr))
	if strings.Contains(stderr, "does not exist") {
		return fmt.Errorf("apertium mode %s: %s: %w", mode, msg, ErrMissing)
	}
	if msg != "" {
		return fmt.Errorf("apertium %s: %w: %s", mode, err, msg)
	}
	return fmt.Errorf("apertium %s: %w", mode, err)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}
