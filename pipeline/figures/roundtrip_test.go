package figures

import (
	"strings"
	"testing"
)

// englishFigures replaces each French mention by FormatEnglish, as the
// offline engine and the fake translator do.
func englishFigures(p string) string {
	var b strings.Builder
	last := 0
	for _, m := range Extract(p, French) {
		b.WriteString(p[last:m.Start])
		b.WriteString(FormatEnglish(m))
		last = m.End
	}
	b.WriteString(p[last:])
	return b.String()
}

// roundTrip reports the findings left when every French figure of a
// paragraph is replaced by its English form.
func roundTrip(fr string) []string {
	var bad []string
	r := VerifyTranslation([]string{fr}, []string{englishFigures(fr)})
	for _, f := range r.Findings {
		if f.Severity != Info {
			bad = append(bad, f.Message)
		}
	}
	return bad
}

func TestFormatEnglish_RoundTrip(t *testing.T) {
	t.Parallel()
	for _, tt := range loadCases(t) {
		for _, p := range strings.Split(tt.fr, " || ") {
			if bad := roundTrip(p); len(bad) > 0 {
				t.Errorf("%s: FormatEnglish does not read back: %v", tt.id, bad)
			}
		}
	}
}

func TestFormatEnglish_Sample(t *testing.T) {
	t.Parallel()
	fr := readParas(t, "sample_fr.txt")
	en := make([]string, len(fr))
	for i, p := range fr {
		en[i] = englishFigures(p)
	}
	r := VerifyTranslation(fr, en)
	if r.Counts.Errors > 0 || r.Counts.Warnings > 0 {
		t.Errorf("figure-only translation of the sample has findings: %+v", r.Findings)
	}
}

func TestFormatEnglish(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, fr, want string }{
		{"grouping", "4 000", "4,000"},
		{"percent", "2,5 %", "2.5%"},
		{"money scale", "3,2 milliards d'euros", "3.2 billion euros"},
		{"French trillion is the long scale", "1,4 trillion d'euros", "1.4 quintillion euros"},
		{"day month", "1er mai", "May 1"},
		{"full date", "11 septembre 2001", "September 11, 2001"},
		{"mid year", "mi-2022", "mid-2022"},
		{"month year", "février 2020", "February 2020"},
		{"time", "15 h 30", "15:30"},
		{"century", "XXIe siècle", "21st century"},
		{"decade", "années 1990", "the 1990s"},
		{"late", "fin 2023", "late 2023"},
		{"hedge", "environ 500", "about 500"},
		{"words", "trente", "thirty"},
		{"noon", "à midi", "noon"},
		{"collective", "une vingtaine", "about twenty"},
		{"vague", "des milliers", "thousands"},
		{"dollars", "50 millions de dollars", "$50 million"},
		{"range", "de 500 à 4 000", "from 500 to 4,000"},
		{"whole adverb", "entièrement refaites", "fully"},
		{"whole noun", "la totalité des salariés", "whole"},
		{"day range", "du 3 au 5 mai", "May 3-5"},
		{"republic", "Ve République", "Fifth Republic"},
		{"points", "2 points de pourcentage", "2 percentage points"},
		{"rate points", "le taux a gagné 2 points", "2 percentage points"},
		{"league points", "Lyon a 2 points", "2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ms := Extract(tt.fr, French)
			if len(ms) != 1 {
				t.Fatalf("Extract(%q) = %v, want one mention", tt.fr, ms)
			}
			if got := FormatEnglish(ms[0]); got != tt.want {
				t.Errorf("FormatEnglish(%q) = %q, want %q", tt.fr, got, tt.want)
			}
		})
	}
}
