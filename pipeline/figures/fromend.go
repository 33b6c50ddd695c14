package figures

// Ranks counted from the end (N11): "avant-dernier de Ligue 1" is
// "second from bottom", "second-to-last", "penultimate". They carry the
// unit fromEnd, so that a rank from the top ("second") never passes for
// one from the bottom.
const fromEnd = "from-end"

// fromEndWords are the one-word ranks from the end, read as triggers.
var fromEndWords = map[string]bool{"avant-dernier": true, "avant-dernière": true, "avant-derniers": true, "avant-dernières": true,
	"antépénultième": true, "penultimate": true, "second-to-last": true, "second-last": true, "next-to-last": true,
	"second-from-bottom": true, "second-bottom": true, "third-from-bottom": true, "third-to-last": true, "third-last": true}

// fromEndAt reads a rank counted from the end.
func (p *parser) fromEndAt(i int) (Mention, int) {
	rank := func(v string, n int) (Mention, int) {
		return Mention{Kind: Ordinal, Value: v, Unit: fromEnd, Word: true}, n
	}
	w := p.word(i)
	if p.lang == French {
		if w == "avant" && p.sym(i+1) == "-" && p.glued(i+1) && p.glued(i+2) {
			switch p.word(i + 2) {
			case "dernier", "dernière", "derniers", "dernières":
				return rank("2", 3) // "avant-dernier", its hyphen a token
			}
		}
		switch w {
		case "avant-dernier", "avant-dernière", "avant-derniers", "avant-dernières":
			return rank("2", 1)
		case "antépénultième":
			return rank("3", 1)
		}
		return Mention{}, 0
	}
	switch w {
	case "penultimate", "second-to-last", "second-last", "next-to-last":
		return rank("2", 1)
	case "second-from-bottom", "second-bottom":
		return rank("2", 1)
	case "third-from-bottom", "third-to-last", "third-last":
		return rank("3", 1)
	}
	n := enOrdinals[w]
	if n < 2 || n > 10 {
		return Mention{}, 0
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
		return Mention{}, 0
	}
	if p.word(k) == "to" && p.word(k+1) == "last" {
		return rank(itoa(int(n)), 3) // "second to last"
	}
	return Mention{}, 0
}
