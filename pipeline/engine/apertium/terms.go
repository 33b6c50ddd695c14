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
	// The French-Spanish dictionary lacks "once" and passes it on; in
	// Spanish it is eleven, so "1 300 dollars l'once" became "the eleven"
	// and the figures check failed a faithful article on gold prices.
	{regexp.MustCompile(`\b[Oo]nces\b`), "ounces"},
	{regexp.MustCompile(`\b[Oo]nce\b`), "ounce"},
}

// glossarySpans finds the glossary terms of a paragraph that do not
// overlap taken (the figures): the user's terms (--glossary) first, then
// the built-in ones.
func glossarySpans(para string, user []Term, taken []span) []span {
	out := userSpans(para, user, taken)
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

// userSpans finds the user's glossary terms. When the English takes no
// article of its own (see dropsArticle), the French article before the
// term goes with it: "L’Otan" is "NATO", not "The NATO", and "du Hamas"
// is sent as "de Hamas", which Apertium renders "of Hamas".
func userSpans(para string, user []Term, taken []span) []span {
	var out []span
	for _, t := range user {
		if t.English == "" {
			continue
		}
		core, written := stripArticle(t.French)
		drop := written || dropsArticle(t.English)
		for _, loc := range wholeWord(para, core) {
			sp := span{start: loc[0], end: loc[1], english: t.English}
			if start, lead, ok := articleBefore(para, loc[0]); drop && ok {
				sp.start, sp.lead = start, lead
			}
			if !overlaps(sp.start, sp.end, taken) && !overlaps(sp.start, sp.end, out) {
				out = append(out, sp)
			}
		}
	}
	return out
}

// frenchArticles open a glossary entry that says its article goes with
// the term ("l'Otan,NATO", "le Hamas,Hamas").
var frenchArticles = []string{"l'", "l’", "le ", "la ", "les "}

// stripArticle splits a leading article off a French glossary term and
// reports whether there was one.
func stripArticle(fr string) (string, bool) {
	low := strings.ToLower(fr)
	for _, a := range frenchArticles {
		if !strings.HasPrefix(low, a) {
			continue
		}
		if rest := strings.TrimSpace(fr[len(a):]); rest != "" {
			return rest, true
		}
	}
	return fr, false
}

// dropsArticle says whether an English glossary target stands without
// the French article: it brings its own ("the EU"), or it is an acronym
// said as a word, which English uses bare (NATO, UNESCO, OPEC; but "the
// IMF", "the OECD", said letter by letter). A name that English uses bare
// but that is no acronym ("le Hamas") is written with its article in the
// glossary instead.
func dropsArticle(en string) bool {
	return strings.HasPrefix(strings.ToLower(en), "the ") || saidAsWord(en)
}

// saidAsWord guesses that an all-capitals acronym of four letters or more
// is pronounced as a word: vowels and consonants alternate, with no three
// consonants or three vowels in a row, and it does not end on two
// consonants (OECD, FARC are spelled out).
func saidAsWord(en string) bool {
	if len(en) < 4 || strings.Trim(en, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return false
	}
	vowels, consonants := 0, 0
	for _, r := range en {
		if strings.ContainsRune("AEIOUY", r) {
			vowels, consonants = vowels+1, 0
		} else {
			vowels, consonants = 0, consonants+1
		}
		if vowels >= 3 || consonants >= 3 {
			return false
		}
	}
	return consonants < 2 && strings.ContainsAny(en, "AEIOUY")
}

// contractions are the French article forms glued to a preposition; the
// preposition stays when the article goes.
var contractions = []struct{ article, lead string }{
	{"du ", "de "}, {"Du ", "De "}, {"des ", "de "}, {"Des ", "De "},
	{"au ", "à "}, {"Au ", "À "}, {"aux ", "à "}, {"Aux ", "À "},
}

// articleBefore finds a French article just before pos (l’, le, la, les,
// or du, des, au, aux) and returns where it starts and what replaces it:
// nothing, or the preposition of a contraction.
func articleBefore(para string, pos int) (start int, lead string, ok bool) {
	before := para[:pos]
	boundary := func(i int) bool {
		r, _ := utf8.DecodeLastRuneInString(para[:i])
		return i == 0 || !isWordRune(r)
	}
	for _, a := range []string{"l’", "l'", "L’", "L'", "le ", "la ", "les ", "Le ", "La ", "Les "} {
		if i := len(before) - len(a); strings.HasSuffix(before, a) && boundary(i) {
			return i, "", true
		}
	}
	for _, c := range contractions {
		if i := len(before) - len(c.article); strings.HasSuffix(before, c.article) && boundary(i) {
			return i, c.lead, true
		}
	}
	return 0, "", false
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
