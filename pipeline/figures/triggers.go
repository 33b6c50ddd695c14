package figures

import (
	"strings"
	"unicode/utf8"
)

// triggers are the words a figure can start with; every other word is
// skipped without running the recognisers, which keeps Extract fast.
var triggers = buildTriggers()

func buildTriggers() map[string]bool {
	t := map[string]bool{}
	for _, w := range []string{"de", "d'", "du", "from", "entre", "between", "mi", "mid", "début", "fin",
		"courant", "early", "late", "milieu", "la", "le", "les", "the", "années", "année", "un", "une", "a", "one", "des",
		"midi", "minuit", "noon", "midday", "midnight", "ve", "bastille", "great", "d-day", "armistice", "christmas", "new", "x", "us", "c", "ca", "au",
		"eur", "usd", "gbp", "chf", "premier", "q", "t", "runoff", "run-off", "minus", "tous", "toutes", "chaque", "every", "each"} {
		t[w] = true
	}
	for _, m := range []map[string]int64{frUnits, enUnits, frOrdinals, enOrdinals, frCollective, frVague, enVague} {
		for w := range m {
			t[w] = true
		}
	}
	for _, m := range []map[string]int{frScale, enScale, frMonths, enMonths} {
		for w := range m {
			t[w] = true
		}
	}
	for _, m := range []map[string][2]int64{frFraction, enFraction} {
		for w := range m {
			t[w] = true
		}
	}
	for _, hs := range [][]hedge{frHedges, enHedges} {
		for _, h := range hs {
			t[h.words[0]] = true
		}
	}
	for _, m := range []map[string]int{frWeekdays, enWeekdays, enDecadeWords} {
		for w := range m {
			t[w] = true
		}
	}
	for w := range dayParts {
		t[w] = true
	}
	for w := range enMultiplierVerbs {
		t[w] = true
	}
	for w := range multiScale {
		t[w] = true
	}
	for w := range multiplierWords {
		t[w] = true
	}
	for w := range frOrdinals {
		t[w+"s"] = true // troisièmes
	}
	for w := range frAgeWords {
		t[w] = true
	}
	t["centenaires"], t["centenarians"] = true, true
	for w := range impliedWords {
		t[w] = true
	}
	for w := range titleMultipliers {
		t[w] = true
	}
	for w := range identPrefixes {
		t[w] = true
	}
	return t
}

// mayStart reports whether a figure can start at token i.
func (p *parser) mayStart(i int) bool {
	tk := p.toks[i]
	if tk.kind != tWord {
		return true
	}
	if triggers[tk.low] || p.glued(i+1) {
		return true
	}
	switch tk.low {
	case "in":
		return possessives[p.word(i+1)] // in his forties
	case "an":
		return onePeriods[p.word(i+1)] // an hour
	case "past", "last", "next", "previous":
		return p.word(i+1) == "decade" || p.word(i+1) == "century"
	}
	if r, _ := utf8.DecodeRuneInString(tk.text); r == 'I' || r == 'V' || r == 'X' {
		return true // Roman numerals: XXIe, Louis XIV
	}
	if strings.HasPrefix(tk.low, "multipli") || strings.HasSuffix(tk.low, "fold") || strings.HasSuffix(tk.low, "-time") {
		return true
	}
	if strings.HasPrefix(tk.low, "mi-") || strings.HasPrefix(tk.low, "mid-") {
		return true
	}
	head, _, _ := strings.Cut(tk.low, "-")
	return triggers[head]
}
