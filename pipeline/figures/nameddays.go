package figures

import "strings"

// Named days: "Black Friday", "Good Friday", "Super Tuesday", "le
// mercredi des Cendres", "le lundi noir" name one day, not a weekday
// said of an event. French copy keeps many English names as they are
// ("le Black Friday a généré..."), so a name is read the same way on
// both sides, whatever the language of its words: a date alias that
// carries the weekday it always falls on and its name. Two names must
// agree; a name and a plain weekday agree when the weekday is the
// name's, and an unpaired name is no evidence of an error on its own
// (N13, aliases).

// namedDay is one name: its words, its weekday, its key.
type namedDay struct {
	words []string
	wd    int
	name  string
}

var namedDays = []namedDay{
	{[]string{"black", "friday"}, 5, "black-friday"}, {[]string{"vendredi", "noir"}, 5, "black-friday"},
	{[]string{"vendredi", "fou"}, 5, "black-friday"}, {[]string{"cyber", "monday"}, 1, "cyber-monday"},
	{[]string{"cyberlundi"}, 1, "cyber-monday"}, {[]string{"giving", "tuesday"}, 2, "giving-tuesday"},
	{[]string{"blue", "monday"}, 1, "blue-monday"}, {[]string{"super", "tuesday"}, 2, "super-tuesday"},
	{[]string{"super", "mardi"}, 2, "super-tuesday"},
	{[]string{"black", "monday"}, 1, "black-monday"}, {[]string{"lundi", "noir"}, 1, "black-monday"},
	{[]string{"black", "tuesday"}, 2, "black-tuesday"}, {[]string{"mardi", "noir"}, 2, "black-tuesday"},
	{[]string{"black", "wednesday"}, 3, "black-wednesday"}, {[]string{"mercredi", "noir"}, 3, "black-wednesday"},
	{[]string{"black", "thursday"}, 4, "black-thursday"}, {[]string{"jeudi", "noir"}, 4, "black-thursday"},
	{[]string{"bloody", "sunday"}, 7, "bloody-sunday"}, {[]string{"dimanche", "sanglant"}, 7, "bloody-sunday"},
	{[]string{"good", "friday"}, 5, "good-friday"}, {[]string{"vendredi", "saint"}, 5, "good-friday"},
	{[]string{"maundy", "thursday"}, 4, "holy-thursday"}, {[]string{"holy", "thursday"}, 4, "holy-thursday"},
	{[]string{"jeudi", "saint"}, 4, "holy-thursday"}, {[]string{"holy", "saturday"}, 6, "holy-saturday"},
	{[]string{"samedi", "saint"}, 6, "holy-saturday"}, {[]string{"easter", "sunday"}, 7, "easter-sunday"},
	{[]string{"dimanche", "de", "pâques"}, 7, "easter-sunday"}, {[]string{"easter", "monday"}, 1, "easter-monday"},
	{[]string{"lundi", "de", "pâques"}, 1, "easter-monday"}, {[]string{"palm", "sunday"}, 7, "palm-sunday"},
	{[]string{"dimanche", "des", "rameaux"}, 7, "palm-sunday"}, {[]string{"ash", "wednesday"}, 3, "ash-wednesday"},
	{[]string{"mercredi", "des", "cendres"}, 3, "ash-wednesday"}, {[]string{"shrove", "tuesday"}, 2, "mardi-gras"},
	{[]string{"fat", "tuesday"}, 2, "mardi-gras"}, {[]string{"mardi", "gras"}, 2, "mardi-gras"},
	{[]string{"whit", "monday"}, 1, "whit-monday"}, {[]string{"lundi", "de", "pentecôte"}, 1, "whit-monday"},
	{[]string{"whit", "sunday"}, 7, "whit-sunday"}, {[]string{"dimanche", "de", "pentecôte"}, 7, "whit-sunday"},
}

// namedStarts indexes the names by their first word.
var namedStarts = func() map[string][]namedDay {
	out := map[string][]namedDay{}
	for _, d := range namedDays {
		out[d.words[0]] = append(out[d.words[0]], d)
	}
	return out
}()

// namedDayAt reads a named day at i: its weekday, its name and the
// number of tokens it takes. English writes a name with capitals: "a
// good Friday for the markets" is a Friday.
func (p *parser) namedDayAt(i int) (int, string, int) {
	for _, d := range namedStarts[p.word(i)] {
		last := len(d.words) - 1
		if !p.words(i, d.words[:last]...) || strings.TrimSuffix(p.word(i+last), "'s") != d.words[last] {
			continue
		}
		capital := true
		for k := range d.words {
			capital = capital && p.capital(i+k)
		}
		if p.lang == English && !capital {
			continue
		}
		return d.wd, d.name, len(d.words)
	}
	return 0, "", 0
}
