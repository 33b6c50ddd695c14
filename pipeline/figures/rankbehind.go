package figures

import "strings"

// rankBesideRival explains a bullet's rank as the place next to a rank
// the source gives: "l'Allemagne reste le premier pays d'accueil, devant
// l'Espagne" makes Spain second, and "derrière la Suède" makes Sweden
// the one ahead. The bullet's sentence must name that rival; the rank
// it gives is the source's rank one further on (devant) or one back
// (derrière), and the rival is named as the one ranked, not as a rival,
// by its name: "hospital" is no "Hospices civils de Lyon".
func (r *check) rankBesideRival(src []*atom, t *atom) string {
	tv := rankOf(t.m)
	if t.m.Kind != Ordinal || tv < 1 {
		return ""
	}
	lo, hi := sentenceBounds(r.text, t.m.Start)
	told := sentenceWords(r.text[lo:hi])
	for _, s := range src {
		sv := rankOf(s.m)
		if s.m.Kind != Ordinal || sv < 1 || s.m.Paragraph >= len(r.source) || sv != tv-1 && sv != tv+1 {
			continue
		}
		para := r.source[s.m.Paragraph]
		sLo, sHi := sentenceBounds(para, s.m.Start)
		if s.m.End-sLo < 0 || s.m.End > sHi {
			continue
		}
		word := "devant" // a rank after its rival's: the rival stands one place behind
		if sv == tv+1 {
			word = "derrière"
		}
		rival := firstRival(para[s.m.End:sHi], word)
		if rival == "" {
			continue
		}
		for k, w := range told {
			if (sameName(stripAccents(rival), w) || translatedIn([]string{rival}, w)) && strings.Contains(r.text[lo:hi], upperFirst(w)) && !enRivalCue(told, k) && !listedRival(r.text[lo:hi], w) && !(k > 0 && (told[k-1] == "after" || told[k-1] == "by" && k > 1 && told[k-2] == "followed")) {
				// ("second behind Charleroi", "after Italy", "followed by Nice": the rival named as
				// one, the rank the subject's)
				return s.m.Raw + " " + word + " " + upperFirst(rival)
			}
		}
	}
	return ""
}

// firstRival is the name right after the first "devant" or "derrière"
// (word) of sent, lower-case, or "".
func firstRival(sent, word string) string {
	ws := strings.Fields(sent)
	for k, w := range ws {
		if w != word {
			continue
		}
		if rs := rivalsIn(strings.Join(ws[k:min(len(ws), k+3)], " ")); len(rs) > 0 {
			return rs[0]
		}
		return ""
	}
	return ""
}
