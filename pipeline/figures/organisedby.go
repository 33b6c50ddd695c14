package figures

import (
	"slices"
	"strings"
)

// organisedBy: the source says the event s counts was organised by the
// group the bullet names (attr) and gives s "selon les organisateurs":
// "la journée organisée par les syndicats ... 50 000 selon les
// organisateurs" is "50,000 according to the unions". Either side may
// name the organisers as such.
func (r *check) organisedBy(s *atom, attr string) bool {
	if s.m.Attr != "organisers" && attr != "organisers" || s.m.Paragraph >= len(r.source) {
		return false
	}
	group := attr
	if group == "organisers" {
		group = s.m.Attr
	}
	ws := strings.Fields(strings.ToLower(r.source[s.m.Paragraph]))
	for k, w := range ws {
		if callVerbs[w] && k+1 < len(ws) && ws[k+1] == "à" {
			// "La CGT, FO et Solidaires appellent à une journée de
			// mobilisation": who calls a protest organises it
			if namesGroup(ws[max(0, k-6):k], group) {
				return true
			}
		}
		if !organiserLead(ws, k, w) {
			continue
		}
		if namesGroup(ws[k+1:min(len(ws), k+5)], group) {
			return true
		}
	}
	return false
}

// organiserLead: the word at k opens the name of who organised or called
// an event: "organisée (mardi) par", "à l'appel des syndicats".
func organiserLead(ws []string, k int, w string) bool {
	if strings.HasPrefix(w, "organisé") {
		// ("organisée mardi par les syndicats": a date may come between)
		for _, n := range ws[k+1 : min(len(ws), k+4)] {
			if n == "par" {
				return true
			}
		}
	}
	return w == "l'appel" && k > 0 && ws[k-1] == "à"
}

// namesGroup: one of the words names the group an attribution gives.
func namesGroup(ws []string, group string) bool {
	return slices.ContainsFunc(ws, func(n string) bool { return attributionNouns[strings.Trim(n, ",;:.()«»")] == group })
}

// callVerbs call people to a protest or a strike ("appellent à").
var callVerbs = map[string]bool{"appelle": true, "appellent": true, "appelait": true, "appelaient": true, "appelé": true}
