package figures

// weightClassAt reads a weight class of combat sports and weightlifting:
// English "under-90kg", "over-100kg", and "-90kg", "+100kg" in either
// language ("chez les -90 kg"). A class is a bound on the weight, like
// French "(la catégorie des) moins de 90 kg": a mass is never negative,
// so the minus sign says "under".
func (p *parser) weightClassAt(i int) (*Mention, int) {
	cmp, k := CmpNone, 0
	switch w := p.word(i); {
	case p.lang == English && (w == "under" || w == "over") && p.sym(i+1) == "-" && p.glued(i+1) && p.glued(i+2):
		cmp, k = map[bool]Comparator{true: CmpLT, false: CmpGT}[w == "under"], 2
	case (p.sym(i) == "-" || p.sym(i) == "+") && p.glued(i+1) && p.num(i-1) == nil && (!p.glued(i) || p.sym(i-1) == "("):
		cmp, k = map[bool]Comparator{true: CmpLT, false: CmpGT}[p.sym(i) == "-"], 1
	}
	if k == 0 {
		return nil, 0
	}
	nb := p.num(i + k)
	if nb == nil || nb.decimal || nb.grouped || nb.intLen > 3 {
		return nil, 0
	}
	u, n := p.unitAt(i + k + 1)
	if n == 0 || u != "kg" {
		return nil, 0
	}
	v := nb.val.Num().Int64()
	if v < 40 || v > 150 {
		return nil, 0 // "+5 kg" is a gain, not a class
	}
	return &Mention{Kind: Quantity, Unit: "kg", Value: canonical(nb.val), Comparator: cmp, style: "weightclass"}, k + 1 + n
}
