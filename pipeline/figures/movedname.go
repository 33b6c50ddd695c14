package figures

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A figure the English says of a name the source gives another of its
// figures, while the source's own name for it is nowhere in the English
// sentence: "À Lille, ... 58 % des séjours" beside "ceux de Rouen
// 820 000", written "58% of stays in Rouen" (M4). Names are written alike
// in both languages, so a town or a team no table knows still counts,
// but only when the source itself ties that name to another figure.

// movedName reports the figures of ts said of another figure's name.
// englishOf gives the English text a target figure's offsets index.
func (r *check) movedName(src, ts []*atom, englishOf func(*atom) string) {
	var named map[string][]*atom // built on first need: most texts never get that far
	for _, t := range ts {
		s := t.pair
		if s == nil || !numeric(*t.m) && t.m.Kind != Fraction && t.m.Kind != Time {
			continue
		}
		tNames := t.m.names
		if len(tNames) == 0 {
			tNames = r.knownActors(t) // "About fifteen extra beds were opened in Saint-Malo"
		}
		if len(tNames) == 0 {
			continue
		}
		sNames := s.m.names
		if len(sNames) == 0 {
			sNames = r.clauseNames(s) // "Strasbourg se distingue par la part de sa clientèle étrangère, qui dépasse 45 %"
		}
		if len(sNames) == 0 || len(sNames) == 1 && r.brandCounted(s, sNames[0]) {
			continue // ("Trois Airbus A320 y seront stationnés": the name is what is counted, a brand, not whose they are)
		}
		for _, n := range tNames {
			if nameIn(n, sNames) {
				continue
			}
			if named == nil {
				named = namedFigures(src)
			}
			if !namedElsewhere(named[n], s) {
				continue
			}
			said := sentenceAt(r.source[s.m.Paragraph], s.m.Start)
			told := sentenceAt(englishOf(t), t.m.Start)
			if saysName(said, n) && !(namedMate(named[n], s) && placeNamedAfter(englishOf(t), *t.m, n)) || anyNameSaid(told, sNames) || acronymOf(sentenceWords(said), n) {
				continue // the source's sentence names it too, in full ("la Bibliothèque nationale de France" for "the BnF"), or the English still names the source's; a sentence that names the place only as another figure's is no excuse
			}
			if introducedAs(r.source[s.m.Paragraph], sNames, n) {
				continue // "Le Suédois Axel Lindqvist ... Le Suédois touchera 100 000 dollars": Lindqvist's
			}
			if rivalNamed(told, n) {
				continue // "lost his previous two finals to Ito": the rival, whom "face au même adversaire" need not name
			}
			if beatenSide(said, s.m.Raw, sNames) {
				continue // "Les Français ont battu les Espagnols en trois sets": the side beaten, which "won the final in three sets" need not name
			}
			if marginOver(r.source[s.m.Paragraph], *s.m) {
				continue // "deux coups devant l'Écossais Ewan Reid": the name is the rival left behind, which "won by two shots" need not name
			}
			if s.m.personAge && allComplements(said, sNames) {
				continue // "Le capitaine des Bleus, 26 ans": an age is a person's, not the name that completes the description
			}
			r.add(s, t, verdict{true, "attribution", Error, "M4",
				"the source says this figure of " + namesSaid(sNames) + ", and another of " + namesSaid([]string{n})})
			break
		}
	}
}

// namedFigures lists the source figures by the names next to them.
func namedFigures(src []*atom) map[string][]*atom {
	out := map[string][]*atom{}
	for _, o := range src {
		if o.m.Kind == Identifier {
			continue // "retrouvent la Ligue 1": a name's number names a thing, it says nothing of the names beside it
		}
		for _, n := range o.m.names {
			out[n] = append(out[n], o) // names are lowered as read; English keeps the accents of French names
		}
	}
	return out
}

// namedMate: the name is said in s's sentence as another figure's, of
// s's kind: "4 h 15, contre 3 h 05 à Grenoble et 5 h 20 à
// Clermont-Ferrand" gives Grenoble 3 h 05, so "5h20 in Grenoble" moved.
func namedMate(withName []*atom, s *atom) bool {
	for _, o := range withName {
		if o != s && sameSentence(o, s) && class(o.m.Kind) == class(s.m.Kind) && o.m.Unit == s.m.Unit && o.m.Value != s.m.Value {
			return true
		}
	}
	return false
}

// placeNamedAfter: the English names the place right after t, "5h20 in
// Grenoble", "22,029 in the UK": where the figure was, not who else the
// sentence names ("220 votes to Philippe Marchand's 207").
func placeNamedAfter(text string, t Mention, name string) bool {
	if t.End > len(text) {
		return false
	}
	f := strings.Fields(text[t.End:min(len(text), t.End+40)])
	if len(f) > 0 && (f[0] == "in" || f[0] == "at") {
		f = f[1:]
		if len(f) > 0 && f[0] == "the" {
			f = f[1:]
		}
		return len(f) > 0 && saysName(f[0], name)
	}
	return false
}

// namedElsewhere: another figure of s's source paragraph carries the name.
func namedElsewhere(withName []*atom, s *atom) bool {
	for _, o := range withName {
		if o != s && o.m.Paragraph == s.m.Paragraph {
			return true
		}
	}
	return false
}

func nameIn(name string, names []string) bool {
	for _, n := range names {
		if sameOwner(n, name) {
			return true
		}
	}
	return false
}

func anyNameSaid(text string, names []string) bool {
	for _, n := range names {
		if saysName(text, n) {
			return true
		}
	}
	return false
}

// saysName: a word of text is the name, shares its stem or translates
// it, in any case and with or without accents ("Taïwan" and "taïwanais",
// "Parti" and "Party", "Angleterre" and "England").
func saysName(text, name string) bool {
	if strings.ContainsAny(name, "- ") && strings.Contains(stripAccents(text), stripAccents(name)) {
		return true // a name of several words, "Fort-de-France", which the split below cuts apart
	}
	for _, w := range strings.FieldsFunc(text, func(c rune) bool { return !unicode.IsLetter(c) }) {
		if sameOwner(w, name) || cognate(w, name) || cognate(name, w) {
			return true
		}
		if lw := strings.ToLower(w); translates(name, lw) || translates(lw, name) {
			return true // "l'Angleterre" and "England": a country's name in the other language
		}
	}
	return false
}

// sameFolded: the words are equal once lowered and stripped of accents,
// compared rune by rune without folded copies.
func sameFolded(a, b string) bool {
	n := sharedStem(a, b)
	return n == utf8.RuneCountInString(a) && n == utf8.RuneCountInString(b)
}

// sentenceAt is the sentence of text around the offset at; a full stop
// ends one only before a space or the end, not inside "1.9".
func sentenceAt(text string, at int) string {
	lo, hi := sentenceBounds(text, at)
	return text[lo:hi]
}

// sentenceBefore is the text of the sentence at off up to off.
func sentenceBefore(text string, off int) string {
	lo, _ := sentenceBounds(text, off)
	return text[lo:min(off, len(text))]
}

// sentenceBounds are the offsets of the sentence of text around at.
func sentenceBounds(text string, at int) (int, int) {
	at = min(max(at, 0), len(text))
	lo := 0
	for k := at - 1; k > 0; k-- {
		if strings.ContainsRune(".!?", rune(text[k-1])) && text[k] == ' ' && !initialDot(text, k-1) {
			lo = k
			break
		}
	}
	hi := len(text)
	for k := at; k < len(text)-1; k++ {
		if strings.ContainsRune(".!?", rune(text[k])) && text[k+1] == ' ' && !initialDot(text, k) {
			hi = k
			break
		}
	}
	return lo, hi
}

// initialDot: the full stop at k ends a name's initial ("Sofiane K. et
// Julien R."), not a sentence.
func initialDot(text string, k int) bool {
	return text[k] == '.' && k >= 1 && text[k-1] >= 'A' && text[k-1] <= 'Z' && (k == 1 || text[k-2] == ' ')
}

// allComplements: each name stands in the sentence as the complement of
// a common noun, "le capitaine des Bleus", "the mayor of Lyon".
func allComplements(sentence string, names []string) bool {
	words := strings.Fields(sentence)
	for _, n := range names {
		found := false
		for k := 2; k < len(words); k++ {
			if sameOwner(strings.ToLower(strings.Trim(words[k], ",;:()")), n) && completesNoun(words, k) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return len(names) > 0
}

// sentenceWords are the words of a sentence, lowered, without the short
// words an acronym skips ("de", "la").
func sentenceWords(sent string) []string {
	out := strings.FieldsFunc(strings.ToLower(sent), func(c rune) bool { return !unicode.IsLetter(c) && c != '-' })
	return slices.DeleteFunc(out, func(w string) bool { return acronymSkips[w] })
}

var acronymSkips = map[string]bool{"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "l": true, "d": true,
	"of": true, "the": true, "and": true, "et": true}

// clauseNames are the names of s's clause, when none stands next to it:
// the words both texts write as names mid-sentence (r.known). Only a
// summary check knows them.
func (r *check) clauseNames(s *atom) []string {
	if r.known == nil || s.m.personAge || periodUnit[s.m.Head] != "" || s.m.Paragraph >= len(r.source) {
		return nil // (an age or a length of time is a person's or an event's, whatever names its sentence holds: "Le Lyonnais de 25 ans")
	}
	text := r.source[s.m.Paragraph]
	said := withoutAgentAsides(sentenceBefore(text, s.m.Start))
	before := strings.ToLower(said)
	var out []string
	for _, w := range s.m.clause() {
		if r.known[w] && strings.Contains(before, w) && capitalIn(said, before, w) {
			out = append(out, w) // a name before the figure, its subject: "Strasbourg se distingue ... qui dépasse 45 %" (not "de 22 ans devance ... O'Dowd")
		}
	}
	for _, a := range r.knownActors(s) {
		if !slices.Contains(out, a) {
			out = append(out, a) // the place its clause gives it: "Une quinzaine de lits ... ont été ouverts à Rennes"
		}
	}
	return out
}

// withoutAgentAsides drops the asides that name an agent, ", entraîné
// par François Nicolle,": the one who trained the horse is not the
// subject the figure after the aside is said of.
func withoutAgentAsides(said string) string {
	parts := strings.Split(said, ", ")
	kept := parts[:1]
	for k, part := range parts[1:] {
		if f := strings.Fields(part); k+2 < len(parts) && len(f) >= 3 && (f[1] == "par" || f[1] == "by") && !capitalWord(f[0]) {
			continue // (a part with a comma after it: an aside, not the clause the figure ends)
		}
		kept = append(kept, part)
	}
	return strings.Join(kept, ", ")
}

// knownActors are the places x's clause gives it: its actors that both
// texts write as names mid-sentence (r.known) and that its sentence puts
// after a preposition of place ("ouverts à Rennes", "opened in
// Saint-Malo"), not a body ("au Parlement flamand") or a people ("Les
// Landais").
func (r *check) knownActors(x *atom) []string {
	if r.known == nil || !slices.ContainsFunc(x.m.actors(), func(a string) bool { return r.known[a] }) {
		return nil // (most figures have none: no sentence to lower)
	}
	text := r.text
	if x.m.Lang == French {
		if x.m.Paragraph >= len(r.source) {
			return nil
		}
		text = r.source[x.m.Paragraph]
	}
	said := strings.ToLower(sentenceAt(text, x.m.Start))
	var out []string
	for _, a := range x.m.actors() {
		if !r.known[a] {
			continue
		}
		for _, prep := range placePreps {
			if strings.Contains(said, prep+a) {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// placePreps put a place after them.
var placePreps = []string{"à ", "en ", "in ", "at "}

// capitalIn: w (lowered) is written with a capital somewhere in said,
// whose lowered copy is lower: a name there, not "L'agence américaine"
// for the "Agence spatiale européenne" another sentence names.
func capitalIn(said, lower, w string) bool {
	for k := 0; k < len(lower); {
		i := strings.Index(lower[k:], w)
		if i < 0 {
			return false
		}
		if k+i >= len(said) {
			return false // (lowering changed a byte length: no offset to trust)
		}
		if r, _ := utf8.DecodeRuneInString(said[k+i:]); unicode.IsUpper(r) {
			return true
		}
		k += i + len(w)
	}
	return false
}

// brandCounted: the name is the first word after the source figure s,
// with no article: "Trois Airbus A320" counts planes of that make ("61 %
// des Niçois" counts people of Nice, whose figure it is).
func (r *check) brandCounted(s *atom, name string) bool {
	if s.m.Paragraph >= len(r.source) || s.m.End > len(r.source[s.m.Paragraph]) {
		return false
	}
	after := strings.Fields(r.source[s.m.Paragraph][s.m.End:])
	return len(after) > 0 && sameOwner(asNameWord(after[0]), name)
}

// marginOver: the source figure is a margin over a rival named right
// after it, "deux coups devant l'Écossais", "15 centièmes d'avance sur
// l'Américaine".
func marginOver(text string, m Mention) bool {
	if m.End > len(text) {
		return false
	}
	rest := strings.ToLower(text[m.End:min(len(text), m.End+30)])
	return strings.Contains(rest, " devant ") || strings.Contains(rest, "d'avance sur") || strings.Contains(rest, " derrière ") || strings.Contains(rest, "de retard sur")
}

// rivalNamed: the English sentence names n as the side its figures were
// won or lost against, "to Ito", "against Nantes", not whose they are.
func rivalNamed(sentence, n string) bool {
	low := strings.ToLower(sentence)
	for _, w := range []string{" against ", " versus ", " vs "} {
		if strings.Contains(low, w+n) {
			return true
		}
	}
	// "to" names a rival after a defeat only: "exports to Germany" are Germany's
	return strings.Contains(low, " to "+n) && slices.ContainsFunc(strings.Fields(low), func(w string) bool { return loseVerbs[w] || w == "beaten" })
}

// beatenSide: every name of the source's figure is the object of a verb
// of winning in its sentence, and the figure follows in the same clause:
// "ont battu les Espagnols en trois sets" is the match's, whose winner
// the English may name alone ("Lyon a battu Nantes, qui compte 12
// points" is Nantes's 12).
func beatenSide(sentence, raw string, names []string) bool {
	f := strings.Fields(strings.ToLower(sentence))
	rawWords := strings.Fields(strings.ToLower(raw))
	if len(rawWords) == 0 {
		return false
	}
	for _, n := range names {
		beaten := false
		for k, w := range f {
			if !beatVerbs[w] || k > 0 && (f[k-1] == "été" || f[k-1] == "was" || f[k-1] == "were") {
				continue // (a passive's object is its agent's: "ont été battus par Lyon")
			}
			for j := k + 1; j < len(f) && j <= k+2 && !beaten; j++ {
				if strings.TrimPrefix(strings.Trim(f[j], ",.;:()"), "l'") == n && !strings.ContainsAny(f[j], ",;:") {
					beaten = clauseReaches(f, j+1, rawWords[0])
				}
			}
		}
		if !beaten {
			return false
		}
	}
	return len(names) > 0
}

// clauseReaches: the word first comes within five words from j, with no
// clause break or relative pronoun before it.
func clauseReaches(f []string, j int, first string) bool {
	for k := j; k < len(f) && k < j+5; k++ {
		if f[k] == first || strings.Trim(f[k], "(") == first {
			return true
		}
		if f[k] == "qui" || f[k] == "dont" || f[k] == "who" || f[k] == "which" || strings.ContainsAny(f[k], ",;:") {
			return false
		}
	}
	return false
}

// beatVerbs take the side beaten as their object.
var beatVerbs = map[string]bool{"battu": true, "battue": true, "battus": true, "bat": true, "battent": true, "battant": true,
	"dominé": true, "dominée": true, "domine": true, "écrasé": true, "écrase": true, "vaincu": true, "surclassé": true, "étrillé": true,
	"éliminé": true, "éliminée": true, "beat": true, "beats": true, "defeated": true, "defeats": true, "edged": true, "thrashed": true,
	"crushed": true, "routed": true, "outclassed": true, "eliminated": true}
