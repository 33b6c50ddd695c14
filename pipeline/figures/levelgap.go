package figures

import "math/big"

// A level told against a past level: "à 87 % de leur niveau de 2019"
// is "13% below their 2019 level", and "13 % sous leur niveau" is "at
// 87% of it". The two percentages add up to 100.

// levelSide reads whether the percentage m gives a level as a share of
// a past level (1) or its shortfall below it (-1): the words after it,
// up to "level" or "niveau".
func (p *parser) levelSide(m Mention) int8 {
	i1 := p.tokenAfter(m.End)
	side := int8(1)
	for j := i1; j < len(p.toks) && j < i1+6; j++ {
		w := p.word(j)
		switch {
		case w == "niveau" || w == "level" || w == "levels":
			return side
		case belowWordsLevel[w]:
			side = -1
		case w == "" && p.toks[j].kind != tNum || ctxBreak[w]:
			return 0
		}
	}
	return 0
}

// belowWordsLevel put a percentage below the level it names.
var belowWordsLevel = map[string]bool{"sous": true, "below": true, "under": true, "short": true, "down": true, "inférieur": true, "inférieure": true, "deçà": true}

// levelComplement: s and t tell one level, one as a share of the past
// level and the other as its shortfall.
func levelComplement(s, t Mention) bool {
	if s.Kind != Percent || t.Kind != Percent || s.levelSide == 0 || s.levelSide != -t.levelSide {
		return false
	}
	sv, tv := s.Rat(), t.Rat()
	return sv != nil && tv != nil && new(big.Rat).Add(sv, tv).Cmp(big.NewRat(100, 1)) == 0
}

// levelShortfall finds the source level a bullet's percentage tells the
// other way round ("Asian routes remain 13% below their 2019 level").
func levelShortfall(src []*atom, t Mention) (string, *atom, *atom) {
	if t.levelSide == 0 {
		return "", nil, nil
	}
	for _, s := range src {
		if levelComplement(*s.m, t) {
			return "the same level against its past level, told the other way round (" + s.m.Raw + ")", s, s
		}
	}
	return "", nil, nil
}
