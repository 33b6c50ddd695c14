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
		if p.paragraphsListed(*a, *b) {
			// "l'article 55, paragraphes 1 et 2": 55-1, then 55-2, as
			// English writes "Article 55(1) and (2)"
			b.Kind, b.Value, b.label = Identifier, a.Value[:strings.LastIndexByte(a.Value, '-')+1]+b.Value, true
			continue
		}
		if a.Kind != Identifier || b.Kind != Cardinal || b.Word || !strings.HasSuffix(a.Raw, ")") {
			continue
		}
		base, sub, ok := strings.Cut(a.Raw, "(")
		chained := base == "" && a.label // "12.1(1), (2) and (4)": the list goes on from the item before
		if !ok || !chained && (base == "" || !strings.ContainsFunc(base, unicode.IsDigit)) || !strings.HasSuffix(a.Value, sub[:len(sub)-1]) || b.Start == 0 || b.End >= len(p.text) {
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

// paragraphsListed: b is a bare small number that goes on with the list
// of paragraphs a started, "55, paragraphes 1 et 2", "55, alinéas 1, 2
// et 4", or one b continued before it.
func (p *parser) paragraphsListed(a, b Mention) bool {
	if p.lang != French || a.Kind != Identifier || b.Kind != Cardinal || b.Word || len(b.Raw) > 2 || a.End > b.Start || !listGap(p.text[a.End:b.Start]) {
		return false
	}
	raw := strings.ToLower(a.Raw)
	return (strings.Contains(raw, ", paragraphes ") || strings.Contains(raw, ", alinéas ") || a.label && !strings.Contains(raw, "(")) && strings.Contains(a.Value, "-")
}

// articleAfterSubsections reads "les paragraphes (1) à (4) de l'article
// 93" as 93(1) to 93(4), as English writes "subsections 93(1) to (4)":
// each bracketed number before "de l'article N" is N's subsection, and
// the article itself is said by them.
func (p *parser) articleAfterSubsections(ms []Mention) {
	if p.lang != French {
		return
	}
	for k := 1; k < len(ms); k++ {
		art := &ms[k]
		if art.Kind != Identifier || art.style != "article" || !bracketed(p.text, ms[k-1]) {
			continue
		}
		if gap := strings.ToLower(strings.TrimSpace(p.text[ms[k-1].End+1 : art.Start])); gap != "de l'article" && gap != "de l’article" {
			continue
		}
		first := k - 1
		for first > 0 && bracketed(p.text, ms[first-1]) && subsectionJoin(p.text[ms[first-1].End+1:ms[first].Start-1]) {
			first--
		}
		for j := first; j < k; j++ {
			ms[j].Kind, ms[j].Value, ms[j].label = Identifier, art.Value+"-"+ms[j].Value, true
		}
		art.style = "fixed" // (told by its subsections; compared when paired)
	}
}

// bracketed: m is a bare small number in brackets, "(4)".
func bracketed(text string, m Mention) bool {
	return m.Kind == Cardinal && !m.Word && len(m.Raw) <= 2 && m.Start > 0 && m.End < len(text) && text[m.Start-1] == '(' && text[m.End] == ')'
}
