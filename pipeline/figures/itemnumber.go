package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// itemNumbers marks the number that opens a paragraph as the label of a
// list item, "2. Second reading of Bill S-11", "1) Le rapport": the
// list's numbering, which the source may set as letters ("b)"). It is
// compared when paired; added alone it is a warning (a dropped one stays
// an error: the source's numbering is a fact of the text).
func (p *parser) itemNumbers(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != Cardinal || m.Word || len(m.Raw) > 2 || strings.TrimSpace(p.text[:m.Start]) != "" && !strings.HasSuffix(strings.TrimRight(p.text[:m.Start], " \t"), "\n") {
			continue
		}
		rest := p.text[m.End:]
		if len(rest) < 3 || rest[0] != '.' && rest[0] != ')' || rest[1] != ' ' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest[2:]); unicode.IsUpper(r) {
			m.style = "item"
		}
	}
}
