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

// A failed briefing (written with --force) says FAILED right under its
// headline, not only in the figures check at the bottom.
func TestRender_FailedUnderHeadline(t *testing.T) {
	b := Briefing{Front: FrontMatter{Title: "t", Source: "a.txt", Engine: "openai"}, Headline: "Budget up",
		Bullets: []string{"a"}, Paragraphs: []string{"p"}}
	b.Front.Verification = Verification{Status: "failed", SourceFigures: 2, Matched: 1, Errors: 1}
	md, err := Render(b)
	if err != nil {
		t.Fatal(err)
	}
	want := "# Budget up\n\n**FAILED: the figures do not match (1 error); see the figures check below.**\n\n"
	if !strings.Contains(string(md), want) || !strings.Contains(string(md), "**FAILED**: 1 of 2 source figures matched, 1 error, 0 warnings.") {
		t.Errorf("no FAILED line under the headline, or wrong plurals:\n%s", md)
	}
	b.Front.Verification.Status = "passed"
	if md, _ = Render(b); strings.Contains(string(md), "FAILED") {
		t.Errorf("a passed briefing says FAILED:\n%s", md)
	}
}

// The front matter has no usage block when no tokens were used (the
// offline engine), and one otherwise.
func TestRender_Usage(t *testing.T) {
	b := Briefing{Front: FrontMatter{Title: "t", Source: "a.txt", Engine: "apertium"}}
	if md, _ := Render(b); strings.Contains(string(md), "usage:") || strings.Contains(string(md), "tokens") {
		t.Errorf("offline briefing shows token usage:\n%s", md)
	}
	b.Front.Usage = &Usage{Requests: 2, PromptTokens: 10, CompletionTokens: 5}
	if md, _ := Render(b); !strings.Contains(string(md), "usage:\n    requests: 2\n    prompt_tokens: 10\n    completion_tokens: 5\n") {
		t.Errorf("usage block missing:\n%s", md)
	}
}
