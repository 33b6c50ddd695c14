package figures

import "strings"

// The paragraph of a legal article is written three ways: French
// "article 81.1" or "l'article 81, paragraphe 1", English "Article 81(1)"
// or "Article 81, paragraph 1". All three are one identifier, 81-1, so
// that the notation may change but the numbers may not (N16): the "(1)"
// is no separate figure and "81.1" against "81(3)" stays an error.

// paraWords introduce the paragraph of an article after a comma.
var paraWords = map[string]bool{"paragraphe": true, "paragraph": true, "alinéa": true, "paragraphes": true, "alinéas": true}

// subParts is how many tokens after i+k extend an article number with
// its subdivisions: "(1)", "(b)" groups, or ", paragraphe 3". After the
// word "Article" the first bracket may stand apart, "Article 87 (1)";
// after a bare number it must be glued, or it is an aside.
func (p *parser) subParts(i, k int, named bool) int {
	j := i + k
	if (named || provisionWords[p.word(i-1)]) && p.sym(j) == "." && p.glued(j) && p.sym(j+1) == "(" && p.glued(j+1) && p.glued(j+2) && p.subLabel(j+2) && p.sym(j+3) == ")" {
		j++ // "Section 9.(2)": a stray point before the bracket, as Hansard prints it
	}
	for p.sym(j) == "(" && (p.glued(j) || named && (j == i+k || p.sym(j-1) == ")")) && p.glued(j+1) && p.sym(j+2) == ")" && p.glued(j+2) && p.subLabel(j+1) {
		// ("Article 4 (2) (c)": after the word, each bracket may stand apart)
		j += 3
	}
	for p.lang == French && p.articleBefore(i) && !p.glued(j) && (p.subNum(j) || len(p.tokText(j)) == 1 && p.word(j) != "") && p.sym(j+1) == ")" && p.glued(j+1) && p.sym(j-1) != "(" {
		j += 2 // "l'article 7 1) j)", "art. 51 A) e)": each part closed by its bracket alone
	}
	if j == i+k && p.sym(j) == "," && paraWords[p.word(j+1)] && p.subNum(j+2) && !(p.sym(j+3) == "(" && p.glued(j+3)) {
		j += 3 // ("chapitre 31, paragraphe 19(2)": a numbered subsection of its own, not the 19th of 31)
	}
	if nb := p.num(i); j == i+k && nb != nil && (nb.decimal || nb.dotted) && subLetter(p.tokText(j)) && (p.glued(j) || strings.ContainsAny(p.tokText(j+1), ",;)") || j+1 == len(p.toks)) {
		j++ // "l'article 4.1 c,", "point 4.1c": a point of the article, by its letter
	}
	return j - i - k
}

// subLabel: what may stand in the brackets of "81(1)" or "5(b)", a
// small number or one lower-case letter.
func (p *parser) subLabel(j int) bool {
	if p.subNum(j) {
		return true
	}
	w := p.word(j)
	return len(w) == 1 && (p.toks[j].text == w || p.sym(j-1) == "(" && p.sym(j+1) == ")") // "5(b)", "51(A)"
}

// subLetter: one lower-case letter from a to h, as points of an article
// are lettered.
func subLetter(t string) bool {
	return len(t) == 1 && t[0] >= 'a' && t[0] <= 'h'
}

// subNum: a one- or two-digit number, as paragraphs are numbered.
func (p *parser) subNum(j int) bool {
	n := p.num(j)
	return n != nil && !n.grouped && !n.decimal && !n.dotted && n.intLen <= 2
}

// bareSubArticle: "81(1)" or "133, paragraphe 2" with no "Article"
// before it, as debates write once the article or rule is known. Digits
// glued to a bracketed small number, or followed by their paragraph, are
// no quantity in any case.
func (p *parser) bareSubArticle(i int) int {
	n := p.num(i)
	if n == nil || n.grouped || n.dotted || n.intLen > 3 {
		return 0
	}
	if n.decimal && !(p.sym(i+1) == "(" && p.glued(i+1)) {
		return 0 // ("35.1(6)": a subsection of a decimal-numbered section)
	}
	if k := p.subParts(i, 1, false); k > 0 {
		return 1 + k
	}
	return 0
}

// paraKey drops the word "paragraphe" from an identifier key, so that
// "81, paragraphe 3" reads 81-3 like "81(3)".
func paraKey(key string) string {
	if !strings.Contains(key, "-PARAGRAPH") && !strings.Contains(key, "-ALINÉA") {
		return key // every other identifier: no copy
	}
	for _, w := range []string{"-PARAGRAPHES-", "-PARAGRAPHE-", "-PARAGRAPH-", "-ALINÉAS-", "-ALINÉA-"} {
		key = strings.Replace(key, w, "-", 1)
	}
	return key
}

// articleList: the number at i continues a list of articles, "Articles
// 81 and 82", "les articles 85, 86 et 87": it names an article as the
// first one does, a label, never a count ("les deux articles" said of
// them is no 82 changed into 2). It stays a number, so that dropping it
// is still an error.
func (p *parser) articleList(i int) bool {
	if !decadeListWords[p.word(i-1)] && p.sym(i-1) != "," || p.sym(i+1) == "%" || p.currencyAt(i+1) != "" {
		return false
	}
	if _, unit := unitWords[p.word(i+1)]; unit {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-14; j-- {
		switch w := p.word(j); {
		case w == "articles":
			return p.num(j+1) != nil
		case w == "" && (p.num(j) != nil || p.sym(j) == "," || p.sym(j) == "(" || p.sym(j) == ")" || p.sym(j) == "."):
		case decadeListWords[w] || paraWords[w] || len(w) == 1:
		default:
			return false
		}
	}
	return false
}

// articleBefore: the number at i follows "article" or "art.", which
// numbers an article (not "le paragraphe 3 d) de l'article 4", read
// whole elsewhere).
func (p *parser) articleBefore(i int) bool {
	w := p.word(i - 1)
	if p.sym(i-1) == "." {
		w = p.word(i - 2)
	}
	return w == "article" || w == "articles" || w == "art" || w == "arts"
}
