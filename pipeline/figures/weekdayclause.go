package figures

import (
	"slices"
	"strings"
)

// A weekday is said of an event: "élu dimanche, il prendra ses
// fonctions mardi" gives two days to two events. A bullet that moves the
// day of one event to the day of the other ("elected on Tuesday") is a
// changed date field (N13), though "Tuesday" matches a source weekday.
// Events are told by verbs, which the noun lexicon of the figures leaves
// out, so the weekday's clause is compared with event words too.

// weekdayConflict finds the source weekday o whose event the summary
// tells with t, t's value being s's: t's clause translates words only
// o's clause has and none only s's has. Two candidates, or the same day
// said twice, leave the doubt to the bullet: nil.
func (r *check) weekdayConflict(src []*atom, s *atom, t Mention) *atom {
	if !weekdayOnly(t) || t.Date.Weekday == 0 || len(t.clause()) == 0 || len(dayWords(src, s)) == 0 {
		return nil
	}
	var best *atom
	for _, o := range src {
		if o == s || o.m.Kind != Date || o.m.Date == nil || o.m.Date.Weekday == 0 {
			continue
		}
		if o.m.Date.Weekday == t.Date.Weekday {
			return nil // the day is said of two events
		}
		if r.daysJoined(s, o) {
			continue // "réunie mercredi et jeudi": two days of one event
		}
		if r.lineTellsDay(o.m.Date.Weekday) {
			continue // "arrested on Saturday ... began on Monday": the bullet gives the other event its own day
		}
		if p := t.Date.Part; p != "" && p == s.m.Date.Part && p != o.m.Date.Part {
			continue // "samedi matin" told as "Saturday morning": its own part of the day
		}
		if t.since && s.m.since && !o.m.since {
			continue // "depuis dimanche" told as "since Sunday": the start, not the other event
		}
		own, other := eventWords(dayWords(src, s), dayWords(src, o), r.notInBoth(s, o, t.clause()))
		fOwn, fOther := r.dayFigures(src, s, o, t)
		own, other = own+fOwn, other+fOther
		if other == 0 || own > 0 {
			continue
		}
		if best != nil {
			return nil
		}
		best = o
	}
	return best
}

// dayWords are the words of the event a weekday is the day of: its own
// clause, those of the figures after it in its sentence up to the next
// date and of the ranks before it since the last one: the event's noun
// may sit there ("dimanche à 17 heures sa troisième finale", "au deuxième
// tour, elle retrouvera mercredi"); another day starts another event.
func dayWords(src []*atom, a *atom) []string {
	var out, pending, before []string
	seen := false
	for _, b := range src {
		switch {
		case b.m.Paragraph != a.m.Paragraph || b.m.Sentence != a.m.Sentence:
		case b == a:
			out, seen = slices.Concat(pending, a.m.clause()), true
		case b.m.Kind == Date || b.m.Kind == Year:
			if seen {
				return orBefore(out, before)
			}
			pending, before = nil, nil
		case seen:
			out = slices.Concat(out, b.m.clause())
		case b.m.Kind == Ordinal:
			pending = slices.Concat(pending, b.m.clause()) // a round or a stage before the day names its event
		default:
			before = slices.Concat(before, b.m.clause())
		}
	}
	return orBefore(out, before)
}

// orBefore: a day that ends its sentence with no words of its own takes
// those of the figures before it, "L'action a pris 3,8 % mardi".
func orBefore(own, before []string) []string {
	if len(own) == 0 {
		return before
	}
	return own
}

// eventWords counts the words of en that translate a word of s and none
// of o (own), and the other way round (other).
func eventWords(s, o, en []string) (own, other int) {
	for _, e := range en {
		a, b := oneSide(saysEvent(s, e), saysEvent(o, e))
		own, other = own+a, other+b
	}
	return own, other
}

// oneSide counts a piece of evidence for s (own) or for o (other) when
// it holds for one of them only.
func oneSide(inS, inO bool) (own, other int) {
	switch {
	case inS && !inO:
		return 1, 0
	case inO && !inS:
		return 0, 1
	}
	return 0, 0
}

// saysEvent: e translates one of the French words, as a noun of the
// lexicon or as an event word.
func saysEvent(fr []string, e string) bool {
	if translatedIn(fr, e) {
		return true
	}
	for _, f := range fr {
		if slices.Contains(eventLexicon[f], e) || slices.Contains(eventLexicon[masculine(f)], e) {
			return true // ("créée" is told as "créé" is)
		}
	}
	return false
}

// eventLexicon: French verbs (as participles and futures news tells
// events with) and event nouns, with the English words a bullet uses.
var eventLexicon = map[string][]string{
	"réuni": {"met", "meeting"}, "réunie": {"met", "meeting"}, "réunis": {"met", "meeting"},
	"créé": {"founded", "created", "established", "launched", "set"}, "fondé": {"founded", "established", "set"},
	"acheté": {"bought", "purchased", "acquired"}, "racheté": {"bought", "purchased", "acquired", "took"},
	"approuvé": {"approved", "backed", "endorsed"},
	"validé":   {"approved", "validated", "backed", "endorsed"}, "cession": {"sale", "sell", "disposal"}, "vente": {"sale", "sell"},
	"élu": {"elected", "voted", "won"}, "élue": {"elected", "voted", "won"}, "élus": {"elected"},
	"commencé": {"began", "started", "begun", "opened"}, "débuté": {"began", "started", "begun"},
	"commencera": {"begin", "begins", "start", "starts"}, "débutera": {"begin", "begins", "start", "starts"},
	"terminé": {"ended", "finished", "closed"}, "achevé": {"ended", "finished", "completed"},
	"ouvert": {"opened", "open"}, "ouvrira": {"open", "opens"}, "fermé": {"closed", "shut"}, "fermera": {"close", "closes", "shut"},
	"signé": {"signed"}, "signera": {"sign", "signs"}, "annoncé": {"announced", "said", "unveiled"},
	"indiqué": {"said", "reported", "announced"}, "déclaré": {"said", "declared", "broke"},
	"précisé": {"said", "added"}, "affirmé": {"said", "claimed"}, "exprimait": {"said", "spoke"},
	"manifesté": {"marched", "protested", "demonstrated", "rallied"}, "défilé": {"marched", "paraded"},
	"arrêté": {"arrested", "detained", "stopped"}, "interpellé": {"arrested", "detained"},
	"tué": {"killed", "died"}, "morts": {"died", "killed", "dead"}, "mort": {"died", "killed", "dead"},
	"décédé": {"died"}, "blessé": {"injured", "wounded", "hurt"}, "attaqué": {"attacked"},
	"départ": {"broke", "started", "began", "start", "outbreak"}, "déclenché": {"broke", "started", "began"}, // of a fire
	"coupée": {"closed", "shut", "cut"}, "coupé": {"closed", "shut", "cut"},
	"reçu": {"met", "received", "hosted"}, "rencontré": {"met"}, "rencontrera": {"meet", "meets"},
	"affrontera": {"meet", "meets", "face", "faces", "play", "plays"}, "affronté": {"met", "faced", "played"},
	"qualifié": {"qualified", "reached", "advanced"}, "qualifiée": {"qualified", "reached", "advanced"},
	"voté": {"voted", "passed", "approved"}, "adopté": {"passed", "adopted", "approved"},
	"publié": {"published", "released"}, "publiés": {"published", "released"}, "connus": {"known", "published", "released", "results"},
	"lieu": {"held", "place", "takes", "took"}, "tiendra": {"held", "hold", "holds"}, "tenu": {"held"},
	"prendra": {"take", "takes"}, "fonctions": {"office", "post", "duties"}, "prise": {"took", "taken"},
	"démissionné": {"resigned", "quit", "stepped"}, "nommé": {"appointed", "named"}, "nommée": {"appointed", "named"},
	"condamné": {"sentenced", "convicted", "jailed"}, "jugé": {"tried", "judged"}, "libéré": {"released", "freed"},
	"intervenus": {"worked", "intervened", "fought", "battled"}, "maîtrisé": {"controlled", "contained", "out", "control"},
	"éteint": {"out", "extinguished"}, "incendie": {"fire", "blaze"}, "feu": {"fire", "blaze"},
	"scrutin": {"vote", "election", "poll", "ballot"}, "élection": {"election", "vote", "poll"},
	"sommet": {"summit"}, "réunion": {"meeting", "met"}, "visite": {"visit", "visited"}, "rendu": {"visited", "went"},
	"arrivé": {"arrived"}, "arrivée": {"arrived", "arrival"}, "parti": {"left", "departed"}, "quitté": {"left", "quit"},
	"lancé": {"launched", "started"}, "lancera": {"launch", "launches"}, "présenté": {"presented", "unveiled"},
	"présentera": {"present", "presents", "unveil", "unveils"}, "retrouvé": {"found"}, "découvert": {"found", "discovered"},
	"grève": {"strike", "walkout"}, "grévistes": {"strikers", "strike"},
	"fixé": {"contained", "controlled", "control"}, "éclaté": {"broke", "started", "erupted"},
	"ravage": {"raging", "ravaging", "burning"},
}

// frontedDay reads the clause a weekday set before a comma is said of,
// "Mardi, 300 personnes ont manifesté", "On Monday, the minister met
// unions": the words after the comma, past the figures of that clause.
func (p *parser) frontedDay(i1 int) []string {
	if p.sym(i1) != "," {
		return nil
	}
	var out []string
	for j := i1 + 1; j < len(p.toks) && j <= i1+clauseReach; j++ {
		if p.toks[j].kind != tNum && p.clauseBreak(j) {
			break
		}
		if w := p.clauseWord(j); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// daysJoined: the source weekdays a and b are next to each other in one
// sentence, joined by "et", "ou", "au" or a dash: the days of one event
// ("mercredi et jeudi", "du lundi au vendredi").
func (r *check) daysJoined(a, b *atom) bool {
	if a.m.Paragraph != b.m.Paragraph || a.m.Sentence != b.m.Sentence || a.m.Paragraph >= len(r.source) {
		return false
	}
	if b.m.Start < a.m.Start {
		a, b = b, a
	}
	text := r.source[a.m.Paragraph]
	if a.m.End > b.m.Start || b.m.Start > len(text) {
		return false
	}
	switch strings.TrimSpace(strings.ToLower(text[a.m.End:b.m.Start])) {
	case "et", "ou", "au", "-", "–", "and", "or", "to":
		return true
	}
	return false
}

// lineTellsDay: the summary gives weekday wd. The whole summary counts,
// not only the line being checked: a bullet before may have told that event
// with its day ("said on Tuesday, January 14, ..." then "a protest on
// Thursday").
func (r *check) lineTellsDay(wd int) bool {
	return slices.ContainsFunc(r.all, func(a *atom) bool {
		return a.m.Kind == Date && a.m.Date != nil && a.m.Date.Weekday == wd
	})
}

// dayFigures counts the other figures of t's bullet sentence whose
// source twin sits only in s's sentence (own) or only in o's (other):
// "Sunday was the busiest day, with 58,000" tells the day of "Le samedi
// ... a accueilli 58 000 personnes", not of "dimanche soir".
func (r *check) dayFigures(src []*atom, s, o *atom, t Mention) (own, other int) {
	for _, u := range r.line {
		if u.m.Start == t.Start || u.m.Sentence != t.Sentence || u.m.Kind == Date || r.semicolonBetween(*u.m, t) {
			continue // ("at 2.30pm on Tuesday; the A57 was closed": another clause's figure)
		}
		for _, a := range src {
			if a.m.Value != u.m.Value || class(a.m.Kind) != class(u.m.Kind) {
				continue
			}
			x, y := oneSide(sameSentence(a, s), sameSentence(a, o))
			own, other = own+x, other+y
		}
	}
	return own, other
}

// semicolonBetween: a semicolon of the bullet parts a and b.
func (r *check) semicolonBetween(a, b Mention) bool {
	lo, hi := min(a.End, b.End), max(a.Start, b.Start)
	return lo < hi && hi <= len(r.text) && strings.Contains(r.text[lo:hi], ";")
}

// notInBoth drops the words both days' sentences say, whatever clause
// the parser gave them: "le conseil de Carvelle ... lundi" and "L'action
// Carvelle ... mardi" both name Carvelle, which tells neither event.
func (r *check) notInBoth(s, o *atom, en []string) []string {
	if s.m.Paragraph >= len(r.source) || o.m.Paragraph >= len(r.source) || sameSentence(s, o) {
		return en // (one sentence: its clauses tell the events apart)
	}
	ws := sentenceWords(sentenceAt(r.source[s.m.Paragraph], s.m.Start))
	wo := sentenceWords(sentenceAt(r.source[o.m.Paragraph], o.m.Start))
	return slices.DeleteFunc(slices.Clone(en), func(e string) bool {
		e = strings.TrimSuffix(e, "'s")
		return translatedIn(ws, e) && translatedIn(wo, e)
	})
}
