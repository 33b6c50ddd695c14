package figures

import (
	"math/big"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tSym
)

// token is a word, a number or one symbol, with byte offsets into the
// original text so that mentions keep exact spans (N1).
type token struct {
	kind       tokKind
	start, end int
	low        string // words: lower case, ’ -> ', superscripts folded; syms: the rune
	text       string
	num        *number
}

// number is a digit run read with a locale's separators (N2, N3).
type number struct {
	val     *big.Rat
	lit     string // digits and separators as written, for identifiers
	intLen  int    // digits before the decimal mark
	grouped bool
	decimal bool
	format  string // ambiguous-dot, french-decimal, malformed, ungrouped
	dotted  bool   // FR 49.3: not a quantity
}

// spaceLike reports the group separators of N2.
func spaceLike(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u2007'
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func digitVal(r rune) byte {
	if r >= '０' {
		return byte(r-'０') + '0'
	}
	return byte(r)
}

// tokenize splits text into tokens; whitespace only separates.
func tokenize(text string, lang Lang) []token {
	toks := make([]token, 0, len(text)/4+8)
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || spaceLike(r):
			i += w
		case isDigit(r):
			n, end := scanNumber(text, i, lang)
			if k := yearWithNoteCall(toks, text[i:end], lang); k > 0 {
				// "le 30 juin 20142;", "l'exercice biennal 2014-20151": a
				// note's call glued to a year, which the English writes apart
				year := text[i : i+k]
				v, _ := new(big.Rat).SetString(year)
				toks = append(toks, token{kind: tNum, start: i, end: i + k, text: year, num: &number{val: v, lit: year, intLen: k}})
				i = end
				continue
			}
			toks = append(toks, token{kind: tNum, start: i, end: end, text: text[i:end], num: n})
			i = end
		case unicode.IsLetter(r):
			end := scanWord(text, i)
			toks = appendWord(toks, text, i, end, lang)
			i = end
		case r == '.' && lang == English && bareDecimalAt(text, i):
			end := i + 1
			for end < len(text) && isDigit(rune(text[end])) {
				end++
			}
			v, _ := new(big.Rat).SetString("0" + text[i:end])
			toks = append(toks, token{kind: tNum, start: i, end: end, text: text[i:end], num: &number{val: v, lit: text[i:end], decimal: true}})
			i = end
		default:
			s := string(r)
			if r == '’' || r == 'ʼ' {
				s = "'"
			}
			toks = append(toks, token{kind: tSym, start: i, end: i + w, text: text[i : i+w], low: s})
			i += w
		}
	}
	return toks
}

// bareDecimalAt: an English decimal with no leading zero, "P < .05",
// "a .300 average", "a $.5 billion increase": a point with digits after
// it, after a space, a bracket, a dollar or a comparison sign, and no
// digit or letter glued after.
func bareDecimalAt(text string, i int) bool {
	if i+1 >= len(text) || !isDigit(rune(text[i+1])) {
		return false
	}
	if i > 0 && !strings.ContainsRune(" (=<>~$\u00a0", rune(text[i-1])) && !strings.HasSuffix(text[:i], "≤") && !strings.HasSuffix(text[:i], "≥") {
		return false // "2.5", "v.2": the point of a number or a word
	}
	k := i + 1
	for k < len(text) && isDigit(rune(text[k])) {
		k++
	}
	return k == len(text) || !unicode.IsLetter(rune(text[k])) && !(text[k] == '.' && k+1 < len(text) && isDigit(rune(text[k+1])))
}

// appendWord adds the word text[i:end]; two months joined by a hyphen
// ("juillet-août", "July-August") are two months and a hyphen, as "en
// juillet et août" gives two.
func appendWord(toks []token, text string, i, end int, lang Lang) []token {
	w := text[i:end]
	h := monthPairHyphen(w, lang)
	if h == 0 {
		h = lostDashAfterFigure(w, lang)
	}
	if h == 0 {
		h = lostDashBeforeNumber(w, lang)
	}
	if h > 0 {
		toks = append(toks, token{kind: tWord, start: i, end: i + h, text: w[:h], low: foldWord(w[:h])},
			token{kind: tSym, start: i + h, end: i + h + 1, text: "-", low: "-"})
		i += h + 1
	}
	low := foldWord(text[i:end])
	if stem, ok := strings.CutSuffix(low, "'s"); ok && lang == English && periodUnit[stem] != "" && stem != "year" {
		low = stem // "a fortnight's subscription", "a month's rent": the period itself ("New Year's Eve" is a day)
	}
	return append(toks, token{kind: tWord, start: i, end: end, text: text[i:end], low: low})
}

// lostDashAfterFigure is where a dash that lost its spaces joins a
// figure's word to the clause it opens, "2,4 milliards-ils sont", "le 22
// février-ce n'est", "from January to April-and we", or 0.
func lostDashAfterFigure(w string, lang Lang) int {
	h := strings.IndexByte(w, '-')
	opens, months, scales := lostDashWords, frMonths, frScale
	if lang == English {
		opens, months, scales = lostDashWordsEN, enMonths, enScale
	}
	if h <= 0 || !opens[w[h+1:]] {
		return 0 // (the clause's first word is in lower case: no folding for every hyphenated word)
	}
	head := foldWord(w[:h])
	if _, month := months[head]; month && (lang == French || capitalWord(w[:h])) {
		return h
	}
	if _, scale := scales[head]; scale || unitWords[head] != "" || currencyWords[head] != "" {
		return h
	}
	return 0
}

// lostDashBeforeNumber is where a dash that lost its spaces joins a
// word to the number word that opens the next clause, "the collective
// agreement-six consecutive years of salary freeze", or 0. The word
// before is a lower-case common word, so "trente-deux", "forty-six" and
// names stay whole.
func lostDashBeforeNumber(w string, lang Lang) int {
	h := strings.IndexByte(w, '-')
	if h < 2 || strings.Count(w, "-") != 1 || numberPrefixes[w[:h]] {
		return 0
	}
	units, scales := frUnits, frScale
	if lang == English {
		units, scales = enUnits, enScale
	}
	head := w[:h]
	if v, ok := units[w[h+1:]]; !ok || v < 2 {
		return 0
	}
	if _, number := units[head]; number || strings.ToLower(head) != head || scales[head] != 0 {
		return 0
	}
	for _, r := range head {
		if !unicode.IsLetter(r) {
			return 0
		}
	}
	return h
}

// numberPrefixes make a compound with a number word: "top-ten",
// "under-five", "mi-trois".
var numberPrefixes = map[string]bool{"top": true, "under": true, "over": true, "mid": true, "mi": true, "non": true,
	"pre": true, "post": true, "anti": true, "sub": true, "ex": true, "co": true, "all": true, "best": true}

// lostDashWords start a clause a dash opens, glued to the word before it
// when the dash lost its spaces ("février-ce n'est").
var lostDashWords = map[string]bool{"ce": true, "c": true, "il": true, "elle": true, "je": true, "on": true, "nous": true, "vous": true,
	"ils": true, "elles": true, "et": true, "mais": true, "donc": true, "qui": true, "que": true, "soit": true, "cela": true, "ça": true}

// lostDashWordsEN start an English clause a dash opens: "April-and we".
var lostDashWordsEN = map[string]bool{"and": true, "but": true, "which": true, "that": true, "we": true, "it": true, "i": true, "they": true,
	"he": true, "she": true, "this": true, "so": true, "or": true, "the": true, "not": true, "when": true, "if": true}

// monthPairHyphen is where the hyphen of a "month-month" word is, or 0.
func monthPairHyphen(w string, lang Lang) int {
	h := strings.IndexByte(w, '-')
	if h <= 0 || strings.Count(w, "-") != 1 {
		return 0
	}
	months := frMonths
	if lang == English {
		months = enMonths
	}
	_, first := months[foldWord(w[:h])]
	_, second := months[foldWord(w[h+1:])]
	if !first || !second {
		return 0
	}
	return h
}

// scanWord reads letters, inner hyphens between letters and a French
// elision apostrophe (l', d', jusqu'), which ends the word.
func scanWord(text string, i int) int {
	j := i
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		switch {
		case unicode.IsLetter(r):
			j += w
		case r == '-' || r == '\'' || r == '’':
			n, _ := utf8.DecodeRuneInString(text[j+w:])
			if !unicode.IsLetter(n) {
				return j
			}
			if r != '-' && elision(text[i:j]) {
				return j + w
			}
			j += w
		default:
			return j
		}
	}
	return j
}

func elision(w string) bool {
	switch strings.ToLower(w) {
	case "l", "d", "qu", "jusqu", "lorsqu", "puisqu", "s", "n", "j", "c", "m", "t", "quoiqu", "presqu":
		return true
	}
	return false
}

// (the ordinal indicator º stands for the degree sign in "0,6 ºC" and
// in "nº" alike)
var foldSup = strings.NewReplacer("’", "'", "ᵉ", "e", "ʳ", "r", "ᵈ", "d", "ᵐ", "m", "ᵒ", "o", "º", "°")

func foldWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 {
			return strings.ToLower(foldSup.Replace(w))
		}
	}
	return strings.ToLower(w)
}

// scanNumber reads a number at i with the conventions of lang and returns
// it with its end offset.
func scanNumber(text string, i int, lang Lang) (*number, int) {
	var b strings.Builder
	j := digitRun(text, i, &b)
	n := &number{intLen: b.Len()}
	if k := scanGroups(text, j, lang, n, &b); !strings.ContainsFunc(text[j:k], func(r rune) bool { return unicode.IsSpace(r) || spaceLike(r) }) || !(codeBefore(text, i) || lang == English && numberMarkBefore(text, i)) {
		j = k
	} else {
		n.grouped, n.format = false, "" // "the T44 100m", "l'A350 1000": a code's number, then another figure
		b.Reset()
		b.WriteString(text[i:j])
	}
	dec, grp := byte(','), byte('.')
	if lang == English {
		dec, grp = '.', ','
	}
	var frac strings.Builder
	hasFrac := false
	if j+1 < len(text) && text[j] == dec && isDigit(rune(text[j+1])) && !n.dotted && !n.decimal {
		j = digitRun(text, j+1, &frac)
		n.decimal, hasFrac = true, true
	}
	_ = grp
	if hasFrac && lang == English && frac.Len() == 3 && n.intLen <= 3 && !n.grouped &&
		(j >= len(text) || !isDigit(rune(text[j]))) {
		n.format = "dot-group" // "16.000" may be French grouping left in
	}
	if !hasFrac && lang == French && !n.dotted && !n.decimal && n.intLen <= 3 {
		if end, ok := spacedDecimal(text, j, &frac); ok && !afterMonth(text, i) {
			j, n.decimal, hasFrac = end, true, true
		} else if ok {
			frac.Reset()
		}
	}
	n.val = decimalRat(b.String(), frac.String())
	n.lit = text[i:j]
	if !n.grouped && !n.decimal && n.intLen >= 5 && lang == English && n.format == "" {
		n.format = "ungrouped"
	}
	return n, j
}

// decimalRat is the value of digits with at most one decimal point,
// followed by more fraction digits: "12", "2.5" and "5" or "12" and "".
// Most figures fit in an int64, which spares big.Rat's string parser
// (a reader and a GCD per number); longer ones still go through it.
func decimalRat(digits, frac string) *big.Rat {
	var mant uint64
	scale, point, n := int64(1), false, 0
	for _, s := range [2]string{digits, frac} {
		for k := 0; k < len(s); k++ {
			c := s[k]
			switch {
			case c == '.' && !point:
				point = true
				continue
			case c < '0' || c > '9' || n == 18:
				return slowDecimalRat(digits, frac)
			}
			mant, n = mant*10+uint64(c-'0'), n+1
			if point {
				scale *= 10
			}
		}
		if frac != "" && !point {
			point = true
		}
	}
	if scale == 1 {
		return new(big.Rat).SetUint64(mant)
	}
	return new(big.Rat).SetFrac64(int64(mant), scale)
}

func slowDecimalRat(digits, frac string) *big.Rat {
	if frac != "" {
		digits += "." + frac
	}
	if v, ok := new(big.Rat).SetString(digits); ok {
		return v
	}
	return new(big.Rat)
}

func digitRun(text string, i int, b *strings.Builder) int {
	j := i
	for j < len(text) {
		r, w := utf8.DecodeRuneInString(text[j:])
		if !isDigit(r) {
			break
		}
		b.WriteByte(digitVal(r))
		j += w
	}
	return j
}

// threeDigits reports whether exactly three digits start at j.
func threeDigits(text string, j int) bool {
	if j+3 > len(text) {
		return false
	}
	for k := j; k < j+3; k++ {
		if text[k] < '0' || text[k] > '9' {
			return false
		}
	}
	return j+3 == len(text) || text[j+3] < '0' || text[j+3] > '9'
}

// codeBefore: the digits at i are glued to one or two capital letters, a
// code's number (T44, A350), which groups no thousands across a space
// ("de1 000 miles" lost its space and does, as does "CHF1 000").
func codeBefore(text string, i int) bool {
	k := i
	for k > 0 && text[k-1] >= 'A' && text[k-1] <= 'Z' {
		k--
	}
	if n := i - k; n == 0 || n > 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:k])
	return k == 0 || !unicode.IsLetter(r) && !isDigit(r)
}

// numberMarkBefore: the digits at i follow "No." or "#", the number of a
// car, a shirt or a bib: "Porsche's No. 6 963" is car 6, then the model,
// where English, which groups thousands with commas, has no 6,963.
func numberMarkBefore(text string, i int) bool {
	before := strings.TrimRight(text[max(0, i-4):i], " \u00a0")
	return strings.HasSuffix(before, "#") || len(before) >= 3 && strings.EqualFold(before[len(before)-3:], "no.") && (len(before) == 3 || !asciiLetter(before[len(before)-4]))
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// scanGroups absorbs thousands groups: the Trados rule, the same
// separator each time and a head of one to three digits (N2).
func scanGroups(text string, j int, lang Lang, n *number, b *strings.Builder) int {
	if n.intLen > 3 || n.intLen > 1 && b.String()[0] == '0' {
		if lang == French && j+1 < len(text) && text[j] == '.' {
			if end, ok := dotDecimal(text, j, b); ok {
				n.decimal, n.format = true, "dot-decimal" // the "08.62" of "4:08.62"
				return end
			}
		}
		return scanAfterLong(text, j, lang, n)
	}
	sep := ""
	for j < len(text) {
		if lang == English && (sep == "" || sep == ", ") && strings.HasPrefix(text[j:], ", 000") && threeDigits(text, j+2) {
			// "96, 000 tonnes": a thousands comma with a stray space
			// after it; "000" is never a figure of its own
			sep = ", "
			b.WriteString("000")
			j += 5
			n.grouped = true
			continue
		}
		r, w := utf8.DecodeRuneInString(text[j:])
		s := string(r)
		ok := spaceLike(r) || lang == English && r == ',' || lang == French && (r == '.' || r == ',' && (sep == "," || commaGroups(text, j)))
		if !ok || sep != "" && s != sep || !threeDigits(text, j+w) {
			break
		}
		if spaceLike(r) && j+w+3 < len(text) && text[j+w+3] >= 'A' && text[j+w+3] <= 'Z' {
			break // "No 50 499P": a number, then a model's code
		}
		if lang == English && spaceLike(r) && modelAfter(text, j+w+3) {
			break // "396 737 MAXs": a count, then a model's number and name
		}
		sep = s
		b.WriteString(text[j+w : j+w+3])
		j += w + 3
		n.grouped = true
	}
	switch {
	case sep == ".":
		n.format = "ambiguous-dot"
	case sep == "" && lang == French && j+1 < len(text) && text[j] == '.' && isDigit(rune(text[j+1])):
		if end, ok := dotDecimal(text, j, b); ok {
			n.decimal, n.format = true, "dot-decimal"
			return end
		}
		return dottedIdent(text, j, n)
	case lang == English && j+1 < len(text) && text[j] == ',' && isDigit(rune(text[j+1])):
		return frenchComma(text, j, n, b)
	}
	return j
}

// commaGroups: at j, two thousands groups set off by commas, ",000,000":
// English grouping in French copy ("$750,000,000"), where one comma
// alone would be the decimal mark ("2,500" is two and a half).
func commaGroups(text string, j int) bool {
	return isGroup(text, j) && isGroup(text, j+4)
}

// isGroup: a comma and exactly three digits at j.
func isGroup(text string, j int) bool {
	return j < len(text) && text[j] == ',' && threeDigits(text, j+1)
}

// scanAfterLong handles a run of four or more digits, which never takes
// groups (a year followed by a number, N2, N14).
func scanAfterLong(text string, j int, lang Lang, n *number) int {
	if lang == French && j+1 < len(text) && text[j] == '.' && isDigit(rune(text[j+1])) {
		return dottedIdent(text, j, n)
	}
	return j
}

// dotDecimal reads a decimal point written the English way in French
// text, which no identifier can be: after a lone zero ("0.01 %"), with
// a percent sign or a currency after it ("2.5 %", "99.80$"), or in the seconds of a race time
// ("4:08.62"). "49.3" stays the article (N3).
func dotDecimal(text string, j int, b *strings.Builder) (int, bool) {
	k := j + 1
	for k < len(text) && text[k] >= '0' && text[k] <= '9' {
		k++
	}
	if k < len(text) && text[k] == '.' || k == j+1 {
		return 0, false // 1.2.3: a version or a code; "1 :02 :04.": a full stop
	}
	rest := strings.TrimLeft(text[k:], " \u00a0\u202f")
	start := j - b.Len()
	raceTime := start > 0 && text[start-1] == ':' && b.Len() == 2 // "4:08.62": seconds and hundredths
	if b.String() != "0" && !strings.HasPrefix(rest, "%") && !raceTime && !currencyNext(rest) && !measureNext(rest) {
		return 0, false
	}
	b.WriteString(text[j:k])
	return k, true
}

// measureNext: the text after a number says it measures something, as
// no article's number does: "18.3 points de pourcentage", "3.5 km", or
// it opens a range to a percentage ("de 10.8 à 6.9 %").
func measureNext(rest string) bool {
	for _, c := range []string{"points", "pour cent", "pour mille", "pourcent", "‰", "km", "kg", "tonnes", "mètres", "litres", "degrés", "°"} {
		if strings.HasPrefix(rest, c) {
			return true
		}
	}
	return rangeToPercent.MatchString(rest)
}

var rangeToPercent = regexp.MustCompile(`^(à|et|-|–)\s*\d+([.,]\d+)?\s*%`)

// currencyNext: the text after a number starts with a currency or a
// scale word, as in "99.80$ le baril", "2.6 millions d'épargnants",
// "$ 1.4 milliard": an amount, never an article's number.
func currencyNext(rest string) bool {
	for _, c := range []string{"$", "€", "£", "euros", "dollars", "milliard", "million"} {
		if strings.HasPrefix(rest, c) {
			return true
		}
	}
	return false
}

// dottedIdent reads FR "49.3": a dot not followed by exactly three digits
// is not a decimal mark in French (N3); keep it literal.
func dottedIdent(text string, j int, n *number) int {
	for j+1 < len(text) && text[j] == '.' && isDigit(rune(text[j+1])) {
		j++
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
	}
	n.dotted = true
	return j
}

// frenchComma reads an English "2,5" or "1,3570" (decimal comma) or a malformed group
// such as "2,200,12" (N3).
func frenchComma(text string, j int, n *number, b *strings.Builder) int {
	k := j + 1
	var d strings.Builder
	k = digitRun(text, k, &d)
	if n.grouped {
		n.format = "malformed"
		b.WriteString(d.String())
		return k
	}
	if d.Len() <= 2 || d.Len() >= 4 {
		// ("1,3570 dollars": no group has four digits, so the comma is
		// a French decimal mark left in, as in "2,5")
		n.format = "french-decimal"
		n.decimal = true
		s := b.String() + "." + d.String()
		b.Reset()
		b.WriteString(s)
		return k
	}
	n.format = "malformed"
	b.WriteString(d.String())
	return k
}

// spacedDecimal reads the ", 5 %" of "0, 5 %": a decimal comma followed by
// a stray space, which a percent, a scale word or a unit after one digit
// betrays ("1, 3 pour cent", "7, 5 millions", "2, 5 km").
func spacedDecimal(text string, j int, frac *strings.Builder) (int, bool) {
	if j+2 >= len(text) || text[j] != ',' || text[j+1] != ' ' {
		return 0, false
	}
	k := digitRun(text, j+2, frac)
	if k-(j+2) < 1 || k-(j+2) > 2 {
		frac.Reset()
		return 0, false
	}
	rest := strings.TrimLeft(text[k:], " \u00a0\u202f")
	if !strings.HasPrefix(rest, "%") && !hasWordPrefix(rest, spacedDecimalUnits) && !(k-(j+2) == 1 && unitWordFirst(rest)) {
		// (before a unit, one digit only: "10, 20 hectares" lists two areas)
		frac.Reset()
		return 0, false
	}
	return k, true
}

// afterMonth: the number at i follows a month's name, "Mai 68, 45 %":
// a year, so its comma ends a clause and opens no decimal.
func afterMonth(text string, i int) bool {
	end := len(strings.TrimRight(text[:i], " \u00a0"))
	if end == i {
		return false
	}
	start := strings.LastIndexFunc(text[:end], func(r rune) bool { return !unicode.IsLetter(r) }) + 1
	if end-start > len("septembre") {
		return false
	}
	_, ok := frMonths[strings.ToLower(text[start:end])]
	return ok
}

var spacedDecimalUnits = []string{"pour cent", "pour-cent", "million", "millions", "milliard", "milliards"}

// unitWordFirst: s starts with a unit of measure written as a word of
// its own ("2, 5 km").
func unitWordFirst(s string) bool {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '²' && r != '³' })
	if end < 0 {
		end = len(s)
	}
	if end == 1 && s[0] >= 'A' && s[0] <= 'Z' && s[0] != 'L' {
		return false // "6 P3, 1 G(1eC)": a grade, no gram
	}
	return end > 0 && unitWords[strings.ToLower(s[:end])] != ""
}

// hasWordPrefix: s starts with one of words as a whole word.
func hasWordPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || !unicode.IsLetter(rune(s[len(w)]))) {
			return true
		}
	}
	return false
}

// yearWithNoteCall is 4 when digits are a year with one note call glued
// after it, right after a month name or after the year before it and a
// hyphen ("juin 20142", "2014-20151"); else 0.
func yearWithNoteCall(toks []token, digits string, lang Lang) int {
	if len(digits) != 5 || digits[4] == '0' || !allDigits(digits) || !strings.HasPrefix(digits, "19") && !strings.HasPrefix(digits, "20") {
		return 0
	}
	n := len(toks)
	if n == 0 {
		return 0
	}
	months := enMonths
	if lang == French {
		months = frMonths
	}
	if last := toks[n-1]; last.kind == tWord {
		if _, ok := months[last.low]; ok {
			return 4
		}
		return 0
	}
	if n >= 3 && toks[n-1].low == "," && toks[n-2].kind == tNum && len(toks[n-2].text) <= 2 {
		if _, ok := months[toks[n-3].low]; ok {
			return 4 // "June 30, 20142"
		}
	}
	if n >= 2 && toks[n-1].low == "-" && toks[n-2].kind == tNum && len(toks[n-2].text) == 4 {
		if atoiSafe(digits[:4]) == atoiSafe(toks[n-2].text)+1 {
			return 4
		}
	}
	return 0
}

// modelAfter: at j, a space and a word opening with three capitals that
// name no currency or unit ("737 MAX", not "1 200 EUR").
func modelAfter(text string, j int) bool {
	if j+4 > len(text) || text[j] != ' ' {
		return false
	}
	k := j + 1
	for k < len(text) && text[k] >= 'A' && text[k] <= 'Z' {
		k++
	}
	if k-j-1 < 3 {
		return false
	}
	w := strings.ToLower(text[j+1 : k])
	return currencyWords[w] == "" && unitWords[w] == ""
}
