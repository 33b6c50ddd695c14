package figures

// A change told as two levels with words between them: "est passée de
// 30 000 spectateurs en 2019 à 40 000", "grew from 30,000 spectators in
// 2019 to 40,000", "to 40,000 from 30,000". In French only a form of
// "passer" makes the "de" a level left (passingFrom): after a verb of
// change it gives the change itself ("a chuté de 4 100 en 2024, à 15
// 300"). The two levels are the ends
// of one change (changeEnd 3 and 4, as rangeEnd numbers the ends of "de
// 300 à 450"), so that neither is taken for a figure said of the other's
// words, and a summary that turns them round is caught.

// fromToLevels marks the levels left and reached of the changes of ms.
func (p *parser) fromToLevels(ms []Mention) {
	for k := 0; k+1 < len(ms); k++ {
		a := k
		b := k + 1
		if ms[b].Kind == Year && b+1 < len(ms) && ms[b].Sentence == ms[a].Sentence {
			b++ // "de 30 000 spectateurs en 2019 à 40 000": the year dates the first level
		}
		if ms[a].rangeEnd != 0 || ms[b].rangeEnd != 0 || ms[a].Kind == Range || ms[b].Kind == Range || ms[a].Sentence != ms[b].Sentence ||
			class(ms[a].Kind) != class(ms[b].Kind) || ms[a].Unit != ms[b].Unit || isYearish(ms[a]) || isYearish(ms[b]) {
			continue
		}
		i, j := p.tokenAfter(ms[a].Start), p.tokenAfter(ms[b].Start)
		if j-p.tokenAfter(ms[a].End) > 6 || p.tokenAfter(ms[a].End) > j {
			continue // a few words between: the first level's noun, its year
		}
		switch first, second := p.word(i-1), p.word(j-1); {
		case p.lang == French && (first == "de" || first == "d'") && second == "à" && p.passingFrom(i-1):
			ms[a].changeEnd, ms[b].changeEnd = 3, 4
		case p.lang == English && first == "from" && second == "to":
			ms[a].changeEnd, ms[b].changeEnd = 3, 4
		case p.lang == English && first == "to" && second == "from" && dirOf(p.word(i-2)) != 0:
			ms[a].changeEnd, ms[b].changeEnd = 4, 3 // "grew to 40,000 from 30,000"
		}
	}
}
