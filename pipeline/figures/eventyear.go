package figures

// "Le bogue de l'an 2000" is "the millennium bug" or "the Y2K bug" in
// English: a named event that stands for its year, like 9/11 or VE Day
// (N13). Y2K is read here, before the codes, as it has the shape of one
// (A380, G7).

// eventYearAt reads "Y2K" and "millennium bug" as the year 2000.
func (p *parser) eventYearAt(i int) (*Mention, int) {
	if p.lang != English {
		return nil, 0
	}
	d := DateValue{Year: 2000, Alias: true}
	switch {
	case p.word(i) == "y" && p.toks[i].text == "Y" && p.num(i+1) != nil && p.toks[i+1].text == "2" &&
		p.glued(i+1) && p.toks[min(i+2, len(p.toks)-1)].text == "K" && p.glued(i+2):
		return ptr(dateMention(d)), 3
	case p.words(i, "millennium", "bug") || p.words(i, "millennium", "bugs"):
		return ptr(dateMention(d)), 2
	}
	return nil, 0
}
