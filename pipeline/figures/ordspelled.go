package figures

import "strings"

// spelledOrdinal reads a rank spelled as its number and a suffix, when
// no table holds it: "soixante-dixième" (70), "quatre-vingtième" (80),
// "deux-centième", "sixtieth", "ninety-ninth", "millionth". The number
// words before the suffix are read as a spelled cardinal is.
func (p *parser) spelledOrdinal(w string, table map[string]int64) (int64, bool) {
	if last := w[strings.LastIndexByte(w, '-')+1:]; !p.rankSuffixed(last) && (table[last] == 0 || last == w) {
		return 0, false // (most words are no rank: spare the split)
	}
	parts := strings.Split(w, "-")
	last := parts[len(parts)-1]
	rank := int64(0)
	if card, ok := p.ordinalStem(last); ok {
		parts[len(parts)-1] = card // quatre-vingt-ième, deux-cent-ième
	} else if v, ok := table[last]; ok && len(parts) > 1 {
		rank, parts = v, parts[:len(parts)-1] // "ninety-ninth": 90 and the rank 9
	} else {
		return 0, false
	}
	for _, a := range parts {
		if _, ok := p.atomValue(a); !ok && a != "et" && a != "and" {
			return 0, false
		}
	}
	v, ok := p.combine(parts)
	if !ok || !v.IsInt() || !v.Num().IsInt64() {
		return 0, false
	}
	n := v.Num().Int64() + rank
	return n, n > 0 && (rank == 0 || n-rank >= 20 && rank < 20) // (soixante-quinzième: 60 and the rank 15)
}

// rankSuffixed: a word that may be a spelled rank no table holds.
func (p *parser) rankSuffixed(w string) bool {
	if p.lang == French {
		return strings.HasSuffix(w, "ième") || strings.HasSuffix(w, "ièmes")
	}
	return strings.HasSuffix(w, "ieth") || strings.HasSuffix(w, "dth") || strings.HasSuffix(w, "nth")
}

// ordinalStem is the number word a rank's last word is made from:
// "dixième" dix, "cinquième" cinq, "soixantième" soixante, "sixtieth"
// sixty, "hundredth" hundred.
func (p *parser) ordinalStem(last string) (string, bool) {
	if p.lang == French {
		stem, ok := strings.CutSuffix(last, "ième")
		if !ok || stem == "" {
			return "", false
		}
		switch stem {
		case "cinqu":
			return "cinq", true
		case "neuv":
			return "neuf", true
		}
		if _, ok := p.atomValue(stem + "e"); ok {
			return stem + "e", true // quatr-ième, soixant-ième, mill-ième
		}
		_, ok = p.atomValue(stem)
		return stem, ok
	}
	if stem, ok := strings.CutSuffix(last, "ieth"); ok {
		return stem + "y", stem != "" // sixtieth
	}
	stem, ok := strings.CutSuffix(last, "th")
	if !ok {
		return "", false
	}
	_, isScale := p.scaleOf(stem)
	return stem, isScale && stem != "" // hundredth, thousandth, millionth
}
