package figures

import (
	"strconv"
	"strings"
)

// marginTold finds the English count of goals that tells the source
// score s by its margin, in its sentence: "menés 0-2" is "two goals
// down", "3-1" "won by two goals".
func marginTold(tgt []*atom, s *atom) *atom {
	if s.m.Kind != Score {
		return nil
	}
	a, b, ok := strings.Cut(s.m.Value, "-")
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || x == y {
		return nil
	}
	margin := itoa(max(x-y, y-x))
	for _, t := range tgt {
		if !t.used && t.grp == s.grp && class(t.m.Kind) == Cardinal && t.m.Value == margin && marginNouns[t.m.Head] {
			return t
		}
	}
	return nil
}

// marginNouns count a lead or a deficit in a game.
// ("a two-goal deficit", "a three-point lead": the compound's singular)
var marginNouns = map[string]bool{"goals": true, "points": true, "tries": true, "runs": true, "sets": true, "frames": true,
	"goal": true, "point": true, "try": true, "run": true, "set": true, "frame": true}
