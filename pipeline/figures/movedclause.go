package figures

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sentence of two contrasted clauses, each about its own thing, whose
// figure the English gives to the other clause's thing: "les émissions
// des transports ont stagné, tandis que celles de l'industrie ont chuté
// de 8,9 %" written "transport emissions fell 8.9%, while industrial
// emissions stalled" (M4). The clauses are matched by their own words
// (names, cognates, the lexicons), never by the figure: a figure whose
// English clause translates the other French clause, and none of its
// own, moved.

// frContrast and enContrast open the second clause of a contrast.
var frContrast = []string{" tandis que ", " tandis qu'", " alors que ", " alors qu'", ", mais ", "; "}
var enContrast = []string{" while ", " whereas ", ", but ", "; "}

// movedClause reports the figures of ts told in the other clause of a
// contrast. englishOf gives the English text a target figure's offsets
// index.
func (r *check) movedClause(src, ts []*atom, englishOf func(*atom) string) {
	for _, t := range ts {
		s := t.pair
		if s == nil || !numeric(*t.m) || s.m.Paragraph >= len(r.source) {
			continue
		}
		en := englishOf(t)
		eLo, eHi := sentenceBounds(en, t.m.Start)
		eSplit := contrastAt(en[eLo:eHi], enContrast)
		if eSplit < 0 {
			continue
		}
		fr := r.source[s.m.Paragraph]
		fLo, fHi := sentenceBounds(fr, s.m.Start)
		fSplit := contrastAt(fr[fLo:fHi], frContrast)
		if fSplit < 0 {
			continue
		}
		frSent, enSent := blankFigures(fr, fLo, fHi, src, s.m.Paragraph), blankFigures(en, eLo, eHi, ts, t.m.Paragraph)
		fa, fb := clauseWordSets(frSent[:fSplit], frSent[fSplit:])
		ea, eb := clauseWordSets(enSent[:eSplit], enSent[eSplit:])
		otherLo, otherHi := fLo+fSplit, fHi
		if s.m.Start >= fLo+fSplit {
			fa, fb = fb, fa // fa is the clause of the source figure
			otherLo, otherHi = fLo, fLo+fSplit
		}
		tLo, tHi := eLo, eLo+eSplit
		if t.m.Start >= eLo+eSplit {
			ea, eb = eb, ea // ea is the clause of the English figure
			tLo, tHi = eLo+eSplit, eHi
		}
		if toldTogether(ts, s, otherLo, otherHi, t, tLo, tHi) && ctxSim(fa, eb) <= ctxSim(fa, ea) {
			// "134 votes against the 121 needed": the English joined the
			// clauses. Unless its other clause still tells the source
			// figure's own clause: "the city budget reaches €890 million
			// and is up 6%; the metropole's budget was voted" moved the 6%.
			continue
		}
		fna, fnb := clauseNames(frSent[:fSplit]), clauseNames(frSent[fSplit:])
		ena, enb := clauseNames(enSent[:eSplit]), clauseNames(enSent[eSplit:])
		if s.m.Start >= fLo+fSplit {
			fna, fnb = fnb, fna
		}
		if t.m.Start >= eLo+eSplit {
			ena, enb = enb, ena
		}
		if crossedClauses(fa, fb, ea, eb) || crossedClauses(opening(fa), opening(fb), opening(ea), opening(eb)) || crossedNames(fna, fnb, ena, enb) {
			r.add(s, t, verdict{true, "attribution", Error, "M4",
				"the " + string(r.Mode) + " moves it to the other clause of the contrast, the one the source says of \"" + clauseName(fb) + "\""})
		}
	}
}

// toldTogether: an English figure of t's clause (offsets tLo-tHi) is
// paired with a figure of the source's other clause (lo-hi), so the
// English merged the two clauses rather than moved one figure.
func toldTogether(ts []*atom, s *atom, lo, hi int, t *atom, tLo, tHi int) bool {
	for _, o := range ts {
		if o == t || o.pair == nil || o.m.Paragraph != t.m.Paragraph || o.m.Start < tLo || o.m.Start >= tHi || !numeric(*o.m) {
			continue
		}
		if p := o.pair.m; p.Paragraph == s.m.Paragraph && p.Start >= lo && p.Start < hi {
			return true
		}
	}
	return false
}

// crossedClauses: each clause's words are translated in the other
// English clause, more than in its own.
func crossedClauses(fa, fb, ea, eb []string) bool {
	straight, away, back := ctxSim(fa, ea)+ctxSim(fb, eb), ctxSim(fa, eb), ctxSim(fb, ea)
	return away > 0 && back > 0 && away+back > straight
}

// crossedNames: the names of each clause (places, people, bodies) are
// in the other English clause more than in its own: "À Roissy, 1 200
// vols ont été annulés ; à Orly, le trafic est resté quasi normal"
// written "At Orly, 1,200 flights were cancelled, while traffic at
// Roissy was almost normal".
func crossedNames(fa, fb, ea, eb []string) bool {
	shared := func(x, y []string) int {
		n := 0
		for _, w := range x {
			if slices.ContainsFunc(y, func(v string) bool { return sameName(w, v) }) {
				n++
			}
		}
		return n
	}
	away, back := shared(fa, eb), shared(fb, ea)
	if len(fb) == 0 && len(ea) == 0 {
		// "13,1 % sur les vols vers l'Amérique du Nord, mais seulement 2,2 %
		// sur les liaisons intérieures" told "Fares to North America rose
		// 2.2%, while domestic fares climbed 13.1%": only one clause is
		// named, and the English names it in the other clause
		return away > 0 && shared(fa, ea) == 0
	}
	return away > 0 && back > 0 && away+back > shared(fa, ea)+shared(fb, eb)
}

// clauseNames are the capitalised words of a clause that are no function
// word: its names.
func clauseNames(clause string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(clause, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if !capitalWord(w) || utf8.RuneCountInString(w) < 3 {
			continue
		}
		if low := strings.ToLower(w); clauseStop[low] || ctxStop[low] || frFunction[low] {
			continue
		}
		out = append(out, stripAccents(w)) // as sameName takes them
	}
	return out
}

// opening is a clause's first words, its subject in news copy: the
// predicate and its complements go with the figure when a translator
// swaps two subjects ("le chauffeur ... condamné à deux ans, tandis que
// le propriétaire ... relaxé": "the owner was sentenced to two years,
// while the driver was acquitted").
func opening(ws []string) []string {
	return ws[:min(len(ws), 3)]
}

// contrastAt is the offset of the one contrast that splits sent into two
// clauses, or -1 when there is none or more than one.
func contrastAt(sent string, markers []string) int {
	at := -1
	for _, m := range markers { // (no lowering: a marker never opens its sentence, and the offsets must stay the text's)
		k := strings.Index(sent, m)
		if k < 0 {
			continue
		}
		if at >= 0 || strings.Contains(sent[k+len(m):], m) {
			return -1 // three clauses or more: which two contrast is a guess
		}
		at = k
	}
	return at
}

// clauseWordSets are the content words of two clauses that the other
// does not say: "celles de l'industrie" against "les émissions des
// transports" keeps "industrie" and "transports", not what both say.
func clauseWordSets(a, b string) ([]string, []string) {
	wa, wb := contentWords(a), contentWords(b)
	return without(wa, wb), without(wb, wa)
}

func without(ws, other []string) []string {
	var out []string
	for _, w := range ws {
		if !containsWord(other, w) {
			out = append(out, w)
		}
	}
	return out
}

func containsWord(ws []string, w string) bool {
	for _, o := range ws {
		if o == w || singular(o) == singular(w) {
			return true
		}
	}
	return false
}

// contentWords are the lowered words of a clause less the words every
// clause may share: articles, pronouns, auxiliaries, time adverbs.
func contentWords(clause string) []string {
	return slices.DeleteFunc(sentenceWords(clause), func(w string) bool {
		return utf8.RuneCountInString(w) < 3 || clauseStop[w] || ctxStop[w] || frMonths[w] > 0 || enMonths[w] > 0
	})
}

// clauseName names a clause by its first content words.
func clauseName(ws []string) string {
	return strings.Join(ws[:min(len(ws), 3)], " ")
}

// clauseStop: function words and the time and source adverbials that a
// sentence says of both its clauses ("l'an dernier", "selon").
var clauseStop = map[string]bool{
	"tandis": true, "alors": true, "mais": true, "while": true, "whereas": true, "but": true,
	"celle": true, "celles": true, "celui": true, "ceux": true, "elle": true, "elles": true, "lui": true, "eux": true, "ils": true,
	"those": true, "that": true, "they": true, "them": true, "its": true, "their": true, "it": true,
	"son": true, "sa": true, "ont": true, "avait": true, "avaient": true, "était": true, "étaient": true, "été": true, "est": true, "sont": true, "restée": true, "restées": true, "resté": true, "restés": true,
	"was": true, "were": true, "has": true, "had": true, "have": true, "been": true, "remained": true, "stayed": true,
	"année": true, "années": true, "dernier": true, "dernière": true, "semaine": true, "mois": true, "jour": true, "hier": true, "aujourd": true,
	"year": true, "years": true, "last": true, "week": true, "month": true, "day": true, "yesterday": true, "today": true,
	"selon": true, "according": true, "une": true, "des": true, "the": true, "and": true, "les": true, "dans": true, "pour": true,
}

// blankFigures is the sentence text[lo:hi] with the figures of its
// paragraph blanked: a figure's unit ("470 euros la tonne") goes where
// the figure goes, and tells nothing of which clause it belongs to.
func blankFigures(text string, lo, hi int, as []*atom, paragraph int) string {
	b := []byte(text[lo:hi])
	for _, a := range as {
		if a.m.Paragraph != paragraph || a.m.End <= lo || a.m.Start >= hi {
			continue
		}
		for k := max(a.m.Start, lo); k < min(a.m.End, hi); k++ {
			b[k-lo] = ' '
		}
	}
	return string(b)
}
