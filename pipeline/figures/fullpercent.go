package figures

import "strings"

// fullPercents marks the English "100%" said of a quality, "a 100%
// preventable crime", "100 per cent committed": fully, the French
// "parfaitement", "tout à fait". Unpaired it drops out (style fixed);
// paired with a French share it is compared as any figure.
func (p *parser) fullPercents(out []Mention) {
	if p.lang != English {
		return
	}
	for k := range out {
		m := &out[k]
		if m.Kind != Percent || m.Value != "100" || m.Comparator != CmpNone || m.style != "" {
			continue
		}
		if enAdjectiveLike(p.word(p.tokenAfter(m.End))) {
			m.style = "fixed"
		}
	}
}

// enAdjectiveLike: an English word whose ending makes it an adjective or
// a participle, "preventable", "committed", "successful".
func enAdjectiveLike(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, suf := range []string{"able", "ible", "ful", "ive", "ent", "ant", "ous", "ed", "ic", "al"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
