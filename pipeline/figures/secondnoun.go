package figures

// "a second plant", "une seconde école": after an article, "second"
// before a noun is the ordinal, not the unit of time ("a second behind",
// "une seconde plus tard", "for a second,"). The words that follow a
// second of time are few; a noun after it makes the ordinal.

// afterSecond are the words that follow "a second" or "une seconde" of
// time.
var afterSecond = map[string]bool{
	"later": true, "earlier": true, "ago": true, "before": true, "after": true, "behind": true, "ahead": true,
	"faster": true, "slower": true, "quicker": true, "longer": true, "shorter": true, "of": true, "or": true,
	"and": true, "per": true, "in": true, "to": true, "too": true, "left": true, "off": true, "away": true,
	"each": true, "more": true, "less": true, "than": true, "the": true, "from": true, "on": true, "at": true,
	"for": true, "by": true, "with": true, "when": true, "while": true, "that": true, "only": true, "is": true,
	"was": true, "would": true, "could": true, "can": true, "will": true, "clear": true, "short": true, "here": true, "there": true, "now": true, "again": true,
	"back": true, "late": true, "early": true, "apart": true, "slow": true, "fast": true, "it": true, "outside": true, "inside": true, "under": true, "over": true,
	"de": true, "d'": true, "du": true, "des": true, "plus": true, "moins": true, "et": true, "ou": true,
	"à": true, "au": true, "avant": true, "après": true, "pour": true, "par": true, "près": true, "sur": true,
	"en": true, "trop": true, "seulement": true, "environ": true, "tard": true, "derrière": true, "devant": true,
	"pendant": true, "durant": true, "qui": true, "que": true, "qu'": true, "ne": true, "n'": true, "ici": true, "là": true, "encore": true,
	// an article opens the next noun phrase: "améliorant de près d'une seconde une marque"
	"une": true, "un": true, "le": true, "la": true, "les": true, "l'": true, "son": true, "sa": true, "ses": true, "leur": true, "leurs": true,
	"ce": true, "cette": true, "ces": true,
}

// secondOfNoun: the word after "second" at i is a noun it numbers.
func (p *parser) secondOfNoun(i int) bool {
	nx := p.word(i + 1)
	if nx == "" || afterSecond[nx] || len(nx) < 3 {
		return false
	}
	return p.toks[i+1].start == p.toks[i].end+1 // no comma, dash or line between them
}
