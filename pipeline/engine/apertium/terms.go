package apertium

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// term is one built-in glossary entry. The first capture group, when the
// pattern has one, is the part replaced; otherwise the whole match is.
type term struct {
	re      *regexp.Regexp
	english string // "" keeps the French text as it is
}

// glossary protects what the French-Spanish-English pivot mangles: news
// acronyms whose English form differs, titles, and Arabic name particles
// (al-Kazimi became "to the-Kazimi" through Spanish "al"). Entries are
// protected by placeholders exactly like figures. Earlier entries win.
var glossary = []term{
	{regexp.MustCompile(`(?:\b[Ll][’'])?\b(?:Otan|OTAN)\b`), "NATO"},
	{regexp.MustCompile(`(?:\b[Ll][’'])?\bONU\b`), "the UN"},
	{regexp.MustCompile(`(?:\b[Ll][’'])?\bUE\b`), "the EU"},
	{regexp.MustCompile(`(?:\b[Ll][’'])?\bEI\b`), "IS"},
	{regexp.MustCompile(`\bAl-Qa[ïi]da\b`), "al-Qaeda"},
	{regexp.MustCompile(`\b(M\.) \p{Lu}`), "Mr"},
	{regexp.MustCompile(`\b(Mme) \p{Lu}`), "Mrs"},
	{regexp.MustCompile(`\b(?:[Aa]l|[Ee]l|[Bb]en|[Bb]in|[Aa]bou|[Aa]bu)-\p{Lu}[\p{L}’']*`), ""},
}

// glossarySpans finds the glossary terms of a paragraph that do not
// overlap taken (the figures): the user's terms (--glossary) first, then
// the built-in ones.
func glossarySpans(para string, user []Term, taken []span) []span {
	var out []span
	for _, t := range user {
		for _, loc := range wholeWord(para, t.French) {
			if t.English != "" && !overlaps(loc[0], loc[1], taken) && !overlaps(loc[0], loc[1], out) {
				out = append(out, span{start: loc[0], end: loc[1], english: t.English})
			}
		}
	}
	for _, t := range glossary {
		for _, loc := range t.re.FindAllStringSubmatchIndex(para, -1) {
			start, end := loc[0], loc[1]
			if len(loc) >= 4 && loc[2] >= 0 {
				start, end = loc[2], loc[3]
			}
			if overlaps(start, end, taken) || overlaps(start, end, out) || afterInitial(para, start) {
				continue
			}
			en := t.english
			if en == "" {
				en = para[start:end]
			} else if para[start] == 'L' {
				en = upperFirst(en) // "L’UE" opens a sentence: "The EU"
			}
			out = append(out, span{start: start, end: end, english: en})
		}
	}
	return out
}

// wholeWord finds term in s where it is not part of a longer word.
func wholeWord(s, term string) [][2]int {
	var out [][2]int
	if term == "" {
		return nil
	}
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], term)
		if i < 0 {
			break
		}
		start, end := from+i, from+i+len(term)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if (start == 0 || !isWordRune(before)) && (end == len(s) || !isWordRune(after)) {
			out = append(out, [2]int{start, end})
		}
		from = start + 1
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// afterInitial reports a match that follows an initial ("J. M. Dupont"),
// where "M." is not a title.
func afterInitial(s string, start int) bool {
	b := s[:start]
	return len(b) >= 3 && b[len(b)-1] == ' ' && b[len(b)-2] == '.' && b[len(b)-3] >= 'A' && b[len(b)-3] <= 'Z' &&
		(len(b) == 3 || !isWordRune(rune(b[len(b)-4])))
}

func overlaps(start, end int, spans []span) bool {
	for _, s := range spans {
		if start < s.end && s.start < end {
			return true
		}
	}
	return false
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

var (
	invertedT   = regexp.MustCompile(`(\p{Ll}+)-t-(il|elle|on)\b`)
	invertedPro = regexp.MustCompile(`(\p{Ll}+)-(ils|elles|il|elle)\b`)
)

// uninvert turns the French reporting inversion into plain order before
// translation: fr-es glues "a-t-il affirmé" into "haafirmado", which
// spa-eng cannot read, while "il a affirmé" comes out as "has affirmed".
func uninvert(para string) string {
	para = invertedT.ReplaceAllString(para, "$2 $1")
	return invertedPro.ReplaceAllString(para, "$2 $1")
}
