package figures

import "strings"

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
		if t.Head != "" && (ctxSim(a.m.ctx, []string{t.Head}) > 0 || ctxSim(a.m.ctx, t.np()) > 0) || t.Head == "" && ctxSim(a.m.ctx, t.ctx) > 0 {
			// (the head or its noun phrase: "five school bus rounds")
			return "the part of " + a.m.Raw
		}
	}
	return ""
}

// wholeOfOtherPart: a bullet gives the whole of a share with another part the
// source counts in the same sentence: "Le FPÖ obtient 57 sièges sur 183,
// contre 51 pour l'ÖVP" told "the ÖVP won 51 of 183 seats". The whole is
// the same; the part is checked as a figure of its own.
func (r *check) wholeOfOtherPart(src []*atom, t Mention) string {
	if class(t.Kind) != Cardinal || t.Kind == Ordinal || t.Unit != "" || hedged(t) {
		return ""
	}
	for _, a := range src {
		if a.m.Kind != Fraction || len(a.m.Parts) != 2 || a.m.Parts[1].Value != t.Value {
			continue
		}
		for _, u := range r.line {
			if u.m.Sentence != t.Sentence || u.m.End > t.Start || u.m.Start > len(r.text) || t.Start > len(r.text) || !toldOf(r.text[u.m.End:t.Start]) {
				continue
			}
			for _, o := range src {
				if o != a && sameSentence(o, a) && class(o.m.Kind) == Cardinal && o.m.Unit == "" && o.m.Value == u.m.Value {
					return "the whole of " + a.m.Raw + ", which " + o.m.Raw + " is also counted from"
				}
			}
		}
	}
	return ""
}

// ratioRetold: the bullet tells a share's part and, after "of", its
// whole, as the source does: "164 of 252 points" for "164 points sur
// 252", where the whole takes the noun the source gave the part.
func (r *check) ratioRetold(src []*atom, t Mention) string {
	if class(t.Kind) != Cardinal && t.Kind != Quantity || hedged(t) || t.Start > len(r.text) {
		return ""
	}
	unitWord := ""
	if t.Unit != "" {
		unitWord = strings.ToLower(t.Raw[strings.LastIndexByte(t.Raw, ' ')+1:])
	}
	for _, a := range src {
		if a.m.Kind != Fraction || len(a.m.Parts) != 2 || a.m.Parts[1].Value != t.Value || !strings.Contains(strings.ToLower(a.m.Raw), unitWord) {
			continue
		}
		for _, u := range r.line {
			if u.m.Value == a.m.Parts[0].Value && u.m.End <= t.Start && ofWhole(r.text[u.m.End:t.Start]) {
				return "the whole of " + a.m.Raw + ", told with its part"
			}
		}
	}
	return ""
}

// ofWhole: the words between a part and its whole, "164 of 252", "three
// out of 14".
func ofWhole(between string) bool {
	switch strings.TrimSpace(strings.ToLower(between)) {
	case "of", "out of", "of the", "of its", "of their":
		return true
	}
	return false
}
