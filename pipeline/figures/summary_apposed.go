package figures

import (
	"slices"
	"strings"
	"unicode"
)

// apposedAge catches a bullet that gives a person's age to another
// person it names: "Faye won ...; Amadou Ba, 44, took 35.79%" where the
// source says "Âgé de 44 ans, Bassirou Diomaye Faye". The age stands
// after its owner's name, between commas or in brackets; it is given to
// the wrong one when its source sentence does not name that owner but
// names another person the bullet names (M4).
func (r *check) apposedAge(line []*atom) {
	for _, t := range line {
		s := t.pair
		if s == nil || class(t.m.Kind) != Cardinal || t.m.Word || r.hasError(t) || s.m.Paragraph >= len(r.source) || !s.m.personAge && s.m.Head != "ans" {
			continue
		}
		owner := apposedName(r.text, t.m.Start, t.m.End)
		if len(owner) == 0 {
			continue
		}
		own := ageOwner(r.source[s.m.Paragraph], s.m.Start, s.m.End)
		if !s.m.personAge && len(own) == 0 {
			continue // ("Claire Martin, 41 ans": an age set off with its name)
		}
		if len(own) == 0 && describedAge(r.source[s.m.Paragraph], s.m.Start, s.m.End) {
			continue // "Le chanteur, aujourd'hui âgé de 76 ans, ... à l'Olympia": the age is the singer's, whoever else the sentence names
		}
		said := sentenceAt(r.source[s.m.Paragraph], s.m.Start)
		if len(own) > 0 {
			said = strings.Join(own, " ") // "Claire Martin, 41 ans", "Âgé de 44 ans, Bassirou Diomaye Faye"
		}
		if namesAny(said, owner) {
			continue
		}
		if len(own) == 1 && slices.ContainsFunc(owner, func(n string) bool {
			return introducedAs(r.source[s.m.Paragraph], []string{strings.ToLower(own[0])}, n)
		}) {
			continue // "le Suédois Armand Duplantis ... le Suédois, âgé de 25 ans": Duplantis's age
		}
		if len(own) > 0 && slices.ContainsFunc(own, func(n string) bool { return !noPerson(n) }) && !namesAny(strings.Join(owner, " "), own) {
			r.add(s, t, verdict{true, "attribution", Error, "M4",
				"the source gives this age to " + strings.Join(own, " ") + ", not to " + strings.Join(owner, " ")})
			continue // both name the age's owner, and they differ: "Karim B., 29" for "Yanis M., âgé de 29 ans"
		}
		for _, other := range capitalNames(r.text) {
			if !slices.Contains(owner, other) && !noPerson(other) && namesAny(said, []string{other}) {
				r.add(s, t, verdict{true, "attribution", Error, "M4",
					"the source gives this age to " + other + ", not to " + strings.Join(owner, " ")})
				break
			}
		}
	}
}

// noPerson: a capitalised word that names no person whose age a text
// gives: an acronym ("ATP", "PDG": "Son ancien PDG, âgé de 58 ans" is
// "Its former CEO, 58") or a country or people the table knows.
func noPerson(n string) bool {
	if _, ok := places[strings.ToLower(n)]; ok {
		return true
	}
	return len(n) >= 2 && strings.ToUpper(n) == n && strings.ToLower(n) != n
}

// listedAgeOwner gives each age of "Sofiane K. et Julien R., âgés de
// 29 et 31 ans" to its name, in order: the first to the first name, the
// second to the second; nil when the age is in no such list.
func listedAgeOwner(text string, start int) []string {
	before := strings.TrimRight(text[:start], " ")
	second := false
	if b, ok := strings.CutSuffix(before, " et"); ok {
		f := strings.Fields(b[max(0, len(b)-40):]) // (its last words only: the whole text before may be long)
		if len(f) == 0 || f[len(f)-1][0] < '0' || f[len(f)-1][0] > '9' {
			return nil
		}
		before, second = strings.TrimRight(b[:len(b)-len(f[len(f)-1])], " "), true
	}
	var names string
	for _, lead := range []string{", âgés de", ", âgées de", ", âgés respectivement de", ", âgées respectivement de", ", respectivement âgés de", ", respectivement âgées de"} {
		if r, ok := strings.CutSuffix(before, lead); ok {
			names = r
			break
		}
	}
	i := strings.LastIndex(names, " et ")
	if i < 0 {
		return nil
	}
	if second {
		return capitalRunBefore(names)
	}
	return capitalRunBefore(names[:i])
}

// apposedName is the run of capitalised words right before a figure set
// off by a comma or a bracket ("Amadou Ba, 44,", "Amadou Ba (44)").
func apposedName(text string, start, end int) []string {
	before := strings.TrimRight(text[:start], " ")
	after := strings.TrimLeft(text[end:], " ")
	switch {
	case strings.HasSuffix(before, ",") && (strings.HasPrefix(after, ",") || strings.HasPrefix(after, ";")):
	case strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")"):
	default:
		return nil
	}
	return capitalRunBefore(before[:len(before)-1])
}

// ageOwner is the name a source age is set off with: before it ("Claire
// Martin, 41 ans") or after its years ("Âgé de 44 ans, Bassirou Diomaye
// Faye"); nil when none.
func ageOwner(text string, start, end int) []string {
	if name := listedAgeOwner(text, start); len(name) > 0 {
		return name
	}
	before := strings.TrimRight(text[:start], " ")
	for _, lead := range []string{"âgé de", "âgée de"} {
		before = strings.TrimRight(strings.TrimSuffix(before, lead), " ") // "Yanis M., âgé de 29 ans"
	}
	if strings.HasSuffix(before, ",") {
		b := before[:len(before)-1]
		if describedWithName(strings.Fields(b[max(0, len(b)-60):])) {
			return nil // "Le skipper de V and B-Monbana-Mayenne, 38 ans": the skipper's age, not the boat's
		}
		if name := capitalRunBefore(b); len(name) > 0 {
			return name
		}
	}
	after := strings.Fields(text[end:min(len(text), end+80)]) // (its years and a name: a few words)
	if len(after) < 2 || !strings.HasPrefix(after[0], "an") || !strings.HasSuffix(after[0], ",") {
		return nil
	}
	var name []string
	for _, w := range after[1:] {
		if !capitalWord(w) {
			break
		}
		name = append(name, strings.Trim(w, ",;:()"))
		if strings.ContainsAny(w, ",;:()") {
			break
		}
	}
	return name
}

// capitalRunBefore is the run of capitalised words that ends text.
func capitalRunBefore(text string) []string {
	words := strings.Fields(text[max(0, len(text)-80):]) // (a name: the last few words)
	first := 1                                           // (the window's first word may be cut)
	if len(text) <= 80 {
		first = 0 // "Karim B., 34": the name opens the text
	}
	var name []string
	for k := len(words) - 1; k >= first && capitalWord(words[k]); k-- {
		if nameDeterminers[words[k]] && k-1 >= first && capitalWord(words[k-1]) && !nameDeterminers[words[k-1]] && !strings.HasSuffix(words[k-1], ".") && !strings.HasSuffix(words[k-1], ",") && len(name) > 0 {
			name = append([]string{words[k]}, name...)
			continue // "Marc Le Bihan", "Marine Le Pen": an article inside a name, after a first name
		}
		if nameDeterminers[words[k]] {
			if len(name) < 2 {
				return nil // "Le Slovène, 25 ans": a description, no name
			}
			return name[1:] // "Le Brésilien Rafael Costa": the name after its description
		}
		name = append([]string{strings.TrimRight(strings.Trim(words[k], ",;:()"), ".")}, name...) // ("Karim B.": the initial B)
		if k == 0 {
			break
		}
		if w := words[k-1]; len(w) > 2 && strings.HasSuffix(w, ".") {
			break // "... sur Remco Evenepoel. Le Slovène": the sentence before ends
		}
		if k >= 2 && nameParticles[words[k-1]] && capitalWord(words[k-2]) {
			name = append([]string{words[k-1]}, name...)
			k-- // "Luiz Inácio Lula da Silva", "Charles de Gaulle": a particle inside a name
			continue
		}
		if completesNoun(words, k) {
			return nil // "Le capitaine des Bleus, 26 ans": the name completes a description ("Charles de Gaulle" is a name)
		}
	}
	return name
}

// completesNoun: the capitalised word k follows "de", "des", "of" after a
// common noun, so it completes a description, "le capitaine des Bleus",
// "the mayor of Lyon", and names no person ("Charles de Gaulle" does).
func completesNoun(words []string, k int) bool {
	return k >= 2 && partitives[strings.ToLower(words[k-1])] && !capitalWord(words[k-2])
}

// nameParticles join the parts of a person's name.
var nameParticles = map[string]bool{"da": true, "de": true, "do": true, "dos": true, "das": true, "del": true,
	"della": true, "di": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "bin": true, "ben": true, "el": true, "al": true}

// nameDeterminers open a description ("Le Slovène", "La Française"), which
// names nobody.
var nameDeterminers = map[string]bool{"Le": true, "La": true, "Les": true, "L'": true, "The": true}

// capitalNames are the capitalised words of text: names, or words
// that open a sentence, which the French source does not share.
func capitalNames(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		w = strings.Trim(w, ",;:()'’\"")
		if capitalWord(w) && len(w) >= 3 && allLetters(w) {
			out = append(out, w)
		}
	}
	return out
}

func allLetters(w string) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' {
			return false
		}
	}
	return true
}

// namesAny: text holds one of the words, whole.
func namesAny(text string, words []string) bool {
	return slices.ContainsFunc(strings.FieldsFunc(text, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' }), func(w string) bool {
		return slices.Contains(words, w)
	})
}

// describedAge: the source age is set off with a description of its
// owner, no name: "Le chanteur, aujourd'hui âgé de 76 ans", "Âgé de 35
// ans, le judoka guadeloupéen". The names of its sentence are others'.
func describedAge(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " ")
	for _, lead := range []string{"âgé de", "âgée de", "aujourd'hui", ","} {
		before = strings.TrimRight(strings.TrimSuffix(before, lead), " ")
	}
	if f := strings.Fields(before[max(0, len(before)-40):]); len(f) >= 2 && nameDeterminers[f[len(f)-2]] {
		// "Le chanteur,"; "La Nantaise, 27 ans, devance sa rivale Maëlle
		// Ferrand": the one a demonym opening the sentence takes up, named before
		if !capitalWord(f[len(f)-1]) || len(f) == 2 || endsSentence(f[len(f)-3]) {
			return true
		}
	}
	if describedSubject(text[:start]) {
		return true
	}
	if describedWithName(strings.Fields(before[max(0, len(before)-60):])) {
		return true // "Le milieu de terrain de Manchester City, 28 ans": the midfielder's age, not the club's
	}
	after := strings.Fields(text[end:min(len(text), end+40)])
	if len(after) >= 2 && after[0] == "ans," && (after[1] == "il" || after[1] == "elle") {
		return true // "Âgé de 26 ans, il remporte le deuxième titre ATP de sa carrière": the one named before, not a name of the sentence
	}
	return len(after) >= 3 && after[0] == "ans," && (after[1] == "le" || after[1] == "la") && !capitalWord(after[2]) // "Âgé de 35 ans, le judoka"
}

// describedSubject: the age completes a described noun opening its
// sentence, "Le jeune coureur de 22 ans a devancé ... le Suisse Reto
// Baumann": a determiner, up to two lower-case words, "de": the one
// named before, not a name after the verb.
func describedSubject(before string) bool {
	b, ok := strings.CutSuffix(strings.TrimRight(before, " "), " de")
	if !ok {
		return false
	}
	f := strings.Fields(b[max(0, len(b)-40):])
	for k := len(f) - 1; k >= 0 && k >= len(f)-3; k-- {
		if capitalWord(f[k]) && !nameDeterminers[f[k]] {
			return false
		}
		if nameDeterminers[f[k]] {
			return k < len(f)-1 && (k > 0 && endsSentence(f[k-1]) || k == 0 && len(b) <= 40)
		}
	}
	return false
}

// endsSentence: the word w closes a sentence.
func endsSentence(w string) bool {
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?")
}

// describedWithName: words end with a description that names a thing
// after its noun, "Le milieu de terrain de Manchester City": a
// determiner opening the sentence, a few lower-case words, then "de"
// and the name the description completes.
func describedWithName(f []string) bool {
	k := len(f)
	for k > 0 && (capitalWord(f[k-1]) && !nameDeterminers[f[k-1]] || k > 1 && k < len(f) && nameJoiners[f[k-1]] && capitalWord(f[k-2])) && (k == len(f) || !strings.HasSuffix(f[k-1], ",")) {
		k-- // ("le skipper de V and B-Monbana-Mayenne": one name with its "and"; a comma ends it: "..., Maxime Sorel" is the age's own name)
	}
	if k == len(f) || k == 0 || !partitives[strings.ToLower(f[k-1])] {
		return false
	}
	k--
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if nameDeterminers[f[j]] {
			return j < k-1
		}
		if capitalWord(f[j]) {
			return false
		}
	}
	return false
}

// nameJoiners join the words of one name: "V and B", "Marks & Spencer".
var nameJoiners = map[string]bool{"and": true, "&": true, "et": true}
