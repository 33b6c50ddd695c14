package figures

import "strings"

// A change told with the level it led to, in French: "l'endettement a
// été réduit de 10 milliards, à 54,4 milliards", "en hausse de 3 %, à 4,5
// millions". A summary that gives the same change but another level
// ("cut by €10bn to €44.4bn") took the change off the level a second
// time: the level is no difference to derive, the source gives it.

// changesFrench marks the French change before "à" and its level.
func (p *parser) changesFrench(ms []Mention) {
	for k := 0; k+1 < len(ms); k++ {
		l := p.levelAfterWhen(ms, k, " en ")
		if ms[l-1].End > ms[l].Start {
			continue
		}
		if gap := p.text[ms[l-1].End:ms[l].Start]; gap != " à " && gap != ", à " {
			if b := pastDates(ms, k+1, 1); b < len(ms) && ms[k].End <= ms[b].Start && ms[k].Sentence == ms[b].Sentence && ms[k].Paragraph == ms[b].Paragraph && p.bringsTo(ms[k].End, ms[b].Start) {
				ms[k].levelTo = ms[b].Value // "créer 150 emplois, portant l'effectif du site à 1 100 salariés"; "ouvert 97 magasins en 2023, portant son réseau à 860"
			}
			continue
		}
		if w := p.word(p.tokenAfter(ms[k].Start) - 1); w == "de" || w == "d'" {
			ms[k].levelTo = ms[l].Value
		}
	}
}

// bringsTo: the text between two figures brings the first to the
// second, ", portant l'effectif du site à": a verb of carrying after the
// comma, "à" just before the level.
func (p *parser) bringsTo(from, to int) bool {
	gap := p.text[from:to]
	k := strings.Index(gap, ", port")
	if k < 0 || !strings.HasSuffix(gap, " à ") || strings.ContainsAny(gap[k+2:], ",;.!?") { // ("en hausse de 6,1 %, porté par l'inflation. Le résultat recule à": the next sentence's level)
		return false
	}
	verb, _, _ := strings.Cut(gap[k+2:], " ")
	return bringVerbs[verb]
}

// bringVerbs carry a count to its new level: "portant à 27", "porte"
// (runningCount reads them too).
var bringVerbs = map[string]bool{"portant": true, "porte": true, "portent": true, "porter": true, "portera": true, "porteront": true, "porté": true, "portée": true}

// levelAfterWhen is the index of the figure that may be the level after
// the change ms[k]: the next one, or the one after a month or a year told
// between them ("plunged 37% in August to 22,029", "ont plongé de 37 % en
// août, à 27 024").
func (p *parser) levelAfterWhen(ms []Mention, k int, in string) int {
	if k+2 < len(ms) && (ms[k+1].Kind == Date || ms[k+1].Kind == Year) && ms[k].End <= ms[k+1].Start && p.text[ms[k].End:ms[k+1].Start] == in {
		return k + 2
	}
	return k + 1
}

// otherLevel: t is the level a bullet gives after a change whose source
// twin leads to another level; it returns the source's level.
func (r *check) otherLevel(src []*atom, t *atom) *atom {
	if t.m.Comparator != CmpNone {
		return nil // "to just over €1bn": a rounding of the level, hedged
	}
	for _, u := range r.line {
		if u == t || u.m.levelTo != t.m.Value {
			continue
		}
		for _, s := range src {
			if s.m.levelTo == "" || s.m.levelTo == t.m.Value || !exact(*s.m, *u.m) {
				continue
			}
			for _, l := range src {
				if l.m.Value == s.m.levelTo && l.m.Start > s.m.Start && l.m.Paragraph == s.m.Paragraph {
					return l
				}
			}
		}
	}
	return nil
}
