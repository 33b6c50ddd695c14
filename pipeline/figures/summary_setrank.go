package figures

import (
	"strconv"
	"strings"
)

// setOfMatch explains a bullet's rank of a set ("the fifth-set
// tiebreak") by the source's list of set scores, "7-6 (7-4), 4-6, 6-3,
// 3-6, 7-6 (10-8)": a match of five sets has a fifth. The tiebreak
// scores in brackets are no sets. It returns why, or ""; wrong when the
// list holds fewer sets than the rank.
func (r *check) setOfMatch(src []*atom, t Mention) (why string, wrong bool) {
	if class(t.Kind) == Cardinal && t.Kind != Ordinal && t.Unit == "" && (t.Head == "sets" || t.Head == "set" && strings.HasSuffix(strings.ToLower(t.Raw), "-set")) {
		return setsPlayed(src, t) // "in five sets", "a five-set match": a count, not a rank
	}
	if t.Kind != Ordinal || t.Head != "set" && t.Head != "sets" && !strings.HasSuffix(strings.ToLower(t.Raw), "-set") {
		return "", false
	}
	n, err := strconv.Atoi(t.Value)
	if err != nil || n < 1 {
		return "", false
	}
	most := 0
	for _, sets := range setScores(src) {
		if sets >= n && sets <= 5 {
			return "the source lists " + strconv.Itoa(sets) + " set scores, as many sets as the match had", false
		}
		if sets >= 2 && sets <= 5 {
			most = max(most, sets)
		}
	}
	if most > 0 {
		return "the source lists " + strconv.Itoa(most) + " set scores: the match had no set " + t.Value, true
	}
	return "", false
}

// setsPlayed explains a count of sets ("beating Norrie in five sets") by
// the source's list of set scores, as setOfMatch does a set's rank; wrong
// when the list holds another number of sets.
func setsPlayed(src []*atom, t Mention) (why string, wrong bool) {
	n, err := strconv.Atoi(t.Value)
	if err != nil || n < 2 {
		return "", false
	}
	listed := 0
	for _, sets := range setScores(src) {
		if sets == n {
			return "the source lists " + strconv.Itoa(sets) + " set scores", false
		}
		if sets >= 2 && sets <= 5 {
			listed = sets
		}
	}
	if listed > 0 {
		return "the source lists " + strconv.Itoa(listed) + " set scores: the match had " + strconv.Itoa(listed) + " sets", true
	}
	return "", false
}

// setScores counts, sentence by sentence, the scores that are no
// tiebreak in brackets: the sets of a match listed there.
func setScores(src []*atom) []int {
	var out []int
	for _, run := range sentenceRuns(src) {
		sets := 0
		for k, a := range run {
			// (a bracket that opens on a list, "(25-23, 22-25, ...)", holds sets, no tiebreak)
			listed := k+1 < len(run) && run[k+1].m.Kind == Score && run[k+1].m.Start-a.m.End <= 2 ||
				k > 0 && run[k-1].m.Kind == Score && run[k-1].m.parenthetical && a.m.Start-run[k-1].m.End <= 2 // (and the list's last set, "..., 26-24)")
			// (the match's tally of sets right before the bracket, "3-2 (25-23,": no set)
			tally := !a.m.parenthetical && k+2 < len(run) && run[k+1].m.Kind == Score && run[k+1].m.parenthetical && run[k+1].m.Start-a.m.End <= 2 &&
				run[k+2].m.Kind == Score && run[k+2].m.Start-run[k+1].m.End <= 2 // (a tiebreak, "7-6 (7/4), 6-3", opens no list)
			if a.m.Kind == Score && (!a.m.parenthetical || listed) && !tally {
				sets++
			}
		}
		out = append(out, sets)
	}
	return out
}
