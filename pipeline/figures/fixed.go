package figures

import (
	"math/big"
	"strconv"
	"strings"
)

// fixedPhrase: a figure that is part of a set phrase (idiomlex.go) or a
// name built on a number ("bac +5", a degree level), so not a figure at
// all. Unpaired it is dropped without a finding; paired with another
// value it is still compared. idiom tells the set phrase, whose number
// counts nothing, from the name, whose number still counts (years of
// study).
func (p *parser) fixedPhrase(m Mention) (fixed, idiom bool) {
	if p.lang == French && p.diplomaLevel(m) || p.wholeDegree(m) {
		return true, false
	}
	idiom = (m.Word || m.Kind == Cardinal || m.Kind == Ordinal || m.Kind == Quantity || m.Kind == Time || m.Kind == Range || m.Kind == Date && m.Date != nil && m.Date.Weekday != 0 || m.Kind == Identifier ||
		m.Kind == Percent && m.Value == "100") && // "I agree 100%"
		inIdiom(p.text, m, p.lang)
	return idiom, idiom
}

// wholeDegree: "100%" right after a form of "be" says how wholly, not a
// share: "the right to be 100% Canadian" (Canadiens à part entière),
// "compensation is 100% in order".
func (p *parser) wholeDegree(m Mention) bool {
	if p.lang != English || m.Kind != Percent || m.Value != "100" || m.Comparator != CmpNone {
		return false
	}
	switch p.word(p.tokenAfter(m.Start) - 1) {
	case "be", "is", "are", "am", "was", "were", "been", "being", "not":
		return p.word(p.tokenAfter(m.End)) != "of"
	}
	return false
}

// diplomaLevel: "bac +5", "Bac+3" name a degree (a master's, a
// bachelor's), which English names without the number.
func (p *parser) diplomaLevel(m Mention) bool {
	before := strings.TrimRight(strings.ToLower(p.text[max(0, m.Start-6):m.Start]), " +")
	return strings.HasSuffix(before, "bac") && strings.Contains(p.text[max(0, m.Start-2):m.End], "+")
}

// fixed: a figure dropped without a finding when nothing pairs with it.
func fixed(m Mention) bool { return m.style == "fixed" }

// phrasings reads what a figure's words around it make of it: a short
// year (JO de 24), a multiplier with a half, a percent in words or as a
// rise, a clock reading that is a length of time, a time zone.
func (p *parser) phrasings(m *Mention) {
	p.shortYearEvent(m)
	p.halfTimes(m)
	p.percentWords(m)
	p.clockDuration(m)
	p.untilClock(m)
	p.untilLevel(m)
	p.moneyScale(m)
	p.timeZone(m)
	p.speedZone(m)
	p.everyNth(m)
	p.eachUnit(m)
	p.perRound(m)
	p.dotRate(m)
	p.tieLeg(m)
	p.firstSince(m)
	p.parallelDegrees(m)
	p.compoundMoney(m)
	p.schoolGrade(m)
}

// schoolGrade: "fourth-graders", "the fourth grade" name a school year
// (the French "CM1"), no rank: soft, and no figure to derive.
func (p *parser) schoolGrade(m *Mention) {
	if p.lang == English && m.Kind == Ordinal && (m.Head == "grade" || m.Head == "grader" || m.Head == "graders") {
		m.style = "grade"
	}
}

// firstSince: "a first European title since 2009", "its first win since
// March": the first in a while, no rank that another source rank could
// contradict (unsupported, it stays a warning).
func (p *parser) firstSince(m *Mention) {
	if p.lang != English || m.Kind != Ordinal || m.Value != "1" || !m.Word {
		return
	}
	for j := p.tokenAfter(m.End); j < p.tokenAfter(m.End)+4; j++ {
		if p.word(j) == "since" || p.word(j) == "in" && p.periodWithin(j+1, 4) {
			m.style = "since" // "his first title in a decade", "a first win in five years"
			return
		}
		if p.toks[min(j, len(p.toks)-1)].kind == tSym {
			return
		}
	}
}

// periodWithin: a word of a length of time within n words from j, a
// year or a number ("in a decade", "in more than two years") before it.
func (p *parser) periodWithin(j, n int) bool {
	for k := j; k < j+n; k++ {
		if periodUnit[p.word(k)] != "" {
			return true
		}
		if p.toks[min(k, len(p.toks)-1)].kind == tSym {
			return false
		}
	}
	return false
}

// tieLeg: "first-leg", "second-leg" name the matches of a two-legged tie,
// "l'aller" and "le retour": kept when paired, dropped without a finding
// when not.
func (p *parser) tieLeg(m *Mention) {
	if p.lang == English && m.Kind == Ordinal && (m.Value == "1" || m.Value == "2") && (strings.HasSuffix(strings.ToLower(m.Raw), "-leg") || m.Head == "leg") {
		m.style = "fixed"
	}
}

// dotRate: North American sport writes a rate as a bare decimal, "a
// .918 save percentage", "a .300 batting average": the French "taux
// d'arrêts de 91,8 %" in percent.
func (p *parser) dotRate(m *Mention) {
	if p.lang != English || m.Kind != Decimal || !strings.HasPrefix(m.Raw, ".") || !rateAfterDot[p.word(p.tokenAfter(m.End))] {
		return
	}
	if v := m.Rat(); v != nil {
		m.Kind, m.Unit, m.Value = Percent, "%", canonical(v.Mul(v, big.NewRat(100, 1)))
	}
}

// rateAfterDot name the rates sport writes as ".918".
var rateAfterDot = map[string]bool{"save": true, "shooting": true, "batting": true, "winning": true, "on-base": true, "slugging": true, "percentage": true}

// perRound: "seven jobs per $1 million", "per $1,000 of income": the
// round amount a rate counts by, which French says without its one ("par
// million de dollars"): kept when paired, dropped without a finding when
// not.
func (p *parser) perRound(m *Mention) {
	if p.lang != English || m.Kind != Money || p.word(p.tokenAfter(m.Start)-1) != "per" {
		return
	}
	switch m.Value {
	case "1000", "1000000", "1000000000":
		m.style = "fixed"
	}
}

// eachUnit: "chaque 1 $ investi", "pour chaque 1 $" is one unit of the
// currency, which English says "every dollar invested": kept when
// paired, dropped without a finding when not.
func (p *parser) eachUnit(m *Mention) {
	if p.lang != French || m.Kind != Money || m.Value != "1" || m.Scale != "" || p.word(p.tokenAfter(m.Start)-1) != "chaque" {
		return
	}
	m.style = "fixed"
}

// everyNth: "every tenth newly infected person" is one in ten, a share;
// "every third year" stays a rank of periods, how often.
func (p *parser) everyNth(m *Mention) {
	if p.lang != English || m.Kind != Ordinal || !m.Word || m.style == "runoff" || p.word(p.tokenAfter(m.Start)-1) != "every" {
		return // ("every run-off scenario": each second round, no half)
	}
	n, err := strconv.Atoi(m.Value)
	if err != nil || n < 2 || periodUnit[p.word(p.tokenAfter(m.End))] != "" {
		return
	}
	m.Kind, m.Value = Fraction, canonical(big.NewRat(1, int64(n)))
}

// speedZone: "une zone 30" is a street limited to 30 km/h, which English
// calls "a 30 km/h zone" or "a 20mph zone".
func (p *parser) speedZone(m *Mention) {
	if p.lang != French || m.Kind != Cardinal || m.Unit != "" || m.Word {
		return
	}
	if w := p.word(p.tokenAfter(m.Start) - 1); (w == "zone" || w == "zones") && (m.Value == "20" || m.Value == "30") {
		m.Kind, m.Unit = Quantity, "km/h"
	}
}

// everyOther: "un jour sur deux" is "every other day", one period in n
// as every n periods.
func everyOther(frac, every Mention) bool {
	if frac.Kind != Fraction || every.Alt != "every" || class(every.Kind) != Cardinal || periodUnit[every.Head] == "" {
		return false
	}
	f, n := frac.Rat(), every.Rat()
	return f != nil && n != nil && n.Sign() > 0 && new(big.Rat).Inv(n).Cmp(f) == 0 && strings.HasPrefix(strings.ToLower(frac.Raw), "un ")
}

// lenientPhrasing accepts the phrasings of phrasings: Mai 68 = May 1968,
// 18 h heure de Paris = 1600 GMT, augmenté de 100 % = doubled.
func lenientPhrasing(s, t Mention) (verdict, bool) {
	switch {
	case shortYearAgrees(s, t) || shortYearAgrees(t, s):
		return verdict{ok: true}, true
	case zoneShift(s, t):
		return verdict{true, "unit", Info, "N15", "Paris time given in GMT/UTC"}, true
	case riseMultiplier(s, t):
		return verdict{ok: true}, true
	case sameStoppage(s, t) || sameStoppage(t, s):
		return verdict{ok: true}, true
	case tallyDash(s, t) || tallyDash(t, s):
		return verdict{ok: true}, true
	case everyOther(s, t) || everyOther(t, s):
		return verdict{ok: true}, true
	case dotRateOf(s, t) || dotRateOf(t, s):
		return verdict{ok: true}, true // "un taux d'efficacité de 0,925": "a .925 save percentage"
	case elidedMatch(s, t):
		return verdict{true, "unit", Info, "N4", "the scale and currency are those of the amount the French list shares out"}, true
	case roomsAsBedrooms(s, t):
		return verdict{ok: true}, true // "un T3": a two-bedroom flat
	case s.Alt == "per:jours" && t.Alt == "every" && t.Value == "1" && t.Head == "day":
		return verdict{ok: true}, true // 7 jours sur 7: every day
	case markOfOrdinal(s, t):
		return verdict{ok: true}, true // "dès le 10e kilomètre": "as early as the 10km mark"
	case dayOfMonthTold(s, t):
		return verdict{true, "date", Info, "N15", "the day of the month, its month told earlier"}, true
	case s.Kind == Ordinal && t.Kind == Multiplier && t.style == "title" && s.Value == t.Value && t.Word:
		return verdict{ok: true}, true // "l'auteur d'un troisième viol": "a three-time rapist"
	case coupleForSome(s, t):
		return verdict{true, "hedge", Warning, "N8", "\"a couple\" is more precise than the source's vague plural: check it"}, true
	}
	return verdict{}, false
}

// coupleForSome: "quelques centaines" told "a couple of hundred", "des
// milliers" "a couple of thousand": a vague plural of the scale the
// English counts two of.
func coupleForSome(s, t Mention) bool {
	if s.Kind != Approx || s.Unit != "vague" || t.Kind != Approx || t.Unit != "" || !t.Vague {
		return false
	}
	sv, tv := s.Rat(), t.Rat()
	return sv != nil && tv != nil && new(big.Rat).Mul(sv, big.NewRat(2, 1)).Cmp(tv) == 0
}

// markOfOrdinal: a French ordinal of a distance unit, "le 30e kilomètre",
// told as the distance it marks, "from 30km", "the 10km mark".
func markOfOrdinal(s, t Mention) bool {
	return s.Kind == Ordinal && t.Kind == Quantity && s.Value == t.Value && ordinalUnits[s.Head] != "" && ordinalUnits[s.Head] == t.Unit
}

// ordinalUnits are the units a French ordinal counts the distance in.
var ordinalUnits = map[string]string{"kilomètre": "km", "km": "km", "mètre": "m", "mile": "mi"}

// dayOfMonthTold: the English gives a date by its day alone, "on the
// 2nd" for "le 2 février", its month said by an earlier date: an ordinal
// in digits, no noun after it.
func dayOfMonthTold(s, t Mention) bool {
	if s.Kind != Date || s.Date == nil || s.Date.Day == 0 || t.Kind != Ordinal || t.Word || t.Head != "" {
		return false
	}
	return t.Value == itoa(s.Date.Day) && ordinalSuffix(English, strings.TrimLeft(t.Raw, "0123456789"))
}

// dotRateOf: p is a rate sport writes as ".925", read as 92.5%, and d
// the same rate as a plain decimal, 0,925.
func dotRateOf(d, p Mention) bool {
	if d.Kind != Decimal || p.Kind != Percent || !strings.HasPrefix(p.Raw, ".") {
		return false
	}
	dv, pv := d.Rat(), p.Rat()
	return dv != nil && pv != nil && new(big.Rat).Mul(dv, big.NewRat(100, 1)).Cmp(pv) == 0
}
