package figures

import (
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// namedCount: a small count followed by the names it counts in
// brackets, "trois soldats (Sheqspir Hakobyan, Artak Aghekyan et Hayk
// Baroyan)", which a translation may give by the names alone ("soldiers
// Sheqspir Hakobyan, Artak Aghekyan and Hayk Baroyan"). The list says
// the number, and the translation gives every name, so a dropped count
// is a warning.
func (r *check) namedCount(s *atom) bool {
	v := s.m.Rat()
	if r.Mode != ModeTranslation || class(s.m.Kind) != Cardinal || s.m.Unit != "" || v == nil || !v.IsInt() || v.Num().Int64() < 2 || v.Num().Int64() > 12 || s.m.Paragraph >= len(r.source) {
		return false
	}
	text := r.source[s.m.Paragraph]
	if s.m.End > len(text) {
		return false
	}
	rest := text[s.m.End:]
	open := strings.IndexByte(rest, '(')
	if open < 0 || open > 30 || strings.ContainsAny(rest[:open], ",;.") {
		return false // the brackets must follow the count's noun
	}
	closing := strings.IndexByte(rest[open:], ')')
	if closing < 0 {
		return false
	}
	list := strings.NewReplacer(" et ", ",", " and ", ",").Replace(rest[open+1 : open+closing])
	names, english := 0, strings.Join(r.target, "\n")
	for _, item := range strings.Split(list, ",") {
		if item = strings.TrimSpace(item); item == "" || !capitalWord(item) || !strings.Contains(english, item) {
			return false // (each name must be in the translation: it tells the count there)
		}
		names++
	}
	return int64(names) == v.Num().Int64()
}

// oneAsArticle: the digit 1 before the noun it counts, which English
// says with its article, "1 unité d'intervention rapide": "a quick
// reaction unit". The English paragraph must name that noun once, a few
// words after "a" or "an" (twice, "a post" may be another post).
func (r *check) oneAsArticle(m Mention) bool {
	if class(m.Kind) != Cardinal || m.Raw != "1" || m.Unit != "" || m.Scale != "" || m.Head == "" || r.Mode != ModeTranslation || m.Paragraph >= len(r.target) {
		return false
	}
	words := strings.Fields(strings.ToLower(r.target[m.Paragraph]))
	named, afterArticle, plural := 0, false, false
	for k, w := range words {
		w = strings.Trim(w, ",.;:()")
		if !translatedIn([]string{m.Head}, w) {
			continue
		}
		named++
		plural = plural || singular(w) != w
		afterArticle = afterArticle || articleWithin(words, k, 4)
	}
	// ("Suppression de 1 poste de médecin", "Medical Officer post
	// abolished": the noun told once, in the singular, says one too)
	return named == 1 && (afterArticle || !plural && len(words) <= 12)
}

// totalOfParts: s, a bare count, is the sum of three or more counts its
// sentence lists after it, all kept by the translation: "Parmi ces 11
// cas, il y avait 8 marins, 1 femme au foyer, 1 étudiant et 1 enfant".
func totalOfParts(near []*atom, s *atom) bool {
	v := s.m.Rat()
	if class(s.m.Kind) != Cardinal || s.m.Unit != "" || v == nil || !v.IsInt() {
		return false
	}
	sum, parts := int64(0), 0
	for _, a := range near {
		if a == s || !sameSentence(a, s) || a.m.Start < s.m.End {
			continue
		}
		w := a.m.Rat()
		if !a.used || class(a.m.Kind) != Cardinal || a.m.Unit != "" || w == nil || !w.IsInt() {
			return false // every figure after the total must be a kept part
		}
		sum += w.Num().Int64()
		parts++
	}
	return parts >= 3 && sum == v.Num().Int64()
}

// vagueForTotal: the translation's paragraph says a vague quantity where
// the total stood ("of the several cases covered, 2 will be reopened"),
// which is no total left unsaid but one made vague.
func (r *check) vagueForTotal(s *atom) bool {
	if s.m.Paragraph >= len(r.target) {
		return false
	}
	return saysWords(r.target[s.m.Paragraph], "several", "some", "a few", "many")
}

// saysWords: the text holds one of the lower-case words or phrases as
// whole words, whatever the marks around them ("quarterly,").
func saysWords(text string, phrases ...string) bool {
	words := " " + strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-'
	}), " ") + " "
	return slices.ContainsFunc(phrases, func(ph string) bool { return strings.Contains(words, " "+ph+" ") })
}

// cadenceSaid: "tous les trois mois" told by the English adverb of that
// period, "quarterly"; "toutes les semaines", "weekly".
func (r *check) cadenceSaid(s *atom) bool {
	raw := strings.ToLower(s.m.Raw)
	if !strings.HasPrefix(raw, "tous les ") && !strings.HasPrefix(raw, "toutes les ") || s.m.Paragraph >= len(r.target) {
		return false
	}
	d, family := duration(*s.m)
	if d == nil {
		return false
	}
	for adverb, size := range cadenceAdverbs {
		if size.family == family && d.Cmp(big.NewRat(size.length, 1)) == 0 && saysWords(r.target[s.m.Paragraph], adverb) {
			return true
		}
	}
	return false
}

// zeroSaid: a source zero ("longtemps à 0 %") the English says as the
// word "zero" or "nil", which is never read as a figure (it is too often
// no count: "zero tolerance").
func (r *check) zeroSaid(s *atom) bool {
	if v := s.m.Rat(); v == nil || v.Sign() != 0 || !numeric(*s.m) || s.m.Paragraph >= len(r.target) {
		return false
	}
	return saysWords(r.target[s.m.Paragraph], "zero", "nil", "non-existent", "nonexistent") // (one pass over the paragraph for all the words; "taxes are practically non-existent")
}

// keptAsWritten: the translation copies the source figure as written,
// a token the English reader does not take for a figure ("Ah, 6h trop
// tard" told "Ah 6h too late").
func (r *check) keptAsWritten(s *atom) bool {
	raw := s.m.Raw
	if s.m.Paragraph >= len(r.target) || len(raw) < 2 || strings.ContainsAny(raw, " \u00a0\u202f") || !strings.ContainsAny(raw, "hmnjk") || !strings.ContainsAny(raw, "0123456789") {
		// (digits alone the English reads itself; only a figure glued to
		// letters, "6h", may go unread)
		return false
	}
	text := r.target[s.m.Paragraph]
	for off := 0; ; {
		k := strings.Index(text[off:], raw)
		if k < 0 {
			return false
		}
		lo, hi := off+k, off+k+len(raw)
		if (lo == 0 || !isWordByte(text[lo-1])) && (hi == len(text) || !isWordByte(text[hi])) {
			return true
		}
		off = hi
	}
}

func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == ','
}

// cadenceAdverbs are the English adverbs of a period, its length in its
// family's unit (months, or seconds).
var cadenceAdverbs = map[string]struct {
	family string
	length int64
}{
	"quarterly": {"month", 3}, "monthly": {"month", 1}, "annually": {"month", 12}, "yearly": {"month", 12},
	"biannually": {"month", 6}, "semi-annually": {"month", 6}, "weekly": {"sec", 604800}, "daily": {"sec", 86400},
	"hourly": {"sec", 3600}, "fortnightly": {"sec", 1209600},
}

// namedAgain: s names again, after "ces" ("these"), the same count of
// the same noun its sentence gave before: "aux cinq États ..., étant
// donné que ces cinq États", "une de ces trois semaines-là", which a
// translation says once.
func (r *check) namedAgain(near []*atom, s *atom) bool {
	if s.m.Head == "" || s.m.Paragraph >= len(r.source) || s.m.Start > len(r.source[s.m.Paragraph]) {
		return false
	}
	before := strings.Fields(strings.ToLower(r.source[s.m.Paragraph][max(0, s.m.Start-12):s.m.Start]))
	if len(before) == 0 || before[len(before)-1] != "ces" && before[len(before)-1] != "these" {
		return false
	}
	return slices.ContainsFunc(near, func(o *atom) bool {
		return o != s && o.used && sameSentence(o, s) && o.m.Value == s.m.Value && oneNoun(o.m.Head, s.m.Head) && o.m.End <= s.m.Start
	})
}

// namesListed: a bullet's small count is the number of names a source
// sentence lists with no figure of its own, "avec la Grèce, l'Italie et
// la Belgique" (France among them) told "one of four countries", "les
// parcs de Saint-Nazaire, Saint-Brieuc et Fécamp, auxquels s'ajoute
// celui de Courseulles-sur-Mer" told "four offshore wind farms".
func (r *check) namesListed(t Mention) bool {
	v := t.Rat()
	if class(t.Kind) != Cardinal || t.Unit != "" || v == nil || !v.IsInt() || v.Num().Int64() < 2 || v.Num().Int64() > 10 {
		return false
	}
	n := int(v.Num().Int64())
	for _, para := range r.source {
		starts := append(sentenceStarts(para), len(para))
		for k := 0; k+1 < len(starts); k++ {
			sent := para[starts[k]:starts[k+1]]
			if strings.Contains(sent, " et ") && strings.Contains(sent, ",") && (namesIn(sent) == n || listOfNames(sent, n)) {
				return true
			}
		}
	}
	return false
}

// namesIn counts the distinct capitalised words of a sentence after its
// first word: the places, countries and people it names.
func namesIn(sent string) int {
	seen := map[string]bool{}
	for k, w := range strings.Fields(sent) {
		w = strings.Trim(w, ",;:.()«»\"")
		if i := strings.LastIndexAny(w, "'’"); i >= 0 {
			_, size := utf8.DecodeRuneInString(w[i:])
			w = w[i+size:] // "l'Italie"
		}
		if k == 0 || w == "" || !capitalWord(w) || strings.ToUpper(w) == w {
			continue // (an acronym, "PIB", names nothing listed)
		}
		seen[w] = true
	}
	return len(seen)
}

// pairTold: "nine in ten games" for "9 buts en 10 matchs": an English
// "N in M" whose two numbers are two counts of one source sentence,
// told as a record, not a share.
func pairTold(src []*atom, t Mention) bool {
	if t.Kind != Fraction || !outOf(t.Raw) {
		return false
	}
	var nums []int64
	for _, w := range strings.Fields(strings.ToLower(t.Raw)) {
		if v, ok := enUnits[w]; ok {
			nums = append(nums, v)
		} else if v, err := strconv.ParseInt(w, 10, 64); err == nil {
			nums = append(nums, v)
		}
	}
	if len(nums) != 2 {
		return false
	}
	return countsInOrder(src, strconv.FormatInt(nums[0], 10), strconv.FormatInt(nums[1], 10), func(_, _ *atom) bool { return true })
}

// countsInOrder: one source sentence counts first, then second, both
// bare counts, and the second passes ok.
func countsInOrder(src []*atom, first, second string, ok func(a, b *atom) bool) bool {
	bare := func(a *atom, v string) bool { return class(a.m.Kind) == Cardinal && a.m.Unit == "" && a.m.Value == v }
	for _, a := range src {
		if !bare(a, first) {
			continue
		}
		for _, b := range src {
			if b != a && sameSentence(a, b) && bare(b, second) && b.m.Start > a.m.Start && ok(a, b) {
				return true
			}
		}
	}
	return false
}

// totalAfterParts: s sums the counts its sentence lists just before it,
// o among them: "12 médailles d'or, 14 d'argent et 16 de bronze, soit 42
// au total". The total is of what its parts count, so a bullet's "42
// medals" says it of no part's noun, but "42 gold medals" says it of o's.
func totalAfterParts(src []*atom, s, o, t *atom) bool {
	v := s.m.Rat()
	if class(s.m.Kind) != Cardinal || s.m.Unit != "" || v == nil || !v.IsInt() || o.m.Start > s.m.Start {
		return false
	}
	for _, w := range t.m.np() {
		if !translatedIn([]string{o.m.Head}, w) && translatedIn(o.m.ctx, w) {
			return false
		}
	}
	sum, parts, withO := new(big.Rat), 0, false
	for k := slices.Index(src, s) - 1; k >= 0 && sameSentence(src[k], s); k-- {
		a := src[k]
		w := a.m.Rat()
		if class(a.m.Kind) != Cardinal || a.m.Unit != "" || w == nil || !w.IsInt() {
			return false
		}
		sum.Add(sum, w)
		parts++
		withO = withO || a == o
		if c := sum.Cmp(v); c >= 0 {
			return c == 0 && parts >= 2 && withO
		}
	}
	return false
}

// oneCoinAsArticle: a spelled "un dollar", "un euro" whose translation
// says "a dollar", "an extra euro": the article is the one.
func (r *check) oneCoinAsArticle(m Mention) bool {
	if m.Kind != Money || m.Value != "1" || !m.Word || m.Scale != "" || r.Mode != ModeTranslation || m.Paragraph >= len(r.target) {
		return false
	}
	words := strings.Fields(strings.ToLower(r.target[m.Paragraph]))
	for k, w := range words {
		if w = strings.Trim(w, ",.;:()"); currencyWords[w] != m.Unit || currencyWords[w] == "" || singular(w) != w {
			continue
		}
		if articleWithin(words, k, 2) {
			return true
		}
	}
	return false
}

// articleWithin: "a" or "an" is among the n words before words[k].
func articleWithin(words []string, k, n int) bool {
	return slices.ContainsFunc(words[max(0, k-n):k], func(a string) bool { return a == "a" || a == "an" })
}

// namedList matches a French list of names joined by commas and "et",
// each with its article: "le Finistère, les Côtes-d'Armor et le Morbihan".
var namedList = regexp.MustCompile(`(?:(?:le |la |les |l')?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*, )*(?:le |la |les |l')?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)* et (?:le |la |les |l')?\p{Lu}[\p{L}'’-]*`)

// listOfNames: sent lists n names in a row, whatever other names it
// holds: "En raison de la tempête Ciaran, ... fermés dans le Finistère,
// les Côtes-d'Armor et le Morbihan" lists three.
func listOfNames(sent string, n int) bool {
	for _, list := range namedList.FindAllString(sent, -1) {
		if strings.Count(list, ", ")+strings.Count(list, " et ")+1 == n {
			return true
		}
	}
	return false
}
