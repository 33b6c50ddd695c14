package figures

import "slices"

// termSideSwapped: the part "dont" gives of a prison term told on the
// other side of the suspension (the caller asks for the part): "cinq
// ans, dont trois avec sursis" summarised "three of which he must
// serve", or "dont un an ferme" told "one year suspended". The words
// next to the figure say which side it is on.
func termSideSwapped(s, t Mention) string {
	suspended := slices.Contains(s.ctx, "sursis")
	firm := slices.Contains(s.ctx, "ferme")
	if suspended == firm || !isDuration(s) {
		return ""
	}
	saysSuspended := slices.Contains(t.ctx, "suspended")
	saysServed := slices.ContainsFunc(t.ctx, func(w string) bool { return servedWords[w] })
	switch {
	case suspended && saysServed && !saysSuspended:
		return "the source suspends this part of the term; the summary has it served"
	case firm && saysSuspended && !saysServed:
		return "the source has this part of the term served; the summary suspends it"
	}
	return ""
}

// servedWords say a term is to be served: "three of which he must
// serve", "two years behind bars".
var servedWords = map[string]bool{"serve": true, "served": true, "serving": true, "behind": true, "bars": true, "custodial": true, "firm": true, "jail": true}
