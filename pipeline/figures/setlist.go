package figures

import (
	"regexp"
	"strings"
)

// A set's score turned round inside a list of sets whose other scores
// keep their order, "6-4, 3-6, 7-5" written "6-4, 6-3, 7-5", gives the
// set to the other player: no way of writing a score, an error. A score
// alone may be written either way round (home first or winner first).

var (
	setBefore = regexp.MustCompile(`(\d{1,2}-\d{1,2})(?:\s*\(\d+(?:/\d+)?\))?,\s*$`)
	setAfter  = regexp.MustCompile(`^(?:\s*\(\d+(?:/\d+)?\))?,\s*(\d{1,2}-\d{1,2})`)
)

// setNeighbours are the scores written right before and after the one
// at [start, end) of text, as a list of sets writes them ("" for none).
func setNeighbours(text string, start, end int) (before, after string) {
	if start < 0 || end > len(text) || start > end {
		return "", ""
	}
	if m := setBefore.FindStringSubmatch(text[max(0, start-24):start]); m != nil {
		before = m[1]
	}
	if m := setAfter.FindStringSubmatch(text[end:min(len(text), end+24)]); m != nil {
		after = m[1]
	}
	return before, after
}

// setTurnedInList: s and t are sets of one list on each side, their
// neighbours written alike, so only t's set was turned round.
func (r *check) setTurnedInList(s, t Mention) bool {
	if s.Kind != Score || t.Kind != Score || s.Paragraph >= len(r.source) {
		return false
	}
	en := r.text
	if r.Mode == ModeTranslation && t.Paragraph < len(r.target) {
		en = r.target[t.Paragraph]
	}
	sb, sa := setNeighbours(r.source[s.Paragraph], s.Start, s.End)
	tb, ta := setNeighbours(en, t.Start, t.End)
	return (sb != "" || sa != "") && sb == tb && sa == ta
}

const setTurned = "a set's score turned round in a list of sets kept in order"

// setOrder makes a reversed score an error where only it turned in a
// list of sets.
func (r *check) setOrder(s, t Mention, v verdict) verdict {
	if v.severity == Warning && strings.HasPrefix(v.why, "score order reversed") && r.setTurnedInList(s, t) {
		v.severity, v.why = Error, setTurned
	}
	return v
}
