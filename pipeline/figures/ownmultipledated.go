package figures

import "strings"

// ownMultipleDated checks a multiple set between two figures the bullet
// dates, "3.6 million visits in October, half as many again as
// September's 2.4 million": the month after the first figure says when
// it was counted and the possessive month names the second, so the
// multiple is their ratio, whatever pair of the source seems to fit.
func (r *check) ownMultipleDated(src []*atom, t *atom) (verdict, bool) {
	if t.m.Kind != Multiplier || t.m.style == "title" || t.m.style == "verb" {
		return verdict{}, false
	}
	when, named := r.figureBefore(t), r.figureAfter(t)
	level := when
	if level != nil && level.m.Kind == Date {
		level = r.figureBefore(when)
	}
	if level == nil || when == nil || named == nil || named.m.Kind != Date || !strings.HasSuffix(named.m.Raw, "'s") || named.m.End > len(r.text) {
		return verdict{}, false
	}
	base := r.figureAfter(named)
	if base == nil || !numeric(*level.m) || !numeric(*base.m) || class(level.m.Kind) != class(base.m.Kind) || level.m.Unit != base.m.Unit ||
		base.m.Start > len(r.text) || strings.TrimSpace(r.text[named.m.End:base.m.Start]) != "" || !sourceGives(src, *level.m) {
		return verdict{}, false
	}
	if lead := strings.TrimSpace(r.text[when.m.End:t.m.Start]); lead != "," || level != when && len(strings.Fields(r.text[level.m.End:when.m.Start])) > 4 {
		return verdict{}, false // ("3.6 million visits in October, half as many again": the month's clause, nothing else between)
	}
	if as := strings.TrimSpace(strings.ToLower(r.text[t.m.End:named.m.Start])); as != "as" && as != "as many as" && as != "as much as" {
		return verdict{}, false
	}
	return judgeMultiple(*level.m, *base.m, t, "the bullet's own figures")
}
