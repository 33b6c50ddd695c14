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

// twoCounts are the two counts of a ratio of counts ("35 articles sur
// 86") or of a vote tally ("523 voix pour, 46 contre"), which the other
// side may write apart ("523 votes in favour, 46 against").
func twoCounts(m Mention) (string, string, bool) {
	if m.style == "ratio" && len(m.Parts) == 2 {
		return m.Parts[0].Value, m.Parts[1].Value, true
	}
	if m.Kind == Score && m.style == "votes" {
		return strings.Cut(m.Value, "-")
	}
	if m.Kind == Score && m.style == "split" {
		return strings.Cut(m.Value, "-") // "60:40" against "60 % pour l'employeur et 40 % pour les employés"
	}
	if m.Kind == Identifier && strings.Contains(strings.ToLower(m.Raw), "paragraph") {
		return sectionParagraph(m.Value)
	}
	return "", "", false
}

// sectionParagraph: the two numbers of "section 1, paragraph 9", which
// French says the other way round and apart, "le paragraphe 9 de la
// section 1".
func sectionParagraph(v string) (string, string, bool) {
	var nums []string
	for _, part := range strings.Split(v, "-") {
		if part != "" && strings.Trim(part, "0123456789") == "" {
			nums = append(nums, part)
		}
	}
	if len(nums) != 2 {
		return "", "", false
	}
	return nums[0], nums[1], true
}

// textAfter: a stands after b in their text; the ends of one range are
// ordered by which end they are.
func textAfter(a, b Mention) bool {
	if a.Start != b.Start {
		return a.Start > b.Start
	}
	return (a.rangeEnd-1)%2 > (b.rangeEnd-1)%2
}
