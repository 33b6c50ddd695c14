// Package figures extracts number-bearing expressions from French and
// English text, normalises them to exact typed values, and compares a
// source with its translation or summary. It is pure: no I/O.
package figures

import (
	"cmp"
	"math/big"
	"strconv"
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

// Kinds of figures (figures.md, "Normalisation rules").
const (
	Cardinal     Kind = "cardinal"
	Decimal      Kind = "decimal"
	Percent      Kind = "percent"
	PercentPoint Kind = "point"
	PerMille     Kind = "permille"
	Money        Kind = "money"
	Quantity     Kind = "quantity"
	Ordinal      Kind = "ordinal"
	Date         Kind = "date"
	Year         Kind = "year"
	Time         Kind = "time"
	Range        Kind = "range"
	Fraction     Kind = "fraction"
	Multiplier   Kind = "multiplier"
	Score        Kind = "score"
	Identifier   Kind = "identifier"
	Approx       Kind = "approx" // collective nouns: une vingtaine, des milliers
)

// Comparator is the hedge bound to a figure (N9).
type Comparator string

// Comparators; the empty one means no hedge word.
const (
	CmpNone   Comparator = ""
	CmpExact  Comparator = "exact"
	CmpApprox Comparator = "approx"
	CmpNearly Comparator = "nearly"
	CmpGT     Comparator = "gt"
	CmpGE     Comparator = "ge"
	CmpLT     Comparator = "lt"
	CmpLE     Comparator = "le"
)

// DateValue holds the fields of a date; zero means absent (N13).
type DateValue struct {
	Year      int    `json:"year,omitempty"`
	Month     int    `json:"month,omitempty"`
	Day       int    `json:"day,omitempty"`
	Qualifier string `json:"qualifier,omitempty"` // early, mid, late
	Decade    bool   `json:"decade,omitempty"`
	Weekday   int    `json:"weekday,omitempty"`   // 1 Monday .. 7 Sunday
	Season    string `json:"season,omitempty"`    // spring, summer, autumn, winter
	Part      string `json:"part,omitempty"`      // morning, afternoon, night
	Alias     bool   `json:"alias,omitempty"`     // 9/11, VE Day: the year may be implied
	Name      string `json:"name,omitempty"`      // a named day: good-friday, black-friday
	Ambiguous bool   `json:"ambiguous,omitempty"` // numeric date readable both DMY and MDY
	intoNext  bool   // a night told with the day it runs into: "la nuit de mardi à mercredi"
	yearLent  bool   // Year read from another date of the sentence ("January 17, 2024; ... March 14"), not written with this one
	spanHead  bool   // the first day of a span of days whose end is not the next day ("Tuesday into Thursday")
}

// Mention is one figure found in a text.
type Mention struct {
	Kind          Kind        `json:"kind"`
	Value         string      `json:"value"` // exact value, canonical form, scale applied
	Unit          string      `json:"unit,omitempty"`
	Raw           string      `json:"raw"`
	Start         int         `json:"start"` // byte offsets in the text given to Extract
	End           int         `json:"end"`
	Paragraph     int         `json:"paragraph"`
	Sentence      int         `json:"sentence"`
	Comparator    Comparator  `json:"comparator,omitempty"`
	Date          *DateValue  `json:"date,omitempty"`
	Parts         []Mention   `json:"parts,omitempty"` // Range: low and high ends
	Word          bool        `json:"word,omitempty"`  // spelled out (trente, thirty)
	Vague         bool        `json:"vague,omitempty"` // des milliers: order of magnitude only
	Scale         string      `json:"scale,omitempty"` // scale word as written: milliards, bn
	Format        string      `json:"format,omitempty"`
	Head          string      `json:"head,omitempty"` // noun the figure counts
	Attr          string      `json:"attr,omitempty"` // who gave it: police, unions
	Alt           string      `json:"alt,omitempty"`  // alternative reading (fortnight)
	Signed        bool        `json:"signed,omitempty"`
	Lang          Lang        `json:"lang"`
	style         string      // how the source wrote it, for FormatEnglish
	idiom         bool        // in a set phrase whose number counts nothing: "400 m quatre nages", "à deux pas"
	nameWord      string      // the capitalised word a number word names with: "Nations" of "Six Nations"
	ctx           []string    // content words around it (swap check)
	cl            *clauseInfo // its clause, read for summaries only (nil otherwise)
	attrNear      bool        // Attr read from the figure's own clause, not only its sentence
	otherPlace    bool        // compared with "contre" and said of another place, not an earlier time
	scaleCarry    int8        // the power of ten an earlier scaled figure of its English sentence may lend it: "two" after "Three million"
	qual          string      // early, mid, late: the part of a century
	per           int64       // the period an amount is counted per (par mois, a week)
	perWho        int8        // whom it is counted per: perPerson (par habitant, per capita), perHome (par foyer, per household)
	nounPer       int64       // the period its noun is counted per: "95 000 visiteurs par an"
	rangeEnd      int8        // 1, 2: low, high end of a range; 3, 4: of a from-to range
	changeEnd     int8        // 3, 4: the level left and the level reached of a change told with words between: "de 30 000 spectateurs en 2019 à 40 000"
	negCue        bool        // a fall/drop word near an English figure (N18)
	clockSaid     bool        // a time a word before it makes a time of day: "avant 6 h", "after 2pm", never a length
	label         bool        // names a thing (District 37, "(24)" for a minute): rank or number alike
	tallyTo       bool        // a running count: "portant à 27 le nombre de foyers", whose last is the 27th
	totalSaid     bool        // a total word next to it: "bringing total fines to €1.95m"
	artList       bool        // continues a list of articles, "Articles 81 and 82": a name like the first
	det           bool        // after a definite article or possessive: les deux, the two
	ofWhat        bool        // followed by "of", "des": a share of something
	ofThis        bool        // "of this", "de ce": a share of what the text just told
	wholeTold     string      // a share's or a count's whole said right after it: "a quarter of the 1,200 flats", "78 of the 790 posts"
	namedPlus     bool        // French "cette mesure et trois autres": a count beside one thing named
	namedIn       bool        // English "four measures including this one": a total taking that thing in
	prior         bool        // the compared figure: contre 12, compared with 12
	nowCompared   bool        // compared as today's figure: "contre 120 aujourd'hui"
	markBound     bool        // bounded by the mark it names: "au-dessus du seuil de 70 %" (the mark itself is exact)
	carried       string      // the unit an earlier word of the sentence gives it: "une tonne ..., contre quatre"
	listed        bool        // in a list with the figure before or after: "46 contre, 49 abstentions"
	bracketed     bool        // in brackets right after the figure before it: "62 miles (100 km)"
	parenthetical bool        // opens a bracket: "several (17 miles)", "28 km (17 miles)"
	dashed        bool        // told aside after a dash or an opening bracket a few words back: "from 2,661 in 1911 — a drop of about 70%"
	noteGap       uint8       // bytes back to the figure before it, when it is in brackets a few words later: "€19.50 at full price (about $21)"
	parenGap      uint8       // bytes back to the open bracket it stands in, in its sentence: the "31 mph" of "(about 42 mph in a 31 mph zone)"
	rateOf        uint8       // the unit of measure it is counted per, coded (rateUnits): km for "0,45 euro par kilomètre"
	shareOf       string      // a bare share of an amount, its multiplier and currency: "1000000000 EUR" for "les régions 4" after "12 milliards d'euros"
	zone          int8        // time zone said after a time: zoneParis, zoneGMT
	levelTo       string      // a change told before its level: the 800m of "rose €800m to €3.1bn" keeps "3100000000"
	boundOut      bool        // Comparator said outside the span: "ne doit pas dépasser 3 g", "300 € au plus"
	nounBound     Comparator  // the bound of the noun the figure sizes: "une peine minimale de 7 jours", "a maximum fine of $500"
	negFlip       bool        // Comparator turned round by a negation before its hedge: "cannot get more than 8 Mbps"
	negRight      bool        // that negation stands right before the hedge: "pas plus de 40", no doubt of its reach
	negNear       bool        // a negation among the words before the hedge, read or not: "ne pourra parler pendant plus de"
	resp          bool        // in a sentence that says "respectivement", "respectively": its list's order pairs it
	dir           int8        // +1 a rise, -1 a fall, by the verb or comparative next to it (N18)
	basis         int16       // the days a rate of change is counted over: 30 "sur un mois", "month-on-month", 365 a year, 7 a week
	levelDir      int8        // +1, -1: the level a rise or fall led to, "a reculé à 18,6 milliards", "rose to €18.6bn"
	personAge     bool        // "un homme de 45 ans": the age of a person in the clause
	inverse       bool        // a factor read as its inverse, "deux fois moins": a bound on it turns round
	inDecades     bool        // its Value counts years, its words decades: "deux décennies" is 20 years, written "two"
	yearTold      bool        // an English date whose year the words around it tell: "this December 27", "January of this year"
	enPronoun     bool        // French: "en" before its verb takes up what it counts ("n'en a enregistré que 780 000")
	share         int8        // the share a percentage is of, and its complement's negative (complement.go)
	levelSide     int8        // a percentage of a past level (1: "à 87 % de leur niveau") or short of it (-1: "13% below") (levelgap.go)
	sex           int8        // +1 its words name men or boys only, -1 women or girls only (gendergroup.go)
	ctxCore       []string    // ctx without its words of rise and fall, which tell which way, not what
	partOf        bool        // the part of the whole after it: the 60 of "60 de ses 150 ruches"
	nounElided    bool        // French: its noun is the figure's before, left unsaid: the 6 000 of "9 000 spectateurs autour de Rodez, et 6 000 aux abords de Millau"
	ofPrev        bool        // French: a part of the figure before it, "quatre tués, dont deux Français"
	wholeOfPrev   bool        // French: the whole the figure before it is part of, "250 salariés, sur les 610"
	born          bool        // a date or year of birth: "né le 26 juin 1998", "born in 1937"
	moneyCtx      bool        // a scale number told of an amount: "un investissement de 9 millions"
	thousands     bool        // a range end written with a thousands separator, so no year: "de 1 000 à 1 400"
	unitSaid      string      // the currency the English wrote, when it is read in the source's ("CHF" for francs)
	compUnit      bool        // Kind and Unit taken from the figure it is compared with ("9%, compared with 35"), not written
	guessedUnit   bool        // Kind and Unit taken from a figure before a comma: "l'objectif de 2 % du PIB, contre 3" may compare 3 with another
	commaText     bool        // "1,594 €" in an English text that writes "1,60 €" too: a French decimal comma, maybe
	names         []string    // capitalised names next to it: "à Roissy", "À Orly, la moitié"
	owner         string      // the name its clause gives it (owner.go)
	when          string      // the month or year told right after it (when.go): "m7" of "68 % en juillet"
	sentPlaces    []string    // the places its whole sentence names (entities.go), when it has names
	sides         [2]string   // a score's winner and loser, when its sentence says who won
	result        int8        // +1 when a score's subject won it, -1 when it lost it, by the verb before it
	bc            bool        // a year, century or millennium before the common era (av. J.-C., BC)
	eachSaid      bool        // said of each one, "900 MW chacun", "Chaque établissement emploiera 35 personnes", "each operator"
	comparedAfter bool        // English: a percent followed by its comparative, "32% more", "14% pricier"
	since         bool        // a date or a year said as a start: "depuis dimanche", "dès 2016", "since Sunday"
	leadGap       bool        // told as a difference by the words after it: "17 de plus que", "17 ahead of"
}

// clauseInfo is what a figure's clause says of it (summary attribution),
// kept apart so that a translation's many figures stay small.
type clauseInfo struct {
	words    []string // common words of its clause
	actors   []string // who its clause says gives or does it: names, courts, prosecutors
	np       []string // the words right after it: what it counts ("800 construction workers")
	elliptic bool     // its clause refers back: "celles de diesel", "la Banque de France seulement 1,5 %"
	// bySubject: it refers back only through the pronoun opening its
	// sentence ("Il empoche 3 millions"): to who was named, not to a
	// clause after it
	bySubject bool
	ofWhole   bool     // np is a whole's, counted by its own figure: "58.6% of 11,840 registered voters"
	tolls     []string // two tolls its clause joins, "tuées ou blessées", "killed or injured": one count of both
	// complement: it stands in a phrase set off by a comma, "..., avec 21
	// victimes", "..., pour 310 000 visiteurs", of the main clause before
	complement bool
	// opening: who the sentence's opening names ("Dans le Gers, le lac de
	// l'Astarac ... 38 %"), read for its first figure, said of them all
	opening []string
}

// clause, actors, np and elliptic read a figure's clause; empty when it
// was not read.
func (m Mention) clause() []string {
	if m.cl == nil {
		return nil
	}
	return m.cl.words
}

func (m Mention) actors() []string {
	if m.cl == nil {
		return nil
	}
	return m.cl.actors
}

func (m Mention) np() []string {
	if m.cl == nil {
		return nil
	}
	return m.cl.np
}

func (m Mention) elliptic() bool { return m.cl != nil && m.cl.elliptic }

func (m Mention) ofWhole() bool { return m.cl != nil && m.cl.ofWhole }

// Key identifies what must match across languages.
func (m Mention) Key() string { return string(class(m.Kind)) + "|" + m.Value + "|" + m.Unit }

// Rat is the exact numeric value of m, or nil for non-numeric kinds.
func (m Mention) Rat() *big.Rat {
	if v := plainDecimal(m.Value); v != nil {
		return v
	}
	v, ok := new(big.Rat).SetString(m.Value)
	if !ok {
		return nil
	}
	return v
}

// plainDecimal reads a value written as digits with at most one point
// and a leading minus, the commonest canonical form, without big.Rat's
// string parser: the comparisons ask for values many times over. It
// returns nil for anything else (fractions, exponents, identifiers).
func plainDecimal(v string) *big.Rat {
	digits, neg := strings.CutPrefix(v, "-")
	if digits == "" || len(digits) > 18 || strings.Count(digits, ".") > 1 || digits[0] == '.' || digits[len(digits)-1] == '.' {
		return nil
	}
	for k := 0; k < len(digits); k++ {
		if c := digits[k]; (c < '0' || c > '9') && c != '.' {
			return nil
		}
	}
	r := decimalRat(digits, "")
	if neg {
		r.Neg(r)
	}
	return r
}

// class groups kinds that are the same fact written differently.
func class(k Kind) Kind {
	switch k {
	case Decimal, Approx:
		return Cardinal
	}
	return k
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

// Display is the value as a reader sees it in the report table.
func (m Mention) Display() string {
	switch m.Kind {
	case Percent:
		return m.Value + "%"
	case PercentPoint:
		return m.Value + " pts"
	case PerMille:
		return m.Value + "‰"
	case Range:
		if len(m.Parts) == 2 {
			return m.Parts[0].Display() + ".." + m.Parts[1].Display()
		}
	case Money, Quantity:
		return short(m.Value) + " " + cmp.Or(m.unitSaid, m.Unit)
	case Cardinal, Decimal, Approx:
		return cmpSign[m.Comparator] + short(m.Value)
	case Date:
		if d := m.Date; d != nil && d.Year == 0 && d.Month >= 1 && d.Month <= 12 && !d.Decade {
			// "--05-01" is ISO for a day without a year; readers want words.
			s := monthAbbrev[d.Month-1]
			if d.Day != 0 {
				s += " " + strconv.Itoa(d.Day)
			}
			if d.Qualifier != "" {
				s = d.Qualifier + "-" + s
			}
			return s + ", no year"
		}
	}
	return m.Value
}

var monthAbbrev = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

var cmpSign = map[Comparator]string{CmpApprox: "~", CmpNearly: "~", CmpGT: ">", CmpGE: ">=", CmpLT: "<", CmpLE: "<="}

// short writes large round values as mantissa and exponent: 3.2e9.
func short(v string) string {
	if len(v) < 7 {
		return v
	}
	if r, ok := new(big.Rat).SetString(v); !ok || !r.IsInt() {
		return v
	}
	digits := strings.TrimRight(v, "0")
	exp := len(v) - 1
	if len(digits) > 4 {
		return v
	}
	mant := digits[:1]
	if len(digits) > 1 {
		mant += "." + digits[1:]
	}
	return mant + "e" + itoa(exp)
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

// ptr is m as a recogniser returns it: results travel by pointer, nil
// when nothing was read, because a Mention by value is large enough that
// every recogniser zeroing its result slot was most of the parse's cost.
func ptr(m Mention) *Mention {
	return &m
}
