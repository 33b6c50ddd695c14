package figures

import "strings"

// A part and its whole the source gives side by side ("76 bureaux de
// vote, dont 9", "Sur 51 380 électeurs inscrits, 14 902 ont voté") and a
// bullet tells "X of Y": each figure has the other's words by right, so
// neither is said of another figure's words nor swapped with it.

// wholeBefore: whole is the figure the source gives right before part, of
// which part is a share ("76 bureaux de vote, dont 9", "Sur 51 380
// électeurs inscrits, 14 902").
func wholeBefore(whole, part *atom) bool {
	if !partAndWhole(*whole.m, *part.m) || whole.m.End > part.m.Start || part.m.Start-whole.m.End > 60 {
		return false
	}
	w, p := whole.m.Rat(), part.m.Rat()
	return w != nil && p != nil && p.Cmp(w) < 0
}

// partOfWholeTold: the bullet tells the source's part and whole as "X of
// Y" (tp then tw, "of" between): each has the other's words by right.
func (r *check) partOfWholeTold(part, whole, tp, tw *atom) bool {
	if !wholeBefore(whole, part) || tp.m.Sentence != tw.m.Sentence || tp.m.End > tw.m.Start || tw.m.Start > len(r.text) {
		return false
	}
	between := r.text[tp.m.End:tw.m.Start]
	return len(between) <= 30 && (strings.HasPrefix(between, " of ") || strings.Contains(between, " of the ")) && !strings.ContainsAny(between, ",;.")
}

// partOfWholeIn: s and o are part and whole in the source, and the
// bullet tells them so, with t one of them and the other in its line.
func (r *check) partOfWholeIn(s, o, t *atom) bool {
	for _, u := range r.line {
		if u == t || u.m.Value != o.m.Value || class(u.m.Kind) != class(o.m.Kind) {
			continue
		}
		if r.partOfWholeTold(s, o, t, u) || r.partOfWholeTold(o, s, u, t) {
			return true
		}
	}
	return false
}
