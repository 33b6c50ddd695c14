package figures

// tollFreeAt reads the North American toll-free prefix said alone, "les
// lignes 1-800", "un numéro 1-888": the name of a service, which English
// calls "toll-free lines" as often as "1-800 lines". A full number
// (1-800-555-0199) is read as an identifier elsewhere.
func (p *parser) tollFreeAt(i int) (*Mention, int) {
	if p.num(i) == nil || p.toks[i].text != "1" || p.sym(i+1) != "-" || !p.glued(i+1) || !p.glued(i+2) || p.num(i+2) == nil {
		return nil, 0
	}
	switch p.toks[i+2].text {
	case "800", "888", "877", "866", "855", "844", "833":
	default:
		return nil, 0
	}
	if p.sym(i+3) == "-" && p.glued(i+3) {
		return nil, 0
	}
	return &Mention{Kind: Identifier, Value: "1-" + p.toks[i+2].text, style: "name"}, 3
}
