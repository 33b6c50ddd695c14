package digest

import (
	"encoding/xml"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"brief/internal/golden"
)

func TestMarkdown(t *testing.T) {
	entries := Select(loaded(t), Filter{})
	golden.Compare(t, golden.Path(t, "digest.md"), Markdown(entries, Page{}))
	golden.Compare(t, golden.Path(t, "prefixed.md"), Markdown(entries[:1], Page{Title: "Revue de presse", Link: func(e Entry) string { return "out/" + e.Name }}))
	golden.Compare(t, golden.Path(t, "empty.md"), Markdown(nil, Page{}))
}

func TestAtom(t *testing.T) {
	entries := Select(loaded(t), Filter{})
	got, err := Atom(entries, Feed{})
	if err != nil {
		t.Fatal(err)
	}
	golden.Compare(t, golden.Path(t, "digest.atom"), got)
	again, err := Atom(Select(loaded(t), Filter{}), Feed{})
	if err != nil || string(again) != string(got) {
		t.Errorf("a second rendering differs: the feed is not deterministic")
	}
}

// The Atom digest is valid Atom 1.0: the elements RFC 4287 requires are
// there, timestamps are RFC 3339, ids are unique, and a real feed parser
// reads every entry back.
func TestAtom_Valid(t *testing.T) {
	entries := Select(loaded(t), Filter{})
	b, err := Atom(entries, Feed{ID: "https://example.org/briefings/", Self: "https://example.org/briefings/feed.xml",
		Page: Page{Link: func(e Entry) string { return "https://example.org/briefings/" + e.Name }}})
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string   `xml:"id"`
		Title   string   `xml:"title"`
		Updated string   `xml:"updated"`
		Author  []struct {
			Name string `xml:"name"`
		} `xml:"author"`
		Entries []struct {
			ID      string `xml:"id"`
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
			Links   []struct {
				Rel  string `xml:"rel,attr"`
				Href string `xml:"href,attr"`
			} `xml:"link"`
			Summary string `xml:"summary"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal(b, &f); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if f.ID == "" || f.Title == "" || len(f.Author) != 1 || f.Updated != "2024-03-15T00:00:00Z" {
		t.Errorf("feed id %q, title %q, %d authors, updated %q", f.ID, f.Title, len(f.Author), f.Updated)
	}
	ids := map[string]bool{}
	for _, e := range f.Entries {
		if _, err := time.Parse(time.RFC3339, e.Updated); err != nil || e.ID == "" || e.Title == "" || ids[e.ID] {
			t.Errorf("entry %q: id %q, updated %q (%v)", e.Title, e.ID, e.Updated, err)
		}
		ids[e.ID] = true
		if len(e.Links) == 0 || e.Links[0].Rel != "alternate" || !strings.HasPrefix(e.Links[0].Href, "https://example.org/briefings/") {
			t.Errorf("entry %q links %+v", e.Title, e.Links)
		}
	}
	parsed, err := gofeed.NewParser().ParseString(string(b))
	if err != nil {
		t.Fatalf("gofeed: %v", err)
	}
	if parsed.FeedType != "atom" || len(parsed.Items) != len(entries) || parsed.Items[0].Title != "Drought: 62 departments on alert" {
		t.Errorf("gofeed read %s with %d items (first %q)", parsed.FeedType, len(parsed.Items), parsed.Items[0].Title)
	}
}

func TestUUIDURN(t *testing.T) {
	a, b := uuidURN("x"), uuidURN("y")
	if a == b || a != uuidURN("x") || len(a) != len("urn:uuid:")+36 || a[9+14] != '5' {
		t.Errorf("uuidURN: %s %s", a, b)
	}
}

func TestLinks(t *testing.T) {
	e := Entry{File: filepath.Join("out", "la grève (1).md"), Name: "la grève (1).md"}
	for _, tt := range []struct {
		name string
		link func(Entry) string
		want string
	}{
		{"from the working folder", RelativeLinks("."), "out/la%20gr%C3%A8ve%20%281%29.md"},
		{"from the briefings folder", RelativeLinks("out"), "la%20gr%C3%A8ve%20%281%29.md"},
		{"from a sibling folder", RelativeLinks("site"), "../out/la%20gr%C3%A8ve%20%281%29.md"},
		{"published", BaseLinks("https://example.org/briefings/"), "https://example.org/briefings/la%20gr%C3%A8ve%20%281%29.md"},
	} {
		if got := tt.link(e); got != tt.want {
			t.Errorf("%s: link = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestBuild(t *testing.T) {
	dir := t.TempDir()
	writeBriefings(t, dir)
	md, skipped, err := Build(dir, Options{Filter: Filter{Since: "2024-03-14"}})
	if err != nil || len(skipped) != 2 || strings.Count(string(md), "\n## ") != 3 {
		t.Fatalf("Build(md) = %d sections, %v, %v", strings.Count(string(md), "\n## "), skipped, err)
	}
	atom, _, err := Build(dir, Options{Format: FormatAtom, Filter: Filter{Limit: 1}})
	if err != nil || strings.Count(string(atom), "<entry>") != 1 {
		t.Fatalf("Build(atom) = %s, %v", atom, err)
	}
	if _, _, err := Build(dir, Options{Format: "html"}); err == nil {
		t.Error("Build with an unknown format succeeded")
	}
}
