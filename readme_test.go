package main

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"brief/internal/fakellm"
	"brief/pipeline/engine/apertium"
)

// readmeSkips are the README commands this test does not run, each with
// why. Beside them, a command is skipped when it
//   - runs make: `make run` and `make test` are the set-up the README
//     assumes (they install packages and run this very test);
//   - names an http:// or https:// address: it needs a real server (an
//     OpenAI-compatible API, a news site) or the network;
//   - uses the offline engine where Apertium is not installed (CI has it).
//
// Every other command runs as written, in order, from the top of a copy
// of what a fresh clone holds, against the project's fake server.
var readmeSkips = map[string]string{
	"bin/brief batch status batch_abc123":  "needs the id that batch submit printed",
	"bin/brief batch collect batch_abc123": "needs the id that batch submit printed",
}

// readmeCommands extracts the commands of README.md's ```sh blocks: one
// per line, a line ending in a backslash continued on the next, comment
// lines dropped.
func readmeCommands(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("README.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cmds []string
	in, cont := false, ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case !in && strings.TrimSpace(line) == "```sh":
			in = true
			continue
		case in && strings.TrimSpace(line) == "```":
			in = false
			continue
		case !in:
			continue
		}
		if strings.HasSuffix(line, `\`) {
			cont += strings.TrimSuffix(line, `\`) + " "
			continue
		}
		line, cont = strings.TrimSpace(cont+line), ""
		if line != "" && !strings.HasPrefix(line, "#") {
			cmds = append(cmds, line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cmds
}

// skipReason says why the README command cmd is not run, or "".
func skipReason(cmd string) string {
	switch {
	case strings.HasPrefix(cmd, "make "):
		return "the set-up command itself"
	case strings.Contains(cmd, "://"):
		return "needs a real server or the network"
	case strings.Contains(cmd, "--engine apertium") && apertium.Available() != nil:
		return "Apertium is not installed"
	}
	return readmeSkips[strings.TrimSpace(strings.SplitN(cmd, "#", 2)[0])]
}

// Every command the README shows runs as written on a fresh clone after
// the set-up commands (bin/brief built), against the fake server.
func TestREADMECommands(t *testing.T) {
	cmds := readmeCommands(t)
	if len(cmds) < 20 {
		t.Fatalf("only %d commands found in README.md's sh blocks", len(cmds))
	}
	dir := freshClone(t)
	srv := fakellm.New()
	defer srv.Close()
	env := append(os.Environ(), "OPENAI_BASE_URL="+srv.BaseURL(), "OPENAI_API_KEY="+fakellm.Token,
		"XDG_CACHE_HOME="+filepath.Join(dir, ".cache"), "XDG_CONFIG_HOME="+filepath.Join(dir, ".config"), "CI=true")
	ran := 0
	for _, c := range cmds {
		if why := skipReason(c); why != "" {
			t.Logf("skipped (%s): %s", why, c)
			continue
		}
		sh := exec.Command("bash", "-c", "set -eo pipefail; "+c)
		sh.Dir, sh.Env = dir, env
		out, err := sh.CombinedOutput()
		if err != nil {
			t.Errorf("README command failed (%v):\n  %s\n%s", err, c, out)
		}
		ran++
	}
	t.Logf("ran %d of %d README commands", ran, len(cmds))
}

// freshClone is a folder with what a clone holds that the README's
// commands read (seeds/, examples/, .env.example) and bin/brief, as
// `make run` leaves it.
func freshClone(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"seeds", "examples"} {
		if err := os.CopyFS(filepath.Join(dir, d), os.DirFS(d)); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(".env.example")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".env.example"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	bin, err := exec.LookPath("brief") // this test binary, as testscript.Main set it up
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(bin, filepath.Join(dir, "bin", "brief")); err != nil {
		t.Fatal(err)
	}
	return dir
}

// updateCommand finds the README's command that rewrites the goldens.
var updateCommand = regexp.MustCompile("`go test ([^`]*) -update`")

// The README's -update command names exactly the packages whose tests
// accept -update: `go test ./... -update` fails in every test package
// that does not define the flag, so the command lists them, and a package
// that gains goldens must be added to it.
func TestREADMEUpdateCommand(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := updateCommand.FindSubmatch(b)
	if m == nil {
		t.Fatal("README.md shows no `go test PACKAGES -update` command")
	}
	named := strings.Fields(string(m[1]))
	var want []string
	for path, p := range listPackages(t) {
		if acceptsUpdate(t, p) {
			want = append(want, "."+strings.TrimPrefix(path, "brief"))
		}
	}
	slices.Sort(named)
	slices.Sort(want)
	if diff := cmp.Diff(want, named); diff != "" {
		t.Errorf("README's go test ... -update command (-packages accepting -update +named):\n%s", diff)
	}
}

// acceptsUpdate reports whether p's tests define -update: through
// internal/golden, or with a flag of their own.
func acceptsUpdate(t *testing.T, p pkg) bool {
	t.Helper()
	if slices.Contains(p.TestImports, "brief/internal/golden") || slices.Contains(p.XTestImports, "brief/internal/golden") {
		return true
	}
	for _, f := range append(p.TestGoFiles, p.XTestGoFiles...) {
		b, err := os.ReadFile(filepath.Join(p.Dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(`flag.Bool("update"`)) {
			return true
		}
	}
	return false
}
