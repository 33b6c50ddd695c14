package figures

// wholeOfTold: the bullet's percent names its whole, "passed with 97.2%
// of votes", where the source leaves the whole of its own figure unsaid
// ("approuvé à 97,2 %") and gives it to o, "58,4 % des voix", which the
// summary has already told: the shared whole is then no sign that this
// figure is o's fact ("47% of Marseille residents" where "38 % des
// Marseillais" is never told keeps its evidence).
func (r *check) wholeOfTold(s, o, t *atom) bool {
	return t.m.Kind == Percent && t.m.ofWhat && s.m.Kind == Percent && !s.m.ofWhat && o.m.ofWhat &&
		o.row >= 0 && r.Rows[o.row].Status == RowMatched
}
