package run

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"brief/pipeline/webinput"
)

// notices records a run's notices.
type notices struct {
	Discard
	lines []string
}

func (n *notices) Notice(msg string) { n.lines = append(n.lines, msg) }

// feedFile writes an RSS file of n items and returns its path.
func feedFile(t *testing.T, dir string, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Éco</title>`)
	for i := range n {
		fmt.Fprintf(&b, "<item><title>%d</title><link>https://ex.fr/eco/article-%d.html</link><pubDate>Mon, 07 Oct 2024 08:00:00 +0200</pubDate></item>", i, i)
	}
	b.WriteString("</channel></rss>")
	path := filepath.Join(dir, "eco.rss")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// briefing writes a briefing of link into out with the given status.
func briefing(t *testing.T, out, link, status string) {
	t.Helper()
	md := fmt.Sprintf("---\ntitle: x\nsource: %s\nsource_url: %s\nsource_sha256: ab\nverification:\n    status: %s\n---\n\n# x\n", link, link, status)
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, webinput.OutputName(link)+".md"), []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
}

func expandFeed(t *testing.T, path string, opt Options) ([]Source, []string) {
	t.Helper()
	srcs, err := Expand([]string{path})
	if err != nil {
		t.Fatal(err)
	}
	ev := &notices{}
	out, err := New(EngineOptions{}, StageOptions{}).expandWeb(context.Background(), srcs, opt, ev)
	if err != nil {
		t.Fatal(err)
	}
	return out, ev.lines
}

// A local feed's items are the inputs, in feed order, named after their
// addresses; those briefed with figures that passed are left out (a
// failed one is redone), unless Force.
func TestExpandWeb_FeedFile(t *testing.T) {
	dir := t.TempDir()
	path, out := feedFile(t, dir, 4), filepath.Join(dir, "out")
	briefing(t, out, "https://ex.fr/eco/article-1.html", "passed")
	briefing(t, out, "https://ex.fr/eco/article-2.html", "failed")
	got, lines := expandFeed(t, path, Options{OutDir: out})
	var links []string
	for _, s := range got {
		links = append(links, s.Path)
		if s.kind != kindItem || s.Feed != path || s.date != "2024-10-07" {
			t.Errorf("item %+v", s)
		}
	}
	want := []string{"https://ex.fr/eco/article-0.html", "https://ex.fr/eco/article-2.html", "https://ex.fr/eco/article-3.html"}
	if !slices.Equal(links, want) {
		t.Errorf("items %q, want %q", links, want)
	}
	if names := OutputNames(got); names[0] != webinput.OutputName(want[0])+".md" {
		t.Errorf("names %q: an item is named after its address", names)
	}
	if len(lines) != 1 || lines[0] != path+": 4 items, 1 already briefed in "+out+", 3 to brief" {
		t.Errorf("notices %q", lines)
	}
	if got, _ := expandFeed(t, path, Options{OutDir: out, Force: true}); len(got) != 4 {
		t.Errorf("--force: %d items, want all 4", len(got))
	}
}

// The shares of --shard take every item exactly once, after --max-items
// chose the same items for all of them.
func TestExpandWeb_ShardAndMaxItems(t *testing.T) {
	dir := t.TempDir()
	path := feedFile(t, dir, 30)
	seen := map[string]int{}
	for k := 1; k <= 3; k++ {
		got, _ := expandFeed(t, path, Options{OutDir: dir, Shard: Shard{K: k, N: 3}, MaxItems: 20})
		for _, s := range got {
			seen[s.Path]++
		}
	}
	if len(seen) != 20 {
		t.Errorf("%d items in all shares, want the first 20", len(seen))
	}
	for i := range 20 {
		if link := fmt.Sprintf("https://ex.fr/eco/article-%d.html", i); seen[link] != 1 {
			t.Errorf("%s taken %d times", link, seen[link])
		}
	}
}

// The same article listed twice (two feeds, or twice in one) is one input.
func TestExpandWeb_Dedup(t *testing.T) {
	dir := t.TempDir()
	path := feedFile(t, dir, 3)
	srcs, err := Expand([]string{path, path})
	if err != nil {
		t.Fatal(err)
	}
	got, err := New(EngineOptions{}, StageOptions{}).expandWeb(context.Background(), srcs, Options{OutDir: dir}, Discard{})
	if err != nil || len(got) != 3 {
		t.Errorf("expandWeb(the feed twice) = %d sources, %v; want 3", len(got), err)
	}
}

// Files keep their kind: a saved page is extracted, a feed file expanded,
// whatever its extension, and a folder lists its .html files.
func TestExpand_Kinds(t *testing.T) {
	dir := t.TempDir()
	feedPath := feedFile(t, dir, 1)
	for name, body := range map[string]string{"a.txt": "Texte.", "b.html": "<p>x</p>", "c.xml": "<note/>", "feed": ""} {
		if name == "feed" {
			b, _ := os.ReadFile(feedPath)
			body = string(b)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Expand([]string{dir, filepath.Join(dir, "c.xml"), filepath.Join(dir, "feed"), feedPath, "https://u:p@ex.fr/rss"})
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, s := range got {
		kinds = append(kinds, fmt.Sprintf("%s=%d", filepath.Base(s.Path), s.kind))
	}
	want := []string{"a.txt=0", "b.html=1", "c.xml=0", "feed=2", "eco.rss=2", "rss=3"}
	if !slices.Equal(kinds, want) {
		t.Errorf("kinds %q, want %q", kinds, want)
	}
	if last := got[len(got)-1]; last.Path != "https://ex.fr/rss" || last.URL != "https://u:p@ex.fr/rss" {
		t.Errorf("address source %+v: the path never shows credentials", last)
	}
}
