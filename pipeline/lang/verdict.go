package lang

// minEvidence is the least margin a verdict rests on: two function words
// of one language that the other lacks. "The End", "Le Pen", "Paris,
// 2021" and a list of figures never reach it, so they are never refused.
const minEvidence = 2

// beats says that a is clearly more likely than b: at least minEvidence
// words for a that b lacks, and at least twice as many as the other way
// round, so that a French article quoting an English sentence stays
// French.
func (p Profile) beats(a, b int) bool {
	ua, ub := p.only[a][b], p.only[b][a]
	return ua-ub >= minEvidence && ua >= 2*ub+1
}

// winner is the language that beats every other one, or "".
func (p Profile) winner() string {
	for a, name := range languages {
		all := true
		for b := range languages {
			if a != b && !p.beats(a, b) {
				all = false
				break
			}
		}
		if all {
			return name
		}
	}
	return ""
}

// looksLike names what p clearly is when that is not want: a script, or
// a language that beats want (the one that beats every other language,
// else the one with the widest margin over want); "" when p may well be
// want.
func (p Profile) looksLike(want string) string {
	if p.Script != "" {
		return p.Script
	}
	w := index(want)
	if w < 0 {
		return p.winner()
	}
	best, margin := "", 0
	for a, name := range languages {
		if a == w || !p.beats(a, w) {
			continue
		}
		if name == p.winner() {
			return name
		}
		if m := p.only[a][w] - p.only[w][a]; m > margin {
			best, margin = name, m
		}
	}
	return best
}

// IsFrench reports whether text may be French. It says no only when the
// text is clearly something else, and then names it ("English", "Spanish",
// "Cyrillic script"); a text too short or too mixed to judge is accepted.
func IsFrench(text string) (ok bool, looksLike string) {
	l := Analyze(text).looksLike(French)
	return l == "", l
}

// IsEnglish reports whether text may be English, like IsFrench: no only
// when the text is clearly another language, which it names.
func IsEnglish(text string) (ok bool, looksLike string) {
	l := Analyze(text).looksLike(English)
	return l == "", l
}

// Detect names the language text is clearly written in, or "" when it is
// too short or too mixed to say; a text in another script is named by its
// script.
func Detect(text string) string {
	p := Analyze(text)
	if p.Script != "" {
		return p.Script
	}
	return p.winner()
}

// LooksFrench reports text that is clearly French.
func LooksFrench(text string) bool { return Detect(text) == French }

// LooksNotFrench reports text that is clearly not French (IsFrench says
// no).
func LooksNotFrench(text string) bool {
	ok, _ := IsFrench(text)
	return !ok
}
