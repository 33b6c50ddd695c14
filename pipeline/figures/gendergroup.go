package figures

import "strings"

// A figure told of men in the source and of women in the English (or
// boys and girls) has changed whom it counts (M4): "Les hommes
// représentaient 71 % des arrivants" is no "Women made up 71%". Only
// a side that names one group and not the other is read.

var maleWords = map[string]bool{"hommes": true, "homme": true, "masculin": true, "masculins": true, "masculine": true,
	"garçons": true, "garçon": true, "men": true, "man": true, "male": true, "males": true, "boys": true, "boy": true, "men's": true}

var femaleWords = map[string]bool{"femmes": true, "femme": true, "féminin": true, "féminins": true, "féminine": true, "féminines": true,
	"filles": true, "fille": true, "women": true, "woman": true, "female": true, "females": true, "girls": true, "girl": true, "women's": true}

// sexNear reads the words around a figure (tokens i0 to i1), past "et"
// and "and" ("28 hommes et femmes" names both) but not past the end
// of its sentence: +1 men or boys only, -1 women or girls only, else 0.
func (p *parser) sexNear(i0, i1 int) int8 {
	male, female := false, false
	see := func(j int) bool {
		if p.toks[j].kind == tSym && endMark(p.sym(j)) || p.toks[j].kind == tNum {
			return false
		}
		w := p.word(j)
		if (w == "et" || w == "and" || w == "ou" || w == "or") && (nounOpeners[p.word(j+1)] || p.num(j+1) != nil || p.word(j+1) != "" && (p.num(j+2) != nil || p.word(j+2) != "" && p.num(j+3) != nil)) {
			// "un quinquagénaire et une femme de 28 ans": the woman is the next
			// figure's, as the men of "at 28 and men at 29" ("28 hommes et
			// femmes" are all of them)
			return false
		}
		male = male || maleWords[w]
		female = female || femaleWords[w]
		return true
	}
	if p.lang == French && strings.HasSuffix(p.word(i0), "génaire") {
		male, female = p.word(i0-1) == "un", p.word(i0-1) == "une" // "un sexagénaire": a man in his sixties
	}
	for j := i1; j < len(p.toks) && j < i1+6 && see(j); j++ {
	}
	for j := i0 - 1; j >= 0 && j >= i0-4 && see(j); j-- {
	}
	switch {
	case male && !female:
		return 1
	case female && !male:
		return -1
	}
	return 0
}

// groupCheck reports figures whose English words name the other sex
// than the source's.
func (r *check) groupCheck(ts []*atom) {
	for _, t := range ts {
		s := t.pair
		if s == nil || !numeric(*t.m) || t.m.Alt == "every" {
			continue // ("chaque année", "each year": how often, said of no one)
		}
		if gs, gt := s.m.sex, t.m.sex; gs != 0 && gt != 0 && gs != gt {
			r.add(s, t, verdict{true, "attribution", Error, "M4", "the source says this figure of " + sexNames[gs] + ", the English of " + sexNames[gt]})
		}
	}
}

var sexNames = map[int8]string{1: "men or boys", -1: "women or girls"}

// nounOpeners open another noun phrase after "et", "and".
var nounOpeners = map[string]bool{"un": true, "une": true, "des": true, "le": true, "la": true, "les": true, "l'": true,
	"son": true, "sa": true, "ses": true, "a": true, "an": true, "the": true, "his": true, "her": true, "their": true}

// sexOfPeople: a counts men or women (hommes, filles) and t, a bare
// count of a noun of people that is no length of time, may count them
// with the other sex: "Six hommes et trois femmes" are "nine defendants".
func sexOfPeople(a, t Mention) bool {
	return (maleWords[a.Head] || femaleWords[a.Head]) && class(t.Kind) == Cardinal && t.Unit == "" && periodUnit[t.Head] == "" && pluralNounLike(t.Head)
}

// bothSexes: a and b count the men and the women of one sentence, which
// add up to its people.
func bothSexes(a, b, t Mention) bool {
	return sexOfPeople(a, t) && sexOfPeople(b, t) && maleWords[a.Head] != maleWords[b.Head] && a.Paragraph == b.Paragraph && a.Sentence == b.Sentence
}
