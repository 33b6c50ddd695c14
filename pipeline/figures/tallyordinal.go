package figures

import "slices"

// tallyOrdinal: a source rank in a tally of wins or titles, "leur
// quatrième victoire", that t, a plain count of the same noun ("four
// wins"), tells as the tally so far; or, for wins, a count the bullet
// says was won ("have now won three of their four trips" for "la
// troisième victoire de La Rochelle à Dublin en quatre déplacements").
func tallyOrdinal(src []*atom, t Mention) *atom {
	if class(t.Kind) != Cardinal || t.Kind == Ordinal || t.Unit != "" {
		return nil
	}
	won := slices.Contains(t.ctx, "won")
	if r := runOfGames(src, t); r != nil {
		return r
	}
	if t.Head == "" && !won {
		return nil
	}
	for _, s := range src {
		if s.m.Kind != Ordinal || !tallyRank[singular(s.m.Head)] && !recordGames[s.m.Head] || s.m.Value != t.Value || s.m.Value == "1" {
			continue
		}
		if sameHead(s.m.Head, t.Head) || translates(s.m.Head, t.Head) || won && winRank[s.m.Head] {
			return s
		}
	}
	return nil
}

// winRank: the French nouns of a win, whose rank a count of games won
// may tell.
var winRank = map[string]bool{"victoire": true, "succès": true}

// runOfGames: a run the source counts by its last game, "un cinquième
// match sans victoire", that the bullet counts in games, "winless in
// five", "unbeaten in five".
func runOfGames(src []*atom, t Mention) *atom {
	if !slices.ContainsFunc(t.ctx, func(w string) bool { return w == "winless" || w == "unbeaten" || w == "pointless" }) {
		return nil
	}
	for _, s := range src {
		if s.m.Kind == Ordinal && s.m.Value == t.Value && (s.m.Head == "match" || s.m.Head == "matchs" || s.m.Head == "rencontre") && slices.Contains(s.m.ctx, "sans") {
			return s
		}
	}
	return nil
}

// countAsRank: an English rank of a tally, "their 19th win", told of the
// source's count of that tally, "avec 19 victoires": the last of them is
// the 19th, whatever place in the table the source gives.
func countAsRank(s, t Mention) bool {
	if t.Kind != Ordinal || s.Kind != Cardinal || s.Value != t.Value || t.Head == "" || !tallyRank[singular(s.Head)] {
		return false
	}
	return translates(s.Head, t.Head) || translates(s.Head, t.Head+"s")
}
