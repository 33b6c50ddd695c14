package figures

import "strings"

// moneyScale marks a French number with a scale word and no currency
// that an amount word just before it makes a sum of money: "un
// investissement de 9 millions", "le chantier a coûté 9 millions". The
// English gives it the currency of the text ("a €9m investment"), which
// the check accepts when the source names or implies that currency.
func (p *parser) moneyScale(m *Mention) {
	if p.lang != French || class(m.Kind) != Cardinal || m.Unit != "" || m.Scale == "" && !wordScaled(*m) {
		return
	}
	j := p.tokenAfter(m.End)
	if w := p.word(j); (w == "de" || w == "d'") && p.word(j+1) != "" {
		// "9 millions de visiteurs" counts something; "42 milliards de
		// ventes" counts money
		m.moneyCtx = moneyNouns[p.word(j+1)] || salesNouns[p.word(j+1)]
		return
	}
	i := p.tokenAfter(m.Start)
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		if endMark(p.sym(k)) {
			return
		}
		if amountWords[p.word(k)] {
			m.moneyCtx = true
			return
		}
	}
}

// amountWords are nouns and verbs of sums of money.
var amountWords = map[string]bool{
	"investissement": true, "investissements": true, "budget": true, "coût": true, "enveloppe": true,
	"montant": true, "subvention": true, "subventions": true, "prêt": true, "dette": true, "déficit": true,
	"bénéfice": true, "bénéfices": true, "perte": true, "pertes": true, "amende": true, "facture": true,
	"rançon": true, "dotation": true, "financement": true, "levée": true, "valorisation": true,
	"recettes": true, "économies": true, "coûté": true, "coûte": true, "coûtera": true, "coûteront": true,
	"investi": true, "investit": true, "investira": true, "débloqué": true, "versé": true, "levé": true,
	"payé": true, "rapporté": true, "emprunt": true, "indemnisation": true, "indemnité": true,
	"dépensé": true, "dépense": true, "dépenses": true, "déboursé": true, "transfert": true, "contrat": true,
	"affaires": true, "salaire": true, "acheté": true, "racheté": true, "payer": true, "coûter": true,
	"aide": true, "aides": true, "plan": true, "prime": true, "chèque": true, "excédent": true,
}

// salesNouns are what a scaled sum may be "de" beside the moneyNouns of
// spending and earning: "42 milliards de ventes" after a turnover in
// euros. (Only with a scale and no currency: "2 millions de ventes" may
// also count what was sold, so they make no amount on their own.)
var salesNouns = map[string]bool{"ventes": true, "chiffre": true, "commandes": true, "exportations": true, "importations": true}

// wordScaled: a scale said in words with its number, "un milliard",
// "deux millions", which carries no Scale of its own.
func wordScaled(m Mention) bool {
	if !m.Word {
		return false
	}
	r := strings.ToLower(m.Raw)
	return strings.Contains(r, "million") || strings.Contains(r, "milliard")
}

// moneyAfter: a scaled number later in the sentence of a sum of money
// is one too, "fixé à 5 milliards, avant d'être amputé d'un milliard",
// "5 milliards d'euros, avant un coup de rabot d'un milliard".
func (p *parser) moneyAfter(out []Mention, m *Mention) {
	n := len(out)
	if p.lang != French || m.moneyCtx || n == 0 || class(m.Kind) != Cardinal || m.Unit != "" || m.Scale == "" && !wordScaled(*m) {
		return
	}
	prev := out[n-1]
	if !prev.moneyCtx && !(prev.Kind == Money && prev.Scale != "") || prev.End > m.Start || strings.ContainsAny(p.text[prev.End:m.Start], ".;:!?") {
		return
	}
	if w := p.word(p.tokenAfter(m.End)); w == "de" || w == "d'" {
		return // "un million de visiteurs" counts something
	}
	m.moneyCtx = true
}
