package figures

import (
	"math/big"
	"strings"
)

// digitSize explains "seven-figure wins", "a six-figure salary": a size
// told by the digits of a sum, not a count of seven. A source amount
// with that many digits before its decimal point supports it ("les gains
// de plus d'un million d'euros"); with none, "eight-figure" stays a
// figure the source does not give.
func digitSize(src []*atom, t Mention) string {
	if !strings.HasSuffix(strings.ToLower(t.Raw), "-figure") {
		return ""
	}
	tv := t.Rat()
	if tv == nil || !tv.IsInt() {
		return ""
	}
	for _, s := range src {
		v := s.m.Rat()
		if v == nil || isYearish(*s.m) || class(s.m.Kind) != Cardinal && s.m.Kind != Money {
			continue
		}
		whole := new(big.Int).Quo(new(big.Int).Abs(v.Num()), v.Denom())
		if whole.Sign() > 0 && int64(len(whole.String())) == tv.Num().Int64() {
			return "a " + t.Raw + " size: " + s.m.Raw
		}
	}
	return ""
}
