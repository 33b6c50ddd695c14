package figures

import (
	"strconv"
	"strings"
)

// Ranks counted from the end (N11): "avant-dernier de Ligue 1" is
// "second from bottom", "second-to-last", "penultimate". They carry the
// unit fromEnd, so that a rank from the top ("second") never passes for
// one from the bottom.
const fromEnd = "from-end"

// fromEndWords are the one-word ranks from the end, by their rank; they
// are triggers too.
var fromEndWords = map[string]string{"avant-dernier": "2", "avant-dernière": "2", "avant-derniers": "2", "avant-dernières": "2",
	"antépénultième": "3", "penultimate": "2", "second-to-last": "2", "second-last": "2", "next-to-last": "2",
	"second-from-bottom": "2", "second-bottom": "2", "third-from-bottom": "3", "third-to-last": "3", "third-last": "3"}

// fromEndAt reads a rank counted from the end.
func (p *parser) fromEndAt(i int) (*Mention, int) {
	rank := func(v string, n int) (*Mention, int) {
		return &Mention{Kind: Ordinal, Value: v, Unit: fromEnd, Word: true}, n
	}
	w := p.word(i)
	if v := fromEndWords[w]; v != "" {
		return rank(v, 1)
	}
	if p.lang == French {
		if w == "avant" && p.sym(i+1) == "-" && p.glued(i+1) && p.glued(i+2) && strings.HasPrefix(p.word(i+2), "derni") {
			return rank("2", 3) // "avant-dernier", its hyphen a token
		}
		return nil, 0
	}
	n := enOrdinals[w]
	if n < 2 || n > 10 {
		return nil, 0
	}
	k := i + 1
	if p.word(k) == "from" {
		k++
		if p.word(k) == "the" {
			k++
		}
		if p.word(k) == "bottom" || p.word(k) == "end" {
			return rank(itoa(int(n)), k-i+1) // "second from bottom", "third from the bottom"
		}
		return nil, 0
	}
	if p.word(k) == "to" && p.word(k+1) == "last" {
		return rank(itoa(int(n)), 3) // "second to last"
	}
	return nil, 0
}

// rankFromEnd explains a rank counted from the bottom by a source rank
// out of a count: "28e sur 31 lignes" is "fourth from bottom".
func rankFromEnd(src []*atom, t Mention) string {
	n, err := strconv.Atoi(t.Value)
	if t.Kind != Ordinal || t.Unit != fromEnd || err != nil || n < 1 {
		return ""
	}
	for k, s := range src {
		r := rankOf(s.m)
		if s.m.Kind != Ordinal || r < 1 || s.m.Head != "sur" || k+1 == len(src) {
			continue
		}
		total := src[k+1]
		m, err := strconv.Atoi(total.m.Value)
		if total.m.Kind != Cardinal || err != nil || !sameSentence(s, total) || m-r+1 != n {
			continue
		}
		return s.m.Raw + " sur " + total.m.Raw + " counted from the end"
	}
	return ""
}
