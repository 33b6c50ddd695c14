package figures

import "math/big"

// ageRatios reads a French ratio whose group is told by an age between
// its terms, "un enfant de moins de cinq ans sur trois", "un 18-29 ans
// sur cinq": English writes "one in three children under five", the
// ratio first and the age after. The age stays its own figure (a
// summary keeps "under five"), and the count after "sur" becomes the
// ratio's share, which would else read as a bare "three".
func (p *parser) ageRatios(ms []Mention) {
	if p.lang != French {
		return
	}
	for k := 1; k < len(ms); k++ {
		d := &ms[k]
		if d.Kind != Cardinal || d.Comparator != CmpNone || d.Unit != "" {
			continue
		}
		j := p.tokenAfter(d.Start)
		if p.word(j-1) != "sur" || p.word(j-2) != "ans" || p.tokenAfter(ms[k-1].End) != j-2 || pluralNounLike(p.word(j+1)) {
			// ("une peine de 10 ans sur trois chefs d'accusation": a count of them)
			continue
		}
		v := d.Rat()
		if v == nil || !v.IsInt() || v.Num().Int64() < 2 || v.Num().Int64() > 1000 || !p.oneBeforeGroup(p.tokenAfter(ms[k-1].Start), ms, k-1) {
			continue
		}
		d.Kind, d.Value, d.Word = Fraction, canonical(big.NewRat(1, v.Num().Int64())), p.num(j) == nil
		d.Start = p.toks[j-1].start
		d.Raw = p.text[d.Start:d.End]
	}
}

// oneBeforeGroup: "un" or "une" opens the group whose age starts at
// token i, with at most three words between and no figure among them
// ("un enfant de", "une femme âgée de", "un" itself).
func (p *parser) oneBeforeGroup(i int, ms []Mention, k int) bool {
	for j := i - 1; j >= i-4 && j >= 0; j-- {
		w := p.word(j)
		if w == "" || k > 0 && ms[k-1].End > p.toks[j].start {
			return false
		}
		if w == "un" || w == "une" {
			return true
		}
	}
	return false
}
