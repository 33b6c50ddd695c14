package figures

import (
	"slices"
	"strings"
)

// rankDropped reports a superlative a bullet tells without the rank the
// source gives it: "la deuxième valeur la plus élevée jamais mesurée"
// told "the highest ever measured", "le deuxième séisme le plus
// meurtrier" told "the deadliest". A summary may drop a figure, but not
// the rank that makes a superlative true. The bullet's sentence must
// hold a figure of the ranked sentence, so that it tells the same fact.
func (r *check) rankDropped(src []*atom, ts []*atom) {
	for _, t := range ts {
		s := t.pair
		if s == nil {
			continue
		}
		lo, hi := sentenceBounds(r.text, t.m.Start)
		sup := superlativeIn(r.text[lo:hi])
		if sup == "" {
			continue
		}
		for _, o := range src {
			if o.m.Kind != Ordinal || rankOf(o.m) < 2 || o.m.label || o.m.Paragraph != s.m.Paragraph || abs(o.m.Sentence-s.m.Sentence) > 1 || pairedIn(r.all, o) || o.m.Paragraph >= len(r.source) {
				continue
			}
			rest := r.source[o.m.Paragraph][min(o.m.End, len(r.source[o.m.Paragraph])):]
			if !(sameSentence(o, s) && frSuperlativeAfter(rest)) && !(sizeSuperlative(sup) && rankedBehind(rest)) {
				continue
			}
			r.add(o, nearestBefore(ts, t, lo+strings.Index(strings.ToLower(r.text[lo:hi]), sup)), verdict{true, "modified", Error, "N11",
				"the bullet says \"" + sup + "\", but the source ranks it " + o.m.Raw})
			return
		}
	}
}

// nearestBefore is the figure of ts in t's sentence that ends closest
// before at, the one the superlative there is told of; t if none.
func nearestBefore(ts []*atom, t *atom, at int) *atom {
	best := t
	for _, u := range ts {
		if u.m.Paragraph == t.m.Paragraph && u.m.Sentence == t.m.Sentence && u.m.End <= at && (best.m.End > at || u.m.End > best.m.End) {
			best = u
		}
	}
	return best
}

// frSuperlativeAfter: the French words right after a rank make it a
// superlative's, "valeur la plus élevée", "plus gros", "le moins cher".
func frSuperlativeAfter(rest string) bool {
	ws := strings.Fields(strings.ToLower(rest))
	for k := 0; k < len(ws) && k < 5; k++ {
		w := strings.Trim(ws[k], ",.;:()«»")
		if w != "plus" && w != "moins" || k+1 >= len(ws) {
			if strings.ContainsAny(ws[k], ",.;:") {
				return false
			}
			continue
		}
		switch nx := strings.Trim(ws[k+1], ",.;:"); nx {
		case "de", "d'", "que", "qu'", "du", "des":
			return false // "plus de 200": a bound, no superlative
		}
		// "deuxième plus gros", "deuxième valeur la plus élevée": the rank's
		// noun and its article only ("le 15e arrondissement reste le plus
		// peuplé" ranks by its verb, not by the number)
		article := k > 0 && (ws[k-1] == "le" || ws[k-1] == "la" || ws[k-1] == "les")
		return k == 0 || k == 2 && article || k == 4 && article && (ws[1] == "de" || ws[1] == "du" || ws[1] == "des") // "deuxième département de France le plus meurtrier"
	}
	return false
}

// superlativeIn is the first English superlative of sent with no rank
// before it, "the highest", "its deadliest", "the most visited", or "".
func superlativeIn(sent string) string {
	ws := strings.Fields(strings.ToLower(sent))
	for k := 1; k < len(ws); k++ {
		prev := ws[k-1]
		if prev != "the" && prev != "its" && prev != "their" && !strings.HasSuffix(prev, "'s") {
			continue
		}
		w := strings.Trim(ws[k], ",.;:()")
		if w == "most" && k+1 < len(ws) {
			return prev + " most " + strings.Trim(ws[k+1], ",.;:()")
		}
		if first, _, ok := strings.Cut(w, "-"); ok && (enOrdinals[first] != 0 || first != "" && first[0] >= '0' && first[0] <= '9') {
			continue // "second-highest", "3rd-largest": ranked
		}
		if superlativeWord(w) {
			return prev + " " + w
		}
	}
	return ""
}

// superlativeWord: an English word in -est that ranks, or "best",
// "worst" ("interest", "forest" rank nothing).
func superlativeWord(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "est") && !notSuperlative[w] || w == "best" || w == "worst"
}

// notSuperlative are English words in -est that rank nothing.
var notSuperlative = map[string]bool{"interest": true, "protest": true, "request": true, "forest": true, "contest": true,
	"harvest": true, "arrest": true, "latest": true, "conquest": true, "inquest": true, "manifest": true, "southwest": true,
	"northwest": true, "midwest": true, "honest": true, "modest": true, "suggest": true, "digest": true, "invest": true, "behest": true,
	"budapest": true, "earnest": true, "priest": true}

// rankedBehind: the French words after a rank, in its sentence, place it
// behind another ("au deuxième acteur européen du secteur, derrière le
// suisse Helvion"): a ranking by size, which the next sentence may give
// the figures of, and which "Europe's largest" drops.
func rankedBehind(rest string) bool {
	if i := strings.IndexAny(rest, ".;!?"); i >= 0 {
		rest = rest[:i]
	}
	ws := strings.Fields(strings.ToLower(rest))
	if len(ws) == 0 || !sizeRankNouns[strings.Trim(ws[0], ",")] {
		return false // "deuxième acteur", "troisième producteur": a rank by size
	}
	return slices.Contains(ws[:min(len(ws), 12)], "derrière")
}

// sizeRankNouns follow a French rank by size: "le deuxième acteur
// européen", "troisième producteur mondial".
var sizeRankNouns = map[string]bool{"acteur": true, "groupe": true, "producteur": true, "fabricant": true, "constructeur": true,
	"exportateur": true, "importateur": true, "employeur": true, "opérateur": true, "marché": true, "distributeur": true, "fournisseur": true}

// sizeSuperlative: the bullet's superlative ranks by size, "Europe's
// largest", "the biggest".
func sizeSuperlative(sup string) bool {
	return strings.HasSuffix(sup, " largest") || strings.HasSuffix(sup, " biggest")
}
