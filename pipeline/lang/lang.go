// Package lang tells which language a text is written in, well enough to
// refuse an input that is not French, a candidate that is not English,
// and a translated paragraph that was left in French or is made of words
// that exist in no language. It scores the function words of seven
// European languages (the words every sentence is built with) and the
// scripts of the others. It is built to accept when unsure: a refused
// legitimate article costs more than a missed check, so short texts
// (headlines, names, lists of figures) always pass.
package lang

import (
	"strings"
	"unicode"
)

// Profile is what Analyze measured in a text.
type Profile struct {
	// Words counts the word tokens (an elided article such as l' is one).
	Words int
	// Script names the writing system of most letters when it is not the
	// Latin alphabet ("Cyrillic script", "Chinese characters"...), else "".
	Script string
	// hits counts, per language, the tokens that are its function words;
	// only[a][b] those that are function words of a but not of b.
	hits [numLanguages]int
	only [numLanguages][numLanguages]int
}

const numLanguages = 7

// Analyze measures the function words and the script of text.
func Analyze(text string) Profile {
	p := Profile{Script: dominantScript(text)}
	for _, w := range tokens(text) {
		p.Words++
		mask := owners[w]
		if mask == 0 {
			mask = cue(w)
		}
		for a := range numLanguages {
			if mask&(1<<a) == 0 {
				continue
			}
			p.hits[a]++
			for b := range numLanguages {
				if mask&(1<<b) == 0 {
					p.only[a][b]++
				}
			}
		}
	}
	return p
}

// Share is the fraction of the words that are function words of l.
func (p Profile) Share(l string) float64 {
	i := index(l)
	if p.Words == 0 || i < 0 {
		return 0
	}
	return float64(p.hits[i]) / float64(p.Words)
}

// Margin is the evidence for a against b: the tokens that are function
// words of a and not of b, less those of b and not of a. Words the two
// languages share ("la" in French and Spanish) say nothing between them.
func (p Profile) Margin(a, b string) int {
	i, j := index(a), index(b)
	if i < 0 || j < 0 {
		return 0
	}
	return p.only[i][j] - p.only[j][i]
}

// tokens lowercases text (so all-caps headlines count) and splits it into
// words; an apostrophe splits a French or Italian elision ("l'", "qu'")
// from its word and an English clitic ("'s", "n't") from its base.
// Anything with a digit (4,000, 72e, 3Q) is a figure, not a word.
func tokens(text string) []string {
	text = strings.ToLower(text)
	var out []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !isApostrophe(r)
	}) {
		if strings.IndexFunc(f, unicode.IsDigit) >= 0 {
			continue
		}
		f = strings.Map(func(r rune) rune {
			if isApostrophe(r) {
				return '\''
			}
			return r
		}, f)
		out = appendWord(out, f)
	}
	return out
}

// appendWord adds one field, split at its apostrophes.
func appendWord(out []string, f string) []string {
	f = strings.Trim(f, "'")
	for f != "" {
		i := strings.IndexByte(f, '\'')
		if i < 0 {
			return append(out, f)
		}
		head, rest := f[:i], f[i+1:]
		j := strings.IndexByte(rest, '\'')
		next := rest
		if j >= 0 {
			next = rest[:j]
		}
		switch {
		case next == "t" && strings.HasSuffix(head, "n") && len(head) > 1: // don't, isn't
			out = append(out, head[:len(head)-1], "n't")
		case englishClitic[next] && len(head) > 1: // it's, they're
			out = append(out, head, "'"+next)
		default: // l'homme, qu'il, dell'anno, aujourd'hui
			out = append(out, head+"'")
			f = rest
			continue
		}
		if j < 0 {
			return out
		}
		f = rest[j+1:]
	}
	return out
}

var englishClitic = map[string]bool{"s": true, "re": true, "ve": true, "ll": true, "d": true, "m": true}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }
