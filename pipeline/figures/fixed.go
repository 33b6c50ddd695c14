package figures

import "strings"

// fixedPhrase: a figure that is part of a set phrase (idiomlex.go) or a
// name built on a number ("bac +5", a degree level), so not a figure at
// all. Unpaired it is dropped without a finding; paired with another
// value it is still compared.
func (p *parser) fixedPhrase(m Mention) bool {
	if p.lang == French && p.diplomaLevel(m) {
		return true
	}
	return (m.Word || m.Kind == Time || m.Kind == Range || m.Kind == Date && m.Date != nil && m.Date.Weekday != 0 || m.Kind == Identifier) &&
		inIdiom(p.text, m, p.lang)
}

// diplomaLevel: "bac +5", "Bac+3" name a degree (a master's, a
// bachelor's), which English names without the number.
func (p *parser) diplomaLevel(m Mention) bool {
	before := strings.TrimRight(strings.ToLower(p.text[max(0, m.Start-6):m.Start]), " +")
	return strings.HasSuffix(before, "bac") && strings.Contains(p.text[max(0, m.Start-2):m.End], "+")
}

// fixed: a figure dropped without a finding when nothing pairs with it.
func fixed(m Mention) bool { return m.style == "fixed" }
