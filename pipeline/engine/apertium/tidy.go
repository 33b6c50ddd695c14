package apertium

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	spaceRun      = regexp.MustCompile(`[ \t]{2,}`)
	spaceBeforeP  = regexp.MustCompile(`[ \x{00A0}\x{202F}]+([.,;:!?])`)
	openGuillemet = regexp.MustCompile(`«[ \x{00A0}\x{202F}]*`)
	shutGuillemet = regexp.MustCompile(`[ \x{00A0}\x{202F}]*»`)
)

// tidy applies English typography to Apertium's output: no space before
// punctuation (French puts one before ? ! : ;, and Apertium leaves one
// where a word was dropped), curly quotes for guillemets, single spaces.
// It runs before placeholders are restored, so figures are never touched.
func tidy(s string) string {
	s = openGuillemet.ReplaceAllString(s, "“")
	s = shutGuillemet.ReplaceAllString(s, "”")
	s = spaceBeforeP.ReplaceAllString(s, "$1")
	s = spaceRun.ReplaceAllString(s, " ")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.Join(lines, "\n")
}

var sentenceStart = regexp.MustCompile(`(?:^|[.!?]["”»]?\s+)["“«(]?`)

// fixSentenceCase undoes a spa-eng habit: when a sentence opens with words
// it does not know (a placeholder, a name such as Stoltenberg), it
// capitalises the first word it does know ("NATO Goes to", "Mr Stoltenberg
// Has called"). Such a word is lowered when everything before it in the
// sentence is a placeholder or was copied from the French, and it is not
// itself a French word copied over (a name) or one English always
// capitalises.
func fixSentenceCase(en, fr string, placeholder *regexp.Regexp) string {
	frWords := map[string]bool{}
	for _, w := range strings.FieldsFunc(fr, notWordRune) {
		frWords[w] = true
	}
	copied := func(w string) bool { return frWords[w] || placeholder.MatchString(w) }
	var b strings.Builder
	last := 0
	for _, loc := range sentenceStart.FindAllStringIndex(en, -1) {
		i := loc[1]
		if i < last {
			continue
		}
		b.WriteString(en[last:i])
		last = i
		fields := strings.SplitAfter(en[i:], " ")
		j := 0
		for j < len(fields) && copied(strings.TrimFunc(fields[j], notWordRune)) {
			j++
		}
		if j == 0 || j >= len(fields)-1 {
			continue
		}
		w := strings.TrimFunc(fields[j], notWordRune)
		r, _ := utf8.DecodeRuneInString(w)
		next, _ := utf8.DecodeRuneInString(fields[j+1])
		if w == "" || !unicode.IsUpper(r) || !unicode.IsLower(next) || alwaysCapital[w] || copied(w) || isUpperWord(w) {
			continue
		}
		k := i + len(strings.Join(fields[:j], "")) + strings.IndexRune(fields[j], r)
		b.WriteString(en[i:k])
		b.WriteRune(unicode.ToLower(r))
		last = k + utf8.RuneLen(r)
	}
	b.WriteString(en[last:])
	return b.String()
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }

func isUpperWord(w string) bool { return strings.ToUpper(w) == w }

// alwaysCapital are English words that keep their capital mid-sentence.
var alwaysCapital = map[string]bool{
	"I": true, "Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "January": true, "February": true, "March": true, "April": true,
	"May": true, "June": true, "July": true, "August": true, "September": true, "October": true,
	"November": true, "December": true,
}
