package figures

import (
	"math/big"
	"strings"
)

// spelled reads a spelled-out number at i (N7): vingt et un, vingt-et-un,
// quatre-vingt-dix, septante-cinq, two hundred and five. It returns the
// value and the number of tokens used; a lone un/une/one/a is an article.
func (p *parser) spelled(i int) (*big.Rat, int) {
	var atoms []string
	n := 0
	for j := i; j < len(p.toks); j++ {
		w := p.word(j)
		head, _, _ := strings.Cut(w, "-")
		if _, ok := p.atomValue(head); !ok && (head != "et" && head != "and" || j == i) {
			break // not a number word: spare the split
		}
		parts := strings.Split(w, "-")
		if len(parts) == 3 && parts[0] == parts[2] && mannerLinks[parts[1]] {
			break // one-on-one, one-to-one, two-by-two: a manner, not a count
		}
		if w == "one-off" || w == "one-offs" {
			break // "a one-off surtax": exceptional, no count
		}
		prefix := p.atomPrefix(parts)
		if w == "" || prefix == 0 || !p.atomJoin(atoms, parts, j) {
			break
		}
		if j > i && prefix < len(parts) && p.lang == English && len(atoms) > 0 && enUnits[atoms[len(atoms)-1]] >= 20 && enUnits[atoms[len(atoms)-1]]%10 == 0 {
			break // "around twenty four-litre bottles": after a tens word, a compound with its unit is a figure of its own ("a thousand-crown fine" is one)
		}
		atoms = append(atoms, parts[:prefix]...)
		n = j - i + 1
		if prefix < len(parts) {
			break // two-day, five-year: the number ends inside the word
		}
	}
	for n > 0 && (atoms[len(atoms)-1] == "et" || atoms[len(atoms)-1] == "and") {
		atoms, n = atoms[:len(atoms)-1], n-1
	}
	if n == 2 && len(atoms) == 2 && (atoms[0] == "un" || atoms[0] == "une") && (atoms[1] == "cent" || atoms[1] == "mille") {
		atoms, n = atoms[:1], 1 // "un cent" is the coin, "un mille" the mile: French writes "cent", "mille"
	}
	if n >= 2 && p.lang == French && atoms[len(atoms)-1] == "cents" && p.word(i+n-1) == "cents" && !p.hundredsBefore(i+n) && !(len(atoms) == 2 && frUnits[atoms[0]] < 10 && p.hundredsSpan(i+n-1)) && (p.dollarCents(i+n-1) || len(atoms) == 2 && (roundTens[atoms[0]] || p.words(i+n, "et", "demi"))) {
		atoms, n = atoms[:len(atoms)-1], n-1 // "pour chaque dollar ... neuf cents de subventions": nine cents, the coin
	}
	if n == 0 || !p.licensed(atoms, i+n) {
		return nil, 0
	}
	v, ok := p.combine(atoms)
	if !ok {
		return nil, 0
	}
	return v, n
}

// roundTens never multiply "cents": French says a thousand "mille" and
// two thousand "deux mille", never "dix cents" or "vingt cents", so a
// round ten before "cents" counts coins ("des réductions de dix cents":
// ten-cent cuts).
var roundTens = map[string]bool{"dix": true, "vingt": true, "trente": true, "quarante": true, "cinquante": true, "soixante": true}

// mannerLinks join a number word to itself in set phrases of manner.
var mannerLinks = map[string]bool{"on": true, "to": true, "by": true, "for": true, "à": true, "par": true}

// atomPrefix counts the leading hyphen parts that are number words.
func (p *parser) atomPrefix(parts []string) int {
	for k, a := range parts {
		if _, ok := p.atomValue(a); !ok && a != "et" && a != "and" || k > 0 && (a == "a" || a == "an") {
			return k // ("five-a-day": five, then how often; the article opens a number, never goes on with one)
		}
	}
	return len(parts)
}

// atomJoin stops "deux trois" lists and "et"/"and" that do not join a
// compound number.
func (p *parser) atomJoin(prev, parts []string, j int) bool {
	if len(prev) == 0 {
		return parts[0] != "et" && parts[0] != "and"
	}
	if parts[0] == "a" {
		return false // "a hundred a day": the article opens a number, never continues one
	}
	last := prev[len(prev)-1]
	if parts[0] == "et" {
		nx := strings.Split(p.word(j+1), "-")[0]
		return tens(last) && (nx == "un" || nx == "une" || nx == "onze")
	}
	if parts[0] == "and" {
		return last == "hundred" || last == "thousand"
	}
	_, lastScale := p.scaleOf(last)
	_, curScale := p.scaleOf(parts[0])
	lv, _ := p.atomValue(last)
	cv, _ := p.atomValue(parts[0])
	switch {
	case curScale, lastScale, last == "et", last == "and":
		return true
	case last == "quatre" && (parts[0] == "vingt" || parts[0] == "vingts"):
		return true
	case last == "vingt" && len(prev) >= 2 && prev[len(prev)-2] == "quatre" && cv >= 1 && cv < 20:
		return true // "quatre-vingt dix", the hyphen before "dix" lost: 90
	case lv >= 20 && lv%10 == 0 && cv < 10, lv == 60 && cv < 20, lv == 80 && cv < 20:
		return true
	case last == "dix" && (parts[0] == "sept" || parts[0] == "huit" || parts[0] == "neuf") && len(prev) == 1:
		return true // "dix sept mille", the hyphen lost: 17,000
	}
	return false
}

func tens(w string) bool {
	switch w {
	case "vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante", "nonante":
		return true
	}
	return false
}

func (p *parser) atomValue(a string) (int64, bool) {
	if p.lang == French {
		if v, ok := frUnits[a]; ok {
			return v, true
		}
		_, ok := frScale[a]
		return 0, ok
	}
	if v, ok := enUnits[a]; ok {
		return v, true
	}
	if a == "a" {
		return 1, true
	}
	_, ok := enScale[a]
	return 0, ok
}

func (p *parser) scaleOf(a string) (int, bool) {
	if p.lang == French {
		e, ok := frScale[a]
		return e, ok
	}
	e, ok := enScale[a]
	return e, ok
}

// licensed rejects articles and adjectives that look like numbers:
// "un", "une", "one", "a" alone, and "neuf" meaning new.
// oneCurrency: "d'un dollar", "un euro", "a dollar": one unit of money,
// not the currency named ("un euro fort", "the euro zone" are not).
func (p *parser) oneCurrency(next int) bool {
	w := p.word(next)
	if p.lang == English && (w == "penny" || w == "cent") {
		w = "dollar" // "a penny a pack", "one cent per litre": priced as a dollar is
	}
	if w != "dollar" && w != "euro" || p.word(next-2) == "pour" || p.word(next-2) == "par" || p.word(next-2) == "per" {
		return false // ("161 yens pour un dollar": a rate, "to the dollar")
	}
	after := p.word(next + 1)
	if p.lang == English {
		// "a dollar a litre", "one dollar per ticket": a price
		return after == "a" || after == "per" || after == "each" || after == "more" || after == "less" || p.word(next-1) == "one" || moneyDone[after] ||
			after == "or" || p.word(next-2) == "of" && amountNouns[p.word(next-3)] // "a dollar or two", "a difference of a dollar", as "d'un dollar"
	}
	// "augmenter d'un dollar", "un euro le litre", "un euro de plus":
	// an amount; "un dollar dévalué", "un dollar à la dette" name the
	// currency or leave it to its sentence
	return p.word(next-2) == "d'" || after == "le" || after == "la" || after == "l'" || after == "par" || p.words(next+1, "de", "plus") || p.words(next+1, "de", "moins") ||
		p.words(next+1, "pour", "chaque") // "un euro pour chaque travailleur"
}

// amountNouns take an amount after "of": "a fee of a dollar".
var amountNouns = map[string]bool{"difference": true, "increase": true, "rise": true, "raise": true, "cut": true, "drop": true,
	"fall": true, "fee": true, "charge": true, "premium": true, "tax": true, "reduction": true, "saving": true, "loss": true, "gain": true}

// moneyDone are what is done with an amount: "a euro lent is a euro
// donated", "every dollar invested".
var moneyDone = map[string]bool{"lent": true, "spent": true, "saved": true, "invested": true, "donated": true, "given": true,
	"borrowed": true, "earned": true, "paid": true, "raised": true}

// oneOrTwo: "un ou deux milliards", "une à deux semaines": the one of a
// list or range of counts, a number as its partner is.
func (p *parser) oneOrTwo(next int) bool {
	if w := p.word(next); w != "ou" && w != "à" {
		return false
	}
	v, ok := p.atomValue(p.word(next + 1))
	return ok && v >= 2 && v <= 10
}

// plusOne: "50 p. 100 plus un", "la moitié plus une voix": one more
// than a figure just said, as "50% plus 1" writes it.
func (p *parser) plusOne(next int) bool {
	if p.word(next-2) != "plus" {
		return false
	}
	before, after := next-3, p.word(next)
	// ("3 000 euros plus un bonus": an article before its noun)
	oneMore := after == "" || after == "voix" || after == "siège" || after == "des" || after == "de" || after == "d'"
	return oneMore && (p.num(before) != nil || p.sym(before) == "%" || p.word(before) == "moitié")
}

// oneGap: "un", "une" before "de plus" or "de moins" that a comparison
// follows, a gap of one: "soit une de plus qu'en 2022", "un de moins que
// l'an dernier" ("de plus en plus" is no gap).
func (p *parser) oneGap(next int) bool {
	if !p.words(next, "de", "plus") && !p.words(next, "de", "moins") {
		return false
	}
	w := p.word(next + 2)
	return w == "que" || w == "qu'" || w == "par" || w == "" && p.sym(next+2) != ""
}

// termAfter: the words at j make a length of time a sentence, "de
// prison", "d'emprisonnement", "ferme", "avec sursis".
func (p *parser) termAfter(j int) bool {
	return p.words(j, "de", "prison") || p.words(j, "d'", "emprisonnement") || p.words(j, "de", "réclusion") || p.words(j, "de", "détention") ||
		p.word(j) == "ferme" || p.words(j, "avec", "sursis")
}

// hundredGoesOn: a number word after "cent" carries the hundred on.
func (p *parser) hundredGoesOn(j int) bool {
	_, ok := p.atomValue(p.word(j))
	return ok
}

// oneOfCounted: the "un" before next is one of a whole counted right
// after it, "qu'un de ses sept derniers matches", "une des cinq
// lignes": one out of seven, a part. ("l'un des" is a set phrase.)
func (p *parser) oneOfCounted(next int) bool {
	if p.word(next-2) == "l'" || p.word(next) != "de" && p.word(next) != "des" && p.word(next) != "d'" {
		return false
	}
	k := next + 1
	if ownersOfWhole[p.word(k)] {
		k++
	}
	if p.num(k) != nil {
		return true
	}
	_, ok := p.atomValue(p.word(k))
	return ok && !oneWords[p.word(k)]
}

// ownersOfWhole stand between "un de" and the whole's count.
var ownersOfWhole = map[string]bool{"ses": true, "leurs": true, "nos": true, "vos": true, "mes": true, "ces": true, "les": true}

func (p *parser) licensed(atoms []string, next int) bool {
	first := atoms[0]
	if len(atoms) == 1 {
		switch first {
		case "un", "une":
			// "de un pour cent", "qu'un p. 100", "un euro cinquante", "une tonne d'hydrogène";
			// "plus d'un enfant", a bound on one, the English "more than one"
			return p.words(next, "pour", "cent") || p.word(next) == "p" && p.sym(next+1) == "." && p.tokText(next+2) == "100" || (p.word(next) == "cent" || p.word(next) == "mille") && !p.hundredGoesOn(next+1) || p.oneOrTwo(next) ||
				p.word(next) == "euro" && p.frCentsOf(next+1) || oneMeasure[p.word(next)] || p.oneCurrency(next) ||
				p.words(next, "point", "de", "pourcentage") || p.word(next-2) == "sauf" || p.plusOne(next) || // "d'un point de pourcentage"; "tous sauf un"
				p.word(next-2) == "d'" && (p.word(next-3) == "plus" || p.word(next-3) == "moins") && p.word(next-4) != "à" ||
				(p.words(next-3, "au", "plus") || p.words(next-3, "au", "moins") || p.word(next-2) == "dont") && periodUnit[p.word(next)] != "" || // "d'au plus un an"; "trois ans, dont un an avec sursis"
				p.word(next-2) == "dont" && (p.word(next) == "avec" || p.word(next) == "ferme" || p.word(next) == "") || // "deux ans de prison, dont un avec sursis": the term's noun left out
				periodUnit[p.word(next)] != "" && p.termAfter(next+1) || // "a requis un an d'emprisonnement avec sursis"
				p.oneOfCounted(next) || // "qu'un de ses sept derniers matches"
				p.oneGap(next) // "143 noyades, soit une de plus qu'en 2022"
		case "cent":
			// ("50 Cent", a rapper's name: a capital after a number)
			pw := p.word(next - 2)
			return pw != "pour" && pw != "chaque" && pw != "moindre" && pw != "dernier" && pw != "seul" && pw != "première" && pw != "dernière" && pw != "premier" && // "à partir de la première cent": the coin, as Canadian French says it
				!(p.capital(next-1) && p.num(next-2) != nil && !p.sentenceInitial(next-1)) // ("chaque cent gagné": every cent)
		case "cents":
			// after digits the plural is the coin ("que de 25 cents"): digits
			// never take a hundred's word ("depuis cents ans" is a slip for cent)
			return p.num(next-2) == nil
		case "a":
			return p.oneCurrency(next) || p.oneEnMeasure(next) // "a dollar a litre", "less than a millimetre"
		case "zéro", "zero":
			return false
		case "neuf":
			return p.neufLicensed(next)
		case "hundred", "thousand":
			pw := p.word(next - 2)
			if orderWords[pw] || pw == "past" {
				pw = p.word(next - 3) // "the last thousand years"
			}
			return pw == "the" && p.word(next) != "" || pw == "another" || pw == "per" || p.moneyCompound(next-1) // "the hundred years", "another hundred", "70¢ per hundred dollars"
		case "million", "milliard", "billion", "trillion":
			return p.scaleAlone(next) || p.moneyCompound(next-1)
		case "millions", "billions", "milliards":
			return false
		}
		return true
	}
	if first == "a" || first == "un" || first == "une" || first == "one" {
		_, ok := p.scaleOf(atoms[1])
		return ok
	}
	return true
}

// moneyCompound: the word at k joins its scale to a currency, "thousand-
// dollar increments", "billion-euro deals": a round sum of money.
func (p *parser) moneyCompound(k int) bool {
	return hyphenCurrency(p.word(k)) != "" && p.word(k-1) != "multi"
}

// hyphenCurrency is the currency a lower-case compound ends on after its
// last hyphen, "thousand-dollar", "a million-pounds": USD, GBP; "" if none.
func hyphenCurrency(w string) string {
	cut := strings.LastIndex(w, "-")
	if cut < 0 {
		return ""
	}
	return currencyWords[strings.TrimSuffix(w[cut+1:], "s")]
}

// compoundMoney: "thousand-dollar increments", "a million-dollar home",
// "billion-euro deals" say a sum of money in one word, as "mille dollars"
// and "un million de dollars" do.
func (p *parser) compoundMoney(m *Mention) {
	if p.lang != English || m.Kind != Cardinal || !m.Word {
		return
	}
	if c := hyphenCurrency(strings.ToLower(m.Raw)); c != "" {
		m.Kind, m.Unit, m.style = Money, c, ""
	}
}

// scaleAlone: "le milliard d'euros promis", "la barre du million", "the
// million mark", "the billion poorest people", "that billion dollars":
// a round figure named by its scale word alone, before next.
func (p *parser) scaleAlone(next int) bool {
	pw := p.word(next - 2)
	if orderWords[pw] {
		pw = p.word(next - 3) // "du prochain milliard de paysans", "the next billion farmers"
	}
	if p.lang == English {
		if p.word(next) == "plus" && p.num(next+1) == nil {
			return true // "a high million plus dollar judgement": more than a million
		}
		if p.currencyAt(next) != "" && p.num(next-2) == nil && !numberWord(pw) && !p.glued(next-1) {
			return true // "we spent that billion dollars", "her million dollar staff"
		}
		return pw == "the" && (markWords[p.word(next)] || p.word(next) != "" && !enLinkWords[p.word(next)])
	}
	if (pw == "chaque" || pw == "ce") && p.currencyAt(next+boolInt(p.word(next) == "de" || p.word(next) == "d'")) != "" {
		return true // "pour chaque milliard de dollars d'excédent"
	}
	if a := p.word(next - 3); (a == "le" || a == "du" || a == "au" || a == "ce") && pw != "" && !frFunction[pw] && !numberWord(pw) && p.currencyAt(next+boolInt(p.word(next) == "de" || p.word(next) == "d'")) != "" {
		return true // "non le maigre milliard de dollars": the one billion, an adjective between
	}
	return pw == "le" || pw == "du" || pw == "au"
}

// orderWords may stand between an article and a scale word it names
// alone, "le prochain milliard", "the next billion", or in French between
// a number and its scale word, "350 autres milliards", "les deux
// prochains milliards".
var orderWords = map[string]bool{"prochain": true, "premier": true, "dernier": true, "next": true, "first": true, "last": true,
	"autres": true, "nouveaux": true, "prochains": true, "derniers": true, "premiers": true}

// enLinkWords after "the million" make it no figure on its own: "the
// million of", "the million or so" are read by other rules or not at all.
var enLinkWords = map[string]bool{"of": true, "and": true, "or": true, "to": true, "is": true, "was": true}

// markWords name a round figure as a threshold: the million mark.
var markWords = map[string]bool{"mark": true, "barrier": true, "threshold": true, "milestone": true, "level": true}

// neufNumber: "neuf" at next-1 stands where a number stands, before
// what it counts (neuf personnes, neuf sur dix, neuf heures, neuf cents)
// or after a determiner (les neuf); "un hôpital neuf", "acheté neuf"
// make it the adjective new.
func (p *parser) neufNumber(next int) bool {
	if determiners[p.word(next-2)] {
		return true
	}
	if p.word(next-2) == "de" && p.word(next-3) == "nombre" {
		return true // "les chemins de vigne, au nombre de neuf": a count
	}
	if pw := p.word(next - 2); p.enPronounBefore(next-1) && pw != "un" && pw != "une" && pw != "du" && pw != "à" && pw != "de" {
		return true // "on en a aperçu neuf": "en" before its verb takes up what neuf counts ("on en a acheté un neuf" is new)
	}
	if pw := p.word(next - 2); (pw == "à" || pw == "et" || pw == "ou") && (p.num(next-3) != nil || numberWord(lastPart(p.word(next-3)))) {
		return true // "ramené de dix-huit à neuf", "huit ou neuf": the end of a span of numbers
	}
	if p.word(next-2) == "à" && (levelVerb(p.word(next-3)) || dirOf(p.word(next-3)) != 0) {
		return true // "porter à neuf le nombre des membres", "fixé à neuf", "tombent à neuf": a level set or reached ("remis à neuf" is new)
	}
	if nx, w := p.word(next), p.word(next+1); (nx == "et" || nx == "ou" || nx == "à" || p.sym(next) == ",") && (p.num(next+1) != nil || w != "un" && w != "une" && numberWord(lastPart(w))) {
		return true // "entre neuf et quinze membres", "neuf ou dix", "neuf, dix ou douze mois": the start of a span or list of numbers
	}
	if p.sym(next) == "," && p.word(next+1) == "contre" && (p.num(next+2) != nil || numberWord(lastPart(p.word(next+2)))) {
		return true // "plus que neuf, contre vingt-trois il y a dix ans": a count set against another
	}
	if pw := p.word(next - 3); p.word(next-2) == "de" && (pw == "plus" || pw == "moins") {
		return true // "plus de neuf cas sur dix": a bound takes a number ("plus de neuf" is never "newer")
	}
	if k := next + boolInt(p.word(next) != "sur"); p.word(k) == "sur" && (p.num(k+1) != nil || numberWord(lastPart(p.word(k+1)))) && !pluralNounLike(p.word(k+2)) &&
		!(frArticles[p.word(next-3)] && p.word(next-2) != "" && !numberWord(p.word(next-2))) {
		return true // "neuf cas sur dix", "neuf sur dix": a part of a whole ("un bâtiment neuf sur deux niveaux" is new)
	}
	if nx := p.word(next); nx == "d'" && p.word(next+1) == "entre" || nx == "d'entre" {
		return true // "le procès de neuf d'entre eux": nine of them
	}
	if nx := p.word(next); (nx == "de" && determiners[p.word(next+1)] || nx == "des") && (p.num(next+2) != nil || numberWord(p.word(next+2))) {
		return true // "neuf de ses douze matchs": a part of a count ("un hôpital neuf de 400 lits" is new)
	}
	if p.word(next-2) == "que" && p.restrictedBy(next-3) {
		return true // "ils ne sont plus que neuf": "ne ... que" restricts a count ("plus que neuf", better than new, has no "ne")
	}
	if p.word(next-2) == "de" && p.word(next) == "" && !newAfter[p.word(next-3)] && p.parallelDe(next-2) {
		return true // "devancent Vannes de six longueurs et Grenoble de neuf": the second gap of a list
	}
	if next < len(p.toks) && p.toks[next].kind != tWord {
		return p.sym(next) == "%" || p.num(next) != nil
	}
	nx := p.word(next)
	if nx == "" {
		return false
	}
	if nx == "sur" {
		return p.num(next+1) != nil || numberWord(p.word(next+1)) // "neuf sur dix"; "repartir à neuf sur de nouvelles bases" is new
	}
	if numberWord(nx) && p.word(next-2) == "du" {
		return false // "en faire du neuf deux ans plus tard": something new, then the count
	}
	if numberWord(nx) || nx == "h" || durations[nx] || periodUnit[nx] != "" || unitWords[nx] != "" || currencyWords[nx] != "" ||
		nx == "pour" && p.word(next+1) == "cent" || nx == "fois" {
		return true // ("près de neuf pour cent des voix")
	}
	return len(nx) > 3 && (strings.HasSuffix(nx, "s") || strings.HasSuffix(nx, "x")) && !frFunction[nx] && !ctxStop[nx] && !notPlural[nx]
}

// restrictedBy: a "ne" (or "n'") opens the clause within a few words
// before i, the first half of "ne ... que".
func (p *parser) restrictedBy(i int) bool {
	for j := i; j >= 0 && j > i-5; j-- {
		if w := p.word(j); w == "ne" || w == "n'" {
			return true
		}
		if p.toks[j].kind != tWord {
			return false
		}
	}
	return false
}

// newAfter take "de neuf" as something new: "rien de neuf", "quoi de
// neuf", "quelque chose de neuf".
var newAfter = map[string]bool{"rien": true, "quoi": true, "chose": true}

// parallelDe: a "de" and a number come before the "de" at i in its
// sentence, so a bare word after i that may be a number is the next
// term of their list ("de six longueurs et Grenoble de neuf").
func (p *parser) parallelDe(i int) bool {
	for k := i - 1; k > 0 && k >= i-12; k-- {
		if s := p.sym(k); s == "." || s == ";" || s == "!" || s == "?" {
			return false
		}
		if p.word(k-1) == "de" && (p.num(k) != nil || numberWord(lastPart(p.word(k)))) {
			return true
		}
	}
	return false
}

// lastPart is the last of a hyphenated word's parts: "dix-huit" ends in "huit".
func lastPart(w string) string {
	return w[strings.LastIndex(w, "-")+1:]
}

// notPlural are French words ending in s or x that are not plural nouns.
var notPlural = map[string]bool{"dans": true, "sous": true, "sans": true, "vers": true, "mais": true, "puis": true,
	"alors": true, "depuis": true, "jamais": true, "très": true, "aussi": true, "pas": true, "moins": true,
	"toujours": true, "après": true, "avais": true, "avait": true, "était": true, "mieux": true, "deux": true,
	"trois": true, "dès": true, "lors": true, "parmi": true, "hors": true, "près": true, "tous": true}

// combine evaluates number words: units add, cent multiplies the group,
// mille and larger close a group (N7).
func (p *parser) combine(atoms []string) (*big.Rat, bool) {
	total, cur := new(big.Int), int64(0)
	last, lastExp := new(big.Int), 0 // the group a scale word just closed
	for k, a := range atoms {
		if a == "et" || a == "and" {
			continue
		}
		if e, ok := p.scaleOf(a); ok {
			if cur == 0 && lastExp > 2 && lastExp <= e {
				// "mille milliards" is a trillion, "a thousand million" a
				// billion, "a billion billion" 10^18
				total.Sub(total, last)
				last.Mul(last, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(e)), nil))
				total.Add(total, last)
				lastExp = e
				continue
			}
			if cur == 0 {
				cur = 1
			}
			if e == 2 {
				cur *= 100
				continue
			}
			g := new(big.Int).Mul(big.NewInt(cur), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(e)), nil))
			total.Add(total, g)
			last.Set(g)
			cur, lastExp = 0, e
			continue
		}
		lastExp = 0
		v, _ := p.atomValue(a)
		if (a == "vingt" || a == "vingts") && k > 0 && atoms[k-1] == "quatre" {
			cur += 80 - 4
			continue
		}
		cur += v
	}
	total.Add(total, big.NewInt(cur))
	return new(big.Rat).SetInt(total), true
}

// oneMeasure are the units "un" or "une" may count one of: "une tonne
// d'hydrogène par jour" is 1 t.
var oneMeasure = map[string]bool{"tonne": true, "kilo": true, "kilogramme": true, "litre": true, "mètre": true,
	"kilomètre": true, "hectare": true, "mégawatt": true, "gigawatt": true}

// enOneMeasures are the units "a" may count one of, as a bound's or a
// size's: "less than a millimetre long", "a metre-wide fireball" (oneSize).
var enOneMeasures = map[string]bool{"metre": true, "meter": true, "millimetre": true, "millimeter": true,
	"centimetre": true, "centimeter": true, "kilometre": true, "kilometer": true, "micrometre": true,
	"kilogram": true, "kilogramme": true, "tonne": true, "hectare": true, "degree": true, "second": true} // (not "almost a litre": a price per litre, its dollar lost)

// oneEnMeasure: "a" before a unit at next is one of it after a hedge.
func (p *parser) oneEnMeasure(next int) bool {
	if !enOneMeasures[p.word(next)] {
		return false
	}
	switch p.word(next - 2) {
	case "than", "about", "nearly", "almost", "roughly", "around", "under", "over":
		return true
	}
	return false
}

// oneSize reads "a metre-wide", "one kilometre-long": one unit told as
// a size's adjective, as "un bolide de 1 mètre" is.
func (p *parser) oneSize(i int) (*Mention, int) {
	if w := p.word(i); w != "a" && w != "one" {
		return nil, 0
	}
	if !sizeWord(p.word(i + 1)) {
		return nil, 0
	}
	unit, _, _ := strings.Cut(p.word(i+1), "-")
	return &Mention{Kind: Quantity, Value: "1", Unit: unitWords[unit], Word: true}, 2
}

// sizeWord: a unit joined to a size's adjective, "metre-wide".
func sizeWord(w string) bool {
	unit, dim, ok := strings.Cut(w, "-")
	if !ok || !enOneMeasures[unit] {
		return false
	}
	switch dim {
	case "wide", "long", "high", "deep", "tall", "thick":
		return true
	}
	return false
}

// neufLicensed: "neuf" is nine, not new. "refait à neuf", "du neuf",
// "tout neuf", "rien de neuf" say new; "à neuf voix près" counts votes.
// Elsewhere an unclear "neuf" is kept, soft (amountAt).
func (p *parser) neufLicensed(next int) bool {
	if p.sym(next-2) == "«" || p.sym(next) == "»" || p.sym(next) == "«" {
		return true // "de « neuf » en « dix »": the number, quoted; "neuf « clusters IA »": the noun it counts, quoted
	}
	if p.sym(next-2) == "(" && p.sym(next) == ")" {
		return true // "derrière Mia Brunner (neuf)": a count in brackets, set beside whose it is
	}
	switch p.word(next - 2) {
	case "tout", "flambant", "à", "du", "de", "comme":
		return p.neufNumber(next)
	case "sur":
		return true // "une Canadienne sur neuf": one in nine
	}
	if pw := p.word(next - 2); strings.HasSuffix(pw, "é") || strings.HasSuffix(pw, "ée") || strings.HasSuffix(pw, "és") || strings.HasSuffix(pw, "ées") {
		return p.neufNumber(next) // "acheté neuf", "livrée neuf": a participle, then new
	}
	if nx := p.word(next); nx == "" || nx == "et" || nx == "ou" {
		return p.neufNumber(next) // "un appareil neuf.", "neuf et propre"
	}
	if frArticles[p.word(next-3)] && p.word(next-2) != "" && !numberWord(p.word(next-2)) {
		return p.neufNumber(next) // "jeter un regard neuf sur la vie": new, after its noun
	}
	return true
}

// frArticles are the French singular determiners that open a noun
// phrase: the noun "neuf" may follow as its adjective ("un appareil
// neuf"), the one "sous" governs ("sous le par").
var frArticles = map[string]bool{"un": true, "une": true, "le": true, "la": true, "l'": true, "ce": true, "cet": true, "cette": true,
	"son": true, "sa": true, "leur": true, "notre": true, "votre": true, "mon": true, "ma": true}

// levelVerb: a French verb that sets a count to a level, "porter à",
// "ramener à", "fixer à", "élever à", in any form.
func levelVerb(w string) bool {
	for _, stem := range [...]string{"port", "ramen", "ramèn", "fix", "élev", "élèv", "abaiss", "relev", "relèv", "augment", "limit", "plafonn"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}
