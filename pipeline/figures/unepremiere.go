package figures

// aFirstAt reads the French noun "une première", a first: "une première
// depuis 2016", "c'est une première pour une grande ville", which English
// tells "its first cut since 2016", "a first for a big city". Unsaid, it
// says nothing; told, it is the first.
func (p *parser) aFirstAt(i int) (*Mention, int) {
	if p.lang != French || p.word(i) != "une" || p.word(i+1) != "première" {
		return nil, 0
	}
	switch nx := p.word(i + 2); {
	case nx == "" && p.num(i+2) == nil, aFirstAfter[nx]:
		return &Mention{Kind: Ordinal, Value: "1", Word: true, style: "fixed"}, 2
	}
	return nil, 0 // ("une première étape": a first step, read as a rank)
}

// aFirstAfter follow the noun "une première": a time, a place, a whom.
var aFirstAfter = map[string]bool{"depuis": true, "pour": true, "en": true, "dans": true, "historique": true,
	"absolue": true, "mondiale": true, "nationale": true, "européenne": true, "française": true}
