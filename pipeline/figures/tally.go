package figures

import "strings"

// tallyDash: a vote tally ("par 312 voix contre 201") written as a dashed
// pair ("passed 312-201"), which the parser cannot call a score on its
// own since the counts are too large for a match.
func tallyDash(s, t Mention) bool {
	if s.Kind != Score || s.style != "votes" || t.Kind == Score {
		return false
	}
	a, b, ok := strings.Cut(s.Value, "-")
	raw := strings.TrimSpace(t.Raw)
	// the order is kept: for, then against
	return ok && strings.HasPrefix(raw, a) && strings.HasSuffix(raw, b) && (t.Value == s.Value || t.Value == b+"-"+a)
}
