package figures

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// FormatEnglish writes a French-source mention the English way, so that
// Extract(FormatEnglish(m), English) reads the same value and kind:
// 4 000 -> 4,000; 2,5 % -> 2.5%; 1er mai -> May 1; mi-2022 -> mid-2022.
func FormatEnglish(m Mention) string {
	s := formatCore(m)
	if w := hedgeWord[m.Comparator]; w != "" && m.Kind != Approx && (m.Kind != Range || m.Comparator == CmpApprox) && !m.boundOut {
		if rest, ok := strings.CutPrefix(s, "from "); ok && m.Kind == Range {
			return "from " + w + " " + rest // "from about 1,000 to 0", not "about from"
		}
		s = w + " " + s
	}
	return s
}

func formatCore(m Mention) string {
	if s, ok := formatSpecial(m); ok {
		return s
	}
	if unit, ok := strings.CutPrefix(m.Alt, "per:"); ok {
		if phrase := perPhrase[unit]; phrase != "" {
			return formatNumber(m) + " " + phrase
		}
		return formatNumber(m) + " out of " + formatNumber(m)
	}
	switch m.Kind {
	case Cardinal, Decimal:
		return formatNumber(m)
	case Percent:
		return formatNumber(m) + "%"
	case PercentPoint:
		return formatNumber(m) + " percentage points"
	case PerMille:
		return formatNumber(m) + "‰"
	case Money:
		return formatMoney(m)
	case Quantity:
		if m.Unit == "s" {
			return formatClock(m)
		}
		return formatNumber(m) + " " + englishUnit[m.Unit]
	case Ordinal:
		if m.Unit == fromEnd {
			if n := atoiSafe(m.Value); n >= 2 && n <= 3 {
				return ordinalWord(n) + "-to-last"
			}
			return formatOrdinal(Mention{Kind: Ordinal, Value: m.Value}) + " from bottom"
		}
		return formatOrdinal(m)
	case Date, Year:
		return formatDate(m)
	case Time:
		return formatTime(m.Value)
	case Range:
		return formatRange(m)
	case Fraction:
		if w := fractionWords[m.Value]; w != "" {
			return w
		}
		return nthWords(m)
	case Multiplier:
		return formatMultiplier(m)
	case Approx:
		return formatApprox(m)
	case Identifier:
		if strings.Contains(m.Raw, ")") && !strings.Contains(m.Raw, "(") {
			return englishParts(m.Value) // "7 1) j)": "7(1)(j)"
		}
		if strings.Contains(m.Raw, " (") {
			return strings.ReplaceAll(m.Raw, " (", "(") // "7.01 (1)": "7.01(1)", as English sets it
		}
	}
	return m.Raw
}

// englishParts writes an article's parts the English way, each in
// brackets after its number: "7-1-J" is "7(1)(j)".
func englishParts(v string) string {
	parts := strings.Split(v, "-")
	var b strings.Builder
	b.WriteString(parts[0])
	for _, p := range parts[1:] {
		b.WriteString("(" + strings.ToLower(p) + ")")
	}
	return b.String()
}

// formatNumber writes digits with English grouping, or English words
// when the source spelled the number and it is small.
func formatNumber(m Mention) string {
	v := m.Rat()
	if v == nil {
		return m.Raw
	}
	if m.Word && v.IsInt() && v.Sign() > 0 && v.Cmp(big.NewRat(100, 1)) < 0 {
		return englishWords(int(v.Num().Int64()))
	}
	if m.Scale != "" || v.IsInt() && len(v.Num().String()) >= 7 {
		if s, ok := withScale(v); ok {
			return s
		}
	}
	if yearLike(m, v) {
		return m.Raw // an ungrouped 1990 is a year even without a cue
	}
	s := groupThousands(canonical(v))
	if m.Signed && v.Sign() > 0 {
		s = "+" + s
	}
	return s
}

// withScale writes 3200000000 as "3.2 billion" when the mantissa is short
// and exact.
func withScale(v *big.Rat) (string, bool) {
	for _, sc := range []struct {
		e    int
		name string
	}{{18, "quintillion"}, {15, "quadrillion"}, {12, "trillion"}, {9, "billion"}, {6, "million"}} {
		q := new(big.Rat).Quo(v, pow10(sc.e))
		if new(big.Rat).Abs(q).Cmp(big.NewRat(1, 1)) >= 0 {
			c := canonical(q)
			if r, ok := new(big.Rat).SetString(c); ok && r.Cmp(q) == 0 && len(strings.TrimLeft(c, "-")) <= 6 {
				return groupThousands(c) + " " + sc.name, true
			}
			return "", false // "100000000000000000001" is no 100 quintillion: digits it is
		}
	}
	return "", false
}

// groupThousands writes English digit grouping: 4000 -> 4,000.
func groupThousands(s string) string {
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	if neg {
		b.WriteString("-")
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

var currencySymbol = map[string]string{"USD": "$", "GBP": "£", "CAD": "C$", "AUD": "A$", "JPY": "¥"}
var currencyName = map[string]string{"EUR": "euros", "CHF": "Swiss francs", "XOF": "CFA francs", "XPF": "CFP francs",
	"CNY": "yuan", "RUB": "roubles", "FRF": "francs", "DZD": "dinars", "MAD": "dirhams", "HKD": "HKD"}

func formatMoney(m Mention) string {
	if m.Unit == centUnit {
		return formatCents(m)
	}
	n := formatNumber(Mention{Value: m.Value, Scale: m.Scale, Signed: m.Signed})
	if sym := currencySymbol[m.Unit]; sym != "" {
		if strings.HasPrefix(n, "-") || strings.HasPrefix(n, "+") {
			return n[:1] + sym + n[1:] // "+$1", as "-$1": the sign before the symbol
		}
		return sym + n
	}
	if name := currencyName[m.Unit]; name != "" {
		return n + " " + name
	}
	return n + " " + m.Unit
}

func formatOrdinal(m Mention) string {
	if m.style == "regnal" {
		return strings.TrimSuffix(m.Raw, "er") // François Ier is Francis I
	}
	if m.style == "grade" {
		return "Year " + itoa(13-gradeNumber(m)) // "leur seconde": the English school year, Year 11
	}
	v := m.Rat()
	if v == nil || !v.IsInt() || !v.Num().IsInt64() {
		return m.Raw // a rank past int64 ("10000000000000000000d") is left as written, never wrapped round
	}
	n := int(v.Num().Int64())
	s := itoa(n) + ordSuffix(n)
	switch {
	case m.Unit == "century":
		return s + " century"
	case m.Unit == "republic":
		w := ordinalWord(n)
		return strings.ToUpper(w[:1]) + w[1:] + " Republic"
	case m.Head == "leg" && m.style == "fixed":
		return ordinalWord(n) + " leg" // "à l'aller": the first leg
	case m.Word && n <= 12:
		return ordinalWord(n)
	}
	return s
}

func ordSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}

var fractionWords = map[string]string{"0.5": "half", "0.333333333333": "a third", "0.25": "a quarter",
	"0.75": "three quarters", "0.666666666667": "two thirds"}

func formatMultiplier(m Mention) string {
	if m.Value == "2" && m.Word {
		return "twice"
	}
	if v := m.Rat(); m.Word && v != nil && v.IsInt() && v.Num().Int64() < 20 && v.Num().Int64() > 1 {
		return englishWords(int(v.Num().Int64())) + " times"
	}
	return m.Value + " times"
}

// formatApprox writes collective nouns as hedged numbers: une vingtaine
// -> about twenty; des milliers -> thousands.
func formatApprox(m Mention) string {
	v := m.Rat()
	if v == nil || !v.IsInt() {
		return m.Raw
	}
	n := int(v.Num().Int64())
	if m.Vague {
		if m.Comparator != CmpNone {
			if s, ok := map[int]string{10: "a few dozen", 100: "a few hundred", 1000: "a few thousand", 1000000: "a few million", 1000000000: "a few billion"}[n]; ok {
				return s
			}
		}
		if s, ok := map[int]string{10: "dozens", 100: "hundreds", 1000: "thousands", 1000000: "millions", 1000000000: "billions"}[n]; ok {
			return s
		}
		return m.Raw
	}
	if m.style == "dozen" {
		return "a dozen"
	}
	hedge := "about"
	if w := hedgeWord[m.Comparator]; w != "" && m.Comparator != CmpApprox {
		hedge = w // "plus d'une centaine": more than a hundred
	}
	s := hedge + " " + englishWords(n)
	if n == 100 || n == 1000 {
		s = hedge + " " + map[int]string{100: "a hundred", 1000: "a thousand"}[n]
	}
	if m.Alt == "fortnight" {
		s += " days"
	}
	return s
}

func yearLike(m Mention, v *big.Rat) bool {
	return m.Kind == Cardinal && !m.Word && m.Scale == "" && v.IsInt() && len(m.Raw) == 4 &&
		v.Cmp(big.NewRat(1000, 1)) >= 0 && v.Cmp(big.NewRat(2100, 1)) <= 0
}

// formatClock writes a race time in seconds as H:MM:SS.
func formatClock(m Mention) string {
	v := m.Rat()
	if v == nil {
		return m.Raw
	}
	if !v.IsInt() && v.Cmp(big.NewRat(3600, 1)) < 0 {
		f, _ := v.Float64()
		prec := 2
		if !new(big.Rat).Mul(v, big.NewRat(100, 1)).IsInt() {
			prec = 3 // thousandths: 3:21.447
		}
		return fmt.Sprintf("%d:%0*.*f", int(f)/60, prec+3, prec, f-float64(int(f)/60*60)) // 1:54.06
	}
	f, _ := v.Float64()
	if !v.IsInt() || v.Cmp(big.NewRat(24*3600, 1)) >= 0 {
		return hmsFraction(v, f) // 1hr 32min 7.212sec; 27hr 0min 0sec, which no clock shows
	}
	n := int64(f + 0.5)
	return fmt.Sprintf("%d:%02d:%02d", n/3600, n/60%60, n%60)
}

// nthWords writes a fraction named by an ordinal, one-fifth, two-tenths,
// hyphenated so that it reads back without a following "of".
func nthWords(m Mention) string {
	v := m.Rat()
	if v == nil || !v.Num().IsInt64() || !v.Denom().IsInt64() {
		return m.Raw
	}
	n, d := v.Num().Int64(), v.Denom().Int64()
	if n == 1 && d > 100 {
		return "1 in " + formatNumber(Mention{Kind: Cardinal, Value: strconv.FormatInt(d, 10)}) // "un cas sur 400"
	}
	if d > 100 {
		n, d = smallFraction(m.Value) // 2/7 is kept as 0.285714285714
	}
	ord := ""
	for w, x := range enOrdinals {
		if x == d && !strings.Contains(w, "-") {
			ord = w
		}
	}
	if ord == "" || n < 1 || n >= 20 {
		return m.Raw
	}
	if n == 1 {
		return "one-" + ord
	}
	return enUnitNames[n] + "-" + ord + "s"
}
