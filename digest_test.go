package main

import (
	"bytes"
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
)

// digestRun runs brief with args in dir and returns its exit code and
// outputs.
func digestRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := runApp(context.Background(), append([]string{"brief"}, args...), testSystem(&stdout, &stderr, func(string) string { return "" }))
	return code, stdout.String(), stderr.String()
}

func writeBriefing(t *testing.T, dir, name, title, date, status string) {
	t.Helper()
	md := "---\ntitle: '" + title + "'\nsource_url: https://ex.fr/" + name + "?a=1&b=2\nsource_sha256: " + name +
		"\ndate: " + date + "\nverification:\n    status: " + status + "\n    source_figures: 2\n    matched: 2\n---\n\n" +
		"# " + title + "\n\n## Summary\n\n- Prices rose 2.5% &amp; wages <3%.\n- Debt: €3,200 billion.\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
}

// brief digest --format atom writes Atom 1.0 that an XML decoder and a
// real feed parser both read back whole.
func TestDigestAtomIsValid(t *testing.T) {
	dir := t.TempDir()
	writeBriefing(t, dir, "a.md", "Growth slows: 0.8% & falling", "2024-03-14", "passed")
	writeBriefing(t, dir, "b.md", "Strike <Thursday>", "2024-03-15", "failed")
	writeBriefing(t, dir, "c.md", "NATO expands", "2021-02", "passed")
	code, out, errs := digestRun(t, "digest", "--format", "atom", dir)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var feed struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string   `xml:"id"`
		Updated string   `xml:"updated"`
		Entries []struct {
			ID      string `xml:"id"`
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
			Summary string `xml:"summary"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(out), &feed); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	if len(feed.Entries) != 3 || feed.Entries[0].Title != "Strike <Thursday>" || feed.Updated != "2024-03-15T00:00:00Z" {
		t.Fatalf("feed: %+v", feed)
	}
	for _, e := range feed.Entries {
		if _, err := time.Parse(time.RFC3339, e.Updated); err != nil || !strings.HasPrefix(e.ID, "urn:uuid:") {
			t.Errorf("entry %q: updated %q, id %q", e.Title, e.Updated, e.ID)
		}
		if !strings.Contains(e.Summary, "• Prices rose 2.5% & wages <3%.") {
			t.Errorf("entry %q summary %q: want the bullets as plain text", e.Title, e.Summary)
		}
	}
	parsed, err := gofeed.NewParser().ParseString(out)
	if err != nil || parsed.FeedType != "atom" || len(parsed.Items) != 3 || parsed.Items[1].Title != "Growth slows: 0.8% & falling" {
		t.Fatalf("gofeed: %v, %+v", err, parsed)
	}
	if !strings.Contains(out, `rel="via" type="text/html" href="https://ex.fr/b.md?a=1&amp;b=2"`) {
		t.Errorf("the source link is missing or badly escaped:\n%s", out)
	}
}

func TestDigestExitCodes(t *testing.T) {
	dir := t.TempDir()
	writeBriefing(t, dir, "a.md", "Growth slows", "2024-03-14", "failed")
	for _, tt := range []struct {
		args []string
		code int
	}{
		{[]string{"digest", dir}, 0}, // a failed briefing is listed, not an error
		{[]string{"digest", filepath.Join(dir, "nope")}, 2},
		{[]string{"digest", "--since", "14/03/2024", dir}, 2},
		{[]string{"digest", "--format", "rss", dir}, 2},
		{[]string{"digest"}, 2},
		{[]string{"digest", "--out", filepath.Join(dir, "a.md", "x.md"), dir}, 1}, // cannot write
	} {
		code, _, errs := digestRun(t, tt.args...)
		// One error line, and for a usage mistake the usage line under it.
		errs = strings.TrimSuffix(errs, "usage: brief digest [flags] DIR\n")
		if code != tt.code || (code != 0 && strings.Count(errs, "\n") != 1) {
			t.Errorf("brief %s: exit %d, stderr %q; want exit %d and one line", strings.Join(tt.args, " "), code, errs, tt.code)
		}
	}
}
