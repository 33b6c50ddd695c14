package figures

// Comparing units and currencies: a rate per another unit, a dollar
// that "$" may stand for, a franc said alone, metric prefixes, a loss
// written with a minus sign.

import (
	"math/big"
	"strings"
)

// densityClash: two counts or prices per a unit of measure, per different
// units: "503 habitants au kilomètre carré" is not 503 per square mile,
// "10 000 kilos de raisin par hectare" not 10,000 kg/acre,
// "58 euros le mégawattheure" not €58 per kilowatt-hour.
func densityClash(s, t Mention) bool {
	return (class(s.Kind) == Cardinal || s.Kind == Money || s.Kind == Quantity) && s.rateOf != 0 && t.rateOf != 0 && s.rateOf != t.rateOf
}

// lossSigned: b writes with a minus sign the figure a tells as a loss or
// a fall ("en a perdu 28 000", "−28,000").
func lossSigned(a, b Mention, av, bv *big.Rat) bool {
	return b.Signed && bv.Sign() < 0 && a.dir < 0 && av.Sign() > 0 && class(a.Kind) == class(b.Kind) && a.Unit == b.Unit &&
		new(big.Rat).Neg(bv).Cmp(av) == 0
}

// lenientUnit: the value is right but the unit or currency differs.
func lenientUnit(s, t Mention) verdict {
	switch {
	case s.Unit == fromEnd || t.Unit == fromEnd:
		// "avant-dernier" told "second": counted from the other end
		return verdict{true, "modified", Error, "N11", "a rank counted from the end is told as one from the top, or the reverse"}
	case sameCents(s, t):
		return verdict{ok: true}
	case poundsOrBooks(s, t):
		return verdict{ok: true} // "3 livres" = "£3"
	case carriedMatch(s, t):
		return verdict{true, "unit", Info, "N17", "the unit is carried over from earlier in the source sentence"}
	case (s.Kind == Approx && s.Vague || t.Kind == Approx && t.Vague) && s.Kind != Money && t.Kind != Money:
		collective := s.Kind == Approx && !s.Vague || t.Kind == Approx && !t.Vague
		return verdict{ok: s.Value == t.Value && !collective} // une dizaine is not dozens
	case s.Kind == Money && t.Kind == Money && t.Unit == "USD" && strings.Contains(t.Raw, "$") && !strings.Contains(t.Raw, "US$") && isDollar(s.Unit) && bareDollars(s.Raw):
		return verdict{ok: true} // "96 millions de dollars": "$96 million" names the dollar no less than the source
	case s.Kind == Money && t.Kind == Money && t.Unit == "USD" && strings.Contains(t.Raw, "$") && !strings.Contains(t.Raw, "US$") && isDollar(s.Unit):
		// "$" is any dollar; only another currency altogether is wrong.
		return verdict{true, "ambiguous", Warning, "N6", "\"$\" does not say which dollar; write the currency in full"}
	case s.Kind == Quantity && t.Kind == Quantity && (s.Unit == "°" && strings.HasPrefix(t.Unit, "°") || t.Unit == "°" && strings.HasPrefix(s.Unit, "°")):
		return verdict{ok: true}
	case class(s.Kind) == class(t.Kind) && (s.Unit == "" || t.Unit == "") && s.Kind != Money:
		return verdict{ok: true}
	case partOfSecond(s, t) || partOfSecond(t, s):
		return verdict{ok: true} // "amélioré d'un dixième": "took a tenth of a second off"
	case s.Kind == Money && t.Kind == Money && isFranc(s.Unit) && isFranc(t.Unit) && (s.Unit == "FRF" || t.Unit == "FRF"):
		return verdict{ok: true} // "francs" said alone: Swiss or CFA francs today
	case s.Unit == "pts" && class(t.Kind) == Cardinal && t.Unit == "" || t.Unit == "pts" && class(s.Kind) == Cardinal && s.Unit == "":
		return verdict{ok: true} // an index level with or without "points"
	case class(s.Kind) == Cardinal && s.Unit == "" && s.moneyCtx && t.Kind == Money:
		return verdict{true, "unit", Info, "N6", "an amount in the currency of its text"}
	case class(s.Kind) == Cardinal && s.Unit == "" && s.carried == "" && t.Kind == Quantity && s.Value == t.Value && !countedNoun(s.Head) && !pluralNounLike(s.Head):
		// "7 000 autres de voisins": "another 7,000 acres", the unit of an
		// earlier sentence; a count of a named thing stays an error
		return verdict{true, "unit", Warning, "N4", "the unit is not written next to the source figure"}
	case class(s.Kind) == Cardinal && (s.Unit == "" || s.Unit == "vague") && t.Kind == Money:
		return verdict{true, "unit", Warning, "N6", "the currency is not written next to the source figure"}
	case (s.Kind == Money || s.Kind == Quantity) && class(t.Kind) == Cardinal && t.Unit == "" && (countedNoun(t.Head) && !gapWords[t.Head] && !spanNouns[t.Head] || periodUnit[t.Head] != "" && s.Unit != "s"):
		return verdict{} // 1 200 hectares are not 1,200 firefighters; "4 km" are no "four days"
	case (s.Kind == Money || s.Kind == Quantity) && class(t.Kind) == Cardinal && t.Unit == "":
		return verdict{true, "unit", Warning, "N6", "the unit or currency is not written next to the figure"}
	}
	return verdict{}
}

// isDollar says whether a currency is one "$" can stand for.
func isDollar(unit string) bool {
	switch unit {
	case "USD", "CAD", "AUD", "NZD", "HKD", "SGD":
		return true
	}
	return false
}

func isFranc(u string) bool {
	return u == "FRF" || u == "CHF" || u == "XOF" || u == "XAF" || u == "XPF"
}

// sameMetric: two quantities of one metric unit family are equal.
func sameMetric(s, t Mention) bool {
	a, ba := inBase(s)
	b, bb := inBase(t)
	return a != nil && b != nil && ba == bb && s.Unit != t.Unit && a.Cmp(b) == 0
}

// partOfSecond: a tenth, hundredth or thousandth said alone on one side
// and of a second on the other, as sport tells a gap or a record.
func partOfSecond(f, q Mention) bool {
	if f.Kind != Fraction || f.Unit != "" || q.Kind != Quantity || q.Unit != "s" || f.Value != q.Value {
		return false
	}
	switch f.Value {
	case "0.1", "0.01", "0.001":
		return true
	}
	return false
}
