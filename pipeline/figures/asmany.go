package figures

import "strings"

// asMany reads "en autant de matchs", "in as many games": the count of
// the figure just before, said again of another noun ("sa 23e victoire
// en autant de matchs" is 23 wins in 23 games). The repeated count is
// compared when the other text pairs it, and dropped when it does not.
func (p *parser) asMany(ms []Mention) []Mention {
	if !strings.Contains(p.text, "autant d") && !strings.Contains(p.text, "as many") {
		return ms // (asked of every text: one scan, no allocation)
	}
	var out []Mention
	k := 0
	for i := range p.toks {
		n := p.asManyAt(i)
		if n == 0 {
			continue
		}
		for k < len(ms) && ms[k].Start < p.toks[i].start {
			k++
		}
		if k == 0 || !repeatable(ms[k-1]) || p.tokenAfter(ms[k-1].End)+4 < i || !p.sameSentenceSpan(ms[k-1], Mention{Start: p.toks[i].start}) {
			continue
		}
		if out == nil {
			out = append(make([]Mention, 0, len(ms)+1), ms...)
		}
		prev := ms[k-1]
		m := Mention{Kind: Cardinal, Value: prev.Value, Word: true, style: "fixed", Head: p.word(i + n), Lang: p.lang,
			Start: p.toks[i].start, End: p.toks[i+n-1].end}
		m.Raw = p.text[m.Start:m.End]
		at := k + len(out) - len(ms)
		out = append(out[:at], append([]Mention{m}, out[at:]...)...)
	}
	if out == nil {
		return ms
	}
	return out
}

// asManyAt: the tokens from i say "autant de" after "en", or "as many"
// after "in"; it returns how many, the noun coming next.
func (p *parser) asManyAt(i int) int {
	switch {
	case p.lang == French && p.word(i) == "autant" && p.word(i-1) == "en" && (p.word(i+1) == "de" || p.word(i+1) == "d'") && p.word(i+2) != "":
		return 2
	case p.lang == English && p.word(i) == "as" && p.word(i+1) == "many" && p.word(i-1) == "in" && p.word(i+2) != "":
		return 2
	}
	return 0
}

// repeatable: a whole count or rank, no unit, that "in as many" can say
// again.
func repeatable(m Mention) bool {
	return (m.Kind == Cardinal || m.Kind == Ordinal) && m.Unit == "" && m.Scale == "" && !m.Vague && m.Comparator == CmpNone && m.Rat() != nil && m.Rat().IsInt()
}
