package figures

import "math/big"

// A share and its complement: "l'abstention a atteint 63,4 %" told
// "turnout was 63.4%" keeps the number and inverts the fact, since
// turnout was 36.6%; the same with unemployment and employment.

// complementNouns name the share a percentage is of, in both languages; two
// groups that are complements share the pair's number (1 and -1, 2 and -2).
var complementNouns = map[string]int8{
	"abstention": 1, "abstentionnistes": 1, "abstenus": 1, "abstenues": 1, "abstained": 1, "abstain": 1,
	"participation": -1, "turnout": -1,
	"chômage": 2, "chômeurs": 2, "unemployment": 2, "jobless": 2, "unemployed": 2,
	"emploi": -2, "employment": -2,
	// a vote's two sides: "ont rejeté, par 53,6 % des voix" is 46.4% "in favour"
	"rejeté": 3, "rejetée": 3, "rejected": 3, "rejecting": 3,
	"favour": -3, "favor": -3, "approuvé": -3, "approuvée": -3, "approved": -3, "approving": -3, "oui": -3, "yes": -3,
}

// shareNoun reads the share a percentage is said of: one right after it
// ("63,4 % d'abstention", "60% of the unemployed", "47,5 % des inscrits
// se sont abstenus"), else the nearest share noun before it in its
// sentence, not past another percentage ("la participation ... 36,6 %,
// l'abstention 63,4 %"). A share noun that names a programme or a
// body ("employment insurance", "Pôle emploi") says no share.
func (p *parser) shareNoun(m Mention, prevPercentEnd int) int8 {
	i0, i1 := p.tokenAfter(m.Start), p.tokenAfter(m.End)
	for j := i1; j < len(p.toks) && j < i1+5; j++ {
		if g := p.shareAt(j); g != 0 {
			return g
		}
		if p.toks[j].kind != tWord || !shareLinks[p.word(j)] {
			break // "17 p. 100 des jeunes cherchent un emploi": the job is what they seek, no share
		}
	}
	if p.sym(i0-1) == "," {
		return 0 // ", 17% of our youth": a new clause, not the share named before the comma
	}
	for j := i0 - 1; j >= 0 && j >= i0-14 && p.toks[j].end <= m.Start; j-- {
		if p.toks[j].start < prevPercentEnd || endMark(p.sym(j)) {
			break
		}
		if g := p.shareAt(j); g != 0 {
			return g
		}
	}
	return 0
}

// shareAt: the share noun at j, unless it names a programme or a body.
func (p *parser) shareAt(j int) int8 {
	g := complementNouns[p.word(j)]
	if g == 0 || shareNamers[p.word(j+1)] || shareNamers[p.word(j-1)] {
		return 0
	}
	if w := p.word(j - 1); (w == "d'" || w == "de") && shareOwners[p.word(j-2)] {
		return 0 // "le bassin d'emploi de Saint-Nazaire", "les demandeurs d'emploi": a place, people, no share
	}
	if p.word(j-1) == "sans" || p.word(j-1) == "without" {
		return -g // "34 % des actifs sont sans emploi": jobless, the unemployment share
	}
	return g
}

// shareOwners are the nouns a French share noun qualifies after "de":
// then it names a thing, not the share a percentage is of.
var shareOwners = map[string]bool{"bassin": true, "bassins": true, "zone": true, "zones": true, "demandeurs": true, "demandeuses": true,
	"offre": true, "offres": true, "agence": true, "contrat": true, "contrats": true, "marché": true}

// shareLinks are the words between a percentage and the share noun after it.
var shareLinks = map[string]bool{"de": true, "des": true, "d'": true, "du": true, "of": true, "the": true,
	"inscrits": true, "électeurs": true, "se": true, "sont": true, "voters": true, "registered": true, "eligible": true, "in": true}

// shareNamers make a share noun part of a name: "employment insurance",
// "unemployment benefits", "Pôle emploi", "le ministre de l'Emploi".
var shareNamers = map[string]bool{"insurance": true, "benefits": true, "benefit": true, "office": true,
	"agency": true, "centre": true, "center": true, "minister": true, "ministry": true, "pôle": true,
	"ministre": true, "ministère": true, "fund": true, "fonds": true, "programme": true, "program": true,
	"area": true, "areas": true, "zone": true, "zones": true, "pool": true, "basin": true, "market": true} // "the Dunkirk employment area", as "le bassin d'emploi"

// complementCheck: the source figure is said of one share and the
// English of its complement.
func complementCheck(s, t Mention) verdict {
	if s.share == 0 || s.share != -t.share || s.Kind != Percent || t.Kind != Percent {
		return verdict{}
	}
	return verdict{true, "modified", Error, "N18", "the source gives " + shareName(s.share) + ", not " + shareName(t.share) + ": the same number tells the other share"}
}

func shareName(g int8) string {
	switch g {
	case 1:
		return "the abstention"
	case -1:
		return "the turnout"
	case 2:
		return "unemployment"
	case 3:
		return "the votes against"
	case -3:
		return "the votes for"
	}
	return "employment"
}

// complementOf finds the source share whose complement t gives: "l'abstention
// a atteint 61,5 %" summarised "turnout was 38.5%".
func complementOf(src []*atom, t Mention) *atom {
	if t.Kind != Percent || t.share == 0 {
		return nil
	}
	tv := t.Rat()
	for _, s := range src {
		if s.m.Kind != Percent || s.m.share != -t.share {
			continue
		}
		if sv := s.m.Rat(); sv != nil && tv != nil && new(big.Rat).Add(sv, tv).Cmp(big.NewRat(100, 1)) == 0 {
			return s
		}
	}
	return nil
}
