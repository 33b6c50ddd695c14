// Package figures extracts number-bearing expressions from French and
// English text, normalises them to exact values, and compares a source with
// its translation or summary. It is pure: no I/O.
package figures

import (
	"math/big"
	"regexp"
	"strings"
)

// Lang selects the conventions a text is parsed with.
type Lang string

// Languages.
const (
	French  Lang = "fr"
	English Lang = "en"
)

// Kind is the type of a figure.
type Kind string

// Kinds of figures.
const (
	Cardinal Kind = "cardinal"
	Decimal  Kind = "decimal"
	Percent  Kind = "percent"
)

// Mention is one figure found in a text.
type Mention struct {
	Kind      Kind   `json:"kind"`
	Value     string `json:"value"` // exact value, canonical decimal form
	Unit      string `json:"unit,omitempty"`
	Raw       string `json:"raw"`
	Start     int    `json:"start"` // byte offsets in the paragraph
	End       int    `json:"end"`
	Paragraph int    `json:"paragraph"`
}

// Key identifies what must match across languages.
func (m Mention) Key() string { return string(m.Kind) + "|" + m.Value + "|" + m.Unit }

var (
	frNumber = regexp.MustCompile(`\d{1,3}(?:[ \x{00A0}\x{202F}]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`)
	enNumber = regexp.MustCompile(`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`)
	percent  = regexp.MustCompile(`^\s*(?:%|pour cent|percent|per cent)`)
)

// Extract returns the figures of text parsed with lang's conventions.
func Extract(text string, lang Lang) []Mention {
	re, dec, group := frNumber, ",", " \u00a0\u202f"
	if lang == English {
		re, dec, group = enNumber, ".", ","
	}
	var out []Mention
	for _, loc := range re.FindAllStringIndex(text, -1) {
		raw := text[loc[0]:loc[1]]
		if loc[0] > 0 && isWordByte(text[loc[0]-1]) || loc[1] < len(text) && isWordByte(text[loc[1]]) {
			continue // part of an identifier such as A380 or COVID-19
		}
		num := strings.Map(func(r rune) rune {
			if strings.ContainsRune(group, r) {
				return -1
			}
			return r
		}, raw)
		num = strings.Replace(num, dec, ".", 1)
		v, ok := new(big.Rat).SetString(num)
		if !ok {
			continue
		}
		m := Mention{Kind: Cardinal, Value: canonical(v), Raw: raw, Start: loc[0], End: loc[1]}
		if strings.Contains(num, ".") {
			m.Kind = Decimal
		}
		if p := percent.FindString(text[loc[1]:]); p != "" {
			m.Kind, m.Unit, m.End = Percent, "%", loc[1]+len(p)
			m.Raw = text[loc[0]:m.End]
		}
		out = append(out, m)
	}
	return out
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '-' || b == '.' || b == '_'
}

// canonical writes an exact value in the shortest decimal form.
func canonical(v *big.Rat) string {
	if v.IsInt() {
		return v.Num().String()
	}
	s := v.FloatString(12)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// FormatEnglish writes a mention the English way: 4 000 -> 4,000;
// 2,5 % -> 2.5%.
func FormatEnglish(m Mention) string {
	v, ok := new(big.Rat).SetString(m.Value)
	if !ok {
		return m.Raw
	}
	s := groupThousands(canonical(v))
	if m.Kind == Percent {
		s += "%"
	}
	return s
}

func groupThousands(s string) string {
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if neg {
		out = "-" + out
	}
	if frac != "" {
		out += "." + frac
	}
	return out
}
