package figures

// ratioPart: a bullet may keep the part of a share and drop its whole,
// "the seven opposition councillors" for "sept élus sur 29", "cutting
// 180 jobs" for "180 postes sur 620". The part counts what the source's
// noun around the share counts ("180 shifts" is none); the whole alone
// is no part.
func ratioPart(src []*atom, t Mention) string {
	if class(t.Kind) != Cardinal || t.Kind == Ordinal || t.Unit != "" || hedged(t) || t.label || t.Value == "1" {
		return ""
	}
	for _, a := range src {
		if a.m.Kind != Fraction || len(a.m.Parts) != 2 || a.m.Parts[0].Kind != Cardinal || a.m.Parts[0].Value != t.Value {
			continue
		}
		if t.Head != "" && ctxSim(a.m.ctx, []string{t.Head}) > 0 || t.Head == "" && ctxSim(a.m.ctx, t.ctx) > 0 {
			return "the part of " + a.m.Raw
		}
	}
	return ""
}
