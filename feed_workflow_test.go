package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"brief/internal/fakellm"
)

// workflow is what the tests read of a GitHub Actions workflow.
type workflow struct {
	On struct {
		Schedule []struct{ Cron string } `yaml:"schedule"`
	} `yaml:"on"`
	Permissions map[string]string `yaml:"permissions"`
	Env         map[string]string `yaml:"env"`
	Jobs        map[string]struct {
		Steps []step `yaml:"steps"`
	} `yaml:"jobs"`
}

type step struct {
	Name            string            `yaml:"name"`
	ID              string            `yaml:"id"`
	If              string            `yaml:"if"`
	Uses            string            `yaml:"uses"`
	Run             string            `yaml:"run"`
	Env             map[string]string `yaml:"env"`
	With            map[string]string `yaml:"with"`
	ContinueOnError bool              `yaml:"continue-on-error"`
}

func readWorkflow(t *testing.T, path string) workflow {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var wf workflow
	if err := yaml.Unmarshal(b, &wf); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return wf
}

// briefLines are the brief command lines of a step's script, continued
// lines joined, split into words; ${{ }} expressions become "x".
func briefLines(script string) [][]string {
	script = strings.ReplaceAll(script, "\\\n", " ")
	script = regexp.MustCompile(`\$\{\{[^}]*\}\}`).ReplaceAllString(script, "x")
	var out [][]string
	for _, line := range strings.Split(script, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "bin/brief ") {
			continue
		}
		line, _, _ = strings.Cut(line, " > ") // the shell's redirection
		var words []string
		for _, w := range regexp.MustCompile(`"[^"]*"|\S+`).FindAllString(line, -1) {
			words = append(words, strings.Trim(w, `"`))
		}
		out = append(out, words[1:])
	}
	return out
}

// The daily feed workflow parses, runs on a schedule, briefs the feed into
// a folder it then digests (Markdown and Atom) and commits, keeps the key
// in a secret and the cache between runs, and still commits when an
// article fails — then fails the job. Every flag it passes exists.
func TestFeedWorkflow(t *testing.T) {
	wf := readWorkflow(t, "examples/feed-digest.yml")
	if len(wf.On.Schedule) == 0 || len(strings.Fields(wf.On.Schedule[0].Cron)) != 5 {
		t.Errorf("no valid cron schedule: %+v", wf.On.Schedule)
	}
	if wf.Permissions["contents"] != "write" {
		t.Errorf("permissions %v: committing needs contents: write", wf.Permissions)
	}
	var steps []step
	for _, j := range wf.Jobs {
		steps = append(steps, j.Steps...)
	}
	order := map[string]int{}
	for i, s := range steps {
		for _, words := range briefLines(s.Run) {
			checkFlags(t, words)
			order[words[0]] = i
			if words[0] == "translate" {
				checkTranslateStep(t, s, words, wf.Env)
			}
		}
		if strings.HasPrefix(s.Uses, "actions/cache@") && s.With["path"] == ".brief-cache" {
			order["cache"] = i
		}
		if strings.Contains(s.Run, "git add briefings") && strings.Contains(s.Run, "git commit") && strings.Contains(s.Run, "git push") {
			order["commit"] = i
		}
		if strings.Contains(s.If, "steps.translate.outcome == 'failure'") && strings.Contains(s.Run, "exit 1") {
			order["fail"] = i
		}
	}
	for _, pair := range [][2]string{{"cache", "translate"}, {"translate", "digest"}, {"digest", "commit"}, {"commit", "fail"}} {
		a, okA := order[pair[0]]
		b, okB := order[pair[1]]
		if !okA || !okB || a >= b {
			t.Errorf("steps %v: want %s before %s", order, pair[0], pair[1])
		}
	}
}

func checkTranslateStep(t *testing.T, s step, words []string, env map[string]string) {
	t.Helper()
	if s.ID != "translate" || !s.ContinueOnError {
		t.Errorf("the translate step needs id: translate and continue-on-error, so the digest is committed anyway")
	}
	if s.Env["OPENAI_API_KEY"] != "${{ secrets.OPENAI_API_KEY }}" {
		t.Errorf("the key must come from a secret, got %q", s.Env["OPENAI_API_KEY"])
	}
	joined := strings.Join(words, " ")
	if !strings.Contains(joined, "--cache-dir .brief-cache") || !strings.Contains(joined, "--out briefings") ||
		!slices.Contains(words, "$FEED_URL") || !strings.HasPrefix(env["FEED_URL"], "https://") {
		t.Errorf("translate %q: want the feed $FEED_URL (%q) into --out briefings with --cache-dir .brief-cache", joined, env["FEED_URL"])
	}
}

// checkFlags fails on a flag the command does not define.
func checkFlags(t *testing.T, words []string) {
	t.Helper()
	cmd := newApp(system{}).Command(words[0])
	if cmd == nil {
		t.Errorf("brief %s: no such command", words[0])
		return
	}
	names := map[string]bool{}
	for _, f := range cmd.Flags {
		for _, n := range f.Names() {
			names[n] = true
		}
	}
	for _, w := range words[1:] {
		if name, ok := strings.CutPrefix(w, "--"); ok && !names[name] {
			t.Errorf("brief %s: no flag %s", words[0], w)
		}
	}
}

// The workflow's own brief commands, run twice against the fake news site:
// the first run briefs the feed's two articles and digests them, the
// second fetches the feed and no article, and the digest stays the same.
func TestFeedWorkflow_Runs(t *testing.T) {
	wf := readWorkflow(t, "examples/feed-digest.yml")
	site, err := newNewsSite()
	if err != nil {
		t.Fatal(err)
	}
	defer site.Close()
	srv := fakellm.New()
	defer srv.Close()
	t.Chdir(t.TempDir())
	var cmds [][]string
	for _, j := range wf.Jobs {
		for _, s := range j.Steps {
			cmds = append(cmds, briefLines(s.Run)...)
		}
	}
	runAll := func() {
		for _, words := range cmds {
			args := slices.Clone(words)
			for i, w := range args {
				if w == "$FEED_URL" {
					args[i] = site.URL + "/eco/rss.xml"
				}
			}
			if args[0] == "translate" {
				args = append([]string{"translate", "--base-url", srv.BaseURL()}, args[1:]...)
			}
			var stdout, stderr bytes.Buffer
			env := map[string]string{"OPENAI_API_KEY": fakellm.Token}
			if code := runApp(context.Background(), append([]string{"brief"}, args...),
				testSystem(&stdout, &stderr, func(k string) string { return env[k] })); code != 0 {
				t.Fatalf("brief %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
			}
		}
	}
	runAll()
	readme, err := os.ReadFile(filepath.Join("briefings", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(regexp.MustCompile(`(?m)^## \[.*\]\(<(budget-2025|greve-sncf)-[0-9a-f]{8}\.md>\)$`).FindAll(readme, -1)); n != 2 {
		t.Errorf("the digest lists %d briefings, want the feed's 2:\n%s", n, readme)
	}
	if _, err := os.Stat(filepath.Join("briefings", "feed.xml")); err != nil {
		t.Error(err)
	}
	runAll()
	if site.hit("/eco/rss.xml") != 2 || site.hit("/eco/budget-2025.html") != 1 || site.hit("/eco/greve-sncf.html") != 1 {
		t.Errorf("feed %d, articles %d and %d requests: want the feed twice and each article once",
			site.hit("/eco/rss.xml"), site.hit("/eco/budget-2025.html"), site.hit("/eco/greve-sncf.html"))
	}
	again, _ := os.ReadFile(filepath.Join("briefings", "README.md"))
	if !bytes.Equal(readme, again) {
		t.Errorf("the second run changed the digest: nothing new, nothing to commit")
	}
}
