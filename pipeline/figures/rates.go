package figures

import "sort"

// Rates per unit of measure (N17): "0,45 euro par kilomètre" may be
// written "0.45 euros per kilometre (about €0.72 per mile)". The bracket
// keeps the currency and changes the unit the amount is counted per, so
// it is a conversion only when the rate converts: 0.45 €/km is 0.724
// €/mile, not €0.28 nor €0.45.

// rateUnits are the units of measure by a one-byte code, 0 for none, so
// that a Mention carries its rate's unit in a byte of padding rather than
// in one more string; rateCodes is the reverse.
var rateUnits, rateCodes = unitCodes()

// unitCodes numbers, in sorted order, the units of the lexicon, those
// conversions know, and the areas and volumes poweredUnit makes; a unit
// without a code is read as no rate.
func unitCodes() ([]string, map[string]uint8) {
	codes := map[string]uint8{}
	names := []string{""}
	add := func(u string) {
		if _, ok := codes[u]; !ok && u != "" {
			codes[u] = 0
			names = append(names, u)
		}
	}
	for _, u := range unitWords {
		add(u)
	}
	for pair := range conversions {
		add(pair[0])
		add(pair[1])
	}
	for _, u := range []string{"km", "m", "mi", "ft"} {
		add(poweredUnit(u, "2"))
		add(poweredUnit(u, "3"))
	}
	sort.Strings(names[1:])
	for k, u := range names[1:] {
		codes[u] = uint8(k + 1)
	}
	return names, codes
}

// extraWords come between "per" and its unit: "per additional pound",
// "per extra kilo".
var extraWords = map[string]bool{"additional": true, "extra": true, "further": true, "supplementary": true}

// rateUnit reads the unit of measure an amount or a quantity is counted
// per: "par kilomètre", "per mile", "a litre", "€/kg"; 0 when none
// follows. A period ("par mois") is perPeriod's.
func (p *parser) rateUnit(m Mention) uint8 {
	j := p.tokenAfter(m.End)
	if w := p.word(j); m.Kind == Quantity && (w == "de" || w == "d'") && (p.word(j+2) == "par" || p.word(j+2) == "per") {
		j += 2 // "10 000 kilos de raisin par hectare"
	}
	if class(m.Kind) == Cardinal {
		switch p.word(j) {
		case "":
			return 0
		case "par", "au", "per", "a", "an":
		default:
			j++ // "503 habitants au kilomètre carré", "503 people per square mile": a density
		}
	}
	switch w := p.word(j); {
	case p.lang == French && (w == "par" || w == "au" && class(m.Kind) == Cardinal), p.lang == English && (w == "per" || w == "a" || w == "an"), p.sym(j) == "/":
		if extraWords[p.word(j+1)] {
			j++ // "€10 per additional pound"
		}
		if n := p.word(j + 1); p.lang == English && (n == "pound" || n == "lb") {
			return rateCodes["lb"] // a price per pound is per weight, not in sterling
		}
		u, _ := p.baseUnitAt(j + 1)
		return rateCodes[u]
	case p.lang == French && m.Kind == Money && (w == "le" || w == "la" || w == "l'"):
		u, _ := p.baseUnitAt(j + 1) // "58 euros le mégawattheure", "3 euros le kilo"
		return rateCodes[u]
	}
	if p.lang == French && (m.Kind == Money || m.Kind == Range && len(m.Parts) == 2 && m.Parts[1].Kind == Money) {
		return p.unitPriced(m) // "le kilo de cerises s'échangeait entre 9 et 12 euros"
	}
	return 0
}

// unitPriced: the French sentence opens its clause on the unit its price
// is for, "le kilo de cerises s'échangeait entre 9 et 12 euros", "la tonne
// de CO2 coûte 80 euros": the code of that unit, or 0.
func (p *parser) unitPriced(m Mention) uint8 {
	for j := p.tokenAfter(m.Start) - 1; j > 0; j-- {
		if p.num(j) != nil || p.sym(j) == "," || endMark(p.sym(j-1)) {
			return 0
		}
		if w := p.word(j - 1); w == "le" || w == "la" || w == "l'" {
			if u, k := p.baseUnitAt(j); k == 1 && (p.word(j+1) == "de" || p.word(j+1) == "d'") {
				return rateCodes[u]
			}
		}
	}
	return 0
}

// rateConverts: t is o's rate counted per another unit, in the same
// currency or unit, within the rounding t is written with: x per km is
// x times 1.609 per mile.
func rateConverts(o, t Mention) bool {
	if o.rateOf == 0 || t.rateOf == 0 || o.rateOf == t.rateOf || o.Unit != t.Unit {
		return false
	}
	a, b := o.Rat(), t.Rat()
	if a == nil || b == nil {
		return false
	}
	per, ok := converted(1, rateUnits[t.rateOf], rateUnits[o.rateOf])
	x, _ := a.Float64()
	y, _ := b.Float64()
	return ok && closeTo(x*per, y, t.Value)
}

// rateKept: t says o's number per another unit of the same dimension, so
// the unit changed and the number did not: "€0.45 per km (€0.45 per
// mile)".
func rateKept(o, t Mention) bool {
	if o.rateOf == 0 || t.rateOf == 0 || o.rateOf == t.rateOf || o.Unit != t.Unit || o.Value != t.Value {
		return false
	}
	_, ok := converted(1, rateUnits[t.rateOf], rateUnits[o.rateOf])
	return ok
}
