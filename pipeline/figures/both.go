package figures

// "Both" says two of what the French counts with a determiner: "les 5
// numéros et les 2 étoiles" is "all 5 numbers and both Lucky Stars",
// "les deux pilotes" is "both pilots", and a bare "deux doses" "both
// doses" when the noun is the same. It answers only such a 2, never
// another number nor a bare 2 of another noun, so a changed count ("les
// trois pilotes", "both pilots") is still reported; and it is never
// reported on its own, since English says "both" of many pairs the French
// names with no figure ("à la fois", "tant... que").

// bothAt reads "both" as a 2 that may answer a French "les deux". "Both
// France and Germany" is read too: it names two, and stays silent when
// the French counts nothing.
func (p *parser) bothAt(i int) (*Mention, int) {
	if p.lang != English || p.word(i) != "both" {
		return nil, 0
	}
	return &Mention{Kind: Cardinal, Value: "2", Word: true, Alt: "both"}, 1
}

// bothFits: "both" on one side answers only a 2 said with a determiner
// on the other (les, ces, ses, leurs, nos, aux, des deux).
func bothFits(s, t Mention) bool {
	switch {
	case t.Alt == "both":
		return s.Alt != "both" && bothAnswers(s, t)
	case s.Alt == "both":
		return bothAnswers(t, s)
	}
	return true
}

// bothAnswers: a 2 with a determiner, or a bare 2 of the noun "both"
// names ("à deux doses", "both doses").
func bothAnswers(two, both Mention) bool {
	return (two.det || sameHead(two.Head, both.Head) || sameHead(both.Head, two.Head)) &&
		class(two.Kind) == Cardinal && two.Value == "2" && two.Unit == ""
}

// unsaid: a figure that only answers one of the other side ("one",
// "both"); left unpaired it says nothing.
func unsaid(m Mention) bool { return m.Alt == "one" || m.Alt == "both" }
