package main

import (
	"regexp"
	"strings"

	"brief/pipeline/figures"
)

// A planter changes one English figure of a faithful pair so that the
// pair is wrong: it returns the new figure text and what it did, or ok
// false when it does not apply to m.
type planter func(m figures.Mention) (string, string, bool)

// planters, tried in turn from a position that rotates with the pair, so
// that every kind of error is planted about as often.
var planters = []planter{plantDigit, plantScale, plantWeekday, plantMonth, plantWord, plantOrdinal,
	plantFraction, plantHedge, plantUnitPrefix, plantDrop}

// plantAll returns the faithful pairs and, for each, a copy with one
// planted error.
func plantAll(pairs []pair) []pair {
	var out []pair
	k := 0
	for _, p := range pairs {
		if p.Expect != "ok" {
			continue
		}
		out = append(out, p)
		if q, ok := plantOne(p, k); ok {
			out = append(out, q)
			k++
		}
	}
	return out
}

func plantOne(p pair, k int) (pair, bool) {
	ms := figures.Extract(p.EN, figures.English)
	for j := range planters {
		pl := planters[(k+j)%len(planters)]
		if p.Kind == "summary" && (k+j)%len(planters) == len(planters)-1 {
			continue // a summary may leave a figure out: a drop is no error there
		}
		if (k+j)%len(planters) == 2 {
			// Extract leaves weekdays alone (date fields): plant in the text.
			if en, ok := swapWord(p.EN, weekdays); ok {
				q := p
				q.ID, q.Expect, q.Defect, q.EN = p.ID+"/planted", "mismatch", "weekday changed", en
				return q, true
			}
			continue
		}
		for _, m := range ms {
			if repl, what, ok := pl(m); ok && repl != m.Raw {
				q := p
				q.ID, q.Expect, q.Defect = p.ID+"/planted", "mismatch", what+": "+m.Raw+" -> "+repl
				q.EN = p.EN[:m.Start] + repl + p.EN[m.End:]
				return q, true
			}
		}
	}
	return pair{}, false
}

var digitRe = regexp.MustCompile(`[0-9]`)

// plantDigit changes the last digit of a number written in digits.
func plantDigit(m figures.Mention) (string, string, bool) {
	if m.Word || m.Kind == figures.Identifier {
		return "", "", false
	}
	loc := digitRe.FindAllStringIndex(m.Raw, -1)
	if len(loc) == 0 {
		return "", "", false
	}
	i := loc[len(loc)-1][0]
	d := (m.Raw[i]-'0'+3)%10 + '0'
	return m.Raw[:i] + string(d) + m.Raw[i+1:], "digit changed", true
}

// swapWord replaces the first word of raw found in the ring by the next.
func swapWord(raw string, ring []string) (string, bool) {
	low := strings.ToLower(raw)
	for i, w := range ring {
		if j := indexWord(low, w); j >= 0 {
			next := ring[(i+1)%len(ring)]
			if raw[j] >= 'A' && raw[j] <= 'Z' {
				next = strings.ToUpper(next[:1]) + next[1:]
			}
			return raw[:j] + next + raw[j+len(w):], true
		}
	}
	return "", false
}

// indexWord finds w in s as a whole word.
func indexWord(s, w string) int {
	for off := 0; ; {
		j := strings.Index(s[off:], w)
		if j < 0 {
			return -1
		}
		j += off
		before := j == 0 || !isLetter(s[j-1])
		after := j+len(w) == len(s) || !isLetter(s[j+len(w)])
		if before && after {
			return j
		}
		off = j + 1
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

func ring(what string, words ...string) planter {
	return func(m figures.Mention) (string, string, bool) {
		s, ok := swapWord(m.Raw, words)
		return s, what, ok
	}
}

var (
	plantScale   = ring("scale word changed", "thousand", "million", "billion", "trillion")
	weekdays     = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	plantWeekday = ring("weekday changed", weekdays...)
	plantMonth   = ring("month changed", "january", "february", "march", "april", "june", "july",
		"august", "september", "october", "november", "december")
	plantWord = ring("number word changed", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty")
	plantOrdinal    = ring("ordinal changed", "first", "second", "third", "fourth", "fifth")
	plantFraction   = ring("fraction changed", "half", "third", "quarter")
	plantHedge      = ring("hedge reversed", "more than", "less than")
	plantUnitPrefix = ring("unit prefix changed", "mw", "gw", "kw")
)

// plantDrop removes a figure written in digits with its hedge and unit.
func plantDrop(m figures.Mention) (string, string, bool) {
	if m.Word || m.Kind == figures.Identifier || m.Kind == figures.Date || m.Kind == figures.Year {
		return "", "", false
	}
	return "several", "figure dropped", true
}
