package engine

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestUnwrap(t *testing.T) {
	two := []string{"One 500.", "Two 4,000."}
	for _, tt := range []struct {
		name, reply string
		want        int
		got         []string
	}{
		{"plain", "One 500.\n\nTwo 4,000.", 2, two},
		{"preamble", "Here is the translation:\n\nOne 500.\n\nTwo 4,000.", 2, two},
		{"sure preamble", "Sure! Here's the English translation:\n\nOne 500.\n\nTwo 4,000.", 2, two},
		{"fence", "```\nOne 500.\n\nTwo 4,000.\n```", 2, two},
		{"note", "One 500.\n\nTwo 4,000.\n\nNote: I kept the figures.", 2, two},
		{"kept when the count asks for it", "Translation: a word.", 1, []string{"Translation: a word."}},
		{"an article paragraph ending in a colon stays", "He said:\n\nOne 500.", 2, []string{"He said:", "One 500."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.got, Unwrap(tt.reply, tt.want)); diff != "" {
				t.Errorf("unwrapReply (-want +got):\n%s", diff)
			}
		})
	}
}
