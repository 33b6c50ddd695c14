package figures

import "slices"

// clockNear explains a bullet's clock time told near a source time, on
// the side its words say: "vers 7 h 50" briefed "shortly before 8am",
// "à 21 h 10" as "just after 9pm". The source time must lie within a
// quarter of an hour, before the bullet's time for "before" and after it
// for "after"; "around" allows either side. The bullet's time is a
// round quarter-hour.
func clockNear(src []*atom, t Mention) string {
	if t.Kind != Time || t.Alt == "dur" {
		return ""
	}
	side := 0
	switch {
	case slices.Contains(t.ctx, "before") && nearWord(t.ctx):
		side = -1
	case slices.Contains(t.ctx, "after") && nearWord(t.ctx):
		side = 1
	case !hedged(t):
		return ""
	}
	ts := clockSeconds(t)
	if ts < 0 || ts%900 != 0 {
		return "" // the bullet's time is the rounder: "around 6:33 pm" rounds no "vers 18 h 30"
	}
	for _, a := range src {
		as := clockSeconds(*a.m)
		if a.m.Kind != Time || a.m.Alt == "dur" || as < 0 || as == ts {
			continue
		}
		gap := as - ts // > 0: the source time is later
		if gap < -900 || gap > 900 || side != 0 && (gap > 0) != (side > 0) {
			continue
		}
		return a.m.Raw + " is within a quarter of an hour of it"
	}
	return ""
}

// nearWord: the words before "before" or "after" keep it close: "shortly
// before", "just after", "soon after".
func nearWord(ctx []string) bool {
	return slices.ContainsFunc(ctx, func(w string) bool { return w == "shortly" || w == "just" || w == "soon" || w == "right" })
}
