package figures

// othersOfField: a bullet's count of rivals is the source's field less
// the one it is told of: "Dix-huit chevaux étaient au départ" told "won,
// beating 17 rivals" (as othersTold pairs it in a translation).
func othersOfField(src []*atom, t Mention) string {
	if t.Unit != "" || t.Comparator != "" {
		return ""
	}
	for _, a := range src {
		if a.m.Unit == "" && a.m.Comparator == "" && !isYearish(*a.m) && !a.m.label && fieldLessOne(*a.m, t) {
			return "the field of " + a.m.Raw + " less the one it is told of"
		}
	}
	return ""
}
