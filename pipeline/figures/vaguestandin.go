package figures

import "strings"

// vagueStandIn: the translation's paragraph says "several", "a few",
// "numerous" where the source's says no such word: a figure may have
// been replaced by it ("putting several back into health transfers" for
// "réinjecter 4 milliards de dollars"), so a source figure said twice
// and told once is no longer presumed said once on purpose.
func (r *check) vagueStandIn(s *atom) bool {
	k := s.m.Paragraph
	if k < 0 || k >= len(r.target) || k >= len(r.source) {
		return false
	}
	en := " " + strings.ToLower(r.target[k]) + " "
	fr := " " + strings.ToLower(r.source[k]) + " "
	for _, w := range [...]string{" several ", " a few ", " numerous ", " various "} {
		if strings.Contains(en, w) {
			for _, f := range [...]string{"plusieurs", "quelques", "nombreu", "divers", "certain"} {
				if strings.Contains(fr, f) {
					return false
				}
			}
			return true
		}
	}
	return false
}
