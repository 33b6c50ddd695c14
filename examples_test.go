package main

import (
	"os"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The example workflow parses, runs on a schedule, keeps the API key in a
// secret, caches the response cache and uploads out/.
func TestExampleWorkflow(t *testing.T) {
	b, err := os.ReadFile("examples/brief-schedule.yml")
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		On struct {
			Schedule []struct{ Cron string } `yaml:"schedule"`
		} `yaml:"on"`
		Jobs map[string]struct {
			Steps []struct {
				Name string            `yaml:"name"`
				Uses string            `yaml:"uses"`
				Run  string            `yaml:"run"`
				Env  map[string]string `yaml:"env"`
				With map[string]string `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(b, &wf); err != nil {
		t.Fatalf("examples/brief-schedule.yml: %v", err)
	}
	if len(wf.On.Schedule) == 0 || len(strings.Fields(wf.On.Schedule[0].Cron)) != 5 {
		t.Errorf("no valid cron schedule: %+v", wf.On.Schedule)
	}
	var translate, cache, upload bool
	for _, job := range wf.Jobs {
		for _, s := range job.Steps {
			if strings.Contains(s.Run, "brief translate") {
				translate = true
				if s.Env["OPENAI_API_KEY"] != "${{ secrets.OPENAI_API_KEY }}" {
					t.Errorf("the key must come from a secret, got %q", s.Env["OPENAI_API_KEY"])
				}
				if !strings.Contains(s.Run, "--cache-dir .brief-cache") {
					t.Errorf("translate step does not use the cached folder: %q", s.Run)
				}
			}
			cache = cache || strings.HasPrefix(s.Uses, "actions/cache@") && s.With["path"] == ".brief-cache"
			upload = upload || strings.HasPrefix(s.Uses, "actions/upload-artifact@") && strings.Contains(s.With["path"], "out/")
		}
	}
	if !translate || !cache || !upload {
		t.Errorf("workflow steps: translate %v, cache of --cache-dir %v, upload of out/ %v", translate, cache, upload)
	}
}
