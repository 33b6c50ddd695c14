package extractive_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"brief/pipeline/extractive"
)

func TestHeadline(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		max      int
		want     string // "" when no headline can be made
	}{
		{"short keeps all", "NATO expands its Iraq mission.", 120, "NATO expands its Iraq mission"},
		{"attribution cut at the comma", "NATO will expand its mission from 500 to 4,000 people, the secretary general said after a long virtual meeting.", 120,
			"NATO will expand its mission from 500 to 4,000 people"},
		{"before a conjunction when the comma is too far", "NATO goes to augment considerably the effective of his mission of coaching of the Iraqi forces and expand the range of his activities, has announced Thursday the general secretary of the atlantic Alliance, Jens Stoltenberg.", 120,
			"NATO goes to augment considerably the effective of his mission of coaching of the Iraqi forces"},
		{"before a relative pronoun", "The ministers of the thirty allied countries have decided to expand the training mission in Iraq who will grow over the coming two years until the summer.", 100,
			"The ministers of the thirty allied countries have decided to expand the training mission in Iraq"},
		{"never inside a figure", "The attacks of September 11, 2001 in New York and Washington led to the war in Afghanistan that the allies now want to end.", 60,
			"The attacks of September 11, 2001 in New York"},
		{"never inside a range", "The mission will grow from 500 to 4,000 people during the coming two years according to the plan approved by the thirty ministers.", 60,
			"The mission will grow from 500 to 4,000 people"},
		{"never inside a quote", `"Today, we have decided to expand the mission of training of NATO in Iraq", said Mr Stoltenberg at an online press conference on Thursday.`, 90,
			`"Today, we have decided to expand the mission of training of NATO in Iraq"`},
		{"no dangling word", "The secretary general has spoken to the Iraqi prime minister and the ministers of the thirty allied countries of the alliance today.", 70,
			"The secretary general has spoken to the Iraqi prime minister"},
		{"linking opener dropped", "On the other hand, NATO has not yet taken a final decision on the withdrawal of its forces.", 120,
			"NATO has not yet taken a final decision on the withdrawal of its forces"},
		{"unbalanced quote dropped", `"We will not leave. Our mission continues.`, 120, "We will not leave. Our mission continues"},
		{"capitalised", "roughly 2,500 Americans serve.", 120, "Roughly 2,500 Americans serve"},
		{"too long, nowhere to cut", strings.Repeat("Stoltenberg ", 20) + "spoke.", 60, ""},
		{"empty", "  ", 120, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, ok := extractive.Headline(tt.in, tt.max)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("Headline(%q, %d) = %q, %v, want %q", tt.in, tt.max, got, ok, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > tt.max || strings.HasSuffix(got, "…") {
				t.Errorf("Headline(%q, %d) = %q: %d characters or an ellipsis", tt.in, tt.max, got, n)
			}
		})
	}
}

func TestLooksLikeTitle(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want bool
	}{
		{"NATO expands its Iraq mission", true},
		{"L’Otan élargit sa mission en Irak", true},
		{"L’OTAN ÉLARGIT SA MISSION EN IRAK", true},
		{"Partira, partira pas d’Afghanistan ?", true},
		{"2021: the year NATO left Afghanistan", true},
		{"NATO expands its Iraq mission.", false},
		{"Lire aussi :", false},
		{"Brussels", false},
		{"PARIS, 12 mars (AFP)", false},
		{"4 000 ; 10 000 ; 2 500", false},
		{"the mission grows", false},
		{"Line one\nline two", false},
		{strings.Repeat("word ", 25), false},
	}
	for _, tt := range tests {
		if got := extractive.LooksLikeTitle(tt.in); got != tt.want {
			t.Errorf("LooksLikeTitle(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
