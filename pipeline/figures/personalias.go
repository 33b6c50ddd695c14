package figures

import (
	"slices"
	"strings"
	"unicode"
)

// A French report introduces a person by nationality and name, "Le
// Suédois Axel Lindqvist a porté le record", then names them by the
// nationality alone, "Le Suédois touchera une prime de 100 000 dollars".
// A summary names them: "Lindqvist earns a $100,000 bonus". The figure
// is the named person's, so its clause takes the surname too.

// demonymAliases maps a nationality, as actorWord keys it, to the surname
// of the one person the paragraph introduces with it; a nationality that
// introduces two people ("le Français Théo Marchand", "le Français Renaud
// Lavigne") names neither.
func (p *parser) demonymAliases() map[string]string {
	if p.aliases != nil {
		return p.aliases
	}
	p.aliases = map[string]string{}
	for j := 1; j+1 < len(p.toks); j++ {
		if demonymForms[p.word(j)] == "" || !p.capital(j) || !articleBefore[p.word(j-1)] {
			continue
		}
		last := -1
		for k := j + 1; k <= j+3 && p.capital(k) && demonymForms[p.word(k)] == ""; k++ {
			last = k
		}
		key := p.actorWord(j)
		if last < 0 || key == "" {
			continue
		}
		name := stripAccents(p.word(last))
		if had, ok := p.aliases[key]; ok && had != name {
			name = ""
		}
		p.aliases[key] = name
	}
	return p.aliases
}

// articleBefore: the articles that make a capitalised nationality a person.
var articleBefore = map[string]bool{"le": true, "la": true, "l'": true}

// withAliases adds to a clause's actors the surname each nationality
// among them stands for.
func (p *parser) withAliases(actors []string) []string {
	if p.lang != French || len(actors) == 0 {
		return actors
	}
	out := actors
	for _, a := range actors {
		if name := p.demonymAliases()[a]; name != "" && !slices.Contains(out, name) {
			out = append(slices.Clip(out), name)
		}
	}
	return out
}

// introducedAs: the paragraph introduces the person name by one of the
// nationalities in names, "Le Suédois Axel Lindqvist": a figure said of
// "le Suédois" later is said of Lindqvist.
func introducedAs(paragraph string, names []string, name string) bool {
	words := strings.FieldsFunc(paragraph, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' })
	for i, w := range words {
		if !capitalWord(w) || demonymForms[strings.ToLower(w)] == "" || !nameIn(strings.ToLower(w), names) {
			continue
		}
		for k := i + 1; k <= i+3 && k < len(words) && capitalWord(words[k]); k++ {
			if sameFolded(words[k], name) {
				return true
			}
		}
	}
	return false
}
