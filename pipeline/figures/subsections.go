package figures

import (
	"strings"
	"unicode"
)

// subsectionLists names a bracketed number that continues a list after
// a provision with its subsection: "les paragraphes 78(1) et (2)" are
// 78(1) and 78(2), as English writes "Standing Orders 78(1) or 78(2)".
func (p *parser) subsectionLists(ms []Mention) {
	for k := 1; k < len(ms); k++ {
		a, b := &ms[k-1], &ms[k]
		if a.Kind != Identifier || b.Kind != Cardinal || b.Word || !strings.HasSuffix(a.Raw, ")") {
			continue
		}
		base, sub, ok := strings.Cut(a.Raw, "(")
		if !ok || base == "" || !strings.HasSuffix(a.Value, sub[:len(sub)-1]) || !strings.ContainsFunc(base, unicode.IsDigit) || b.Start == 0 || b.End >= len(p.text) {
			continue
		}
		if p.text[b.Start-1] != '(' || p.text[b.End] != ')' || !subsectionJoin(p.text[a.End:b.Start-1]) {
			continue
		}
		b.Kind, b.Value, b.label = Identifier, strings.TrimSuffix(a.Value, sub[:len(sub)-1])+b.Value, true
		b.Start, b.End = b.Start-1, b.End+1
		b.Raw = p.text[b.Start:b.End]
	}
}

// subsectionJoin: the words between two items of one list of
// provisions (labels' listGap), or a span of them ("78(1) à (3)").
func subsectionJoin(s string) bool {
	w := strings.ToLower(strings.TrimSpace(s))
	return listGap(s) || w == "à" || w == "to"
}
