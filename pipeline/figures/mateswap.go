package figures

// Two figures of one kind that traded sentences: "6,2 millions de
// téléspectateurs sur TF1, soit 31,4 %" and "France 2 ... 2,9 millions
// de personnes (14,1 %)" briefed "TF1 ... 6.2 million viewers, a 14.1%
// share" and "France 2 ... 2.9 million (31.4%)". Each share sits among
// the figures of the other's source sentence and none of its own (M3).

// matesSwapped reports the pairs of summary figures that so traded.
func (r *check) matesSwapped() {
	for a, t1 := range r.all {
		for _, t2 := range r.all[a+1:] {
			s1, s2 := t1.pair, t2.pair
			if s1 == nil || s2 == nil || s1 == s2 || sameSentence(s1, s2) || sameSentence(t1, t2) ||
				!numeric(*t1.m) || class(t1.m.Kind) != class(t2.m.Kind) || t1.m.Unit != t2.m.Unit || s1.m.Value == s2.m.Value ||
				class(s1.m.Kind) != class(t1.m.Kind) || class(s2.m.Kind) != class(t2.m.Kind) {
				continue
			}
			if ownNoun(t1, s1, s2) || ownNoun(t2, s2, s1) {
				continue // "42,000 tickets" and "the six-day event": each noun says whose figure it is, so the story was only regrouped
			}
			if r.amongMatesOf(t1, s2, s1) && r.amongMatesOf(t2, s1, s2) {
				r.add(s1, t1, verdict{true, "attribution", Error, "M3",
					"swapped with " + t2.m.Raw + ": the figures beside it are those of " + s2.m.Raw + "'s source sentence, and the figures beside " + t2.m.Raw + " those of " + s1.m.Raw + "'s"})
			}
		}
	}
}

// ownNoun: t's noun translates that of its own source figure and not
// that of the other.
func ownNoun(t, own, other *atom) bool {
	told := func(fr string) bool { return sameHead(fr, t.m.Head) || translates(fr, t.m.Head) }
	return told(own.m.Head) && !told(other.m.Head)
}

// amongMatesOf: the other figures of t's bullet sentence come from the
// source sentence of theirs and none from that of own.
func (r *check) amongMatesOf(t, theirs, own *atom) bool {
	seen := false
	for _, u := range r.all {
		if u == t || u.pair == nil || !sameSentence(u, t) || u.m.Kind == Identifier || u.m.label || u.pair.m.Kind == Ordinal && labelNouns[u.pair.m.Head] {
			continue // ("end two years in Ligue 2": a name's number places no figure in a sentence; "after 25 rounds", "à l'issue de la 25e journée", dates the whole story)
		}
		switch {
		case sameSentence(u.pair, own):
			return false
		case sameSentence(u.pair, theirs):
			seen = true
		}
	}
	return seen
}
