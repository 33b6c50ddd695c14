package figures

import (
	"fmt"
	"testing"
)

func TestZZ8(t *testing.T) {
	for _, m := range Extract("Mardi 14 juillet 2015 : 10 heures - 13 heures et 15 heures - 18 heures. Soit entre dix heures et onze heures.", French) {
		fmt.Printf("FR %s %s %q head=%q ctx=%v\n", m.Kind, m.Value, m.Raw, m.Head, m.ctx)
	}
}
