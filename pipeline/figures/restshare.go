package figures

import (
	"math/big"
	"strings"
)

// restOfShare: the source gives a percentage and names the rest of its
// whole right after it in its sentence, "30 % des ventes, le reste
// provenant surtout de Norvège": a bullet's 70% is that rest. It returns
// the source's percentage, or nil.
func (r *check) restOfShare(src []*atom, t *atom) *atom {
	tv := t.m.Rat()
	if t.m.Kind != Percent || tv == nil || hedged(*t.m) && t.m.Comparator != CmpApprox {
		return nil
	}
	for _, s := range src {
		sv := s.m.Rat()
		if s.m.Kind != Percent || sv == nil || new(big.Rat).Add(sv, tv).Cmp(big.NewRat(100, 1)) != 0 || s.m.Paragraph >= len(r.source) {
			continue
		}
		text := r.source[s.m.Paragraph]
		if s.m.End > len(text) {
			continue
		}
		after := text[s.m.End:]
		if k := strings.IndexAny(after, ".;!?"); k >= 0 {
			after = after[:k]
		}
		for _, w := range frRestWords {
			if k := strings.Index(after, w); k >= 0 && restTold(after[k+len(w):], *t.m) {
				return s
			}
		}
	}
	return nil
}

// frRestWords name, in French, the rest of a whole after a share of it
// (the English words are remaining.go's restWords).
var frRestWords = []string{", le reste ", ", le solde ", ", le restant ", ", les autres "}

// restTold: the bullet says its share is the rest, "from abroad",
// "imported", or names what the source says the rest is ("mainly
// Norway" for "provenant surtout de Norvège"); "French fruit makes up
// 58%" retells the share itself with another value.
func restTold(rest string, t Mention) bool {
	for _, w := range t.clause() {
		if restWords[w] || fromElsewhere[w] {
			return true
		}
	}
	var ws []string
	for _, f := range strings.Fields(strings.ToLower(rest)) {
		f = strings.Trim(f, ",;:()«»\"")
		if _, after, ok := strings.Cut(f, "'"); ok {
			f = after // "d'écosse"
		}
		if len(f) > 3 {
			ws = append(ws, f)
		}
	}
	return ctxSim(ws, t.ctx) > 0
}

// fromElsewhere say a share comes from outside what the source's share
// names, as remaining.go's restWords say it is what is left.
var fromElsewhere = map[string]bool{"abroad": true, "foreign": true, "imported": true, "imports": true, "elsewhere": true}
