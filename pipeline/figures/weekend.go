package figures

import (
	"math/big"
	"strings"
	"unicode"
)

// "Le week-end" is Saturday and Sunday: a translation may name the days
// ("on Saturdays and Sundays") where the French says the weekend. Such a
// day is no added figure when its source paragraph speaks of the weekend.

// weekendDay: t is a Saturday or Sunday said alone, and the source
// paragraph says "week-end" or "fin de semaine".
func (r *check) weekendDay(t *atom) bool {
	d := t.m.Date
	if t.m.Kind != Date || d == nil || d.Weekday < 6 || d.Month != 0 || d.Day != 0 || t.m.Paragraph >= len(r.source) {
		return false
	}
	p := strings.ToLower(r.source[t.m.Paragraph])
	return strings.Contains(p, "week-end") || strings.Contains(p, "weekend") || strings.Contains(p, "fin de semaine")
}

// startOfYear: t is January alone ("its third eruption since January")
// and the source paragraph says "depuis le début de l'année".
func (r *check) startOfYear(t *atom) bool {
	d := t.m.Date
	if t.m.Kind != Date || d == nil || d.Month != 1 || d.Day != 0 || d.Year != 0 || d.Weekday != 0 || t.m.Paragraph >= len(r.source) {
		return false
	}
	return saysYearStart(strings.ToLower(r.source[t.m.Paragraph]))
}

// saysYearStart: the text names the start of the year in words.
func saysYearStart(lower string) bool {
	return containsAny(lower, yearStartWords)
}

// yearStartWords name the start of the year.
var yearStartWords = []string{"début de l'année", "début d'année", "début de l’année"}

// sourceOf is the source text a target figure may draw on: its own
// paragraph in a translation, the whole source in a summary, whose lines
// may tell any paragraph.
func (r *check) sourceOf(t *atom) string {
	if r.Mode != ModeTranslation {
		r.indexSource() // the joined source, built once
		return r.sourceText
	}
	if t.m.Paragraph >= len(r.source) {
		return ""
	}
	return r.source[t.m.Paragraph]
}

// schoolStartMonth: t is September or autumn alone ("to rise in
// September", "186 pupils this autumn") and the source says "la
// rentrée", the start of the school year, without a year (with one, "la
// rentrée 2024" is a figure and schoolStart pairs it).
func (r *check) schoolStartMonth(t *atom) bool {
	d := t.m.Date
	if t.m.Kind != Date || d == nil || d.Day != 0 || d.Year != 0 || d.Weekday != 0 || !(d.Month == 9 && d.Season == "" || d.Month == 0 && d.Season == "autumn") {
		return false
	}
	return saysSchoolStart(strings.ToLower(r.sourceOf(t)))
}

// saysSchoolStart: the text names the start of the school year, "la
// rentrée", and not a return of money ("les rentrées fiscales") nor a
// start the text puts in another month ("la rentrée d'août").
func saysSchoolStart(lower string) bool {
	for rest := lower; ; {
		k := strings.Index(rest, "la rentrée")
		if k < 0 {
			return false
		}
		rest = rest[k+len("la rentrée"):]
		words := strings.Fields(rest)
		if len(words) == 0 {
			return true
		}
		next, month := strings.Trim(words[0], ",.;:"), strings.TrimPrefix(strings.Trim(words[0], ",.;:"), "d'")
		if next == "de" && len(words) > 1 {
			month = strings.Trim(words[1], ",.;:")
		}
		if m := frMonths[month]; m != 0 {
			return m == 9 // "la rentrée d'août" (Valais): the month it names
		}
		if !moneyReturn[next] {
			return true
		}
	}
}

// moneyReturn: the words after "la rentrée" that make it a receipt.
var moneyReturn = map[string]bool{"fiscale": true, "d'argent": true, "financière": true, "budgétaire": true}

// collectiveCount: t is a small number word the source says with a noun
// of a group of that size, "4 200 triplettes" (teams of three), "un
// trio", "des jumeaux": the English spells the size out.
func (r *check) collectiveCount(t *atom) bool {
	v := t.m.Rat()
	if !t.m.Word || class(t.m.Kind) != Cardinal || v == nil || !v.IsInt() {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(r.sourceOf(t)), func(c rune) bool { return !unicode.IsLetter(c) }) {
		if n := collectiveNouns[w]; n != 0 && v.Cmp(big.NewRat(n, 1)) == 0 {
			return true
		}
	}
	return false
}

// collectiveNouns: French nouns of a group and its size.
var collectiveNouns = map[string]int64{"duo": 2, "duos": 2, "doublette": 2, "doublettes": 2, "jumeaux": 2, "jumelles": 2,
	"trio": 3, "trios": 3, "triplette": 3, "triplettes": 3, "quatuor": 4, "quadrette": 4, "quadrettes": 4, "quintette": 5}
