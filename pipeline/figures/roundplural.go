package figures

// roundPluralAt reads an English round number in the plural, "100's",
// "1000s", "10,000's": hundreds, thousands, tens of thousands, as vague
// as the French "des centaines", "des milliers", "des dizaines de
// milliers" they tell. A power of ten of a thousand or more counts
// thousands, the French "milliers"; its tens or hundreds ("dizaines")
// are a vague word of their own, soft when unpaired.
func (p *parser) roundPluralAt(i int) (*Mention, int) {
	nb := p.num(i)
	if p.lang != English || nb == nil || nb.decimal || !nb.val.IsInt() {
		return nil, 0
	}
	k := 0
	switch {
	case p.sym(i+1) == "'" && p.glued(i+1) && p.glued(i+2) && p.word(i+2) == "s":
		k = 3
	case p.glued(i+1) && p.word(i+1) == "s" && (nb.grouped || nb.val.Num().Int64() == 100):
		k = 2 // "10,000s", "100s" ("1000s" stays a decade)
	default:
		return nil, 0
	}
	v := nb.val.Num().Int64()
	switch v {
	case 100, 1000:
	case 10000, 100000:
		v = 1000
	default:
		return nil, 0
	}
	return &Mention{Kind: Approx, Value: itoa(int(v)), Unit: "vague", Vague: true}, k
}
