package figures

import "strings"

// topWords say that a rank is the last of its scale: "au niveau maximal,
// le quatrième", "la dernière", "le plus élevé".
var topWords = []string{"maximal", "maximale", "maximum", "dernier", "dernière", "le plus élevé", "la plus élevée", "le plus haut", "la plus haute"}

// countOfTop explains a bullet's count of the steps of a scale ("the
// highest of four levels") by the source's rank of its top step, told as
// the top ("au niveau maximal, le quatrième"): the fourth and highest
// level makes four. It returns why, or "".
func (r *check) countOfTop(src []*atom, t Mention) string {
	if class(t.Kind) != Cardinal || t.Unit != "" || t.Head == "" {
		return ""
	}
	for _, s := range src {
		if s.m.Kind != Ordinal || s.m.Value != t.Value || s.m.Paragraph >= len(r.source) {
			continue
		}
		par := r.source[s.m.Paragraph]
		near := strings.ToLower(par[max(0, s.m.Start-40):min(len(par), s.m.End+20)])
		if !sameHead(s.m.Head, t.Head) && !strings.Contains(near, stemOf(t.Head)) {
			continue // the scale of another noun
		}
		for _, w := range topWords {
			if strings.Contains(near, w) {
				return s.m.Raw + " is the top of its scale, so it has " + t.Value + " " + t.Head
			}
		}
	}
	return ""
}

// stemOf is the French word a bullet's English scale noun is found by
// near the source's rank: "levels" and "niveau" share no stem, so the few
// scale nouns that differ are mapped; others lose their plural.
func stemOf(en string) string {
	if fr, ok := scaleNounsFr[en]; ok {
		return fr
	}
	return strings.TrimSuffix(en, "s")
}

var scaleNounsFr = map[string]string{"levels": "niveau", "level": "niveau", "stages": "stade", "grades": "degré", "steps": "palier", "tiers": "niveau"}
