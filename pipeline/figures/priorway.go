package figures

import (
	"math/big"
	"slices"
	"strings"
)

// A bullet may tell the way a level moved that the source tells only by
// its two figures: "Environ 3 500 fondeurs ont pris le départ, contre
// plus de 4 000 en 2023" summarised "Around 3,500 skiers started, up
// from 2023" turns a fall into a rise (N18).

// priorAgainst finds the figure s is compared with ("contre plus de
// 4 000") when t tells a way to its level and that comparison runs the
// other way; nil when the source tells no such comparison, tells a way
// itself, or its bound leaves the way open.
func (r *check) priorAgainst(src []*atom, s, t *atom) *atom {
	if t.m.levelDir == 0 || s.m.levelDir != 0 || s.m.dir != 0 || !numeric(*s.m) || s.m.Paragraph >= len(r.source) {
		return nil
	}
	k := slices.Index(src, s)
	if k < 0 || k+1 >= len(src) {
		return nil
	}
	for k+2 < len(src) && (src[k+1].m.Kind == Date || isYearish(*src[k+1].m)) && sameSentence(src[k+1], s) {
		k++ // a day between: "2 800 coureurs ont pris le départ dimanche, contre 3 200"
	}
	o := src[k+1] // the comparison follows its figure: "3 500, contre plus de 4 000"
	if !sameSentence(o, s) || !o.m.prior || o.m.otherPlace || comparedWith(src, o) != s {
		return nil // (compared with another place, "contre 35 en Allemagne", it tells no way)
	}
	text := r.source[s.m.Paragraph]
	if o.m.Start > len(text) || s.m.style == "rankgroup" {
		return nil // ("cinq Françaises dans le top 100, contre sept": the top is no count compared)
	}
	between := strings.TrimRight(text[s.m.End:o.m.Start], " ,")
	if !strings.HasSuffix(between, " contre") && between != "contre" || len(strings.Fields(between)) > 8 {
		return nil // ("14 ... avant 185 000"): only "contre" makes o s's comparison
	}
	if r.lineSays(o) {
		return nil // "up from 210,000": the bullet tells the comparison itself, judged with its own two figures
	}
	sv, ov := s.m.Rat(), o.m.Rat()
	sd, _ := duration(*s.m)
	od, _ := duration(*o.m)
	if (sd == nil) != (od == nil) {
		return nil
	}
	if sd != nil {
		sv, ov = sd, od // "4 minutes, contre 45 secondes"
	}
	if sv == nil || ov == nil {
		return nil
	}
	way := int8(sv.Cmp(ov))
	if way == 0 || way == t.m.levelDir || !boundKeepsWay(o.m.Comparator, way) || !boundKeepsWay(s.m.Comparator, -way) || roughlyEqual(sv, ov) {
		return nil
	}
	return o
}

// boundKeepsWay: a comparison with a bounded figure still runs the way
// the bare numbers do: "3 500, contre plus de 4 000" fell whatever more
// there was; "4 500, contre plus de 4 000" may not have risen.
func boundKeepsWay(c Comparator, way int8) bool {
	switch cmpFamily(c) {
	case cmpFamily(CmpGT):
		return way < 0
	case cmpFamily(CmpLT):
		return way > 0
	}
	return true
}

// roughlyEqual: the two figures are within 2% of each other, where a
// hedge on either leaves the way in doubt.
func roughlyEqual(a, b *big.Rat) bool {
	d := new(big.Rat).Sub(a, b)
	d.Abs(d)
	return d.Mul(d, big.NewRat(50, 1)).Cmp(new(big.Rat).Abs(b)) < 0
}
