package figures

import "slices"

// jobsAsPeople: "La filière compte 8 300 emplois" briefed "the sector
// employs 8,300 people": jobs counted as the people who hold them, said
// with a verb of employing.
func jobsAsPeople(s, t Mention) bool {
	if !jobNouns[s.Head] || !peopleNouns[t.Head] {
		return false
	}
	return slices.ContainsFunc(t.ctx, func(w string) bool { return employVerbs[w] }) || slices.ContainsFunc(t.clause(), func(w string) bool { return employVerbs[w] })
}

var jobNouns = map[string]bool{"emplois": true, "emploi": true, "postes": true}

var peopleNouns = map[string]bool{"people": true, "staff": true, "workers": true, "employees": true}

var employVerbs = map[string]bool{"employs": true, "employ": true, "employed": true, "employing": true, "employment": true}
