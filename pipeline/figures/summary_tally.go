package figures

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// A vote tally or a score belongs to the body or the match the source
// gives it to (M4): "Le Sénat l'a adopté par 180 voix contre 95;
// l'Assemblée par 310 contre 220" makes "The Senate passed it 310-220"
// an error, however exact the figures. Names of teams and towns are
// written alike in both languages; the chambers go through bodyKeys.

// bodyKeys names a chamber alike in both languages.
var bodyKeys = map[string]string{
	"sénat": "senate", "senate": "senate", "sénateurs": "senate", "senators": "senate",
	"assemblée": "assembly", "assembly": "assembly", "députés": "assembly", "deputies": "assembly",
	"mps": "assembly", "chambre": "assembly", "house": "assembly",
	// a match's score at the break is not its final score
	"pause": "halftime", "mi-temps": "halftime", "half-time": "halftime", "halftime": "halftime", "interval": "halftime",
}

// tallyOf reads t as a tally: a score, or a dashed pair of counts
// ("passed it 310-220"); "" otherwise.
func tallyOf(t Mention) string {
	if t.Kind == Score || t.Kind == Identifier && strings.Count(t.Value, "-") == 1 {
		if lo, hi, _ := strings.Cut(t.Value, "-"); numericValue(lo) && numericValue(hi) {
			return t.Value
		}
	}
	return ""
}

// sourceTallies are the source's scores and tallies, with a tally left
// elliptic after another ("l'Assemblée par 310 contre 220") read as
// one, said of its own clause.
func sourceTallies(src []*atom) []*atom {
	var out []*atom
	for k, a := range src {
		if tallyOf(*a.m) != "" && a.m.Kind == Score {
			out = append(out, a)
			continue
		}
		if k+1 == len(src) || a.m.Kind != Cardinal && a.m.Unit != "pts" {
			continue
		}
		b := src[k+1]
		if b.m.Kind != a.m.Kind || b.m.Unit != a.m.Unit || !b.m.prior || b.m.Sentence != a.m.Sentence || b.m.Paragraph != a.m.Paragraph {
			continue
		}
		style := "votes"
		switch {
		case a.m.Unit == "pts":
			style = "tally" // "(221 points contre 259)": a standings' points
		case a.m.Head == "contre" && votesIn(src, a):
		case a.m.Head != "" && a.m.Head != "contre" && (b.m.Head == "" || b.m.Head == "pour") && !isYearish(*a.m) && !isYearish(*b.m):
			style = "tally" // "quatre essais contre deux pour les Maritimes": tries 4 to 2
		default:
			continue
		}
		m := *a.m
		m.Kind, m.Value, m.style = Score, a.m.Value+"-"+b.m.Value, style
		out = append(out, &atom{m: &m, row: -1, pos: a.pos, grp: a.grp})
	}
	return out
}

// twinInClause: the bullet gives o's tally too, and the only word that
// would bind t to o is the break, told right after that other tally
// ("came back from 16-9 down at half-time to win 25-22": the 16-9 is the
// half-time score): it binds that tally, not t.
func (r *check) twinInClause(t, o *atom, tk, rivalOnly []string) bool {
	binding := slices.DeleteFunc(slices.Clone(tk), func(w string) bool { return !slices.Contains(rivalOnly, w) })
	if len(binding) == 0 || slices.ContainsFunc(binding, func(w string) bool { return w != "halftime" }) {
		return false
	}
	return slices.ContainsFunc(r.line, func(u *atom) bool {
		if u == t || tallyOf(*u.m) == "" || u.m.Value != o.m.Value && flipTally(u.m.Value) != o.m.Value || u.m.End > t.m.Start || t.m.Start > len(r.text) {
			return false
		}
		between := strings.Fields(strings.ToLower(r.text[u.m.End:t.m.Start]))
		return slices.ContainsFunc(between[:min(len(between), 4)], func(w string) bool { return bodyKeys[strings.Trim(w, ",;")] == "halftime" })
	})
}

// votesIn: a's sentence holds a vote tally said in full.
func votesIn(src []*atom, a *atom) bool {
	for _, s := range src {
		if s.m.Kind == Score && s.m.style == "votes" && s.m.Sentence == a.m.Sentence && s.m.Paragraph == a.m.Paragraph {
			return true
		}
	}
	return false
}

// tallyJudged judges a summary tally against the source's: an error when
// its clause names what only another tally of the source is said of,
// support from an elliptic tally the source gives. It reports whether
// it judged t; a tally the source gives as a score goes on to the usual
// checks.
func (r *check) tallyJudged(src []*atom, t *atom) bool {
	v := tallyOf(*t.m)
	if v == "" {
		return false
	}
	ts := sourceTallies(src)
	var own *atom
	for _, s := range ts {
		if s.m.Value == v || s.m.style == "tally" && flipTally(s.m.Value) == v {
			own = s // ("221 points contre 259": "259 to 221", the leader first)
		}
	}
	if own == nil {
		return false
	}
	tk, ok := clauseKeys(*t.m), clauseKeys(*own.m)
	for _, o := range ts {
		if o == own || o.m.Value == v || setsOfOneMatch(own, o) || r.twinInClause(t, o, tk, only(clauseKeys(*o.m), ok)) {
			continue // ("remportée 6-3, 7-6 par Petrović": the sets' words are the match's)
		}
		ok2 := clauseKeys(*o.m)
		if anyIn(tk, only(ok2, ok)) && !anyIn(tk, only(ok, ok2)) && (bodyNamed(tk, only(ok2, ok)) || !anyTranslated(tk, only(ok, ok2)) || r.toldBesideTwin(t, o, translator(only(ok, ok2)))) && len(only(ok, ok2)) > 0 && !r.toldBesideTwin(t, o, keyOf(only(ok2, ok))) { // (a tally with no words of its own, "(47 contre 35)", is not outvoted)
			r.add(o, t, verdict{true, "attribution", Error, "M4",
				"the source gives this tally of " + strings.Join(only(ok, ok2), ", ") + "; what this bullet names has " + o.m.Raw})
			return true
		}
	}
	if own.row >= 0 {
		return false
	}
	what := "the tally said after another, "
	if own.m.style == "tally" {
		what = "two counts told against each other, "
	}
	r.add(nil, t, verdict{true, "derived", Info, "N20", "is derived from the source: " + what + strings.Replace(own.m.Value, "-", " contre ", 1)})
	return true
}

// toldBesideTwin: the bullet's line also tells o's tally, and the words
// t shares with o's clause stand nearer that twin than t ("a 12-3 run
// before half-time after trailing 8-5"): one clause holding both
// tallies, each word is said of the tally it stands by. Its own words
// count the same way: "came back from 29-26 down to beat them 3-19"
// says "down" of the twin.
func (r *check) toldBesideTwin(t, o *atom, said func(string) bool) bool {
	for _, u := range r.line {
		if u == t || tallyOf(*u.m) == "" || tallyOf(*u.m) != o.m.Value && flipTally(tallyOf(*u.m)) != o.m.Value {
			continue
		}
		near, far := 0, 0
		for _, w := range wordSpans(r.text) {
			k := strings.ToLower(r.text[w[0]:w[1]])
			if b := bodyKeys[k]; b != "" {
				k = b
			}
			if !said(k) {
				continue
			}
			if spanGap(w, u.m) < spanGap(w, t.m) {
				near++
			} else {
				far++
			}
		}
		if near > 0 && far == 0 {
			return true
		}
	}
	return false
}

// keyOf says a word is one of keys; translator, that it translates one.
func keyOf(keys []string) func(string) bool {
	return func(k string) bool { return slices.Contains(keys, k) }
}

func translator(fr []string) func(string) bool {
	return func(e string) bool { return translatedIn(fr, e) }
}

// spanGap is the distance in bytes between a word's span and a figure.
func spanGap(w [2]int, m *Mention) int {
	if w[0] >= m.End {
		return w[0] - m.End
	}
	return max(m.Start-w[1], 0)
}

// flipTally writes "221-259" as "259-221".
func flipTally(v string) string {
	lo, hi, _ := strings.Cut(v, "-")
	return hi + "-" + lo
}

// clauseKeys are the words of a figure's clause, chambers named alike
// in both languages.
func clauseKeys(m Mention) []string {
	var out []string
	for _, w := range m.clause() {
		if k := bodyKeys[w]; k != "" {
			w = k
		}
		out = append(out, w)
	}
	return out
}

// bodyNamed: a word both lists hold names a voting body ("deputies",
// "les députés"), which tells two tallies apart whatever else is said.
func bodyNamed(a, b []string) bool {
	for _, w := range a {
		if slices.Contains(b, w) && bodyKeys[w] == w {
			return true
		}
	}
	return false
}

// anyTranslated: a word of en translates one of fr ("a 2-2 draw" and
// "à égalité 2-2"): the bullet names the tally's own words.
func anyTranslated(en, fr []string) bool {
	return slices.ContainsFunc(en, func(e string) bool { return translatedIn(fr, e) })
}

// labelSpan explains a bullet's "Lines 15-18" as every number from 15 to
// 18 that one source sentence lists ("les lignes 15, 16, 17 et 18"): a
// span of names, not a score.
func labelSpan(src []*atom, t Mention) string {
	lo, hi, ok := scoreParts(t.Value)
	if t.Kind != Score || !ok || lo >= hi || hi-lo > 10 {
		return ""
	}
	for _, run := range sentenceRuns(src) {
		seen := map[int]bool{}
		for _, a := range run {
			if n, err := strconv.Atoi(a.m.Value); err == nil && class(a.m.Kind) == Cardinal && !isYearish(*a.m) {
				seen[n] = true
			}
		}
		all := true
		for n := lo; n <= hi && all; n++ {
			all = seen[n]
		}
		if all {
			return "the numbers from " + itoa(lo) + " to " + itoa(hi) + " one sentence of the source lists"
		}
	}
	return ""
}

// wordSpans gives the byte spans of the words of s: letters, with the
// hyphens inside them ("half-time").
func wordSpans(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, c := range s {
		inWord := unicode.IsLetter(c) || c == '-' && start >= 0
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}
