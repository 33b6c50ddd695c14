package figures

import (
	"fmt"
	"strings"
)

// denseText builds a faithful French/English pair of one paragraph that
// is dense in figures, about size bytes of French: sentences of amounts,
// percentages, dates, ranges and spelled numbers, each value different.
func denseText(size int) (fr, en string) {
	var f, e strings.Builder
	for k := 0; f.Len() < size; k++ {
		a, b, c := 1000+k*7, 10+k%80, 1+k%28
		y := 1990 + k%30
		fmt.Fprintf(&f, "Le %de rapport recense %d %03d manifestants, soit %d,%d %% de plus qu'en %d, et %d,%d milliards d'euros de dégâts le %d mai. ",
			k+1, a/1000, a%1000, b, k%10, y, c, k%10, c)
		fmt.Fprintf(&e, "The %s report counts %d,%03d protesters, %d.%d%% more than in %d, and %d.%d billion euros of damage on May %d. ",
			ordinalEnglish(k+1), a/1000, a%1000, b, k%10, y, c, k%10, c)
		fmt.Fprintf(&f, "Entre %d et %d personnes, dont trente blessés, ont été évacuées à %d h 30. ", b, b+5, 10+k%12)
		fmt.Fprintf(&e, "Between %d and %d people, including thirty injured, were evacuated at %d:30. ", b, b+5, 10+k%12)
	}
	return f.String(), e.String()
}

func ordinalEnglish(n int) string { return itoa(n) + ordSuffix(n) }

// (temporary timing helper)
