package figures

// Comparing one value told in two forms: a share as a fraction, a name
// and its number, a clock reading and a duration, a count of times, an
// age in decades.

import (
	"fmt"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// sameIdent: a name and a plain number say the same: COVID-19 =
// Covid-19, 49.3 = 49-3, Boeing 747 = 747, magnitude-6.8 = 6,8.
func sameIdent(s, t Mention) bool {
	if a, b := pointLetters(s.Value), pointLetters(t.Value); a != "" && b != "" && a != b {
		return false // "5.4 b)" is no "5.4 (c)": the points are lettered on both sides
	}
	return identKey(s.Raw) == identKey(t.Raw) || s.Value == t.Value || digitsOnly(s.Value) != "" && digitsOnly(s.Value) == digitsOnly(t.Value) ||
		labelNumber(s.Raw) == t.Value || labelNumber(t.Raw) == s.Value
}

// spelledOrdinalOfOther: an ordinal in words ("the third country") is
// the number of a name ("Chandrayaan-3") only when it says that name
// ("the third Chandrayaan mission").
func spelledOrdinalOfOther(s, t Mention) bool {
	id, ord := s, t
	if t.Kind == Identifier {
		id, ord = t, s
	}
	if ord.Kind != Ordinal || !ord.Word {
		return false
	}
	name := strings.ToLower(strings.TrimRight(id.Raw, "0123456789-"))
	if len(name) < 3 || strings.ContainsAny(name, " °.-") || name == "numéro" || name == "number" {
		return false // "numéro 6" = "sixth seed": a rank's label, no name
	}
	return !slices.Contains(ord.ctx, name) && ord.Head != name
}

// pointLetters: the one-letter parts that follow a number in an
// identifier of two numbers or more, "5-4-B" gives "B".
func pointLetters(v string) string {
	var b strings.Builder
	parts := strings.Split(v, "-")
	if len(digitsOnly(v)) < 4 {
		return "" // "3A" against "3Q": a quarter's name misspelt, no lettered point of a provision
	}
	for k := 1; k < len(parts); k++ {
		if len(parts[k]) == 1 && parts[k][0] >= 'A' && parts[k][0] <= 'Z' && parts[k-1] != "" && parts[k-1][0] >= '0' && parts[k-1][0] <= '9' {
			b.WriteString(parts[k])
		}
	}
	return b.String()
}

func digitsOnly(v string) string {
	var b strings.Builder
	for _, part := range strings.Split(v, "-") {
		if part != "" && part[0] >= '0' && part[0] <= '9' {
			b.WriteString(part + "-")
		}
	}
	return b.String()
}

func plus12(v string) string {
	h := int(v[0]-'0')*10 + int(v[1]-'0')
	h = (h + 12) % 24
	return string([]byte{byte('0' + h/10), byte('0' + h%10)}) + v[2:]
}

// sameShare: a percentage and a fraction say the same share, a third
// being 33 or 33.3 percent.
func sameShare(s, t Mention) bool {
	p, f := s.Rat(), t.Rat()
	if s.Kind == Fraction {
		p, f = f, p
	}
	if p == nil || f == nil {
		return false
	}
	d := new(big.Rat).Sub(new(big.Rat).Quo(p, big.NewRat(100, 1)), f)
	if d.Abs(d).Cmp(big.NewRat(1, 200)) <= 0 {
		return true
	}
	// a whole percentage cut from a repeating share: "66 p. 100" for two-thirds
	pct := new(big.Rat).Mul(f, big.NewRat(100, 1))
	return p.IsInt() && !pct.IsInt() && new(big.Int).Quo(pct.Num(), pct.Denom()).Cmp(p.Num()) == 0
}

// sameClockDuration: a clock reading and a duration are one length of
// time, the clock read as hours and minutes ("2 h 15" = 2:15) or, for a
// race time, as minutes and seconds ("1 min 45 s" = 1:45).
func sameClockDuration(s, t Mention) bool {
	a, b := clockSeconds(s), clockSeconds(t)
	if a == b {
		return a >= 0
	}
	if s.Kind == Time {
		a = a / 60
	} else {
		b = b / 60
	}
	return a == b && a >= 0 && a < 3600
}

// clockSeconds is a time of day read as a length of time, or a duration,
// in seconds; -1 when it is neither.
func clockSeconds(m Mention) int {
	if m.Kind == Quantity && m.Unit == "s" {
		v, err := strconv.Atoi(m.Value)
		if err != nil {
			return -1
		}
		return v
	}
	var h, mi int
	if _, err := fmt.Sscanf(m.Value, "%d:%d", &h, &mi); err == nil {
		return h*3600 + mi*60
	}
	// "2.5 hours", "two and a half hours": a count of a period
	if v, unit := duration(m); unit == "sec" && v != nil && v.IsInt() && m.Kind != Time {
		return int(v.Num().Int64())
	}
	return -1
}

// countsPoints: a number of points read as a count (no rate near it).
func countsPoints(m Mention) bool {
	return class(m.Kind) == Cardinal && m.Unit == "" && (m.Head == "points" || m.Head == "point")
}

// countOfTimes: of a multiplier and a count, the multiplier counts times
// ("twice", "11 fois") rather than scaling a figure ("multiplié par
// trois", "tripled"), and the other is a plain count (à deux reprises):
// "increased by three" or "ten percent" is no factor of three or ten.
func countOfTimes(s, t Mention) bool {
	mul, other := s, t
	if t.Kind == Multiplier {
		mul, other = t, s
	}
	return mul.style != "factor" && mul.style != "verb" && class(other.Kind) == Cardinal && other.Unit == ""
}

// bareHour: t, a number in words, is the hour of the clock s on the
// hour, on either half of the day ("7h", "19h" and "seven").
func bareHour(s, t Mention) bool {
	if len(s.Value) != 5 || s.Value[3:] != "00" || s.Alt == "dur" || periodUnit[t.Head] != "" || t.Comparator != CmpNone {
		return false // ("jusqu'à 6 h" -> "up to six hours": a length of time)
	}
	h, v := atoiSafe(s.Value[:2]), atoiSafe(t.Value)
	return v >= 1 && v <= 12 && (h == v || h == v+12)
}

// nthTime: a is a count of times ("quatre fois", "four times") and b
// the rank of the last of them ("for the fourth time", "la quatrième
// fois"): the same count.
func nthTime(a, b Mention) bool {
	return a.Kind == Multiplier && a.style != "factor" && a.style != "verb" && b.Kind == Ordinal && timesNoun[b.Head]
}

// nthPeriod: a is a count of periods ("dix semaines") and b the rank of
// the last of them ("the tenth week"): the same length of time.
func nthPeriod(a, b Mention) bool {
	return class(a.Kind) == Cardinal && a.Unit == "" && b.Kind == Ordinal && periodSize[a.Head] != 0 && periodSize[a.Head] == periodSize[b.Head]
}

// ageCollective: "d'une cinquantaine d'années" is "in his fifties".
func ageCollective(s, t Mention) bool {
	return s.Value == t.Value && (s.Kind == Approx && s.Unit == "" && t.Unit == "age" || t.Kind == Approx && t.Unit == "" && s.Unit == "age")
}

// dottedClock: t, a decimal written "12.30", is the clock s in the
// British way, on either half of the day.
func dottedClock(s, t Mention) bool {
	h, m, ok := strings.Cut(strings.TrimSpace(t.Raw), ".")
	if !ok || len(m) != 2 || len(h) < 1 || len(h) > 2 || len(s.Value) != 5 || periodUnit[t.Head] != "" {
		return false
	}
	sh, sm := atoiSafe(s.Value[:2]), s.Value[3:]
	th := atoiSafe(h)
	return m == sm && (th == sh || th+12 == sh)
}

// dotGrouped: a is the number b written with thousands dots, as Spanish
// and Latin American laws are numbered ("18.561" for 18561).
func dotGrouped(a, b string) bool {
	head, rest, ok := strings.Cut(a, ".")
	if !ok || len(head) == 0 || len(head) > 3 || !allDigits(head) {
		return false
	}
	for _, g := range strings.Split(rest, ".") {
		if len(g) != 3 || !allDigits(g) {
			return false
		}
	}
	return strings.ReplaceAll(a, ".", "") == b
}

func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
