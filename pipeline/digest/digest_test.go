package digest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"brief/pipeline/markdown"
)

type briefing struct {
	name, title, date, source, sourceURL, status string
	figures, matched, errs, warns                int
	bullets                                      []string
}

// briefings are written by the real renderer: the digest reads what
// brief translate writes.
var briefings = []briefing{
	{"croissance.md", "French growth slows to 0.8% in 2024", "2024-03-14", "https://www.courrier-matin.example/eco/croissance.html",
		"https://www.courrier-matin.example/eco/croissance.html?xtor=RSS-3208", "passed", 16, 16, 0, 0,
		[]string{"Growth is forecast at 0.8% in 2024, down from 1.1%.", "Public debt passed €3,200 billion (110.6% of GDP) & keeps rising.", "Unemployment held at 7.5%."}},
	{"eolien.md", "Wind power output up 12.5%", "2024-03-14", "https://www.courrier-matin.example/planete/eolien.html",
		"https://www.courrier-matin.example/planete/eolien.html", "passed", 3, 3, 0, 1, []string{"Wind output rose 12.5% in 2023."}},
	{"greve.md", "SNCF strike: one TGV in two on Thursday", "2024-03-06", "https://regional.example/actu/greve-sncf.html",
		"https://regional.example/actu/greve-sncf.html", "failed", 12, 10, 2, 0,
		[]string{"About 150,000 travellers must change plans.", "Unions want a <300 euro> bonus."}},
	{"secheresse.md", "Drought: 62 departments on alert", "2024-03-15", "https://www.courrier-matin.example/planete/secheresse.html",
		"https://www.courrier-matin.example/planete/secheresse.html", "passed", 2, 2, 0, 0, []string{"62 departments are on alert."}},
	{"otan.md", "NATO to expand its Iraq mission [update]", "2021-02", "seeds/otan.txt", "", "passed", 16, 16, 0, 0,
		[]string{"The mission grows from 500 to about 4,000 people."}},
	{"undated.md", "A briefing with no date", "", "seeds/undated.txt", "", "passed", 1, 1, 0, 0, nil},
}

func writeBriefings(t *testing.T, dir string) {
	t.Helper()
	for _, b := range briefings {
		fm := markdown.FrontMatter{Title: b.title, Source: b.source, SourceURL: b.sourceURL, SourceSHA256: "sha-" + b.name,
			Date: b.date, From: "fr", To: "en", Engine: "openai", Model: "gpt-4o-mini",
			Verification: markdown.Verification{Status: b.status, SourceFigures: b.figures, Matched: b.matched, Errors: b.errs, Warnings: b.warns}}
		md, err := markdown.Render(markdown.Briefing{Front: fm, Headline: b.title, Bullets: b.bullets, Paragraphs: []string{"Text."}})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, b.name), md, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	extra := map[string]string{
		"README.md": "# Daily digest\n\nSee below.\n",          // no front matter: not a briefing, no warning
		"broken.md": "---\ntitle: [unclosed\n---\n\n# x\n",     // a briefing gone wrong: a warning
		"other.md":  "---\nlayout: post\n---\n\nA blog post\n", // front matter of something else
		"notes.txt": "---\ntitle: t\nverification:\n  status: passed\n---\n",
	}
	for name, content := range extra {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "archive"), 0o755); err != nil {
		t.Fatal(err)
	}
}

func loaded(t *testing.T) []Entry {
	t.Helper()
	dir := t.TempDir()
	writeBriefings(t, dir)
	entries, skipped, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range skipped {
		if !errors.Is(s, ErrNotBriefing) {
			t.Errorf("skipped for another reason: %v", s)
		}
		names = append(names, filepath.Base(strings.SplitN(s.Error(), ":", 2)[0]))
	}
	if diff := cmp.Diff([]string{"broken.md", "other.md"}, names); diff != "" {
		t.Errorf("skipped (-want +got):\n%s", diff)
	}
	return entries
}

func TestLoad(t *testing.T) {
	entries := loaded(t)
	if len(entries) != len(briefings) {
		t.Fatalf("Load found %d briefings, want %d", len(entries), len(briefings))
	}
	got := entries[0] // croissance.md, in name order
	want := Entry{File: got.File, Name: "croissance.md", Title: briefings[0].title, Date: "2024-03-14",
		Source: briefings[0].source, SourceURL: briefings[0].sourceURL, SHA256: "sha-croissance.md",
		Bullets: []string{"Growth is forecast at 0.8% in 2024, down from 1.1%.",
			"Public debt passed €3,200 billion (110.6% of GDP) &amp; keeps rising.", "Unemployment held at 7.5%."},
		Figures: Figures{Status: "passed", SourceFigures: 16, Matched: 16}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Load (-want +got):\n%s", diff)
	}
}

func TestLoad_MissingFolder(t *testing.T) {
	if _, _, err := Load(filepath.Join(t.TempDir(), "nope")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing) = %v, want ErrNotExist", err)
	}
}

func TestSelect(t *testing.T) {
	entries := loaded(t)
	for _, tt := range []struct {
		name string
		f    Filter
		want []string
	}{
		{"all, newest first, undated last", Filter{}, []string{"secheresse.md", "croissance.md", "eolien.md", "greve.md", "otan.md", "undated.md"}},
		{"since a day", Filter{Since: "2024-03-14"}, []string{"secheresse.md", "croissance.md", "eolien.md"}},
		{"since a month", Filter{Since: "2024-03"}, []string{"secheresse.md", "croissance.md", "eolien.md", "greve.md"}},
		{"since a day of a month-dated article", Filter{Since: "2021-02-20"}, []string{"secheresse.md", "croissance.md", "eolien.md", "greve.md", "otan.md"}},
		{"limit", Filter{Limit: 2}, []string{"secheresse.md", "croissance.md"}},
		{"since and limit", Filter{Since: "2024-01-01", Limit: 10}, []string{"secheresse.md", "croissance.md", "eolien.md", "greve.md"}},
		{"nothing that new", Filter{Since: "2030-01-01"}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range Select(entries, tt.f) {
				got = append(got, e.Name)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Select(%+v) (-want +got):\n%s", tt.f, diff)
			}
		})
	}
}

func TestValidDate(t *testing.T) {
	for s, want := range map[string]bool{"2024-03-14": true, "2024-03": true, "2024": false, "2024-13": false,
		"2024-03-32": false, "14/03/2024": false, "": false, "2024-03-14T00:00:00Z": false} {
		if ValidDate(s) != want {
			t.Errorf("ValidDate(%q) = %v, want %v", s, !want, want)
		}
	}
}
