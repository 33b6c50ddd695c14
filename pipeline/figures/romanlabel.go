package figures

// A Roman numeral after a labelling noun names the item as a digit
// would: "objectif I", "recommandations I et II", "titre III", "annexe
// IV" are written "Objective 1", "Recommendations 1 and 2" as often as
// "Title III" (N12). Read there as the cardinal label it stands for, so
// that either notation matches and a changed number stays an error.

// romanLabelNouns are the nouns of both languages that label a part or
// item with a Roman numeral.
var romanLabelNouns = map[string]bool{
	"objectif": true, "objectifs": true, "objective": true, "objectives": true,
	"recommandation": true, "recommandations": true, "recommendation": true, "recommendations": true,
	"titre": true, "titres": true, "title": true, "titles": true, "phase": true, "phases": true,
	"annexe": true, "annexes": true, "annex": true, "chapitre": true, "chapitres": true,
	"chapter": true, "chapters": true, "partie": true, "parties": true, "part": true, "parts": true,
	"volet": true, "pilier": true, "piliers": true, "pillar": true, "pillars": true, "tome": true,
	"volume": true, "catégorie": true, "catégories": true, "category": true, "categories": true,
	"protocole": true, "protocol": true, "rubrique": true, "rubriques": true, "heading": true,
	"headings": true, "section": true, "sections": true, "stade": true, "stage": true, "axe": true,
	"priorité": true, "priority": true, "type": true, "classe": true, "class": true, "groupe": true,
	"group": true, "zone": true, "niveau": true, "level": true, "amendement": true, "amendment": true,
	// the units of a plant: "la tranche II de la centrale" = "unit 2"
	"tranche": true, "tranches": true, "unité": true, "unités": true, "unit": true, "units": true,
	"réacteur": true, "réacteurs": true, "reactor": true, "reactors": true, "bloc": true, "block": true,
	"lot": true, "lots": true, "étape": true, "étapes": true, "acte": true, "act": true,
	// figures and tables of a report: "la figure 1" = "Figure I"
	"figure": true, "figures": true, "table": true, "tables": true, "tableau": true, "tableaux": true,
	"appendix": true, "appendice": true, "appendices": true,
	// the parts of a statute: "article I of its charter", "Schedule I" = "l'annexe 1"
	"article": true, "articles": true, "schedule": true, "schedules": true,
}

// romanAfterI may follow the numeral "I" after a lower-case label noun,
// where the pronoun would take a verb.
var romanAfterI = map[string]bool{"to": true, "of": true, "and": true, "or": true, "above": true, "below": true, "hereto": true, "in": true, "on": true, "for": true}

// listWords join a Roman label to the one before it: "I et II", "III to V".
var romanListWords = map[string]bool{"et": true, "and": true, "ou": true, "or": true, "à": true, "to": true}

// romanLabelAt reads an upper-case Roman numeral that labels the noun
// before it, or follows such a label in a list.
func (p *parser) romanLabelAt(i int) (*Mention, int) {
	t := p.toks[i]
	v, ok := roman(t.text)
	if ok && p.sym(i+1) == "." && p.glued(i+1) && p.glued(i+2) && len(p.toks[min(i+2, len(p.toks)-1)].text) == 1 && p.capital(i+2) {
		return ptr(p.ident(i, 3)), 3 // "l'annexe I.C", "annex II.C": a document's part, named
	}
	if !ok || !p.romanLabelled(i, 3) {
		return nil, 0
	}
	if w := p.word(i - 1); w == "article" || w == "articles" {
		// "l'article VII du Traité", "article VIII of the Treaty": which
		// article is a fact, as "l'article 7" is
		m := Mention{Kind: Identifier, Value: itoa(v)}
		if p.lang == French {
			m.style = "article"
		}
		return ptr(m), 1
	}
	// "la section I du rapport": a part of a document, compared when the
	// English names it; left out, a warning
	return &Mention{Kind: Cardinal, Value: itoa(v), style: "name", label: true}, 1
}

// romanLabelled: the Roman numeral at i follows a labelling noun, or a
// list word after another labelled numeral (depth bounds the list).
// The English "I" is the pronoun unless the noun is capitalised
// ("Objective I"; "the group I chair" is no label).
func (p *parser) romanLabelled(i, depth int) bool {
	if depth == 0 || p.word(i) == "" {
		return false
	}
	prev := p.word(i - 1)
	if romanLabelNouns[prev] {
		// ("annex I to the report", "in annex I."; "the annex I mentioned": the pronoun)
		return p.lang == French || p.toks[i].text != "I" || p.capital(i-1) || p.word(i+1) == "" || romanAfterI[p.word(i+1)]
	}
	if v, ok := roman(p.toks[i].text); ok && v >= 2 && prev != "" && p.capital(i-1) && !p.sentenceInitial(i-1) && !regnalName(prev) {
		return true // a programme's or a treaty's number: "Peace III" = "Peace 3"
	}
	if !romanListWords[prev] && p.sym(i-1) != "," {
		return false
	}
	if p.lang == English && p.toks[i].text == "I" && p.word(i+1) != "" {
		return false // "Objective II and I would add": the pronoun again
	}
	if _, ok := roman(p.tokText(i - 2)); !ok {
		return false
	}
	return p.romanLabelled(i-2, depth-1)
}

// tokText is the text of the token at i as written, or "".
func (p *parser) tokText(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.toks[i].text
}
