package figures

// firstlyAt reads the French words that say an order without a number:
// "d'abord", "tout d'abord", "premièrement", "primo" (first, first of
// all); "deuxièmement" (secondly); "pays tiers", "États tiers"
// (third countries). English says them with an ordinal, which pairs with
// these; unpaired they drop out silently (style fixed), so "first of all"
// for "tout d'abord" passes and "second of all" does not.
func (p *parser) firstlyAt(i int) (Mention, int) {
	if p.lang != French {
		return Mention{}, 0
	}
	order := func(v string, n int) (Mention, int) {
		return Mention{Kind: Ordinal, Value: v, Word: true, style: "fixed"}, n
	}
	switch w := p.word(i); {
	case w == "d'" && p.word(i+1) == "abord":
		return order("1", 2)
	case w == "premièrement" || w == "primo":
		return order("1", 1)
	case w == "deuxièmement" || w == "secundo":
		return order("2", 1)
	case w == "troisièmement" || w == "tertio":
		return order("3", 1)
	case (w == "pays" || w == "états" || w == "état") && (p.word(i+1) == "tiers" || p.word(i+1) == "tierce"):
		return order("3", 2)
	}
	return Mention{}, 0
}
