package figures

import (
	"cmp"
	"strings"
)

// atom is one comparable fact: a mention, or one end of a range, with
// the index of the row it belongs to and whether it has been matched.
type atom struct {
	m       *Mention
	row     int // index into Report.Rows (source) or -1
	pos     int // order in its document, for tie-breaking
	idx     int // index in its unit's list
	grp     int // aligned sentence group in its unit
	used    bool
	pair    *atom
	derived bool // a summary figure derived from the source's (N20), which a conversion may follow
}

// bind pairs source s with target t, each used.
func bind(s, t *atom) {
	s.used, t.used, s.pair, t.pair = true, true, t, s
}

// atomsOf expands ranges into their ends so that "de 500 à 4 000" and
// "500 to 4,000 people" compare end by end even when only one side was
// read as a range (N10); rows[k] is the report row of ms[k], or -1.
func atomsOf(ms []Mention, rows []int) []*atom {
	n, ranges := len(ms), 0
	for _, m := range ms {
		if m.Kind == Range && len(m.Parts) == 2 {
			n, ranges = n+1, ranges+2
		}
	}
	// One allocation for the atoms and one for the range ends; an atom
	// points at its mention, which the caller's ms keeps.
	buf := make([]atom, 0, n)
	ends := make([]Mention, 0, ranges)
	out := make([]*atom, 0, n)
	add := func(a atom) {
		buf = append(buf, a)
		out = append(out, &buf[len(buf)-1])
	}
	for k := range ms {
		m := &ms[k]
		r := -1
		if rows != nil {
			r = rows[k]
		}
		if m.Kind == Range && len(m.Parts) == 2 {
			for e, part := range m.Parts {
				part.rangeEnd = int8(e + 1)
				if m.style == "de" || m.style == "d'" || m.style == "du" || m.style == "from" {
					part.rangeEnd += 2 // from X to Y: the order says which way it went
				}
				own := part.Head
				part.Paragraph, part.Sentence, part.Raw, part.Head, part.ctx, part.ctxCore, part.cl = m.Paragraph, m.Sentence, m.Raw, m.Head, m.ctx, m.ctxCore, m.cl
				if periodUnit[own] != "" && periodUnit[m.Head] == "" {
					part.Head = own // "six- to ten-week assignments": each end counts weeks, not assignments
				}
				part.Start, part.End, part.Lang, part.bracketed, part.noteGap = m.Start, m.End, m.Lang, m.bracketed, m.noteGap
				part.parenthetical, part.parenGap, part.yearTold = m.parenthetical, m.parenGap, m.yearTold
				part.personAge = m.personAge // "les 18-24 ans": each end is an age
				if m.Alt == "night" {
					part.Alt = "night"
				}
				if fixed(*m) {
					part.style = "fixed"
				}
				if part.Comparator == CmpNone {
					part.Comparator = m.Comparator
				}
				part.per, part.perWho, part.rateOf = cmp.Or(part.per, m.per), cmp.Or(part.perWho, m.perWho), cmp.Or(part.rateOf, m.rateOf)
				ends = append(ends, part)
				add(atom{m: &ends[len(ends)-1], row: r})
			}
			continue
		}
		add(atom{m: m, row: r})
	}
	return out
}

// soft: a figure that may not be a figure at all, or whose loss is no
// evidence of an error on its own (N7): "one of them", "a third way",
// "the Third World", "a decade", "both", a name with digits, a vague
// plural. Left unpaired it is a warning; paired with another value it is
// an error like any figure.
func soft(m Mention) bool {
	switch {
	case m.Unit == "regnal" && m.Value == "1":
		// "Pope Francis" for "le pape François Ier": the first of a name
		// is known by the name alone; "Louis" for Louis XIV is not
		return true
	case m.Alt == "rooms":
		return m.Value == "1" // "un T1" is "a studio"
	case m.Value == "1" && m.Word && periodUnit[m.Head] != "" && strings.HasSuffix(strings.ToLower(m.Raw), "-"+m.Head):
		return true // "a one-day ticket" for "un billet à la journée": the kind of ticket
	case m.Kind == Identifier && m.style == "article":
		return false // "l'article 91 de la Loi": which article is a fact, as a date is
	case m.Kind == Identifier || m.Vague || m.style == "name" || m.style == "idiom" || m.style == "fixed" || m.style == "grade" || m.style == "homograph" || m.style == "title" || m.Date != nil && m.Date.Alias || m.Kind == Ordinal && (m.Head == "classe" || m.Head == "class"):
		return true // names; "soldat de 1re classe" is a rank (Pfc)
	case !m.Word || m.Signed || m.Kind == Approx || m.Kind == Score || m.Kind == Multiplier && (m.style == "verb" || m.Head == "as") || m.style == "frozen":
		return false // digits, signed words ("three under"), collectives, doubled, "twice as many as": facts
	case m.Unit != "" || m.Kind == Percent || m.Kind == Money || m.Kind == Quantity:
		return false // trente kilos, dix euros, cinq pour cent
	case m.Kind == Ordinal && m.Word && strings.HasSuffix(m.Head, "est") && strings.HasSuffix(strings.ToLower(m.Raw), "-"+m.Head):
		return false // "France's fifth-busiest airport", "the fourth-largest bank": a rank, a fact
	case m.Kind == Ordinal && m.Word && superlative(m.Head):
		return false // "its second driest year", "the third most visited site": a rank, a fact
	case m.Kind == Fraction && (m.ofWhat || m.style == "change"):
		return false // "half of them", "un tiers des plantations": a share of something; "by half"
	case m.Kind == Fraction && m.Word && manyParts(m):
		return false // "des deux tiers": two parts or more are never an idiom
	case m.Kind == Fraction && m.Word && outOf(m.Raw):
		return false // "one in three", "un sur cinq": a share counted, never an idiom
	case m.Kind == Ordinal && m.Value != "1" && (m.Head == "time" || m.Head == "fois" || m.style == "row" || m.style == "place" || countedRank[m.Head] || tallyRank[m.Head] && m.Value != "2"):
		return false // "for the second time this month", "the fourth day in a row", "son dixième anniversaire": a count, a fact
	case m.Kind == Ordinal || m.Kind == Fraction || m.Kind == Time || durationWord(m):
		return true
	case m.style == "period":
		return false // une heure et quart, half a century: lengths of time
	case m.Kind == Multiplier && m.Comparator != CmpNone && m.Comparator != CmpExact && m.Value != "1":
		return false // "less than twice", "nearly twice": a bound on a multiple is a measure, no idiom ("at least once" may be)
	}
	v := m.Rat()
	return v == nil || v.Cmp(ratThree) < 0 && !countsSomething(m)
}

// countedRank are nouns whose rank counts them: the tenth anniversary
// is ten years, the third term three terms.
var countedRank = map[string]bool{"anniversaire": true, "anniversary": true, "birthday": true, "édition": true,
	"edition": true, "mandat": true, "term": true, "lecture": true, "reading": true,
	// a body's sittings are numbered: "la troisième session ordinaire", "the 70th session"
	"session": true, "séance": true, "sitting": true, "réunion": true, "meeting": true, "conférence": true, "conference": true}

// tallyRank: a rank of third or more in a tally of wins, "his third win
// of the season", "son troisième titre", is a count; a second one may say
// "another" ("de nouveau remporté la victoire": "this second victory").
var tallyRank = map[string]bool{"win": true, "victory": true, "victoire": true, "title": true, "titre": true, "goal": true, "medal": true, "médaille": true,
	"but": true, "essai": true, "sélection": true, "succès": true, "trophée": true, "coupe": true, "podium": true} // "ses 13e et 14e buts de la saison": a tally of 14

// countsSomething: a small number word bound to what it counts, "a
// two-year sentence", "deux morts", "two dead", is a fact; "les deux
// pays" (both countries), "one of them" are not evidence of a figure.
func countsSomething(m Mention) bool {
	if compoundAdjective(m.Raw) {
		return true
	}
	if m.ofPrev && m.Value != "1" && class(m.Kind) == Cardinal && !m.det {
		return true // "Onze personnes ont été blessées, dont deux grièvement": a part of the count before, counted
	}
	if m.det || m.Head == "" {
		return false
	}
	if (m.Head == "them" || m.Head == "whom" || m.Head == "entre") && m.Value != "1" {
		return true // "two of them to intensive care", "deux d'entre eux": a count of what was just said ("one of them" is not)
	}
	if enSubjectVerbs[m.Head] && m.Value != "1" && casualty(m.ctx) {
		return true // "two were taken to hospital": people counted as the subject of a toll
	}
	if m.Lang == English && agentPlural(m.Head) {
		return true // "four midwives and two obstetricians": people counted
	}
	_, news := newsNouns[m.Head]
	return news || enHeads[m.Head] && !notNoun[m.Head] && m.Head != "people" || periodUnit[m.Head] != "" ||
		m.Head == "people" && casualty(m.ctx)
}

// enSubjectVerbs follow an English number word that is the subject of its clause.
var enSubjectVerbs = map[string]bool{"were": true, "was": true, "are": true, "have": true, "had": true, "remain": true, "remained": true}

// casualty: the words around a figure say people died or were hurt, so
// "two people" is a toll ("killed two people"), not "the two of them".
func casualty(ctx []string) bool {
	for _, w := range ctx {
		if casualtyWords[w] != "" {
			return true // a toll (casualty.go): killed, injured, missing, evacuated, arrested
		}
		switch w {
		case "killing", "hospital", "hospitalised", "hospitalized", "rescued":
			return true
		}
	}
	return false
}

// compoundAdjective matches spelled-out "five-year", "two-day".
func compoundAdjective(raw string) bool {
	_, unit, ok := strings.Cut(strings.ToLower(raw), "-")
	switch strings.TrimSuffix(unit, "s") {
	case "year", "day", "week", "month", "hour", "minute":
		return ok
	}
	return false
}

// durationWord: a period noun read as a count, "a decade", "a century".
func durationWord(m Mention) bool {
	return m.style == "period" && m.Value == "1"
}

// droppable: a source figure whose loss alone is a warning: a soft one,
// or a weekday next to a full date or standing for one (N13).
func droppable(m Mention) bool {
	return soft(m) || m.Date != nil && m.Date.Weekday != 0 && m.Date.Month == 0 || m.Alt == "night"
}

// outOf: a share said as one count out of another, "one in three",
// "un Français sur cinq", "two out of seven".
func outOf(raw string) bool {
	r := strings.ToLower(raw)
	return strings.Contains(r, " in ") || strings.Contains(r, " sur ") || strings.Contains(r, " out of ")
}

// agentPlural: an English plural that names people by what they do,
// "obstetricians", "pharmacists", "inspectors", "volunteers".
func agentPlural(w string) bool {
	if len(w) < 6 || notAgents[w] {
		return false
	}
	for _, suf := range [...]string{"ians", "ists", "ers", "ors"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// notAgents end like a plural of people and are not.
var notAgents = map[string]bool{"others": true, "numbers": true, "letters": true, "papers": true, "matters": true,
	"quarters": true, "headquarters": true, "orders": true, "borders": true, "corners": true, "layers": true,
	"powers": true, "waters": true, "factors": true, "sectors": true, "errors": true, "colors": true, "colours": true,
	"centers": true, "centres": true, "meters": true, "metres": true, "liters": true, "litres": true, "chapters": true,
	"floors": true, "doors": true, "towers": true, "rivers": true, "flowers": true, "hours": true,
	"mirrors": true, "motors": true, "monitors": true, "vectors": true, "tractors": true}

// superlative: an English word that ranks what follows, "driest",
// "most", "best" (rankdropped.go's superlativeWord, and "most"/"least"
// before an adjective).
func superlative(w string) bool {
	return w == "most" || w == "least" || superlativeWord(w)
}
