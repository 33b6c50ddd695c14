package apertium

import (
	"context"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ModeESFr maps words the second mode does not know back to French.
const ModeESFr = "es-fr"

// unknownWord is spa-eng's mark for a word it does not know: the Spanish
// word is left as it is, "*concertación".
var unknownWord = regexp.MustCompile(`\*(\pL[\pL\pN'’-]*)`)

// frenchWords splits French text into words, elided articles apart.
var frenchWords = regexp.MustCompile(`\pL[\pL\pN-]*`)

// unpivot replaces the Spanish words spa-eng left untranslated by the
// French words they came from, so a reader sees "concertation" (which the
// source has) rather than the pivot's "concertación": a name or a word the
// engine does not know keeps its French form. backToFrench translates
// Spanish words to French, one per line.
func unpivot(en, fr string, backToFrench func([]string) []string) string {
	marks := unknownWord.FindAllStringSubmatch(en, -1)
	if len(marks) == 0 {
		return en
	}
	source := map[string]string{} // folded -> as written in the source
	for _, w := range frenchWords.FindAllString(fr, -1) {
		source[fold(w)] = w
		for _, part := range strings.Split(w, "-") { // "anti-EI", "al-Kazimi"
			if _, ok := source[fold(part)]; !ok && part != "" {
				source[fold(part)] = part
			}
		}
	}
	var ask []string
	for _, m := range marks {
		if _, ok := source[fold(m[1])]; !ok && !hasDigit(m[1]) {
			ask = append(ask, m[1])
		}
	}
	var back map[string]string
	if len(ask) > 0 {
		if got := backToFrench(ask); len(got) == len(ask) {
			back = make(map[string]string, len(ask))
			for i, w := range ask {
				back[w] = strings.TrimSpace(got[i])
			}
		}
	}
	return unknownWord.ReplaceAllStringFunc(en, func(tok string) string {
		w := tok[1:]
		return keepCase(w, frenchForm(w, back[w], source))
	})
}

// frenchForm picks the source's word for a Spanish word w: w itself when
// the source has it (a name), the back-translation when the source has
// that, else the source word closest in spelling, else the
// back-translation, else w.
func frenchForm(w, back string, source map[string]string) string {
	if hasDigit(w) {
		return w // a placeholder or a code, never a Spanish word
	}
	if s, ok := source[fold(w)]; ok {
		return s
	}
	if s, ok := source[fold(back)]; ok && back != "" {
		return s
	}
	// Spanish and French cognates share a stem: "sucedido" / "succédé".
	best, bestD := "", 1<<30
	fw := fold(w)
	for f, s := range source {
		if commonPrefix(f, fw) < 3 {
			continue
		}
		if d := distance(fw, f); d < bestD || d == bestD && s < best {
			best, bestD = s, d
		}
	}
	if best != "" && bestD <= max(2, (utf8.RuneCountInString(fw)+1)/2) {
		return best
	}
	if back != "" && !strings.ContainsAny(back, "*#@") {
		return back
	}
	return w
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// fold lowercases and strips accents for comparing spellings.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// keepCase gives w the case of model's first letter.
func keepCase(model, w string) string {
	r, _ := utf8.DecodeRuneInString(model)
	if unicode.IsUpper(r) {
		return capitalize(w)
	}
	first, n := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(first) && !isAllUpper(w) {
		return string(unicode.ToLower(first)) + w[n:]
	}
	return w
}

func isAllUpper(s string) bool { return strings.ToUpper(s) == s }

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// distance is the Levenshtein distance between two strings, by rune.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// backTranslator runs es-fr on a list of words, one per line; nil output
// (the mode is missing, or apertium failed) leaves the Spanish words.
func backTranslator(ctx context.Context, bin string) func([]string) []string {
	return func(words []string) []string {
		cmd := command(ctx, bin, ModeESFr)
		cmd.Stdin = strings.NewReader(strings.Join(words, "\n") + "\n")
		out, err := cmd.Output()
		if err != nil {
			return nil
		}
		return strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	}
}
