package figures

import (
	"fmt"
	"os"
	"testing"
)

func TestZZM(t *testing.T) {
	fr := os.Getenv("ZFR")
	r := &check{Report: &Report{Mode: ModeSummary}, source: []string{fr}}
	var src []*atom
	for _, p := range r.sourceSide([]string{fr}).atoms {
		src = append(src, p...)
	}
	tg := atomsOf(extract(os.Getenv("ZEN"), English, true), nil)
	for _, t0 := range tg {
		if t0.m.Raw != os.Getenv("ZT") {
			continue
		}
		s, _ := bestSource(src, *t0.m)
		fmt.Println("t", t0.m.Raw, "clause", t0.m.clause(), "np", t0.m.np(), "actors", t0.m.actors(), "s", s.m.Raw, figureWords(*s.m), s.m.np(), s.m.actors())
		for _, o := range src {
			if o == s || !mistakable(*o.m, *t0.m) {
				continue
			}
			sim, said := saidOfOther(*s.m, *o.m, *t0.m)
			fmt.Println("  o", o.m.Raw, sim, said, figureWords(*o.m), o.m.np(), o.m.actors())
		}
		fmt.Println(clauseConflict(src, s, *t0.m) != nil, predicateConflict(src, s, *t0.m) != nil)
	}
}
