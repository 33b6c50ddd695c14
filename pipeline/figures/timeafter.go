package figures

import "math/big"

// timeAfterLength: a bullet's clock time that the source gives as a
// start and a length, "l'épreuve s'est ouverte à 8 h ... quatre heures
// pour plancher" briefed "from 8 am to noon": the start plus the length,
// said in the same paragraph, no more than a sentence apart.
func timeAfterLength(src []*atom, t Mention) (string, *atom, *atom) {
	end := clockSeconds(t)
	if t.Kind != Time || end < 0 {
		return "", nil, nil
	}
	for _, a := range src {
		start := clockSeconds(*a.m)
		if a.m.Kind != Time || start < 0 || start >= end {
			continue
		}
		for _, b := range src {
			d, family := duration(*b.m)
			if d == nil || family != "sec" || b.m.Paragraph != a.m.Paragraph || abs(b.m.Sentence-a.m.Sentence) > 1 || b.m.Comparator != CmpNone {
				continue
			}
			if new(big.Rat).Add(big.NewRat(int64(start), 1), d).Cmp(big.NewRat(int64(end), 1)) == 0 {
				return a.m.Raw + " plus " + rawAndHead(*b.m), a, b
			}
		}
	}
	return "", nil, nil
}
