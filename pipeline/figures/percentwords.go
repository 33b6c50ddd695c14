package figures

import (
	"math/big"
	"strings"
)

// percentWords reads the percent phrasings a figure alone does not say:
// "half a percent" is 0.5 %, "a quarter of a percentage point" 0.25
// point; "augmenté de 100 %" is a rise a translator may write "doubled";
// "remboursé à 100 %" is "in full".
func (p *parser) percentWords(m *Mention) {
	if m.Kind == Ordinal && m.Word && p.lang == French && p.word(p.tokenAfter(m.Start)-1) == "un" {
		if v := m.Rat(); v != nil && v.Sign() > 0 && v.IsInt() {
			f := *m // "un vingt-cinquième de point": a share of a point, whatever its size
			f.Kind, f.Value = Fraction, canonical(v.Inv(v))
			if p.fractionOfPercent(&f); f.Kind != Fraction {
				*m = f
			}
		}
	}
	switch {
	case m.Kind == Fraction:
		p.fractionOfPercent(m) // "half a percentage point", "un dixième de point"
	case m.Kind == Percent && p.riseBy(*m):
		m.Alt = "rise"
	case m.Kind == Percent && m.Value == "100" && p.lang == French && p.inFull(*m):
		m.style = "fixed" // "pris en charge à 100 %" is "fully covered"
	}
}

// fractionOfPercent: "half a percent", "a quarter of a per cent".
func (p *parser) fractionOfPercent(m *Mention) {
	after := strings.ToLower(p.text[m.End:min(len(p.text), m.End+40)])
	after = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(after), "of "), "a ")
	after = strings.TrimPrefix(after, "one ")
	kind, unit := Percent, "%"
	switch {
	case strings.HasPrefix(after, "percentage point"), strings.HasPrefix(after, "point de pourcentage"),
		p.lang == French && strings.HasPrefix(after, "de point"):
		kind, unit = PercentPoint, "pt" // the unit points carry everywhere else
	case strings.HasPrefix(after, "percent"), strings.HasPrefix(after, "per cent"):
	case p.lang == French && frOfPercent(after):
	default:
		return
	}
	if v := m.Rat(); v != nil && v.Cmp(big.NewRat(1, 1)) < 0 {
		m.Kind, m.Unit, m.Value = kind, unit, canonical(v)
	}
}

// frOfPercent: the French words after a fraction that make it a share
// of a percent: "un centième de pour cent", "un dixième d'un pour cent".
func frOfPercent(after string) bool {
	for _, pre := range []string{"de ", "d'un ", "d’un ", "d'", "d’"} {
		if rest, ok := strings.CutPrefix(after, pre); ok {
			return strings.HasPrefix(rest, "pour cent") || strings.HasPrefix(rest, "pour-cent") || strings.HasPrefix(rest, "%")
		}
	}
	return false
}

// riseBy: the percent is the size of a rise, "a augmenté de 100 %",
// "rose by 200%": a rise of 100 % doubles, of 200 % triples.
func (p *parser) riseBy(m Mention) bool {
	i := p.tokenAfter(m.Start) - 1
	if j := p.tokenAfter(m.End); p.lang == French && p.word(j) == "plus" && len(p.word(j+1)) > 3 && !ctxStop[p.word(j+1)] {
		return true // "50 % plus fréquentes": half as frequent again, a rise (not "50 % plus tard")
	}
	if w := p.word(i); w != "de" && w != "by" && w != "of" {
		return false
	}
	for k := i - 1; k >= i-2; k-- {
		w := p.word(k)
		for _, stem := range riseStems {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
	}
	return false
}

var riseStems = []string{"augment", "progress", "hausse", "crû", "cru", "croissance", "croît", "bondi", "grimp",
	"ros", "rise", "rising", "increas", "grew", "grow", "jump", "surg", "climb", "soar"}

// inFull: "à 100 %" after a participle or an adjective is "fully":
// "pris en charge à 100 %", "remboursés à 100 %", "électrique à 100 %".
func (p *parser) inFull(m Mention) bool {
	i := p.tokenAfter(m.Start) - 1
	if p.word(i) != "à" {
		return false
	}
	w := p.word(i - 1)
	for _, stem := range fullStems {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

var fullStems = []string{"charge", "rembours", "aliment", "approvisionn", "financ", "couvert", "indemnis", "subventionn", "garanti", "pris",
	"électrique", "renouvelable", "recyclable", "bio", "public", "publique", "privé", "autonome", "sûr", "certain",
	"invalide", "handicapé", "rempli", // "invalide à 100 %": totally disabled
	"appartient", "appartenant", "appartenait", "détenu", "possédé"} // "appartient à 100 %": wholly owned

// riseMultiplier: a rise of p % and a multiplier of 1 + p/100 say the
// same: "augmenté de 100 %" = "doubled", "rose 200%" = "tripled".
func riseMultiplier(s, t Mention) bool {
	if t.Kind == Percent && t.Alt == "rise" && s.Kind == Multiplier {
		s, t = t, s
	}
	if s.Kind != Percent || s.Alt != "rise" || t.Kind != Multiplier || t.Comparator != s.Comparator {
		return false
	}
	sv, tv := s.Rat(), t.Rat()
	if sv == nil || tv == nil {
		return false
	}
	sv.Quo(sv, big.NewRat(100, 1)).Add(sv, big.NewRat(1, 1))
	return sv.Cmp(tv) == 0
}
