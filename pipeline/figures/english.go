package figures

import "strings"

var enUnitNames = [...]string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var enTensNames = [...]string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

// englishWords spells 1..999 in English; larger values stay digits.
func englishWords(n int) string {
	switch {
	case n <= 0 || n >= 1000:
		return groupThousands(itoa(n))
	case n < 20:
		return enUnitNames[n]
	case n < 100:
		if n%10 == 0 {
			return enTensNames[n/10]
		}
		return enTensNames[n/10] + "-" + enUnitNames[n%10]
	}
	s := enUnitNames[n/100] + " hundred"
	if n%100 != 0 {
		s += " and " + englishWords(n%100)
	}
	return s
}

var enOrdinalNames = [...]string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
	"eighth", "ninth", "tenth", "eleventh", "twelfth"}

func ordinalWord(n int) string {
	if n > 0 && n < len(enOrdinalNames) {
		return enOrdinalNames[n]
	}
	return itoa(n) + ordSuffix(n)
}

func formatDate(m Mention) string {
	d := m.Date
	if d == nil {
		return m.Value
	}
	var s string
	switch {
	case d.Weekday != 0 && d.Month == 0:
		return enWeekdayNames[d.Weekday]
	case d.Season != "" && d.Year != 0:
		return d.Season + " " + itoa(d.Year)
	case d.Season != "":
		return d.Season
	case d.Decade && d.Qualifier == "mid":
		return "the mid-" + itoa(d.Year) + "s"
	case d.Decade && d.Qualifier != "":
		return "the " + d.Qualifier + " " + itoa(d.Year) + "s"
	case d.Decade:
		return "the " + itoa(d.Year) + "s"
	case d.Month != 0 && d.Day != 0:
		s = enMonthNames[d.Month] + " " + itoa(d.Day)
		if d.Year != 0 {
			s += ", " + itoa(d.Year)
		}
	case d.Month != 0:
		s = enMonthNames[d.Month]
		if d.Year != 0 {
			s += " " + itoa(d.Year)
		}
	default:
		s = itoa(d.Year)
	}
	if d.Weekday != 0 {
		s = enWeekdayNames[d.Weekday] + ", " + s
	}
	switch d.Qualifier {
	case "mid":
		return "mid-" + s
	case "early", "late":
		return d.Qualifier + " " + s
	}
	return s
}

func formatTime(v string) string {
	switch v {
	case "12:00":
		return "noon"
	case "00:00":
		return "midnight"
	}
	return v
}

func formatRange(m Mention) string {
	if len(m.Parts) != 2 {
		return m.Raw
	}
	lo, hi := m.Parts[0], m.Parts[1]
	if lo.Kind == Date && hi.Kind == Date && lo.Date.Day != 0 && hi.Date.Day != 0 && lo.Date.Month == hi.Date.Month && lo.Date.Year == hi.Date.Year && lo.Date.Day != hi.Date.Day {
		// ("du 1 au 1 mai", one day twice: "May 1-1" reads as a score; it takes the long form)
		s := enMonthNames[lo.Date.Month] + " " + itoa(lo.Date.Day) + "-" + itoa(hi.Date.Day)
		if hi.Date.Year != 0 {
			s += ", " + itoa(hi.Date.Year)
		}
		return s
	}
	a, b := FormatEnglish(lo), FormatEnglish(hi)
	if class(hi.Kind) == Cardinal && hi.Unit == "" && hi.Scale == "" && scaleWordIn(b) && !scaleWordIn(a) {
		b = groupThousands(hi.Value) // "1 to 1,000,000": "1 to 1 million" would read as a million to a million
	}
	if hi.Kind == Money && hi.Scale == "" && scaleWordIn(b) && !scaleWordIn(a) {
		// "$1 to $1,000,000": "$1 to $1 million" would share the million
		if sym := currencySymbol[hi.Unit]; sym != "" && !strings.HasPrefix(hi.Value, "-") {
			b = sym + groupThousands(hi.Value)
		}
	}
	switch m.style {
	case "de", "d'", "from", "du":
		return "from " + a + " to " + b
	case "entre", "between":
		return "between " + a + " and " + b
	}
	if lo.Kind == Year {
		return a + "-" + b
	}
	if lv, hv := lo.Rat(), hi.Rat(); lv != nil && hv != nil && lv.Cmp(hv) > 0 {
		return "from " + a + " to " + b // "10 to 0" alone reads as a score
	}
	return a + " to " + b
}

// scaleWordIn: an English rendering ends with a scale word ("1 million").
func scaleWordIn(s string) bool {
	return strings.HasSuffix(s, " million") || strings.HasSuffix(s, " billion") || strings.HasSuffix(s, " trillion")
}
