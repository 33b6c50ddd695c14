package apertium

import (
	"strings"
	"testing"
)

func TestUnpivot(t *testing.T) {
	fr := "Tout sera fait en totale concertation. Le Danemark lui a succédé avant l’échéance. M. Stoltenberg et Kazimi."
	back := map[string]string{"concertación": "Concertation", "sucedido": "arrivé", "vencimiento": "échéance", "zzz": "*zzz"}
	calls := 0
	backToFrench := func(ws []string) []string {
		calls++
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = back[strings.ToLower(w)]
		}
		return out
	}
	for _, tt := range []struct{ en, want string }{
		{"in total *concertación with", "in total concertation with"}, // back-translation is in the source
		{"Denmark has *sucedido when", "Denmark has succédé when"},    // closest cognate in the source
		{"the *vencimiento of May", "the échéance of May"},            // back-translation found in the source
		{"*Stoltenberg And *Kazimi.", "Stoltenberg And Kazimi."},      // names the source has: no lookup
		{"a *zzz word", "a zzz word"},                                 // nothing better: the word as it is
		{"no marks at all 4*5", "no marks at all 4*5"},                // a star that is not a mark
		{"*Vencimiento came", "Échéance came"},                        // sentence case kept
	} {
		if got := unpivot(tt.en, fr, backToFrench); got != tt.want {
			t.Errorf("unpivot(%q) = %q, want %q", tt.en, got, tt.want)
		}
	}
	calls = 0
	unpivot("*Stoltenberg", fr, backToFrench)
	if calls != 0 {
		t.Error("a word the source has was sent for back-translation")
	}
	// A failed back-translation leaves the Spanish word unmarked.
	if got := unpivot("the *vencimiento", "rien", func([]string) []string { return nil }); got != "the vencimiento" {
		t.Errorf("unpivot without es-fr = %q", got)
	}
	if strings.Contains(unpivot("*a *b", "", func(ws []string) []string { return ws }), "*") {
		t.Error("a mark survived")
	}
}
