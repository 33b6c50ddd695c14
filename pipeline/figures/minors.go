package figures

import "strings"

// minorsAge explains a bullet's "under 18" as the source's minors
// ("des familles avec enfants mineurs" = "families with children under
// 18"): French law and its press call everyone under 18 a minor.
func (r *check) minorsAge(t Mention) string {
	if t.Value != "18" || t.Comparator != CmpLT || class(t.Kind) != Cardinal {
		return ""
	}
	for _, para := range r.source {
		for _, w := range sentenceWords(para) {
			if strings.HasPrefix(w, "mineur") {
				return w + " (under 18)"
			}
		}
	}
	return ""
}
