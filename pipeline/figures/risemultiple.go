package figures

import "math/big"

// riseMultiple explains a multiple as a rise the source gives in percent:
// "a bondi de 125 %" is "more than doubling", "+200 %" "tripled" (a
// factor of 1 + p/100). Only a percentage of a rise counts: its own
// rise word or one of its sentence's ("de 85 % en semaine et de 125 %
// le week-end").
func riseMultiple(src []*atom, t Mention) string {
	tv := t.Rat()
	if t.Kind != Multiplier || tv == nil {
		return ""
	}
	x, _ := tv.Float64()
	for _, a := range src {
		av := a.m.Rat()
		if a.m.Kind != Percent || av == nil || av.Cmp(big.NewRat(50, 1)) < 0 || !risen(src, a) {
			continue
		}
		f, _ := av.Float64()
		if multipleFits(1+f/100, x, lastDigitStep(t.Value), t.Comparator) {
			return "a rise of " + a.m.Raw
		}
	}
	return ""
}

// risen: a is told as a rise, or stands in a sentence that tells one.
func risen(src []*atom, a *atom) bool {
	for _, b := range src {
		if (b == a || sameSentence(a, b)) && (b.m.dir > 0 || b.m.Alt == "rise") {
			return true
		}
	}
	return false
}
