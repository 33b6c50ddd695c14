package figures

import "strings"

// fullPercents marks the English "100%" said of a quality, "a 100%
// preventable crime", "100 per cent committed": fully, the French
// "parfaitement", "tout à fait". Unpaired it drops out (style fixed);
// paired with a French share it is compared as any figure. A French
// "cent pour cent" in words is the same: "a compensé cent pour cent le
// retrait", "every cent".
func (p *parser) fullPercents(out []Mention) {
	for k := range out {
		m := &out[k]
		if m.Kind != Percent || m.Value != "100" || m.Comparator != CmpNone || m.style != "" {
			continue
		}
		if p.lang == French {
			if m.Word {
				m.style = "fixed" // "a compensé cent pour cent le retrait": fully, "every cent"
			}
			continue
		}
		if enAdjectiveLike(p.word(p.tokenAfter(m.End))) {
			m.style = "fixed"
		}
		if i, j := p.tokenAfter(m.Start), p.tokenAfter(m.End); objectPronouns[p.word(i-1)] && (j >= len(p.toks) || endMark(p.sym(j))) {
			m.style = "fixed" // "the NDP oppose that 100%", "we support them 100 per cent": fully
		}
	}
}

// objectPronouns before a closing "100%" make it how fully a verb holds.
var objectPronouns = map[string]bool{"that": true, "it": true, "this": true, "them": true, "him": true, "her": true, "you": true, "us": true, "me": true}

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
