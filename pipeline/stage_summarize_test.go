package pipeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseSummary(t *testing.T) {
	three := []string{"one", "two", "three"}
	for _, tt := range []struct {
		name, reply string
		headline    string
		bullets     []string
	}{
		{"canonical", "# Head\n- one\n- two\n- three", "Head", three},
		{"blank lines", "# Head\n\n- one\n\n- two\n- three\n", "Head", three},
		{"star bullets", "## Head\n* one\n* two\n* three", "Head", three},
		{"numbered", "Head\n1. one\n2) two\n3. three", "Head", three},
		{"labels", "**Headline:** Head\n**Bullets:**\n- one\n- two\n- three", "Head", three},
		{"bold headline", "# **Head**\n• one\n• two\n• three", "Head", three},
		{"no headline", "- Head\n- one\n- two\n- three", "Head", three},
		{"code fence", "```\n# Head\n- one\n- two\n- three\n```", "Head", three},
		{"preamble", "Here is a short summary:\n\n# Head\n- one\n- two\n- three", "Head", three},
		{"preamble without headline mark", "Sure! Here's the summary:\nHead\n- one\n- two\n- three", "Head", three},
		{"too many", "# H\n- 1a\n- 2a\n- 3a\n- 4a\n- 5a\n- 6a\n- 7a", "H", []string{"1a", "2a", "3a", "4a", "5a", "6a"}},
		{"no bullets", "Just a paragraph.", "Just a paragraph.", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			h, b := ParseSummary(tt.reply)
			if h != tt.headline {
				t.Errorf("headline = %q, want %q", h, tt.headline)
			}
			if diff := cmp.Diff(tt.bullets, b); diff != "" {
				t.Errorf("bullets (-want +got):\n%s", diff)
			}
		})
	}
}
