package figures

import (
	"math/big"
	"regexp"
	"strconv"
	"strings"
)

// labelNouns are nouns a number names rather than counts: "District 37",
// "matchday 34", "minute 62" say the same as "37e District", "34e
// journée", "62e minute" (N11).
var labelNouns = map[string]bool{
	"district": true, "districts": true, "matchday": true, "minute": true, "round": true, "stage": true,
	"lap": true, "division": true, "week": true, "weeks": true, "day": true, "game": true, "race": true, "hole": true, "leg": true,
	"arrondissement": true, "ward": true, "zone": true, "group": true, "section": true, "chapter": true,
	"phase": true, "level": true, "grade": true, "grades": true, "class": true, "season": true, "episode": true,
	"journée": true, "étape": true, "manche": true, "line": true, "ligne": true, "lines": true, "lignes": true, "terminal": true, "runway": true,
	"décile": true, "déciles": true, "quintile": true, "quintiles": true, "saison": true, "épisode": true, "tome": true,
	"route": true, "autoroute": true, "highway": true, "match": true, "partie": true,
	"bullet": true, "item": true, "élément": true, "chapitre": true, "volet": true, "rubrique": true, "subparagraph": true, "alinéa": true, "master": true, "licence": true,
	// a text's recitals and citations: "le 4e visa" = "citation 4", "le 12e considérant" = "recital 12"
	"visa": true, "citation": true, "considérant": true, "recital": true, "paragraph": true, "point": true,
	// the items of a debate: "la neuvième question" = "question nine"
	"question": true, "motion": true, "amendment": true, "recommendation": true, "objective": true,
	"priority": true, "step": true, "principle": true, "option": true, "part": true,
	// a bill's clauses: "le troisième article du projet de loi" = "Clause 3"
	"clause": true, "clauses": true,
	// a table's parts: "la quatrième colonne" = "column four"
	"column": true, "colonne": true, "row": true, "rangée": true,
	// "numbers two, three and four" for "sa deuxième, sa troisième et sa quatrième priorités"
	"number": true, "numbers": true,
}

// labelOf marks a number that names a thing: after a label noun or a
// capitalised name (District 37), alone in brackets as a match minute
// ("(24)", "(80th)"), or in a list after such a one (Districts 8 and 9).
func (p *parser) labelOf(ms []Mention, k int) {
	m := &ms[k]
	i := p.tokenAfter(m.Start)
	if m.Kind == Range && len(m.Parts) == 2 && m.Parts[0].Kind == Cardinal && m.Parts[1].Kind == Cardinal && labelNouns[p.word(i-1)] {
		m.Parts[0].label, m.Parts[1].label = true, true // "from stage one to four": de la première étape à la quatrième
		return
	}
	if m.Kind != Cardinal && m.Kind != Ordinal {
		return
	}
	prev := p.word(i - 1)
	if prev == "number" && labelNouns[p.word(i-2)] || prev == "number" && p.word(i-2) == "point" {
		prev = p.word(i - 2) // "point number six", "item number 3"
	} else if prev == "number" && p.lang == English && p.word(i-2) != "" && !articles[p.word(i-2)] && p.word(i-2) != "of" {
		m.label = true // "slot number three": le troisième créneau
		return
	} else if prev == "number" && p.lang == English && p.word(i-2) == "" && p.capital(i-1) {
		m.label = true // "Number four would give the total": la quatrième colonne
		return
	} else if (prev == "no" || prev == "numéro") && p.lang == French && p.word(i-2) != "" {
		m.label = true // "la recommandation no 3": the third recommendation
		return
	}
	if m.Word {
		if m.Kind == Cardinal && (labelNouns[prev] || prev == "year" || prev == "point" && p.lang == English && p.word(i-2) != "one") && p.lang == English {
			m.label = true // "game seven", "match four", "from year four": la septième manche, la quatrième partie, la quatrième année
		}
		if m.Kind == Cardinal && p.lang == English && k > 0 && ms[k-1].label && ms[k-1].Word && listGap(p.text[ms[k-1].End:m.Start]) {
			m.label = true // "grades four and five": en 4e ou en 5e année
		}
		return
	}
	switch {
	case prev != "" && (labelNouns[prev] || p.lang == English && m.Kind == Cardinal && p.capital(i-1) && !p.sentenceInitial(i-1)):
		m.label = true
	case p.sym(i-1) == "(" && (p.sym(p.tokenAfter(m.End)) == ")" || p.word(p.tokenAfter(m.End)) == "minute"):
		m.label = true
		if p.bracketRun(i) {
			m.style = "fixed" // "(1) the Canola Growers, (2) the Wheat Growers": a list's markers, which the other text may not number
		}
	case k > 0 && (ms[k-1].Kind == Identifier || ms[k-1].artList) && m.Kind == Cardinal && p.articleList(i):
		m.label, m.artList = true, true // "Articles 81 and 82": the second article, named like the first
	case k > 0 && ms[k-1].label && listGap(p.text[ms[k-1].End:m.Start]):
		m.label = true
	case p.lang == French && m.Kind == Cardinal && m.Unit == "" && i > 0 && upperWord(p.tokText(i-1)) && len(m.Raw) >= 3 && m.Raw[0] != '0' && !knownNoun(p.word(p.tokenAfter(m.End))) && !p.sentenceInitial(i-1):
		m.label = true // "le TGV 8527 Paris-Bordeaux": a train's number, which counts nothing ("le Paris SG 38" has points)
	case p.lang == French && m.Kind == Cardinal && m.Unit == "" && p.department(i):
		// "le 93 reste le département le plus jeune": Seine-Saint-Denis,
		// which the English may name instead (N16)
		m.style = "name"
	}
}

// department: the two digits at i follow "le", "du" or "au" alone, as a
// French département named by its number ("le 93", "dans le 13"): a
// singular article before a number over one counts nothing.
func (p *parser) department(i int) bool {
	if prev := p.word(i - 1); prev != "le" && prev != "du" && prev != "au" || len(p.toks[i].text) != 2 {
		return false
	}
	if n := p.num(i); n == nil || n.decimal || n.grouped || n.val.Cmp(big.NewRat(2, 1)) < 0 || n.val.Cmp(big.NewRat(95, 1)) > 0 {
		return false
	}
	nx := i + 1
	if nx >= len(p.toks) || p.toks[nx].kind == tSym || p.toks[nx].kind == tWord && (frFunction[p.toks[nx].low] || ctxStop[p.toks[nx].low] || verbLike(p.toks[nx].low)) {
		return true
	}
	return false
}

// verbLike: a French word that reads as a verb after its subject ("le 93
// reste", "le 13 compte"), not a noun the number would count.
func verbLike(w string) bool {
	for _, suf := range []string{"e", "ent", "ait", "aient", "era", "eront", "a", "ont", "est"} {
		if strings.HasSuffix(w, suf) && !strings.HasSuffix(w, "ée") && !strings.HasSuffix(w, "tre") {
			return true
		}
	}
	return false
}

// sentenceInitial: the word at i opens a sentence, so its capital says
// nothing.
func (p *parser) sentenceInitial(i int) bool {
	return i == 0 || endMark(p.sym(i-1)) || p.sym(i-1) == "\"" || p.sym(i-1) == "«" || i == 1 && bulletMark[p.sym(0)]
}

// bulletMark opens a summary's line: the word after it starts a sentence.
var bulletMark = map[string]bool{"-": true, "*": true, "•": true, "–": true}

func listGap(s string) bool {
	switch strings.TrimSpace(strings.Trim(strings.TrimSpace(s), ",")) {
	case "", "and", "et", "or", "ou":
		return true
	}
	return false
}

// labelJoined is a word and the number it labels joined by a hyphen:
// "magnitude-6.8", "Category-4", "level-3".
var labelJoined = regexp.MustCompile(`^\pL{3,}-(\d+(?:[.,]\d+)?)$`)

// labelNumber is the value of a label joined to its number, or "".
func labelNumber(raw string) string {
	sub := labelJoined.FindStringSubmatch(raw)
	if sub == nil {
		return ""
	}
	v, ok := new(big.Rat).SetString(strings.Replace(sub[1], ",", ".", 1))
	if !ok {
		return ""
	}
	return canonical(v)
}

// bracketRun: the sentence of the number at i numbers a list in brackets,
// "(1) ... (2) ... (3) ...", in order and after no noun that would make
// them a law's subsections ("(2) Le comité prévu au paragraphe (1)").
func (p *parser) bracketRun(i int) bool {
	lo, hi := p.sentenceTokens(p.toks[i].start)
	next := 1
	for k := lo + 1; k+1 < hi && next <= 3; k++ {
		if p.sym(k-1) != "(" || p.sym(k+1) != ")" || p.toks[k].text != strconv.Itoa(next) {
			continue
		}
		if w := p.word(k - 2); labelNouns[w] || w == "paragraphe" || w == "subsection" || w == "sous-paragraphe" {
			return false
		}
		next++
	}
	return next > 3
}
