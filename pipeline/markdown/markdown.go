// Package markdown renders a briefing as Markdown with YAML front matter.
// It is pure: the same briefing always gives the same bytes.
package markdown

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Briefing is everything the Markdown shows.
type Briefing struct {
	Front      FrontMatter
	Headline   string
	Note       string // one line under the headline, e.g. the engine's caveat
	Bullets    []string
	Paragraphs []string
	Figures    []Figure
	Findings   []string // figure findings worth a reader's attention
}

// FrontMatter is the YAML header; field order is the output order. It
// holds no wall-clock time, so reruns give identical bytes.
type FrontMatter struct {
	Title        string       `yaml:"title"`
	Source       string       `yaml:"source"`
	SourceURL    string       `yaml:"source_url,omitempty"`    // the page's address as given (command line or feed item)
	CanonicalURL string       `yaml:"canonical_url,omitempty"` // the page's own name for itself, when it differs
	SourceSHA256 string       `yaml:"source_sha256"`
	Date         string       `yaml:"date,omitempty"`
	From         string       `yaml:"from"`
	To           string       `yaml:"to"`
	Engine       string       `yaml:"engine"`
	Model        string       `yaml:"model,omitempty"`
	PromptsHash  string       `yaml:"prompts_hash,omitempty"`
	Usage        *Usage       `yaml:"usage,omitempty"` // nil: no tokens used (the offline engine)
	CostUSD      *USD         `yaml:"cost_usd,omitempty"`
	Verification Verification `yaml:"verification"`
}

// USD is an amount of dollars, written with six decimals (0.000078, not
// YAML's default 7.8e-05).
type USD float64

// MarshalYAML writes the amount as a plain decimal number.
func (u USD) MarshalYAML() (any, error) {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(float64(u), 'f', 6, 64)}, nil
}

// Usage is the token usage in the front matter.
type Usage struct {
	Requests         int `yaml:"requests"`
	PromptTokens     int `yaml:"prompt_tokens"`
	CompletionTokens int `yaml:"completion_tokens"`
}

// Verification is the figures check in the front matter.
type Verification struct {
	Status        string `yaml:"status"`
	SourceFigures int    `yaml:"source_figures"`
	Matched       int    `yaml:"matched"`
	Errors        int    `yaml:"errors"`
	Warnings      int    `yaml:"warnings"`
}

// Figure is one row of the figures check table.
type Figure struct {
	Paragraph int
	Source    string
	Value     string
	English   string
	Status    string
}

// Render returns the Markdown of b.
func Render(b Briefing) ([]byte, error) {
	var out bytes.Buffer
	front, err := yaml.Marshal(b.Front)
	if err != nil {
		return nil, fmt.Errorf("front matter: %w", err)
	}
	out.WriteString("---\n")
	out.Write(front)
	out.WriteString("---\n\n")
	fmt.Fprintf(&out, "# %s\n\n", Inline(b.Headline))
	if v := b.Front.Verification; v.Status == "failed" {
		// A --force briefing: a reader must not take it for a checked one.
		fmt.Fprintf(&out, "**FAILED: the figures do not match (%s); see the figures check below.**\n\n", plural(v.Errors, "error", "errors"))
	}
	if b.Note != "" {
		fmt.Fprintf(&out, "_%s_\n\n", Inline(b.Note))
	}
	out.WriteString("## Summary\n\n")
	for _, bl := range b.Bullets {
		fmt.Fprintf(&out, "- %s\n", Inline(bl))
	}
	out.WriteString("\n## Translation\n\n")
	for _, p := range b.Paragraphs {
		fmt.Fprintf(&out, "%s\n\n", Block(p))
	}
	out.WriteString("## Figures check\n\n")
	writeTable(&out, b)
	return out.Bytes(), nil
}

func writeTable(out *bytes.Buffer, b Briefing) {
	v := b.Front.Verification
	fmt.Fprintf(out, "**%s**: %d of %s matched, %s, %s.\n\n",
		strings.ToUpper(v.Status), v.Matched, plural(v.SourceFigures, "source figure", "source figures"),
		plural(v.Errors, "error", "errors"), plural(v.Warnings, "warning", "warnings"))
	if len(b.Figures) > 0 {
		out.WriteString("| ¶ | French | Value | English | Status |\n|---:|---|---|---|---|\n")
		for _, f := range b.Figures {
			fmt.Fprintf(out, "| %d | %s | %s | %s | %s |\n", f.Paragraph+1, Cell(f.Source), Cell(f.Value),
				Cell(dash(f.English)), statusMark(f.Status))
		}
		out.WriteString("\n")
	}
	for _, f := range b.Findings {
		fmt.Fprintf(out, "- %s\n", Inline(f))
	}
	if len(b.Findings) > 0 {
		out.WriteString("\n")
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func dash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func statusMark(s string) string {
	switch s {
	case "matched":
		return "✓ matched"
	case "omitted":
		return s
	}
	return "✗ " + s
}
