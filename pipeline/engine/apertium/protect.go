package apertium

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"brief/pipeline/figures"
)

// Placeholders are tokens such as ZQX12ZQ: an upper-case word with digits
// inside that both fr-es and spa-eng treat as an unknown word and copy as
// is (checked in TestPlaceholderSurvives). Pure digits are not inert:
// Apertium reads them as numbers and moves prepositions around them.
const placeholderTail = "ZQ"

// placeholderHeads are tried in order; the first one absent from the text
// is used, so an article that happens to contain ZQX cannot collide.
var placeholderHeads = []string{"ZQX", "QXZ", "XQZ", "ZXQ", "QZX"}

// slot is one protected span of a paragraph: the token sent to Apertium
// and the English text that replaces it afterwards.
type slot struct {
	id      int
	token   string
	english string
	figure  bool // a figure mention, as opposed to a glossary term
}

// protected is a paragraph ready for Apertium.
type protected struct {
	text  string
	slots []slot
}

// span is a stretch of the French paragraph to replace.
type span struct {
	start, end int
	english    string
	figure     bool
	lead       string // French written before the placeholder: "de" for a dropped "du"
}

// protector numbers placeholders across the paragraphs of one chunk, so
// that a placeholder carried into the wrong paragraph is recognised.
type protector struct {
	head     string
	next     int
	glossary []Term // the user's terms
}

func newProtector(text string, glossary ...Term) *protector {
	upper := strings.ToUpper(text)
	for _, h := range placeholderHeads {
		if !strings.Contains(upper, h) {
			return &protector{head: h, glossary: glossary}
		}
	}
	// Every candidate occurs (a text about placeholders): digits keep the
	// tokens distinct from the text's own words anyway.
	return &protector{head: placeholderHeads[0], glossary: glossary}
}

// pattern matches this protector's placeholders anywhere, even glued to
// neighbouring letters or with their case changed.
func (p *protector) pattern() *regexp.Regexp {
	return regexp.MustCompile(`(?i)` + p.head + `(\d+)` + placeholderTail)
}

// protect replaces every figure mention and glossary term of a French
// paragraph with a placeholder.
func (p *protector) protect(para string) protected {
	spans := figureSpans(para)
	spans = append(spans, glossarySpans(para, p.glossary, spans)...)
	orderSpans(spans)
	var b strings.Builder
	var slots []slot
	last := 0
	for _, s := range spans {
		if s.start < last {
			continue // overlaps a span already taken
		}
		tok := p.head + strconv.Itoa(p.next) + placeholderTail
		slots = append(slots, slot{id: p.next, token: tok, english: s.english, figure: s.figure})
		p.next++
		b.WriteString(para[last:s.start])
		b.WriteString(s.lead)
		b.WriteString(tok)
		last = s.end
	}
	b.WriteString(para[last:])
	return protected{text: b.String(), slots: slots}
}

// orderSpans sorts spans earliest first and, at the same start, longest
// first: protect then skips overlaps, so a range or a date is protected
// whole rather than through one of its parts.
func orderSpans(spans []span) {
	sort.SliceStable(spans, func(i, j int) bool {
		if spans[i].start != spans[j].start {
			return spans[i].start < spans[j].start
		}
		return spans[i].end > spans[j].end
	})
}

// figureSpans are the figures of the paragraph with their English form.
// A plain one-word number (trente, deux) is left to the engine, which
// translates it and keeps the noun's plural ("thirty countries"); the
// verifier checks it like any other figure.
func figureSpans(para string) []span {
	var out []span
	for _, m := range figures.Extract(para, figures.French) {
		if m.Start < 0 || m.End > len(para) || m.Start >= m.End || plainWord(m) {
			continue
		}
		out = append(out, span{start: m.Start, end: m.End, english: english(m), figure: true})
	}
	return out
}

func plainWord(m figures.Mention) bool {
	return m.Word && m.Kind == figures.Cardinal && m.Comparator == figures.CmpNone && !strings.ContainsAny(m.Raw, "- ")
}

// restore swaps the placeholders of an English paragraph for their text.
// It reports false when a slot is missing or repeated, or a placeholder
// that is not one of slots turns up; the text is then left as it is.
func (p *protector) restore(en string, slots []slot) (string, bool) {
	re := p.pattern()
	byID := make(map[int]*slot, len(slots))
	for i := range slots {
		byID[slots[i].id] = &slots[i]
	}
	seen := map[int]int{}
	ok := true
	for _, m := range re.FindAllStringSubmatch(en, -1) {
		id, err := strconv.Atoi(m[1])
		if err != nil || byID[id] == nil {
			ok = false
			continue
		}
		seen[id]++
	}
	for _, s := range slots {
		if seen[s.id] != 1 {
			ok = false
		}
	}
	if !ok {
		return en, false
	}
	var b strings.Builder
	last := 0
	for _, loc := range re.FindAllStringSubmatchIndex(en, -1) {
		id, _ := strconv.Atoi(en[loc[2]:loc[3]]) // the pattern guarantees digits
		b.WriteString(en[last:loc[0]])
		text := byID[id].english
		if atSentenceStart(en, loc[0]) {
			text = capitalize(text) // "twenty-one soldiers" opening a sentence
		}
		b.WriteString(text)
		last = loc[1]
	}
	b.WriteString(en[last:])
	return b.String(), true
}

// atSentenceStart says whether only opening quotes or brackets stand
// between pos and the start of the text or the end of a sentence.
func atSentenceStart(s string, pos int) bool {
	i := strings.TrimRightFunc(s[:pos], func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"“«(", r)
	})
	return i == "" || strings.ContainsAny(i[len(i)-1:], ".!?")
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// settle always yields placeholder-free English: a repeated slot keeps its
// first occurrence, a foreign placeholder is dropped, and a missing slot
// is added in brackets at the end of the text, so no figure is lost.
func (p *protector) settle(en string, slots []slot) string {
	re := p.pattern()
	byID := make(map[int]*slot, len(slots))
	for i := range slots {
		byID[slots[i].id] = &slots[i]
	}
	used := map[int]bool{}
	en = re.ReplaceAllStringFunc(en, func(tok string) string {
		id, err := strconv.Atoi(re.FindStringSubmatch(tok)[1])
		if err != nil || byID[id] == nil || used[id] {
			return ""
		}
		used[id] = true
		return byID[id].english
	})
	var missing []string
	for _, s := range slots {
		if !used[s.id] {
			missing = append(missing, s.english)
		}
	}
	if len(missing) == 0 {
		return en
	}
	return appendBeforeFinal(en, " ("+strings.Join(missing, ", ")+")")
}

// appendBeforeFinal inserts add before the text's closing punctuation.
func appendBeforeFinal(text, add string) string {
	t := strings.TrimRightFunc(text, unicode.IsSpace)
	cut := len(t)
	for cut > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:cut])
		if !strings.ContainsRune(".!?…\"”»", r) {
			break
		}
		cut -= n
	}
	return t[:cut] + add + t[cut:]
}

// english is the mention's English form. A bare four-digit number from
// 1000 to 2100 is a year, which must not be grouped ("2020", not
// "2,020"; spec: Figures, N14); its value is the same either way.
func english(m figures.Mention) string {
	if len(m.Raw) == 4 && strings.Trim(m.Raw, "0123456789") == "" && m.Raw >= "1000" && m.Raw <= "2100" {
		return m.Raw
	}
	return figures.FormatEnglish(m)
}

// polish tidies Apertium's English for the French it came from, before
// the placeholders are restored.
func (p *protector) polish(en, fr string) string {
	return fixSentenceCase(tidy(en), fr, p.pattern())
}
