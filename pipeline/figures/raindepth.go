package figures

// rainDepth: a litre per square metre is a millimetre of rain, so "120
// litres d'eau par mètre carré" is "120 mm of rain", the number kept.
func rainDepth(a, b Mention) bool {
	return a.Kind == Quantity && a.Unit == "l" && rateUnits[a.rateOf] == "m2" && b.Kind == Quantity && b.Unit == "mm" && b.rateOf == 0
}
