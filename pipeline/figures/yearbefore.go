package figures

// yearBefore explains a summary year as the year before one the source
// gives a change for: "en baisse de 29 % sur un an" in 2021 lets a bullet
// say what the level was "in 2020", "a chuté de 38 % en 2024" what it was
// in 2023. The change must be a percentage in the same source sentence.
func yearBefore(src []*atom, t Mention) string {
	if t.Kind != Year {
		return ""
	}
	next := itoa(atoiSafe(t.Value) + 1)
	for _, a := range src {
		if a.m.Kind != Year && !isYearish(*a.m) || a.m.Value != next {
			continue
		}
		for _, c := range src {
			if c.m.Kind == Percent && sameSentence(a, c) {
				return "the year before " + a.m.Raw + ", whose change " + c.m.Raw + " the source gives"
			}
		}
	}
	return ""
}
