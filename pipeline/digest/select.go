package digest

import (
	"regexp"
	"sort"
)

var datePattern = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$`)

// ValidDate reports a date of the form YYYY-MM-DD or YYYY-MM, the form of
// briefings' dates and of --since.
func ValidDate(s string) bool { return datePattern.MatchString(s) }

// validDate is s when it is a valid date, else "": a hand-edited date
// must not sort before every real one.
func validDate(s string) string {
	if ValidDate(s) {
		return s
	}
	return ""
}

// Filter says which entries a digest shows.
type Filter struct {
	Since string // YYYY-MM-DD or YYYY-MM; "" for all
	Limit int    // most entries shown; 0 for all
}

// Select orders entries newest first (by date, then by file name; undated
// last) and applies f. entries is not modified.
func Select(entries []Entry, f Filter) []Entry {
	out := make([]Entry, 0, len(entries))
	for _, e := range entries {
		if f.Since == "" || (e.Date != "" && !before(e.Date, f.Since)) {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Date != b.Date {
			return a.Date > b.Date // "" sorts last
		}
		return a.Name < b.Name
	})
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out
}

// before compares at the coarser of the two precisions: an article of
// 2024-03 is not before --since 2024-03-10, since it may be from after.
func before(date, since string) bool {
	n := min(len(date), len(since))
	return date[:n] < since[:n]
}
