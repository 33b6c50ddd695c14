package figures

import (
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// A bullet may give a change as a fraction: "sales rose by about a
// quarter" for 2,0 to 2,5 millions (+25 %). The fraction must be the
// change the source gives or implies, to the precision its hedge allows
// (shareFits); "about a third" for it is a changed figure, not a loose
// rounding.

// commonFractions are the fractions news copy says in words; a hedged
// one stands for a share nearest to it among these.
var commonFractions = []float64{1.0 / 5, 1.0 / 4, 1.0 / 3, 2.0 / 5, 1.0 / 2, 3.0 / 5, 2.0 / 3, 3.0 / 4, 4.0 / 5}

// smallShares are the "one in N" a writer hedges toward below a fifth:
// 13 % is nearly one in seven, not "nearly one in six".
var smallShares = []float64{1.0 / 6, 1.0 / 7, 1.0 / 8, 1.0 / 9, 1.0 / 10}

// nearestFraction: no common fraction, nor one in six to ten, is closer
// to s than v by more than a point ("about a quarter" for 22 %, not
// "about a third" for 29 %).
func nearestFraction(s, v float64) bool {
	d := math.Abs(s - v)
	for _, fs := range [][]float64{commonFractions, smallShares} {
		for _, f := range fs {
			if math.Abs(s-f) < d-0.01 {
				return false // (16.5 % is about a sixth, not "about a fifth")
			}
		}
	}
	return true
}

// nearerBelow: s lies nearer a round fraction below it than v above it:
// 21.3 % is "over a fifth", not "nearly a quarter" ("nearly half" for
// 44 % stays: two in five is no round share a writer reaches for, nor
// one in six for "nearly a fifth" of 18 %).
func nearerBelow(s, v float64) bool {
	for _, f := range [...]float64{1.0 / 5, 1.0 / 4, 1.0 / 3, 1.0 / 2, 2.0 / 3, 3.0 / 4} {
		if f <= s && s-f < v-s-0.005 {
			return true
		}
	}
	return false
}

// otherCommonFraction: s is itself a common fraction other than v.
func otherCommonFraction(s, v float64) bool {
	return math.Abs(s-v) > 1e-9 && slices.ContainsFunc(commonFractions, func(f float64) bool { return math.Abs(f-s) <= 1e-9 })
}

// nothingBetween: no common fraction lies between s and v, so "nearly"
// v is the next fraction up from s.
func nothingBetween(s, v float64) bool {
	for _, fs := range [][]float64{commonFractions, smallShares} {
		for _, f := range fs {
			if f > s+1e-9 && f < v-1e-9 {
				return false
			}
		}
	}
	return true
}

// fractionOfChange judges a summary fraction told as a change ("rose by
// about a quarter", not "a quarter of voters") by the source's changes:
// a percent said with a rise or fall, a from-to range, a figure against
// the one it is compared with. It returns why it is derived, or else a
// source change it contradicts and what that change is, or neither.
func fractionOfChange(src []*atom, t Mention) (string, *atom, string) {
	if t.Kind != Fraction || t.ofWhat || t.style == "ratio" || t.style == "fixed" || !toldAsChange(t) {
		return "", nil, "" // ("won eight of twelve races" counts races out of races: no change; "mid-year dropout has fallen" tells when)
	}
	var wrong *atom
	var what string
	for _, s := range src {
		ch, why := changeOf(src, s)
		if ch == nil {
			continue
		}
		if d := changeSign(*s.m, ch); t.dir != 0 && d != 0 && d != int(t.dir) {
			continue // "halved" is no "more than half above"
		}
		if t.levelDir != 0 {
			// "shrank to a quarter" for "tombées de 600 000 à 150 000": the
			// level reached as a share of where it started: 100 plus the
			// change, in percent
			if left := new(big.Rat).Add(big.NewRat(100, 1), ch); left.Sign() > 0 && shareFits(left, t) {
				return why + ", leaving " + t.Raw + " of it", nil, ""
			}
		}
		if shareFits(ch.Abs(ch), t) {
			return why, nil, ""
		}
		if wrong == nil {
			f, _ := ch.Float64()
			wrong, what = s, why
			if !strings.HasPrefix(why, "a change of") {
				what += " (" + formatPercent(f) + ")"
			}
		}
	}
	return "", wrong, what
}

// changeSign: which way the change ch that s gives went, or 0: a
// percent of change says it by its verb, a from-to range by its ends.
func changeSign(s Mention, ch *big.Rat) int {
	if s.Kind == Percent {
		return int(s.dir)
	}
	return ch.Sign()
}

// formatPercent writes a change to one decimal: "25%", "31.7%".
func formatPercent(f float64) string {
	return strconv.FormatFloat(math.Round(math.Abs(f)*10)/10, 'f', -1, 64) + "%"
}

// toldAsChange: a rise or fall word is among the figure's words, or a
// comparative after it gave it a direction ("a third fewer than").
func toldAsChange(t Mention) bool {
	return t.dir != 0 || ctxDir(t) != 0
}

// changeOf is the change in percent that source figure s gives or ends:
// its own value for a percent of change, (to-from)/from for the high
// end of a from-to range or a level with a compared figure beside it.
func changeOf(src []*atom, s *atom) (*big.Rat, string) {
	m := *s.m
	switch {
	case m.Kind == Percent && (m.dir != 0 || m.Alt == "rise"):
		return m.Rat(), "a change of " + m.Raw
	case m.levelTo != "" && m.Kind != Percent && numeric(m) && ctxDir(m) != 0:
		// "ont reculé de 1,3 million de tonnes, à 3,9 millions": a fall
		// of 1.3 from 5.2, a quarter
		lv, av := (Mention{Value: m.levelTo}).Rat(), m.Rat()
		if lv == nil || av == nil {
			return nil, ""
		}
		ch := new(big.Rat).Mul(av, big.NewRat(int64(ctxDir(m)), 1))
		prior := new(big.Rat).Sub(lv, ch)
		if prior.Sign() <= 0 {
			return nil, ""
		}
		ch.Quo(ch, prior)
		return ch.Mul(ch, big.NewRat(100, 1)), "the change of " + m.Raw + " to its level"
	case m.rangeEnd == 4 || !m.prior && m.Kind != Percent && numeric(m):
		for _, b := range src {
			if b == s || class(b.m.Kind) != class(m.Kind) || b.m.Unit != m.Unit || b.m.Sentence != m.Sentence || b.m.Paragraph != m.Paragraph {
				continue
			}
			if m.rangeEnd == 4 && b.m.rangeEnd == 3 && b.m.Start == m.Start || m.rangeEnd == 0 && b.m.prior {
				bv, av := b.m.Rat(), m.Rat()
				if bv == nil || av == nil || bv.Sign() == 0 {
					return nil, ""
				}
				ch := new(big.Rat).Quo(new(big.Rat).Sub(av, bv), bv)
				return ch.Mul(ch, big.NewRat(100, 1)), "the change from " + b.m.Display() + " to " + m.Display()
			}
		}
	}
	return nil, ""
}
