package figures

// French "livres" are books as often as pounds: "deux livres récents"
// is two recent books. The word makes an amount only with evidence
// (N6): "sterling", a scale ("5 millions de livres"), pence ("2,50
// livres"), a price word before the figure ("une amende de 200 livres",
// "coûte 3 livres") or a rate after it ("10 livres par semaine").
// Without it the figure stays a count, which an English "£" or "pounds"
// may still answer (poundsOrBooks).

// poundAmount: the "livres" at j+k after the figure ending before j is
// the currency.
func (p *parser) poundAmount(j, k int) bool {
	l := j + k
	if p.lang != French || p.word(l) != "livres" && p.word(l) != "livre" {
		return true
	}
	// the figure's first token: back over a spelled number or digits
	i := j - 1
	for i > 0 && (p.num(i-1) != nil || numberWord(p.word(i-1))) {
		i--
	}
	if p.word(l+1) == "sterling" || p.word(l+1) == "par" && periodUnit[p.word(l+2)] != "" && !p.bookVerbBefore(i) {
		return true // "10 livres par semaine" ("cinq livres par habitant" may be books; "vend environ 150 000 livres par an" are)
	}
	if w := p.word(l - 1); w == "de" || w == "d'" {
		e, ok := p.scaleOf(p.word(l - 2))
		// "5 millions de livres", not "une dizaine de livres", nor "a
		// vendu 1,35 million de livres" (books sold)
		return ok && e >= 6 && !p.bookVerbBefore(i) && !bookVerbs[p.word(l+1)] && !soldAfter[p.word(l+1)]
	}
	if nb := p.num(j - 1); nb != nil && nb.decimal {
		return true
	}
	if w := p.word(i - 1); priceVerbs[w] {
		return true
	}
	if (p.word(i-1) == "de" || p.word(i-1) == "d'") && priceNouns[p.word(i-2)] {
		return true
	}
	// "La facture annuelle d'un foyer type passera de 1 928 à 1 690
	// livres": a price noun is the subject of the figure's clause, within
	// 12 words; past an aside between commas, within 24 ("La facture
	// annuelle d'un ménage type, pour le gaz et l'électricité, passera
	// ainsi à 1 738 livres"), but not "prix", which names awards as often
	// ("Le prix Goncourt, ...")
	near := true
	for b := i - 1; b >= 0 && b >= i-24 && !endMark(p.sym(b)) && p.sym(b) != ";" && p.sym(b) != ":"; b-- {
		if p.sym(b) == "," || b < i-12 {
			near = false
		}
		if w := p.word(b); priceNouns[w] && (near || w != "prix") {
			return true
		}
	}
	return false
}

// bookVerbBefore: a verb of books stands before the figure at i, past
// the hedge that may end there: "a vendu plus de 4 millions de livres"
// ("vendu pour 5 millions de livres" is a price).
func (p *parser) bookVerbBefore(i int) bool {
	b := i - 1
	for k := max(0, i-4); k < i; k++ {
		if _, n := p.hedgeAt(k); n > 0 && k+n == i {
			b = k - 1
			break
		}
	}
	return bookVerbs[p.word(b)]
}

// bookVerbs count books right before the figure: "a vendu 2 millions
// de livres", "a écoulé", "a publié".
var bookVerbs = map[string]bool{"vendu": true, "vend": true, "vendent": true, "écoulé": true, "écoule": true,
	"publié": true, "imprimé": true, "distribué": true, "numérisé": true} // not "emprunté": countries borrow pounds

// soldAfter, right after "livres", count books: "436 millions de livres
// vendus", "livres numériques".
var soldAfter = map[string]bool{"vendus": true, "écoulés": true, "publiés": true, "imprimés": true, "numériques": true,
	"scolaires": true, "neufs": true, "d'occasion": true, "empruntés": true, "lus": true}

// priceVerbs and priceNouns say that the next figure is a price.
var priceVerbs = map[string]bool{"coûte": true, "coûtent": true, "coûtait": true, "coûté": true, "coûter": true,
	"payé": true, "payer": true, "paie": true, "vaut": true, "valait": true, "gagne": true, "gagnait": true,
	"rapporte": true, "rapporté": true, "versé": true, "verser": true, "facturé": true}

var priceNouns = map[string]bool{"amende": true, "prix": true, "coût": true, "salaire": true, "somme": true,
	"montant": true, "budget": true, "chèque": true, "facture": true, "dette": true, "prime": true,
	"loyer": true, "taxe": true, "impôt": true, "don": true, "prêt": true, "caution": true, "indemnité": true,
	"abonnement": true, "abonnements": true, "billet": true, "tarif": true, "tarifs": true, "cotisation": true, "redevance": true}

// poundsOrBooks: a French count of "livres" that an English amount in
// pounds answers: the English says which one it was.
func poundsOrBooks(s, t Mention) bool {
	return s.style == "livres" && t.Kind == Money && t.Unit == "GBP" && s.Value == t.Value
}

// weighedPounds: the French "livres" at j weigh what follows them,
// "239 millions de livres de sirop d'érable", "5 livres de homard".
func (p *parser) weighedPounds(j int) bool {
	if p.lang != French || p.word(j) != "livres" && p.word(j) != "livre" || p.word(j+1) != "de" && p.word(j+1) != "d'" {
		return false
	}
	return weighedGoods[p.word(j+2)]
}

// weighedGoods are what pounds weigh in Quebec and Canadian copy.
var weighedGoods = map[string]bool{"sirop": true, "farine": true, "beurre": true, "viande": true, "bœuf": true, "boeuf": true,
	"porc": true, "poulet": true, "poisson": true, "homard": true, "crabe": true, "crevettes": true, "café": true, "sucre": true,
	"fromage": true, "lait": true, "pommes": true, "tomates": true, "blé": true, "maïs": true, "grain": true, "grains": true,
	"céréales": true, "coton": true, "laine": true, "tabac": true, "cannabis": true, "marijuana": true, "cocaïne": true,
	"héroïne": true, "drogue": true, "déchets": true, "matériel": true, "matières": true, "plastique": true, "acier": true,
	"aluminium": true, "cuivre": true, "nourriture": true, "bleuets": true, "canneberges": true, "fraises": true, "patates": true}
