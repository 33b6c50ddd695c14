package markdown

import (
	"strings"
	"testing"
)

func TestEscape(t *testing.T) {
	for _, tt := range []struct {
		name, in, block, inline string
	}{
		{"plain", "A plain sentence.", "A plain sentence.", "A plain sentence."},
		{"html", "<script>alert(1)</script> & co", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"},
		{"heading", "# Not a heading", "\\# Not a heading", "# Not a heading"},
		{"list", "- not a list", "\\- not a list", "- not a list"},
		{"numbered", "1. not a list", "\\1. not a list", "1. not a list"},
		{"rule", "---", "\\---", "---"},
		{"fence", "```go", "\\```go", "```go"},
		{"line breaks", "a\nb", "a b", "a b"},
		{"no-break spaces survive", "4\u00a0000", "4\u00a0000", "4\u00a0000"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Block(tt.in); got != tt.block {
				t.Errorf("Block(%q) = %q, want %q", tt.in, got, tt.block)
			}
			if got := Inline(tt.in); got != tt.inline {
				t.Errorf("Inline(%q) = %q, want %q", tt.in, got, tt.inline)
			}
		})
	}
	if got := Cell("a | b"); got != "a \\| b" {
		t.Errorf("Cell = %q", got)
	}
}

// Hostile text cannot break out of the front matter or inject HTML.
func TestRender_Hostile(t *testing.T) {
	b := Briefing{
		Front:      FrontMatter{Title: "x\n---\nengine: evil", Source: "a.txt", Engine: "openai"},
		Headline:   "<img src=x onerror=alert(1)>",
		Bullets:    []string{"ok\n# injected"},
		Paragraphs: []string{"---\nfoo: bar"},
		Figures:    []Figure{{Source: "4 | 000", Value: "4000", English: "4,000", Status: "matched"}},
	}
	b.Front.Verification.Status = "passed"
	md, err := Render(b)
	if err != nil {
		t.Fatal(err)
	}
	s := string(md)
	if strings.Count(s, "\n---\n") != 1 || strings.Contains(s, "\nengine: evil") {
		t.Errorf("front matter broken:\n%s", s)
	}
	if strings.Contains(s, "<img") || strings.Contains(s, "\n# injected") || strings.Contains(s, "| 4 | 000 |") {
		t.Errorf("unescaped content:\n%s", s)
	}
}

// A briefing made from a page records its address after source; one
// made from a file has no such line.
func TestRender_SourceURL(t *testing.T) {
	b := Briefing{Front: FrontMatter{Title: "t", Source: "https://ex.fr/a.html", SourceURL: "https://ex.fr/a.html?xtor=RSS", Engine: "openai"}}
	md, err := Render(b)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "source: https://ex.fr/a.html\nsource_url: https://ex.fr/a.html?xtor=RSS\nsource_sha256:") {
		t.Errorf("source_url not after source:\n%s", md)
	}
	b.Front.SourceURL = ""
	if md, _ = Render(b); strings.Contains(string(md), "source_url") || strings.Contains(string(md), "canonical_url") {
		t.Errorf("empty source_url written:\n%s", md)
	}
}
