package figures

import (
	"slices"
	"strings"
	"unicode"
)

// boundElsewhere catches a bullet that ties a figure to another one
// taken from a different sentence of the source, when the figure's own
// sentence gives it a different one of that kind: "46C on July 18"
// where the source says "le 23 juillet, avec 46 °C" and 18 juillet
// opens another sentence; "rose 6% to €378" where 378 euros is "9 % de
// plus". Each figure exists in the source, so only the pairing is
// wrong (M4). A figure of the same kind as the one it is tied to is
// left alone: "rose to 7.3% from 7.1%" joins two sentences' figures as
// a comparison. A season is too loose an anchor: "this summer" of a
// transfer window is the summer of every figure of the article. A
// person's age goes with the person, whichever sentence names them: "the
// 31-year-old victim's family" of "un ouvrier de 31 ans"; only a day
// ties it to an event.
func (r *check) boundElsewhere(src []*atom, line []*atom) {
	for _, t := range line {
		s := t.pair
		if s == nil || !numeric(*t.m) && t.m.Kind != Date && !r.yearDatesNoun(t) || seasonOnly(*t.m) || r.hasError(t) || framing(s) && !r.yearDatesNoun(t) || pointInTime(*s.m) || attributiveYear(r.text, *t.m) && r.madeIn(s) || s.m.style == "stage" {
			continue // ("un mois plus tôt", "a month earlier": a time back from each figure it is said with; a "semi-final" names the match every figure of it is told of)
		}
		anchored := (t.m.Kind == Date || t.m.Kind == Year) && slices.ContainsFunc(line, func(v *atom) bool {
			return v != t && v.pair != nil && !sameKind(*t.m, *v.m) && sameSentence(s, v.pair) && tiedInLine(r.text, t.m, v.m)
		})
		for _, u := range line {
			if u == t || u.pair == nil || seasonOnly(*u.m) || chemical(*u.m) || u.m.style == "name" || u.pair.m.style == "name" || !tiedInLine(r.text, t.m, u.m) || sameKind(*t.m, *u.m) || sameSentence(s, u.pair) || companion(line, s, *u.pair.m) {
				continue
			}
			if figureBetween(line, t, u) && u.m.Kind != Date && u.m.Kind != Year && u.m.Kind != Time {
				continue // "passed €1 million in sales in 2024 with more than 90,000 transactions": the year, nearer, is what the count is said with (a date dates every figure of its clause: "812 inmates for 434 places on 1 January")
			}
			if anchored && u.m.Kind != Time {
				continue // a day or year tied to a figure of its own sentence too, "85 rooms at €250 a month by December 2025": the rent beside the rooms proves no move (a clock still dates its day: "at around 6 pm on Thursday")
			}
			if u.m.Kind == Ordinal && rankField(r.text, *t.m) {
				continue // "11th out of 112 countries": the field every rank of the table is out of
			}
			if r.eventLength(u) {
				continue // "the eleven-day strike ended with a €95 bonus": the length names the strike its own sentence tells, not a time of the bonus
			}
			if s.m.personAge && t.m.personAge && (u.m.Kind != Date || attributiveAge(r.text, *t.m)) {
				continue // a person's age goes with the person, not with an amount; a day still dates it ("died on 3 February aged 71"), unless the age names the person ("sacked their 52-year-old coach on Monday")
			}
			if twinBeside(src, s, *t.m, u.pair) {
				continue // the source says the same figure again, with u: "15 % au 1er février ... 15 % en février 2023"
			}
			if changeOverBase(s, u.pair, src) {
				continue // "fell 12.9% in 2024" of "12,9 % de moins qu'en 2023": 2023 is the base, the change is 2024's
			}
			if r.saysOfBefore(s, u.pair) || r.saysOfBefore(u.pair, s) {
				continue // "tombées à 790 000 ... C'est 22 % de moins qu'un an plus tôt": the share is of the sentence before; "25 M€ ... Cette somme doit financer six avions": the sentence after tells what the sum buys
			}
			if o := ownOfKind(src, s, *u.pair.m); o != nil && !otherRanked(o, u.pair) && !(numeric(*t.m) && otherCounted(o, u)) && !r.firstSince(o) && !derivedAlongside(src, *t.m, u.pair) && !exact(*o.m, *u.m) && !toldInLine(line, o) && ctxSim(ownWords(o, u.pair), t.m.ctx) == 0 {
				// (o told in the bullet too: "the 259 km race, which had 29
				// cobbled sectors" keeps the figure with its own; nor when the
				// bullet keeps the words of o's sentence: "12 points down at
				// half-time" is the "mi-temps (31-43)" deficit, whatever final
				// score follows)
				// (o equal to u: the bullet ties t to what its own sentence
				// says, "plus d'un quart d'heure", which u's pair only twins)
				r.add(s, t, verdict{true, "attribution", Error, "M4",
					"the bullet ties it to " + u.m.Raw + ", but the source says it with " + o.m.Raw})
				break
			}
		}
	}
}

// figureBetween: another figure of the bullet, no date or length of
// time, stands between t and u ("tripled since its last round 18 months
// ago, to €900m": the time ago says when, the level is still the
// multiple's).
func figureBetween(line []*atom, t, u *atom) bool {
	lo, hi := min(t.m.End, u.m.End), max(t.m.Start, u.m.Start)
	return slices.ContainsFunc(line, func(v *atom) bool {
		return v != t && v != u && v.m.Start >= lo && v.m.End <= hi && !isDuration(*v.m) && v.m.Kind != Date && v.m.Kind != Time
	})
}

// eventLength: u is a length set before its noun, "the eleven-day
// strike", and the source sentence of its pair names that noun ("La
// grève ... après onze jours"): it says which event, as an age says who.
func (r *check) eventLength(u *atom) bool {
	if !isDuration(*u.m) || !strings.Contains(u.m.Raw, "-") || u.m.End >= len(r.text) || u.pair.m.Paragraph >= len(r.source) {
		return false
	}
	rest := strings.Fields(strings.ToLower(r.text[u.m.End:]))
	if len(rest) == 0 || r.text[u.m.End] != ' ' {
		return false
	}
	noun := strings.Trim(rest[0], ",.;:")
	return slices.ContainsFunc(r.sourceSentence(u.pair), func(w string) bool { return w == noun || translates(w, noun) || headAgrees(w, noun) })
}

// attributiveAge: an English age set before its noun, "their 52-year-old
// coach": it says who, not when.
func attributiveAge(text string, m Mention) bool {
	if m.End > len(text) {
		return false
	}
	rest, ok := strings.CutPrefix(text[m.End:], "-year-old ")
	return ok && rest != "" && unicode.IsLower(rune(rest[0]))
}

// otherRanked: one of o and p ranks a tally of wins or titles and the
// other a place, "Troisième de la première manche" and "le quatrième
// succès de sa carrière": the bullet that ties a margin to the career's
// fourth win moves nothing of the run.
func otherRanked(o, p *atom) bool {
	if o.m.Kind != Ordinal || p.m.Kind != Ordinal {
		return false
	}
	tally := func(h string) bool { return tallyRank[singular(h)] || winRank[h] }
	return tally(o.m.Head) != tally(p.m.Head)
}

// ownWords are the context words of o that neither name o's own noun
// nor stand beside u: what o's sentence alone says ("mi-temps" of
// "Menés de douze points à la mi-temps (31-43)"), not the "tour" of any
// round, nor a name ("20 Airbus A350" ordered is no "Airbus A380s").
func ownWords(o, u *atom) []string {
	var out []string
	for _, w := range o.m.ctx {
		if w != o.m.Head && !slices.Contains(u.m.ctx, w) && !slices.Contains(o.m.names, w) && !slices.Contains(o.m.actors(), w) {
			out = append(out, w)
		}
	}
	return out
}

// toldInLine: the bullet gives o too, paired with it or with its twin.
func toldInLine(line []*atom, o *atom) bool {
	return slices.ContainsFunc(line, func(v *atom) bool { return v.pair == o || exact(*o.m, *v.m) })
}

// chemical: a formula the figure measures, "20 million tonnes of CO2":
// the substance, no fact of its own to tie the figure to.
func chemical(m Mention) bool {
	return m.Kind == Identifier && compoundNames[formula(m.Raw)] != nil
}

// attributiveYear: a year set before a noun, "a vintage 1948 print",
// "the 2019 edition", says what the thing is, not when the bullet's
// other figures happened.
func attributiveYear(text string, m Mention) bool {
	if m.Kind != Year && !isYearish(m) || m.End >= len(text) {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(text[m.End:], " "), " ")
	if next == "" || !unicode.IsLower(rune(next[0])) || strings.ContainsAny(next, ",.;:") {
		return false
	}
	return !yearFollowers[next]
}

// yearDatesNoun: a year set before its noun, "its 2025 forecast": it
// dates that noun, so it is bound to the figure told of it, even when
// the lead sentence says the year (which else frames the article).
func (r *check) yearDatesNoun(t *atom) bool {
	return t.m.Kind == Year && r.yearNamesNoun(t)
}

// madeIn: the source dates the making of a thing with s, "le cliché,
// pris en 1948", "construit en 1932": the year names the thing, whatever
// figure of the sale or the works the bullet sets it beside ("its 2025
// forecast" dates a forecast, and keeps its own figure).
func (r *check) madeIn(s *atom) bool {
	if s.m.Paragraph >= len(r.source) {
		return false
	}
	before := strings.Fields(strings.ToLower(r.source[s.m.Paragraph][:min(s.m.Start, len(r.source[s.m.Paragraph]))]))
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		if madeVerbs[strings.Trim(before[k], ",")] {
			return true
		}
	}
	return false
}

// madeVerbs date the making of a thing.
var madeVerbs = map[string]bool{"pris": true, "prise": true, "peint": true, "peinte": true, "construit": true, "construite": true,
	"bâti": true, "bâtie": true, "fondé": true, "fondée": true, "créé": true, "créée": true, "réalisé": true, "réalisée": true,
	"imprimé": true, "imprimée": true, "tourné": true, "tournée": true, "écrit": true, "écrite": true, "composé": true,
	"composée": true, "daté": true, "datée": true, "datant": true, "sculpté": true, "sculptée": true, "gravé": true, "gravée": true}

// yearFollowers go on from a year that dates the clause: "in 2019 when",
// "2019 and 2020", "1948 was".
var yearFollowers = map[string]bool{"in": true, "on": true, "at": true, "to": true, "and": true, "or": true, "was": true, "is": true,
	"when": true, "with": true, "for": true, "by": true, "from": true, "after": true, "before": true, "the": true, "a": true,
	"had": true, "has": true, "were": true, "are": true, "as": true, "than": true, "onwards": true, "levels": true, "level": true}

// twinBeside: another source figure equal to t is said in the sentence
// of u, the figure the bullet ties t to.
func twinBeside(src []*atom, s *atom, t Mention, u *atom) bool {
	for _, o := range src {
		if o != s && exact(*o.m, t) && o.m.Paragraph == u.m.Paragraph && abs(o.m.Sentence-u.m.Sentence) <= 1 {
			return true // (or next to it: "La commune, qui compte 4 300 habitants, ... Elle obtient 612 000 euros")
		}
	}
	return false
}

// framing: a date or year of the lead sentence, which dates what the
// whole article tells ("Les prix ont augmenté de 4,9 % en octobre. ...
// L'inflation alimentaire ralentit à 7,7 %": 7.7% in October).
func framing(s *atom) bool {
	return (s.m.Kind == Date || s.m.Kind == Year) && s.m.Paragraph == 0 && s.m.Sentence == 0
}

// companion: the bullet also gives a figure of u's kind taken from the
// sentence of s, so it joins two sentences rather than moving one
// figure: "renovate 8,000 of its 32,000 homes by 2030".
func companion(line []*atom, s *atom, u Mention) bool {
	for _, c := range line {
		if c.pair != nil && sameSentence(c.pair, s) && sameKind(*c.pair.m, u) {
			return true
		}
	}
	return false
}

// derivedAlongside: t is also a figure the bullet derives from u's
// sentence ("grew revenue by about 8% to €4.65bn (from €4.31bn)" is the
// change of the two revenues, whatever else the source calls 8 %). A
// derivation found elsewhere first is set aside and the search goes on:
// "four points clear of 7th-placed Toulon" is 41 - 37, whatever 18 - 14
// makes too.
func derivedAlongside(src []*atom, t Mention, u *atom) bool {
	for range 4 {
		why, a, b := derived(src, t)
		if why == "" {
			return false
		}
		if sameSentence(a, u) || sameSentence(b, u) {
			return true
		}
		src = slices.DeleteFunc(slices.Clone(src), func(c *atom) bool { return c == a })
	}
	return false
}

// tiedInLine: a and b are said in one clause of the bullet, nothing
// between them but words ("46C on July 18", "rose 6% to €378"). A bare
// count is tied to a percent only as its whole ("2.1% of 11,840
// voters") or as a person's age: "on 36.1% in a field of seventeen"
// counts the whole race's candidates.
func tiedInLine(text string, a, b *Mention) bool {
	if a.Kind == Cardinal && a.Unit == "" && b.Kind == Percent && !shareOfCount(text, b, a) && !a.personAge {
		return false
	}
	lo, hi := a.End, b.Start
	if b.Start < a.Start {
		lo, hi = b.End, a.Start
	}
	if lo > hi || hi > len(text) || a.Sentence != b.Sentence {
		return false
	}
	between := text[lo:hi]
	if rest, ok := strings.CutSuffix(strings.TrimRight(between, " "), ", to"); ok && !strings.ContainsAny(rest, ",;:()–—") {
		between = rest // "has tripled since its last round, to €900m": the level the change led to
	}
	if strings.ContainsAny(between, ",;:()–—") {
		return false
	}
	words := strings.Fields(strings.ToLower(between))
	for _, w := range words {
		if ctxBreak[w] || comparing[w] {
			return false // two facts, or a comparison with another sentence's figure
		}
	}
	return len(words) <= 8
}

// comparing are English words that set a figure against another:
// "rose to 7.3% from 7.1%" joins two sentences' figures on purpose;
// "led with 28.4% ahead of the run-off" or "ahead of the 20% list" puts
// the figure before "ahead" and what follows apart, in time or in rank.
var comparing = map[string]bool{"as": true, "after": true, "from": true, "compared": true, "versus": true, "vs": true, "than": true, "ahead": true,
	"totalling": true, "totaling": true} // "seven turbines totalling 25 MW": a total of the items, said in another sentence of the project

// sameKind: two figures of one kind and unit, which a bullet may join
// as a comparison or a list; a year read as a bare number ("le Tour de
// France 2025") is no count, and a weekday ("a confirmé lundi") no rival
// for the days of a date ("du 2 au 9 janvier").
func sameKind(a, b Mention) bool {
	return class(a.Kind) == class(b.Kind) && a.Unit == b.Unit && isYearish(a) == isYearish(b) && weekdayOnly(a) == weekdayOnly(b)
}

func sameSentence(a, b *atom) bool {
	return a.m.Paragraph == b.m.Paragraph && a.m.Sentence == b.m.Sentence
}

// ownOfKind finds, in the sentence of s, a figure of u's kind and unit
// with another value, said next to s rather than to another figure of
// that sentence; nil when the sentence also gives u's value.
func ownOfKind(src []*atom, s *atom, u Mention) *atom {
	var found *atom
	for _, o := range src {
		if o == s || !sameSentence(o, s) || !sameKind(*o.m, u) || o.m.born || timeSpan(*o.m) != timeSpan(u) || o.m.style == "idiom" || o.m.style == "name" {
			continue // (a number of a name counts nothing: "Solidarité Paysanne 82"; a date of birth dates no event: "née le 14 mai 1996, empoche 80 000 euros"; "32 morts" is no length like "a seven-month trial", nor "142 buts" like "trois saisons"; "par trimestre" is how often, no length)
		}
		if o.m.Value == u.Value || inMonth(*o.m, u) {
			return nil // ("entre le 1er et le 30 juin" is in June)
		}
		if found == nil && nearestOther(src, o) == s {
			found = o
		}
	}
	return found
}

// timeSpan: m is a length of time, a contract's seasons too ("pour trois
// saisons"), which have no fixed number of days.
func timeSpan(m Mention) bool {
	switch m.Head {
	case "saison", "saisons", "season", "seasons":
		return class(m.Kind) == Cardinal
	}
	return isDuration(m)
}

// nearestOther is the figure of o's sentence closest to it among those
// of another kind: the one o is said with.
func nearestOther(src []*atom, o *atom) *atom {
	var best *atom
	bestGap := 0
	for _, a := range src {
		if a == o || !sameSentence(a, o) || sameKind(*a.m, *o.m) {
			continue
		}
		gap := a.m.Start - o.m.End
		if a.m.Start < o.m.Start {
			gap = o.m.Start - a.m.End
		}
		if best == nil || gap < bestGap {
			best, bestGap = a, gap
		}
	}
	return best
}

// hasError: t already carries an error finding.
func (r *check) hasError(t *atom) bool {
	for _, f := range r.Findings {
		if f.Severity == Error && f.Target != nil && f.Target.Start == t.m.Start && f.Target.Paragraph == t.m.Paragraph {
			return true
		}
	}
	return false
}

// inMonth: the day o falls in the month u names without a day.
func inMonth(o, u Mention) bool {
	a, b := o.Date, u.Date
	return a != nil && b != nil && b.Day == 0 && b.Month != 0 && a.Month == b.Month && (a.Year == 0 || b.Year == 0 || a.Year == b.Year)
}

// saysOfBefore: the sentence of s opens by pointing back at the one
// before it, where u is said ("C'est 22 % de moins", "Soit une hausse de
// 4 %", "Cela représente 12 %"): s is a figure of u's fact.
func (r *check) saysOfBefore(s, u *atom) bool {
	if s.m.Paragraph != u.m.Paragraph || s.m.Sentence != u.m.Sentence+1 || s.m.Paragraph >= len(r.source) {
		return false
	}
	text := r.source[s.m.Paragraph]
	if s.m.Start > len(text) {
		return false
	}
	from := max(0, s.m.Start-300) // (a sentence's opening is near: no walk back over a long text)
	start := from + strings.LastIndexAny(text[from:s.m.Start], ".!?;") + 1
	opening := strings.ToLower(strings.TrimSpace(text[start:s.m.Start])) + " "
	for _, w := range pointBack {
		if strings.HasPrefix(opening, w) {
			return true
		}
	}
	// "L'équipe marque ainsi 14 points": the result of what the sentence
	// before told ("avec une 5e et une 8e place")
	return strings.Contains(" "+opening, " ainsi ") || strings.Contains(" "+opening, " donc ")
}

// pointBack open a sentence that tells more of the one before.
var pointBack = []string{"c'est ", "c’est ", "soit ", "cela représente", "ce qui représente", "cela fait", "ce chiffre", "un chiffre", "une hausse", "une baisse", "un recul", "une progression",
	"cette somme", "ce montant", "cet argent", "ces fonds", "cette enveloppe", "cet investissement", // (an amount taken up: what it pays for is said of it)
	"les travaux", "ces travaux", "le chantier", "ce chantier"} // (the works the sentence before announced: "pour rénover ses deux aires. Les travaux, prévus de novembre à mars")

// shareOfCount: the bullet gives share u of count t, "2.1% of 11,840
// registered voters": a tie as tight as any.
func shareOfCount(text string, u, t *Mention) bool {
	return u.End <= t.Start && t.Start <= len(text) && strings.TrimSpace(text[u.End:t.Start]) == "of"
}

// rankField: m is told as the field a rank is out of, "out of 112".
func rankField(text string, m Mention) bool {
	if m.Start > len(text) {
		return false
	}
	before := strings.ToLower(text[max(0, m.Start-8):m.Start])
	return strings.HasSuffix(before, "out of ")
}

// changeOverBase: s is a change whose own sentence gives, as what it is
// compared with, a year before u's: the change happened in u's year, the
// other year is only its base.
func changeOverBase(s, u *atom, src []*atom) bool {
	if s.m.dir == 0 || !isYearish(*u.m) {
		return false
	}
	for _, o := range src {
		if o != s && o.m.prior && isYearish(*o.m) && sameSentence(o, s) && atoiSafe(u.m.Value)-atoiSafe(o.m.Value) == 1 {
			return true
		}
	}
	return false
}

// firstSince: the source figure is "le premier depuis", "the first
// since": the first of its kind in a span, no rank a figure is tied to.
func (r *check) firstSince(o *atom) bool {
	if o.m.Kind != Ordinal || o.m.Value != "1" || o.m.Paragraph >= len(r.source) {
		return false
	}
	rest := r.source[o.m.Paragraph][min(o.m.End, len(r.source[o.m.Paragraph])):]
	return strings.HasPrefix(rest, " depuis ") || strings.HasPrefix(rest, " since ")
}

// otherCounted: o and the pair of the bullet's u count different
// things, "26 monoplaces" and "35 000 spectateurs", and u's English noun
// does not name o's: the bullet that ties a figure to u ("drew 35,000
// fans to the 2.76 km circuit") moves nothing of o's sentence, since u
// could not stand for o ("260 of its 410 jobs" may stand for "180
// emplois", whatever the source called the 260). A date still moves
// ("On Christmas Eve the Samu took 3,100 calls" of a décembre said with
// doctors hired): only an amount is checked so.
func otherCounted(o, u *atom) bool {
	counted := func(m Mention) bool {
		return (m.Kind == Cardinal || m.Kind == Approx) && m.Unit == "" && m.style != "name" && m.Head != "" && pluralWord(m.Head)
	}
	return counted(*o.m) && counted(*u.pair.m) && singular(o.m.Head) != singular(u.pair.m.Head) && !translates(o.m.Head, u.m.Head) && !headAgrees(o.m.Head, u.m.Head)
}
