package figures

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

type passKind int

const (
	exactPass passKind = iota
	lenientPass
	nearPass // neighbouring paragraphs: a sentence moved across a break
)

// wide is the group distance that stands for "the whole unit".
const wide = 1 << 30

// bigScope is the number of candidates above which a wide pass looks only
// at the groups near the source figure (lenient) or at an index (exact),
// so that a long paragraph costs time in proportion to its length.
const (
	bigScope   = 64
	wideWindow = 8
)

// matchUnit pairs the figures of one unit: in the aligned sentence first,
// then a changed figure in that sentence, then the neighbouring
// sentences, then the whole unit.
func (r *check) matchUnit(u unit) {
	r.movedYears(u)
	r.scopePass(u, 0, exactPass)
	r.scopePass(u, 0, lenientPass)
	r.hedgedRanges(u)
	r.firstMonths(u)
	r.modifiedScope(u, 0, true)
	r.scopePass(u, 1, exactPass)
	r.scopePass(u, 1, lenientPass)
	r.indexedExact(u.src, u.tgt)
	r.scopePass(u, wide, lenientPass)
	r.ratioParts(u)
}

// scopePass pairs each unused source atom with the best unused target
// atom whose group is within dist of its own.
func (r *check) scopePass(u unit, dist int, pass passKind) {
	if dist == wide && len(u.tgt) > bigScope {
		dist = wideWindow
	}
	// a figure the source writes takes its pair before one a set phrase
	// only implies ("six mois" before the "semestre" of "au début du
	// semestre", when the English says "six months")
	for _, fixedRound := range [2]bool{false, true} {
		r.scopeRound(u, dist, pass, fixedRound)
	}
}

// scopeRound is one round of scopePass, over the set-phrase figures or
// over the others.
func (r *check) scopeRound(u unit, dist int, pass passKind, fixedRound bool) {
	for _, s := range u.src {
		if s.used || fixed(*s.m) != fixedRound {
			continue
		}
		var best *atom
		var bestV verdict
		bestScore := -1 << 30
		for _, t := range candidates(u, s, dist) {
			if t.used {
				continue
			}
			v := r.accept(*s.m, *t.m, pass)
			if !v.ok {
				continue
			}
			if sc := pairScore(s, t); sc > bestScore {
				best, bestV, bestScore = t, v, sc
			}
		}
		if best != nil && !r.otherClaims(u, s, best, pass) {
			r.link(s, best, bestV)
		}
	}
}

// otherClaims: another unused source figure of t's sentence would take
// t as well and says it better: one of t's head while s's own head is
// another ("les deux jambes ... deux semaines" leaves "two weeks" to
// the weeks), or a number in digits of t's kind while s is a rank in
// words ("la première ... l'article 1" leaves "section 1" to the
// article).
func (r *check) otherClaims(u unit, s, t *atom, pass passKind) bool {
	byHead := t.m.Head != "" && !sameHead(s.m.Head, t.m.Head)
	byDigits := s.m.Word && s.m.Kind == Ordinal && !t.m.Word && t.m.Kind != Ordinal
	if !byHead && !byDigits {
		return false
	}
	for _, o := range inGroups(u.src, t.grp, 0, s.idx) { // (its sentence only: a long paragraph stays linear)
		if o == s || o.used || o.m.Value != t.m.Value {
			continue
		}
		if (byHead && sameHead(o.m.Head, t.m.Head) || byDigits && !o.m.Word && o.m.Kind != Ordinal) && r.accept(*o.m, *t.m, pass).ok {
			return true
		}
	}
	return false
}

// candidates are the target atoms whose group is within dist of the
// source atom's.
func candidates(u unit, s *atom, dist int) []*atom {
	return inGroups(u.tgt, s.grp, dist, s.idx*len(u.tgt)/max(len(u.src), 1))
}

// inGroups is the run of atoms (sorted by group) whose group is within
// dist of g; when there are many (a paragraph with no sentence breaks),
// only those around the index center.
func inGroups(as []*atom, g, dist, center int) []*atom {
	lo, hi := 0, len(as)
	if dist < wide {
		lo = sort.Search(len(as), func(k int) bool { return as[k].grp >= g-dist })
		hi = sort.Search(len(as), func(k int) bool { return as[k].grp > g+dist })
	}
	if hi-lo <= 4*bigScope {
		return as[lo:hi]
	}
	c := min(max(center, lo), hi-1)
	return as[max(lo, c-2*bigScope):min(hi, c+2*bigScope)]
}

// indexedExact pairs equal keys anywhere in the unit through a map, the
// nearest target first.
func (r *check) indexedExact(src, tgt []*atom) {
	idx := map[string][]*atom{}
	for _, t := range tgt {
		if !t.used {
			k := t.m.Key()
			idx[k] = append(idx[k], t)
		}
	}
	for _, s := range src {
		if s.used {
			continue
		}
		var best *atom
		bestScore := -1 << 30
		list := idx[s.m.Key()]
		if len(list) > 4*bigScope {
			c := sort.Search(len(list), func(k int) bool { return list[k].idx >= s.idx*len(tgt)/max(len(src), 1) })
			list = list[max(0, c-2*bigScope):min(len(list), c+2*bigScope)]
		}
		for _, t := range list {
			if t.used || !exact(*s.m, *t.m) {
				continue
			}
			if sc := pairScore(s, t); sc > bestScore {
				best, bestScore = t, sc
			}
		}
		if best != nil {
			r.link(s, best, verdict{ok: true})
		}
	}
}

// crossUnits pairs what is left across neighbouring paragraphs: a
// sentence moved over a paragraph break.
func (r *check) crossUnits(us []unit) {
	for i := range us {
		for j := max(0, i-1); j <= min(len(us)-1, i+1); j++ {
			if i == j {
				continue
			}
			for _, pass := range []passKind{exactPass, nearPass} {
				r.freePass(us[i].src, us[j].tgt, pass)
			}
		}
	}
}

// freePass pairs unused atoms of two lists, whatever their groups.
func (r *check) freePass(src, tgt []*atom, pass passKind) {
	var free []*atom
	for _, t := range tgt {
		if !t.used {
			free = append(free, t)
		}
	}
	if len(free) == 0 {
		return
	}
	for _, s := range src {
		if s.used {
			continue
		}
		var best *atom
		var bestV verdict
		bestScore := -1 << 30
		for _, t := range free {
			if t.used {
				continue
			}
			if v := r.accept(*s.m, *t.m, pass); v.ok {
				if sc := pairScore(s, t); sc > bestScore {
					best, bestV, bestScore = t, v, sc
				}
			}
		}
		if best != nil {
			r.link(s, best, bestV)
		}
	}
}

// eventRanks are nouns an ordinal numbers the events of: a round, a
// leg, a term; no set phrase of rank ("dauphin", "en tête") says them.
var eventRanks = map[string]bool{"round": true, "leg": true, "half": true, "term": true, "quarter": true,
	"reading": true, "edition": true, "stage": true, "lap": true, "set": true, "season": true}

// accept decides whether s and t are the same fact in a pass.
func (r *check) accept(s, t Mention, pass passKind) verdict {
	if fixed(s) && s.Comparator != t.Comparator && !stepBound(s, t) && !ageCollective(s, t) {
		return verdict{} // "tous deux" (both) is no "more than two" of another clause ("la quarantaine" may be "in their forties")
	}
	if fixed(s) && t.Kind == Ordinal && eventRanks[t.Head] && t.Head != s.Head {
		return verdict{} // "le dauphin" (the runner-up) is no "second round": the round is another figure's
	}
	if fixed(s) && fixed(t) && !exact(s, t) && !(s.label && t.label) {
		return verdict{} // two set phrases of other values ("d'abord", "the Third World") say two things; two labels ("annexe II", "annex III") are compared
	}
	switch pass {
	case exactPass:
		return verdict{ok: exact(s, t)}
	case lenientPass:
		return r.keptWords(s, t, r.addedCurrency(s, t, lenient(s, t, r.Mode)))
	}
	if exact(s, t) {
		return verdict{ok: true}
	}
	return r.keptWords(s, t, r.addedCurrency(s, t, lenient(s, t, r.Mode)))
}

// keptWords accepts a pair the translation copied from the source word
// for word, which the two languages read differently: "50 Cent" (a
// singer, which English reads as cents), "5m-6m" (millions, which French
// reads as metres).
func (r *check) keptWords(s, t Mention, v verdict) verdict {
	if v.ok || r.Mode != ModeTranslation || s.Value == t.Value && class(s.Kind) == class(t.Kind) {
		return v // the same reading on both sides: what differs is not the words
	}
	if (strings.Contains(t.Raw, s.Raw) || strings.Contains(s.Raw, t.Raw)) && r.inSourceText(t.Raw) {
		return verdict{ok: true}
	}
	return v
}

// inSourceText: raw, a figure's text with a letter in it, stands word
// for word in a source paragraph: "the Sunday Times", "I Saw Three
// Ships" kept in English in the French text are names, not figures. The
// source's words are indexed once per check, so a long text with many
// unmatched figures is not scanned again for each.
func (r *check) inSourceText(raw string) bool {
	if !strings.ContainsFunc(raw, unicode.IsLetter) {
		return false // bare digits: a number the source gives is paired, not looked up
	}
	r.indexSource()
	words := wordOffsets(raw)
	var anchor string
	for w := range words {
		if anchor == "" || len(r.sourceWords[w]) < len(r.sourceWords[anchor]) {
			anchor = w
		}
	}
	shift := words[anchor][0] // where the anchor word starts in raw
	for _, at := range r.sourceWords[anchor] {
		a, b := at-shift, at-shift+len(raw)
		if a >= 0 && b <= len(r.sourceText) && r.sourceText[a:b] == raw &&
			(a == 0 || !wordByte(r.sourceText[a-1])) && (b == len(r.sourceText) || !wordByte(r.sourceText[b])) {
			return true
		}
	}
	return false
}

// indexSource joins the source paragraphs and maps where each word
// starts, once, on first use.
func (r *check) indexSource() {
	if r.sourceWords == nil {
		r.sourceText = strings.Join(r.source, "\n")
		r.sourceWords = wordOffsets(r.sourceText)
	}
}

// oneUnitSaid: an English "1 millimetre", "$1" or "a one-year option"
// the source says "un millimètre", "un dollar", "une année en option",
// which French reads as an article before its noun.
func (r *check) oneUnitSaid(t Mention) bool {
	if t.Value != "1" || t.Comparator != CmpNone {
		return false
	}
	if t.Kind == Cardinal && t.Word {
		return slices.ContainsFunc(frPeriodsOf[t.Head], r.saidWithOne)
	}
	if t.Kind != Quantity && t.Kind != Money || t.Unit == "" {
		return false
	}
	words := baseUnitWords
	if t.Kind == Money {
		words = currencyWords // "pour un dollar canadien": "$1 Canadian"
	}
	for w, unit := range words {
		if (unit == t.Unit || t.Kind == Money && unit == "USD" && isDollar(t.Unit)) && r.saidWithOne(w) {
			return true
		}
	}
	return false
}

// frPeriodsOf are the French words of an English period counted one.
var frPeriodsOf = map[string][]string{"year": {"an", "année"}, "month": {"mois"}, "week": {"semaine"}, "day": {"jour", "journée"}, "hour": {"heure"}}

// saidWithOne: the source says the word w after "un", "une" or
// "chaque" ("Chaque degré en moins": each one-degree drop).
func (r *check) saidWithOne(w string) bool {
	r.indexSource()
	for _, at := range r.sourceWords[w] {
		before := strings.TrimRight(r.sourceText[:at], " \u00a0")
		if strings.HasSuffix(before, " un") || strings.HasSuffix(before, "'un") || strings.HasSuffix(before, " une") || strings.HasSuffix(before, "'une") || strings.HasSuffix(strings.ToLower(before), "chaque") {
			return true
		}
	}
	return false
}

// wordOffsets maps each word of text (a run of letters and digits) to
// the byte offsets where it starts.
func wordOffsets(text string) map[string][]int {
	out := map[string][]int{}
	start := -1
	for k, c := range text + " " {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if start < 0 {
				start = k
			}
			continue
		}
		if start >= 0 {
			out[text[start:k]] = append(out[text[start:k]], start)
			start = -1
		}
	}
	return out
}

// wordByte: an ASCII letter or digit, which would make a match part of a
// longer word.
func wordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// pairScore prefers the target whose head noun translates the source's,
// then the one in the same aligned group and nearest position.
func pairScore(s, t *atom) int {
	sc := 0
	if sameHead(s.m.Head, t.m.Head) {
		sc += 1000
	}
	if s.grp == t.grp && s.m.Paragraph == t.m.Paragraph {
		sc += 500
	}
	if cmpFamily(s.m.Comparator) == cmpFamily(t.m.Comparator) {
		sc += 100
	}
	d := s.pos - t.pos
	if d < 0 {
		d = -d
	}
	return sc - min(d, 99)
}

// link records a pair and its findings (hedge, format, lenient verdict).
func (r *check) link(s, t *atom, v verdict) {
	bind(s, t)
	if s.row >= 0 && r.Rows[s.row].Status == RowMissing {
		r.Rows[s.row].Status = RowMatched
	}
	if v.kind != "" {
		r.add(s, t, v)
	}
	if h := hedgeCheck(*s.m, *t.m); h.kind != "" {
		r.add(s, t, h)
	}
	if d := directionCheck(*s.m, *t.m); d.kind != "" {
		r.add(s, t, d)
	}
	if c := complementCheck(*s.m, *t.m); c.kind != "" {
		r.add(s, t, c)
	}
	if b := basisCheck(*s.m, *t.m); b.kind != "" {
		r.add(s, t, b)
	}
	if f := formatCheck(*t.m); f.kind != "" {
		r.add(s, t, f)
	}
	if s.row >= 0 && r.Rows[s.row].English == "" {
		r.Rows[s.row].English = t.m.Raw
	}
}

// formatCheck reports English text written the French way (N3).
func formatCheck(t Mention) verdict {
	switch t.Format {
	case "french-decimal":
		return verdict{true, "format", Warning, "N3", "write the decimal point the English way (\"2.5\", not \"2,5\")"}
	case "malformed":
		return verdict{true, "format", Error, "N3", "malformed digit grouping"}
	}
	return verdict{}
}
