package figures

import "slices"

// A figure told with its year ("2,4 % en 2025", "4.6% in 2024") belongs
// to that year: a bullet that lists the years in another order keeps
// each figure with its own year, and one that gives a figure another
// year's figure has moved it (M4).

// yearTold is the year told right after a, in its sentence ("en 2024",
// "in 2024"), or "".
func yearTold(list []*atom, a *atom) string {
	for k, b := range list {
		if b != a {
			continue
		}
		if k+1 == len(list) {
			return ""
		}
		if y := rangeYear(list, k); y != "" {
			return y
		}
		y := list[k+1].m
		if !isYearish(*y) || y.Paragraph != a.m.Paragraph || y.Sentence != a.m.Sentence || y.Start-a.m.End > len(" en ") || y.Start < a.m.End {
			return ""
		}
		if y.rangeEnd != 0 {
			return "" // "doubled to 620 between 2018 and 2023": a span of years, no one year of the figure
		}
		return y.Value
	}
	return ""
}

// rangeYear: the end of a range told with a range of years, "from 80
// to 48 µg/m³ between 2012 and 2022", has the year of its own end.
func rangeYear(list []*atom, k int) string {
	a := list[k].m
	first := a.rangeEnd == 1 || a.rangeEnd == 3
	if a.rangeEnd == 0 || first && (k+1 >= len(list) || list[k+1].m.Start != a.Start) {
		return ""
	}
	if first {
		k++ // past the other end of its range
	}
	if k+2 >= len(list) {
		return ""
	}
	y1, y2 := list[k+1].m, list[k+2].m
	if !isYearish(*y1) || !isYearish(*y2) || y1.rangeEnd == 0 || y1.Start != y2.Start || y1.Sentence != a.Sentence || y1.Start-a.End > len(" between ") {
		return ""
	}
	if first {
		return y1.Value
	}
	return y2.Value
}

// yearsAgree: t and s are told with the same year, which o is not: the
// year says t is s, whatever words t shares with o's clause.
func (r *check) yearsAgree(src []*atom, s, o, t *atom) bool {
	yt := yearTold(r.all, t)
	return yt != "" && yearTold(src, s) == yt && yearTold(src, o) != yt
}

// yearMoved finds the source figure of t's kind told with t's year when
// s, the figure of t's value, is told with another: "2.4% in 2024" where
// the source says "2,4 % en 2025 et 4,6 % en 2024".
func (r *check) yearMoved(src []*atom, s, t *atom) *atom {
	yt := yearTold(r.all, t)
	if yt == "" || isYearish(*t.m) {
		return nil
	}
	if ys := yearTold(src, s); ys == "" && s.m.changeEnd != 4 || ys == yt {
		return nil // (the level a change reaches is not of the year of the level it left: "de 6,8 % en 2023 à 5,9 %")
	}
	for _, o := range src {
		if o != s && sameSentence(o, s) && mistakable(*o.m, *t.m) && yearTold(src, o) == yt {
			return o
		}
	}
	return nil
}

// yearGivenTo: t's sentence gives o's figure told with o's own year
// ("easing to 5.9% from 6.8% in 2023"), so that year, which t's clause
// shares with o's, is said of that figure, not of t.
func (r *check) yearGivenTo(src []*atom, o, t *atom) bool {
	yo := yearTold(src, o)
	return yo != "" && r.toldBeside(t, o, func(u *atom) bool { return yearTold(r.all, u) == yo })
}

// toldBeside: the bullet gives o's figure in t's sentence, as a figure
// that also meets also.
func (r *check) toldBeside(t, o *atom, also func(*atom) bool) bool {
	return slices.ContainsFunc(r.line, func(u *atom) bool {
		return u != t && sameSentence(u, t) && u.m.Value == o.m.Value && class(u.m.Kind) == class(o.m.Kind) && also(u)
	})
}

// yearDatesBoth: t is a year the source says in one sentence with o,
// and the bullet gives o's figure in t's sentence too ("Only 2,700 of
// 8,000 candidates passed the 2023 exam" for "Sur les 8 000 candidats
// au concours de 2023, seuls 2 700 ont été reçus"): the year dates the
// whole fact in both, so it is moved onto nothing.
func (r *check) yearDatesBoth(s, o, t *atom) bool {
	return isYearish(*t.m) && sameSentence(s, o) && r.toldBeside(t, o, func(*atom) bool { return true })
}
