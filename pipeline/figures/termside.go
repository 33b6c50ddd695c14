package figures

import "slices"

// termSideSwapped: the part "dont" gives of a prison term told on the
// other side of the suspension (the caller asks for the part): "cinq
// ans, dont trois avec sursis" summarised "three of which he must
// serve", or "dont un an ferme" told "one year suspended". The words
// next to the figure say which side it is on.
// text names the English the caller checks: "summary" or "translation".
func termSideSwapped(s, t Mention, text string) string {
	suspended, firm := partSide(s)
	if suspended == firm || !isDuration(s) {
		return ""
	}
	saysSuspended, saysServed := sidesTold(t)
	switch {
	case suspended && saysServed && !saysSuspended:
		return "the source suspends this part of the term; the " + text + " has it served"
	case firm && saysSuspended && !saysServed:
		return "the source has this part of the term served; the " + text + " suspends it"
	}
	return ""
}

// partSide: the source's words next to a part of a term say it is
// suspended (avec sursis) or to be served (ferme).
func partSide(s Mention) (suspended, firm bool) {
	return slices.Contains(s.ctx, "sursis"), slices.Contains(s.ctx, "ferme")
}

// sidesTold: the bullet's words say a part of a term is suspended, or
// served.
func sidesTold(t Mention) (suspended, served bool) {
	return slices.Contains(t.ctx, "suspended"), slices.ContainsFunc(t.ctx, func(w string) bool { return servedWords[w] })
}

// toldSide: the bullet says which side of a term its figure is on.
func toldSide(t Mention) bool {
	suspended, served := sidesTold(t)
	return suspended || served
}

// servedWords say a term is to be served: "three of which he must
// serve", "two years behind bars".
var servedWords = map[string]bool{"serve": true, "served": true, "serving": true, "behind": true, "bars": true, "custodial": true, "firm": true, "jail": true}

// lineTwin: the part of a term with s's value whose whole the bullet's
// line gives ("trois ans, dont deux avec sursis ... requis quatre ans,
// dont deux ferme": a line with "four years" tells the second two); s
// itself when its own whole is there or no twin's is.
func lineTwin(src, line []*atom, s *atom) *atom {
	var twin *atom
	for k, o := range src {
		if k == 0 || !o.m.ofPrev || o.m.Kind != s.m.Kind || o.m.Value != s.m.Value || !isDuration(*o.m) || !wholeIn(src, line, k) {
			continue
		}
		if o == s {
			return s
		}
		twin = o
	}
	if twin != nil {
		return twin
	}
	return s
}

// oneTermSide checks a bullet's "one of them suspended", whose "one" is
// never paired (unsaid), against the source's one-year part of a term
// whose whole the bullet gives: "trois ans, dont un an ferme".
func (r *check) oneTermSide(src, line []*atom) {
	for _, t := range line {
		if !unsaid(*t.m) || t.m.Value != "1" || !toldSide(*t.m) {
			continue
		}
		for k, s := range src {
			if s.m.ofPrev && s.m.Value == "1" && class(s.m.Kind) == Cardinal && lineTwin(src, line, s) == s && wholeIn(src, line, k) {
				if why := termSideSwapped(*s.m, *t.m, "summary"); why != "" {
					r.add(s, t, verdict{true, "attribution", Error, "M4", why})
				}
				break
			}
		}
	}
}

// wholeIn: the bullet's line gives the whole that src[k], a part, is
// of: the figure right before it in the source.
func wholeIn(src, line []*atom, k int) bool {
	if k < 1 {
		return false
	}
	whole := src[k-1]
	return slices.ContainsFunc(line, func(u *atom) bool { return u.m.Value == whole.m.Value && class(u.m.Kind) == class(whole.m.Kind) })
}
