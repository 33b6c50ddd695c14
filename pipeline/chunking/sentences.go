package chunking

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a period that never ends a sentence in French news.
var abbreviations = map[string]bool{
	"m": true, "mm": true, "mme": true, "mmes": true, "mlle": true, "mlles": true,
	"dr": true, "pr": true, "me": true, "mgr": true, "st": true, "ste": true,
	"etc": true, "cf": true, "p": true, "pp": true, "av": true, "apr": true,
	"env": true, "ex": true, "no": true, "n°": true, "vol": true, "chap": true,
	"art": true, "al": true, "gén": true, "col": true, "cdt": true, "lt": true,
	"min": true, "max": true, "tél": true, "éd": true, "coll": true, "fig": true,
	"janv": true, "févr": true, "oct": true, "nov": true, "déc": true, "sept": true,
	"boul": true, "bd": true, "hab": true, "mds": true, "md": true, "mrd": true,
	"j.-c": true, "av. j.-c": true, "inc": true, "ltd": true, "co": true, "jr": true,
	"sr": true, "prof": true, "mr": true, "mrs": true, "ms": true, "vs": true,
}

// Sentences splits a paragraph into sentences, each keeping its trailing
// whitespace so that concatenating them gives back the paragraph exactly.
// A sentence never ends after a known abbreviation, an initial, or inside
// « » guillemets or straight double quotes.
func Sentences(p string) []string {
	var out []string
	start, quoteDepth, straight := 0, 0, false
	for i, r := range p {
		switch r {
		case '«', '“':
			quoteDepth++
			continue
		case '»', '”':
			if quoteDepth > 0 {
				quoteDepth--
			}
		case '"':
			straight = !straight
		}
		// Marks already taken as closers of the previous sentence ("A.. B")
		// end nothing more.
		if !isTerminal(r) || i < start {
			continue
		}
		end := skipClosers(p, i+utf8.RuneLen(r))
		// Quotes closed right after the mark close before the sentence ends.
		depth, open := quoteDepth, straight
		for _, q := range p[i:end] {
			switch q {
			case '"':
				open = !open
			case '»', '”':
				depth--
			}
		}
		if depth > 0 || open {
			continue
		}
		if r == '.' && endsWithAbbreviation(p[start:i]) {
			continue
		}
		next := skipSpace(p, end)
		if next == end || !startsSentence(p[next:]) {
			continue
		}
		out = append(out, p[start:next])
		start = next
	}
	if start < len(p) {
		out = append(out, p[start:])
	}
	return out
}

func isTerminal(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '…' }

// skipClosers moves past closing quotes and brackets that belong to the
// sentence just ended.
func skipClosers(p string, i int) int {
	for i < len(p) {
		r, n := utf8.DecodeRuneInString(p[i:])
		if r != '»' && r != '"' && r != '”' && r != ')' && r != '\'' && r != '’' && !isTerminal(r) {
			break
		}
		i += n
	}
	return i
}

func skipSpace(p string, i int) int {
	for i < len(p) {
		r, n := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// startsSentence accepts an upper-case letter, a digit, or an opening quote
// or dash, as French news sentences start.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("«\"“(-–—¿¡", r)
}

func endsWithAbbreviation(before string) bool {
	word := before
	if i := strings.LastIndexFunc(before, unicode.IsSpace); i >= 0 {
		word = before[i+1:]
	}
	word = strings.TrimLeft(word, "(«\"“")
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsLetter(r) // an initial: "J. Stoltenberg"
	}
	lw := strings.ToLower(word)
	if abbreviations[lw] {
		return true
	}
	// Dotted acronyms and initials: "J.-C", "U.S", "M.-A".
	return strings.Contains(lw, ".") && utf8.RuneCountInString(strings.ReplaceAll(lw, ".", "")) <= 4
}
