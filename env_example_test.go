package main

import (
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/urfave/cli/v2"
)

// Every variable a flag reads is listed in .env.example.
func TestEnvExampleListsEveryVariable(t *testing.T) {
	b, err := os.ReadFile(".env.example")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^([A-Z_]+)=`).FindAllStringSubmatch(string(b), -1) {
		listed[m[1]] = true
	}
	app := newApp(testSystem(nil, nil, func(string) string { return "" }))
	missing := map[string]bool{}
	var walk func([]*cli.Command)
	walk = func(cmds []*cli.Command) {
		for _, c := range cmds {
			for _, f := range c.Flags {
				if e, ok := f.(interface{ GetEnvVars() []string }); ok {
					for _, v := range e.GetEnvVars() {
						if !listed[v] {
							missing[v] = true
						}
					}
				}
			}
			walk(c.Subcommands)
		}
	}
	walk(app.Commands)
	if !listed["OPENAI_API_KEY"] {
		missing["OPENAI_API_KEY"] = true
	}
	var names []string
	for n := range missing {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) > 0 {
		t.Errorf(".env.example does not list %v", names)
	}
}

// The defaults .env.example states are the flags' defaults.
func TestEnvExampleDefaults(t *testing.T) {
	b, err := os.ReadFile(".env.example")
	if err != nil {
		t.Fatal(err)
	}
	stated := map[string]string{} // variable -> default named in its comment
	var comment string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "#") {
			comment += line
			continue
		}
		if name, _, ok := strings.Cut(line, "="); ok {
			if m := regexp.MustCompile(`\(default ([^\s,:);]+)`).FindStringSubmatch(comment); m != nil {
				stated[name] = m[1]
			}
		}
		comment = ""
	}
	app := newApp(testSystem(nil, nil, func(string) string { return "" }))
	checked := 0
	var walk func([]*cli.Command)
	walk = func(cmds []*cli.Command) {
		for _, c := range cmds {
			for _, f := range c.Flags {
				e, ok := f.(interface{ GetEnvVars() []string })
				if !ok || len(e.GetEnvVars()) == 0 || stated[e.GetEnvVars()[0]] == "" {
					continue
				}
				want := stated[e.GetEnvVars()[0]]
				var got string
				switch f := f.(type) {
				case *cli.StringFlag:
					got = f.Value
				case *cli.IntFlag:
					got = strconv.Itoa(f.Value)
				case *cli.DurationFlag:
					if d, err := time.ParseDuration(want); err == nil && d == f.Value {
						got = want
					}
				}
				if got != want {
					t.Errorf(".env.example says %s defaults to %s; the flag's default is %q", e.GetEnvVars()[0], want, got)
				}
				checked++
			}
			walk(c.Subcommands)
		}
	}
	walk(app.Commands)
	if checked < 8 {
		t.Errorf("only %d stated defaults checked", checked)
	}
}
