package figures

import "strings"

// paraListAt reads one paragraph of a French list of an article's
// paragraphs, "les paragraphes (1) et (2) de l'article 29", as the
// identifier English gives it, "subsections 29(1) and (2)": 29-1, then
// 29-2. The last paragraph takes the article's words and number, which
// are no figure of their own; the tokens it takes, or 0.
func (p *parser) paraListAt(i int) (*Mention, int) {
	if p.lang != French || p.sym(i-1) != "(" || p.sym(i+1) != ")" || !p.subNum(i) {
		return nil, 0
	}
	// back to the list's head word, over "(1), (2) et"
	j := i - 1
	for p.sym(j-1) == "," || p.word(j-1) == "et" || p.word(j-1) == "ou" {
		if p.sym(j-2) != ")" || !p.subNum(j-3) || p.sym(j-4) != "(" {
			return nil, 0
		}
		j -= 4
	}
	if w := p.word(j - 1); w != "paragraphes" && w != "alinéas" {
		return nil, 0
	}
	// on to the article, over ", (3) et (4)"
	k := i + 2
	for p.sym(k) == "," || p.word(k) == "et" || p.word(k) == "ou" {
		if p.sym(k+1) != "(" || !p.subNum(k+2) || p.sym(k+3) != ")" {
			return nil, 0
		}
		k += 4
	}
	if !p.words(k, "de", "l'", "article") || p.num(k+3) == nil {
		return nil, 0
	}
	article := strings.ReplaceAll(p.toks[k+3].text, ".", "-")
	m := Mention{Kind: Identifier, Value: article + "-" + p.toks[i].text}
	if k == i+2 {
		return ptr(m), k + 4 - i // the last: "(2) de l'article 29"
	}
	return ptr(m), 1
}
