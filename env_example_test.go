package main

import (
	"os"
	"regexp"
	"sort"
	"testing"

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
