package figures

// The second decade of a list is a decade too: "les années cinquante et
// soixante", "les années 1980 et 1990", "the fifties and sixties", "the
// 80s and 90s" (N13). Without this the French "soixante" or "1990"
// reads as a count or a year, and the English "sixties" as nothing.

// decadeListWords join decades in a list.
var decadeListWords = map[string]bool{"et": true, "ou": true, "and": true, "or": true}

// decadeListAt reads a decade that follows another after "et", "and" or
// a comma, written without its "années" or "the".
func (p *parser) decadeListAt(i int) (DateValue, int) {
	if !p.afterDecade(i, 3) {
		return DateValue{}, 0
	}
	if p.sym(i+1) == "%" || p.words(i+1, "pour", "cent") || p.word(i+1) == "percent" || p.words(i+1, "per", "cent") ||
		p.unitAfter(i+1) && !p.decadeThenOf(i) {
		return DateValue{}, 0 // "dans les années 1990 et 40 % des ménages": a share, not a decade
	}
	if p.sym(i-1) == "," && !decadeListWords[p.word(i+1)] && p.sym(i+1) != "," {
		return DateValue{}, 0 // "dans les années 1980, 40 entreprises": a comma ends the clause
	}
	if p.lang == French {
		if nb := p.num(i); nb != nil {
			if y, ok := decadeYear(nb, p.toks, i); ok {
				return DateValue{Year: y, Decade: true}, 1
			}
		}
		if d, ok := frDecadeWords[p.word(i)]; ok {
			return DateValue{Year: 1900 + d, Decade: true}, 1
		}
		return DateValue{}, 0
	}
	if d, ok := enDecadeWords[p.word(i)]; ok {
		return DateValue{Year: 1900 + d, Decade: true}, 1
	}
	if nb := p.num(i); nb != nil && p.sym(i+1) == "'" && p.glued(i+1) && p.tokText(i+2) == "s" && p.glued(i+2) {
		if y, ok := decadeYear(nb, p.toks, i); ok {
			return DateValue{Year: y, Decade: true}, 3 // "the 70's and 80's"
		}
	}
	return DateValue{}, 0
}

// afterDecade: the token at i follows a list word or comma that follows
// the end of a decade; depth bounds the walk back along a list.
func (p *parser) afterDecade(i, depth int) bool {
	if depth == 0 || !decadeListWords[p.word(i-1)] && p.sym(i-1) != "," {
		return false
	}
	j := i - 2
	if p.lang == French {
		nb := p.num(j)
		if _, ok := frDecadeWords[p.word(j)]; !ok && (nb == nil || !isDecadeYear(nb, p.toks, j)) {
			return false
		}
		return p.word(j-1) == "années" || p.word(j-1) == "décennies" || p.afterDecade(j, depth-1)
	}
	if _, ok := enDecadeWords[p.word(j)]; ok {
		return p.word(j-1) == "the" || p.word(j-1) == "early" || p.word(j-1) == "late" || p.afterDecade(j, depth-1)
	}
	if p.word(j) == "s" && p.glued(j) && p.num(j-1) != nil {
		return isDecadeYear(p.num(j-1), p.toks, j-1) // "the 80s and 90s" has its own s
	}
	if p.word(j) == "s" && p.glued(j) && p.sym(j-1) == "'" && p.glued(j-1) && p.num(j-2) != nil {
		return isDecadeYear(p.num(j-2), p.toks, j-2) // "the 70's and 80's"
	}
	return false
}

func isDecadeYear(nb *number, toks []token, j int) bool {
	_, ok := decadeYear(nb, toks, j)
	return ok
}

// unitAfter: a unit, currency or "de" follows, so the number counts.
// decadeThenOf: a four-digit decade before "de" or "of" that is no
// count of anything: "dans les années 1990 et 2000 de réduire", "in the
// 1980s and 1990s of our history"; a round count of things takes a noun
// after "de" ("1990 et 2000 d'entre eux" is rare enough to leave).
func (p *parser) decadeThenOf(i int) bool {
	w := p.word(i + 1)
	if nb := p.num(i); nb == nil || nb.intLen != 4 || w != "de" && w != "d'" && w != "of" {
		return false
	}
	_, unit := unitWords[p.word(i+2)]
	return !unit && p.currencyAt(i+2) == ""
}

func (p *parser) unitAfter(j int) bool {
	w := p.word(j)
	_, unit := unitWords[w]
	return unit || w == "de" || w == "d'" || w == "of" || p.currencyAt(j) != ""
}
