package figures

import (
	"slices"
	"strings"
)

// firstInSpan: "the first French winner since 1997", "their first win
// since December 2" tell what the source says with "depuis" ("Aucun
// Français ne s'était imposé ... depuis 1997", "n'avaient plus gagné
// depuis le 2 décembre"): the first in a span of time, no rank.
func (r *check) firstInSpan(src []*atom, t *atom) bool {
	if t.m.Kind != Ordinal || t.m.Value != "1" || t.m.End >= len(r.text) {
		return false
	}
	rest := r.text[t.m.End:min(len(r.text), t.m.End+40)]
	if r.firstForYears(src, t, rest) {
		return true
	}
	at := strings.Index(rest, " since ")
	if at < 0 || strings.ContainsAny(rest[:at], ".;") {
		return false
	}
	for _, u := range r.line {
		if u.m.Start != t.m.End+at+len(" since ") {
			continue
		}
		for _, s := range src {
			if s.m.Paragraph < len(r.source) && (exact(*s.m, *u.m) || lenientDate(*s.m, *u.m, ModeSummary).ok) &&
				strings.Contains(r.source[s.m.Paragraph][max(0, s.m.Start-12):s.m.Start], "depuis") &&
				!slices.ContainsFunc(src, func(o *atom) bool { return o.m.Kind == Ordinal && o.m.Value != "1" && sameSentence(o, s) }) {
				return true // (not "la cinquième fois depuis 2021": the span has its rank)
			}
		}
	}
	return false
}

// firstForYears: "France's first medal in the event for 28 years" tells
// the source's "Vingt-huit ans après la dernière médaille": the span
// since the last one, no rank. rest is the bullet's text after t.
func (r *check) firstForYears(src []*atom, t *atom, rest string) bool {
	at := max(strings.Index(rest, " for "), strings.Index(rest, " in "))
	if at < 0 || strings.ContainsAny(rest[:at], ".;,") {
		return false
	}
	for _, u := range r.line {
		if u.m.Start < t.m.End+at || u.m.Start > t.m.End+at+len(" for ") || periodUnit[u.m.Head] == "" {
			continue
		}
		for _, s := range src {
			if s.m.Paragraph >= len(r.source) || s.m.Value != u.m.Value || periodUnit[s.m.Head] == "" {
				continue
			}
			around := strings.ToLower(r.source[s.m.Paragraph][max(0, s.m.Start-12):min(len(r.source[s.m.Paragraph]), s.m.End+40)])
			if strings.Contains(around, "dernier") || strings.Contains(around, "dernière") || strings.Contains(around, "depuis") {
				return true
			}
		}
	}
	return false
}
