package figures

import (
	"math/big"
	"strings"
)

// remainingShare explains a percent the bullet calls the rest ("the
// remaining 39%", "leaving about 7% for rabbits", "the other 9%") as 100
// less the percents of the source that it completes: one percent of its
// paragraph ("61 % du total" leaves 39 %), or every percent of one source
// sentence ("les chats 58 %, les chiens 35 %" leave 7 %). Without such a
// word a complement is no derivation: "39%" for "61 %" is the classic slip.
func remainingShare(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.Kind != Percent || !restSaid(t) {
		return ""
	}
	fits := func(sum *big.Rat) bool {
		rest := new(big.Rat).Sub(big.NewRat(100, 1), sum)
		return restFits(t, rest, tv)
	}
	var percents []*atom
	for _, a := range src {
		if a.m.Kind == Percent && a.m.Rat() != nil && (!hedged(*a.m) || hedged(t)) {
			percents = append(percents, a)
		}
	}
	for _, a := range percents {
		if len(percents) <= maxComplemented && fits(a.m.Rat()) {
			return "100% less " + a.m.Raw
		}
	}
	// every percent of one sentence, sentences in their order (the report
	// must not depend on a map's)
	for _, terms := range sentenceRuns(percents) {
		if len(terms) < 2 || len(terms) > 4 {
			continue
		}
		sum, raws := new(big.Rat), make([]string, len(terms))
		for k, a := range terms {
			sum.Add(sum, a.m.Rat())
			raws[k] = a.m.Raw
		}
		if fits(sum) {
			return "100% less " + strings.Join(raws, ", ")
		}
	}
	return ""
}

// restFits: what is left of a whole, rest, is t's value tv, exactly or
// as t's hedge rounds it.
func restFits(t Mention, rest, tv *big.Rat) bool {
	return rest.Sign() > 0 && (rest.Cmp(tv) == 0 || hedgedRound(t, rest, tv))
}

// maxComplemented bounds the source percents one of which a rest may
// complete: among many, some percent completes any figure by chance.
const maxComplemented = 8

// restWords call a share what is left of a whole.
var restWords = map[string]bool{"remaining": true, "rest": true, "remainder": true, "other": true, "others": true,
	"leaving": true, "left": true, "lost": true, "losses": true} // ("a 78 % yield": "about 22% of water is lost")

// remainingAmount explains an amount or count the bullet calls the rest
// ("drought the remaining €1.2bn") as a source total less every figure of
// its kind and unit in one later sentence of its paragraph: "5,7
// milliards ... Les inondations représentent 2,1 milliards, la grêle 1,4
// milliard et les tempêtes 1 milliard. La sécheresse compte pour le
// reste." Without such a word a remainder is no derivation.
func remainingAmount(src []*atom, t Mention) string {
	tv := t.Rat()
	if tv == nil || t.Kind != Money && t.Kind != Quantity && class(t.Kind) != Cardinal || t.Kind == Percent ||
		!restSaid(t) {
		return ""
	}
	var same []*atom
	for _, a := range src {
		if class(a.m.Kind) == class(t.Kind) && a.m.Unit == t.Unit && a.m.Rat() != nil && !isYearish(*a.m) && (!hedged(*a.m) || hedged(t)) {
			same = append(same, a)
		}
	}
	for _, a := range src {
		// "17 États membres sur 27": a share written as its two counts
		if a.m.Kind == Fraction && len(a.m.Parts) == 2 && class(t.Kind) == Cardinal && t.Unit == "" {
			lo, hi := a.m.Parts[0].Rat(), a.m.Parts[1].Rat()
			if lo != nil && hi != nil {
				if rest := new(big.Rat).Sub(hi, lo); restFits(t, rest, tv) {
					return a.m.Parts[1].Raw + " less " + a.m.Parts[0].Raw
				}
			}
		}
	}
	for k, part := range same {
		// "seuls 17 États membres sur 27", "11 des 28 projets": the part
		// and its whole side by side, the rest between them
		if k+1 < len(same) && part.m.partOf && sameSentence(part, same[k+1]) && same[k+1].m.Start-part.m.End < 40 {
			rest := new(big.Rat).Sub(same[k+1].m.Rat(), part.m.Rat())
			if restFits(t, rest, tv) {
				return same[k+1].m.Raw + " less " + part.m.Raw
			}
		}
	}
	for _, total := range same {
		if total.m.prior {
			continue // "contre 6,5 milliards en 2023": last year's total
		}
		for _, parts := range sentenceRuns(same) {
			if len(parts) < 2 || len(parts) > 5 || parts[0].m.Paragraph != total.m.Paragraph || parts[0].m.Sentence <= total.m.Sentence {
				continue
			}
			rest, raws := total.m.Rat(), []string{}
			for _, a := range parts {
				rest.Sub(rest, a.m.Rat())
				raws = append(raws, a.m.Raw)
			}
			if restFits(t, rest, tv) && termsOneNoun(append([]*atom{total}, parts...), t) {
				// ("Une cinquantaine de chercheurs ... trois postes ... huit en
				// 2019": posts are no part of the researchers)
				return total.m.Raw + " less " + strings.Join(raws, ", ")
			}
		}
	}
	return restAfterShares(src, same, t, tv)
}

// restAfterShares: a whole shared out in a later sentence by a fraction
// and counts, "120 hypermarchés ... Intermarché récupère la moitié des
// magasins, Auchan en reprend 47 et Carrefour le reste": 13 is the rest.
func restAfterShares(src, same []*atom, t Mention, tv *big.Rat) string {
	if class(t.Kind) != Cardinal || t.Unit != "" {
		return ""
	}
	for _, total := range same {
		if total.m.prior {
			continue
		}
		for _, run := range sentenceRuns(src) {
			if run[0].m.Paragraph != total.m.Paragraph || run[0].m.Sentence <= total.m.Sentence {
				continue
			}
			rest, raws, shares, counts := total.m.Rat(), []string{}, 0, []*atom{total}
			for _, a := range run {
				v := a.m.Rat()
				switch {
				case v == nil || isYearish(*a.m) || a.m.Kind == Date:
				case a.m.Kind == Fraction && len(a.m.Parts) == 0 && v.Sign() > 0 && v.Cmp(big.NewRat(1, 1)) < 0:
					rest.Sub(rest, new(big.Rat).Mul(v, total.m.Rat()))
					raws, shares = append(raws, a.m.Raw), shares+1
				case class(a.m.Kind) == Cardinal && a.m.Unit == "" && !hedged(*a.m):
					rest.Sub(rest, v)
					raws, counts = append(raws, a.m.Raw), append(counts, a)
				}
			}
			if shares > 0 && len(counts) > 1 && restFits(t, rest, tv) && termsOneNoun(counts, t) {
				return total.m.Raw + " less " + strings.Join(raws, ", ")
			}
		}
	}
	return ""
}
