package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// footnoteMarks marks the note calls that reports glue after a closing
// bracket or quote, "les îles Falkland (Malvinas)1,", "« ... ressources
// humaines »18": a note's number, which a translation moves or drops,
// not a figure of the text. Unpaired it drops out (style fixed); paired
// it is compared.
func (p *parser) footnoteMarks(out []Mention) {
	for k := range out {
		m := &out[k]
		if class(m.Kind) != Cardinal || m.Word || len(m.Raw) > 3 || m.Raw != m.Value || m.Start == 0 {
			continue
		}
		prev, w := utf8.DecodeLastRuneInString(p.text[:m.Start])
		before, _ := utf8.DecodeLastRuneInString(p.text[:m.Start-w])
		punct := strings.ContainsRune(",;.", prev) && unicode.IsLetter(before) || // "the Advisory Committee,9 and": a call glued after the comma
			prev == ';' && unicode.IsDigit(before) // "ended 30 June 2014;2": no number goes on after a semicolon
		if !punct && !strings.ContainsRune(")\"»”’", prev) || before == ' ' || before == utf8.RuneError || prev == '"' && !closesQuote(p.text[:m.Start-w]) {
			continue // (an opening quote, "le nombre de \"168\"", calls no note)
		}
		if rest := p.text[m.End:]; rest == "" || strings.ContainsAny(rest[:1], " ,.;:") {
			m.style = "fixed"
		}
	}
}

// closesQuote: the straight quote ending text closes a quotation: the
// text holds an odd number of them.
func closesQuote(text string) bool {
	return strings.Count(text, "\"")%2 == 1
}
