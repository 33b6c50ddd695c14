package figures

import (
	"fmt"
	"math/big"
	"strings"
)

// add records a finding about a pair and raises the row's status.
func (r *Report) add(s, t *atom, v verdict) {
	f := Finding{Kind: v.kind, Severity: v.severity, Rule: v.rule}
	if s != nil {
		sm := *s.m
		f.Source, f.Paragraph = &sm, sm.Paragraph
	}
	if t != nil {
		tm := *t.m
		f.Target = &tm
		if s == nil {
			f.Paragraph = tm.Paragraph
			t.derived = t.derived || v.kind == "derived" && v.severity == Info
		}
	}
	f.Message = message(s, t, v)
	r.Findings = append(r.Findings, f)
	if s != nil && s.row >= 0 {
		r.raise(s.row, v.severity, t != nil)
	}
}

// raise sets a row's status from the worst finding on it.
func (r *Report) raise(row int, sev Severity, paired bool) {
	st := &r.Rows[row].Status
	switch {
	case sev == Error && paired:
		*st = RowModified
	case sev == Error:
		*st = RowMissing
	case *st == RowMatched:
		*st = RowWarning
	}
}

// message is one short, exact sentence a translator (or an LLM) can act
// on: both forms, both values, what is wrong.
func message(s, t *atom, v verdict) string {
	switch {
	case s != nil && t != nil:
		return fmt.Sprintf("%q (%s) was written %q (%s): %s", s.m.Raw, s.m.Display(), t.m.Raw, t.m.Display(), v.why)
	case s != nil:
		return fmt.Sprintf("%q (%s) in paragraph %d %s", s.m.Raw, s.m.Display(), s.m.Paragraph+1, v.why)
	case t != nil:
		return fmt.Sprintf("%q (%s) in paragraph %d %s", t.m.Raw, t.m.Display(), t.m.Paragraph+1, v.why)
	}
	return v.why
}

// diffClass names how a wrong value differs from the right one
// (figures.md, Matching 2, modified).
func diffClass(s, t Mention) string {
	if s.Alt == "rooms" && bedrooms(t) {
		return "a flat of " + s.Value + " rooms has one bedroom fewer"
	}
	if s.Unit == centUnit && t.style == "cents" || t.Unit == centUnit && s.style == "cents" {
		return "value differs" // cents, and cents on the dollar
	}
	if class(s.Kind) != class(t.Kind) {
		return fmt.Sprintf("%s written as %s", kindName(s.Kind), kindName(t.Kind))
	}
	if s.Kind == Date || s.Kind == Year || s.Kind == Time || s.Kind == Identifier || s.Kind == Score {
		if s.Kind == Score && reverse(s.Value) == t.Value {
			return "score order reversed"
		}
		if sd, td := s.Date, t.Date; sd != nil && td != nil && sd.Weekday != 0 && td.Weekday != 0 && sd.Weekday != td.Weekday {
			return "the weekday differs (" + enWeekdayNames[sd.Weekday] + " vs " + enWeekdayNames[td.Weekday] + ")"
		}
		return kindName(s.Kind) + " differs"
	}
	if s.Unit != t.Unit {
		return fmt.Sprintf("unit or currency differs (%s vs %s)", unitName(s.Unit), unitName(t.Unit))
	}
	if periodClash(s, t) {
		return "counted per another period"
	}
	if eachTotal(s, t) {
		return "the source gives it for each one, not as a total"
	}
	if perWhoClash(s, t) {
		return "counted per " + perWhoName[t.perWho] + ", the source per " + perWhoName[s.perWho]
	}
	if s.qual != "" && t.qual != "" && s.qual != t.qual {
		return "another part of the century (" + s.qual + " vs " + t.qual + ")"
	}
	if periodsClash(s, t) {
		return fmt.Sprintf("the period differs (%s vs %s)", s.Head, t.Head)
	}
	sv, tv := s.Rat(), t.Rat()
	if sv == nil || tv == nil || sv.Sign() == 0 || tv.Sign() == 0 || s.Word || t.Word {
		return "value differs"
	}
	if sv.Sign() != tv.Sign() {
		return "sign differs"
	}
	if e, ok := powerOfTen(sv, tv); ok {
		if s.Scale != "" || t.Scale != "" {
			return "scale word wrong"
		}
		if strings.ContainsAny(s.Raw, ",.") || strings.Contains(t.Raw, ".") {
			return fmt.Sprintf("decimal point shifted (x10^%d)", e)
		}
		return fmt.Sprintf("magnitude off by x10^%d", e)
	}
	return digitDiff(digitsOf(s.Value), digitsOf(t.Value))
}

func kindName(k Kind) string {
	if k == PercentPoint {
		return "percentage points"
	}
	return string(k)
}

func unitName(u string) string {
	if u == "" {
		return "none"
	}
	return u
}

func reverse(score string) string {
	a, b, _ := strings.Cut(score, "-")
	return b + "-" + a
}

// powerOfTen reports t = s * 10^e for a non-zero e.
func powerOfTen(s, t *big.Rat) (int, bool) {
	q := new(big.Rat).Quo(t, s)
	ten := big.NewRat(10, 1)
	for e := 1; e <= 15; e++ {
		if q.Cmp(pow10(e)) == 0 {
			return e, true
		}
		if new(big.Rat).Mul(q, pow10(e)).Cmp(big.NewRat(1, 1)) == 0 {
			return -e, true
		}
	}
	_ = ten
	return 0, false
}

func digitsOf(v string) string {
	return strings.TrimLeft(strings.NewReplacer(".", "", "-", "").Replace(v), "0")
}

// digitDiff classifies two digit strings: substitution, transposition,
// digit added or dropped.
func digitDiff(a, b string) string {
	if len(a) == len(b) {
		var diff []int
		for k := range a {
			if a[k] != b[k] {
				diff = append(diff, k)
			}
		}
		switch {
		case len(diff) == 1:
			return "one digit substituted"
		case len(diff) == 2 && diff[1] == diff[0]+1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]:
			return "digits transposed"
		}
		return "value differs"
	}
	if len(b) == len(a)+1 && strings.Contains(b, a) || len(a) == len(b)+1 && strings.Contains(a, b) {
		return "a digit was added or dropped"
	}
	return "value differs"
}
