package figures

import "strings"

// levelOfOther: a bullet's change told with its level, "Revenue fell 14%
// to €31.5bn", where the source gives that change to another amount of
// the sentence ("31,5 milliards d'euros, et son résultat d'exploitation
// 1,6 milliard, en recul de 14 %"): the amount next to the source's
// change is not the bullet's level, and the bullet's level is another
// amount of that sentence. It returns the amount the source gives the
// change to, or nil.
func (r *check) levelOfOther(src []*atom, s, t *atom) *atom {
	lvl := r.figureAfter(t)
	if t.m.levelTo == "" || lvl == nil || lvl.m.Value != t.m.levelTo {
		return nil
	}
	var near, told *atom
	dist := 1 << 30
	apposed := s.m.Paragraph < len(r.source) && apposedChangeBefore(r.source[s.m.Paragraph], s.m.Start)
	for _, a := range src {
		if a == s || a.m.Paragraph != s.m.Paragraph || a.m.Sentence != s.m.Sentence || a.m.Kind != lvl.m.Kind || a.m.Unit != lvl.m.Unit ||
			isYearish(*a.m) || periodUnit[a.m.Head] != "" {
			continue // ("en baisse de 7 % sur un an": a length of time, no level)
		}
		if a.m.Value == lvl.m.Value {
			told = a
		}
		d := s.m.Start - a.m.End
		if a.m.Start > s.m.End {
			d = a.m.Start - s.m.End
			if apposed || a.m.ofPrev || s.m.Paragraph < len(r.source) && a.m.Start <= len(r.source[s.m.Paragraph]) && lastWord(r.source[s.m.Paragraph][:a.m.Start]) == "dont" {
				continue // "1,08 milliard d'euros, en hausse de 10 %, et l'Ebitda 287 millions": the change set after a level is that level's; "19,7 millions, soit une progression de 12 %, dont 6,2 millions": a part of the level, no level of the change
			}
		}
		if d >= 0 && d < dist {
			near, dist = a, d
		}
	}
	if told == nil && apposed && near != nil && near.m.End <= s.m.Start {
		told = r.otherSentenceGives(src, s, lvl) // "ventes de 3,2 milliards, en hausse de 4,5 %. Le bénéfice recule à 96 millions": "rose 4.5% to €96m" gives the change to the profit
	}
	if told != nil && near != nil && near.m.rangeEnd != 0 && near.m.Start == told.m.Start {
		// A change told of its own range, "passé de 66 % à 71 %, soit un
		// gain de cinq points", went to the range's last end: "to 71%" is
		// right, "to 66%" names where it started.
		if told.m.rangeEnd == 3 {
			return told
		}
		return nil
	}
	if told == nil || near == nil || near == told || near.m.prior {
		return nil // ("88,2 %, contre 91,5 % en 2023, soit une baisse de 3,3 points": the compared figure is the level before, the change goes to 88,2)
	}
	if percentFromTo(*s.m, *near.m, *told.m) {
		return nil // "3 euros dès janvier, contre 2 euros aujourd'hui, soit une hausse de 50 %": 2 to 3 is the 50%, whichever the source names first
	}
	return near
}

// otherSentenceGives: a figure of the value and unit of lvl in another
// sentence of s's paragraph, or nil.
func (r *check) otherSentenceGives(src []*atom, s, lvl *atom) *atom {
	for _, a := range src {
		if a.m.Paragraph == s.m.Paragraph && a.m.Sentence != s.m.Sentence && a.m.Kind == lvl.m.Kind && a.m.Unit == lvl.m.Unit && a.m.Value == lvl.m.Value {
			return a
		}
	}
	return nil
}

// percentFromTo: the percent change c takes from to to (derived.go's
// changeFits, the test of a change worked out from two figures).
func percentFromTo(c, from, to Mention) bool {
	cv, fv, tv := c.Rat(), from.Rat(), to.Rat()
	return c.Kind == Percent && cv != nil && fv != nil && tv != nil && fv.Sign() != 0 && changeFits(to, from, c, cv)
}

// apposedChangeBefore: the figure at start is the size of a change set
// after a comma, "..., en hausse de 10 %", "..., up 10%", which tells the
// change of the level before the comma.
func apposedChangeBefore(text string, start int) bool {
	if start > len(text) {
		return false
	}
	before := strings.ToLower(strings.TrimSpace(text[max(0, start-30):start]))
	if strings.HasSuffix(before, ", up") || strings.HasSuffix(before, ", down") {
		return true
	}
	k := strings.LastIndex(before, ", en ")
	if k < 0 {
		return false
	}
	change, de, ok := strings.Cut(before[k+len(", en "):], " ")
	return ok && changeNouns[change] && (de == "de" || de == "d'")
}
