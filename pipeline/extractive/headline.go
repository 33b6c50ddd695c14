package extractive

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headlineMinWords is the shortest clause worth a headline: "On the other
// hand" and "Today" are not news.
const headlineMinWords = 4

// Headline turns a sentence (or a title) into a headline of at most
// maxChars characters: without its final full stop or unbalanced quotes,
// capitalised and, when longer than three quarters of that, cut at the
// end of its longest clause that fits: a clause ended by punctuation
// first, else one before a conjunction, else one before a preposition. It reports false when the sentence is too long and has no
// such clause; it never cuts inside a phrase or a figure and never adds
// an ellipsis.
func Headline(s string, maxChars int) (string, bool) {
	s = dropUnbalanced(strings.Join(strings.Fields(s), " "))
	s = strings.TrimRight(s, " .;:,")
	s = dropOpener(s)
	// A lead that fills the limit is cut all the same when it can be: a
	// headline says the main clause, not who said it and when.
	if n := utf8.RuneCountInString(s); n > maxChars*3/4 {
		if c, ok := clip(s, headlineMinWords, maxChars, true); ok {
			s = c
		} else if n > maxChars {
			return "", false
		}
	}
	if s == "" {
		return "", false
	}
	return upperFirst(s), true
}

// openers are sentence adverbials that link to what came before; a
// headline stands alone, so they are dropped with their comma.
var openers = []string{"on the other hand", "however", "moreover", "meanwhile", "in addition", "besides",
	"furthermore", "also", "thus", "so", "but", "and", "nevertheless", "yet", "in this way", "like this"}

func dropOpener(s string) string {
	low := strings.ToLower(s)
	for _, o := range openers {
		if strings.HasPrefix(low, o+", ") {
			return s[len(o)+2:]
		}
	}
	return s
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// dropUnbalanced removes straight and curly double quotes when they do
// not pair up, as happens when a quote spans several sentences.
func dropUnbalanced(s string) string {
	straight := strings.Count(s, `"`)
	open := strings.Count(s, "“") + strings.Count(s, "«")
	shut := strings.Count(s, "”") + strings.Count(s, "»")
	if straight%2 == 0 && open == shut {
		return s
	}
	return strings.Join(strings.Fields(strings.NewReplacer(`"`, "", "“", "", "”", "", "«", "", "»", "").Replace(s)), " ")
}

// LooksLikeTitle says whether a paragraph reads as an article's title
// rather than its first sentence: one line of 2 to 20 words and at most
// 150 characters, starting with a capital, a digit or a quote, not ending
// like a sentence or a lead-in (. , ; :), and mostly words rather than
// figures or a dateline. It works on French and English alike, so the
// read stage can use it on the source.
func LooksLikeTitle(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || strings.ContainsAny(p, "\n") || utf8.RuneCountInString(p) > 150 {
		return false
	}
	words := strings.Fields(p)
	if len(words) < 2 || len(words) > 20 || strings.ContainsAny(p[len(p)-1:], ".,;:") || strings.HasSuffix(p, "…") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(p)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(`"“«'‘`, r) {
		return false
	}
	lettered := 0
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			lettered++
		}
	}
	return 2*lettered > len(words) && !strings.Contains(p, "(AFP)") && !strings.Contains(p, "(Reuters)")
}
