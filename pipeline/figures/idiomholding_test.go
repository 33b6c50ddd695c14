package figures

import (
	"slices"
	"strings"
	"testing"
)

// The cached answer is the scan's, on the first call and on the next.
func TestFormsHoldingMatchesScan(t *testing.T) {
	for _, tc := range []struct {
		core string
		lang Lang
	}{{"deux", French}, {"quatre", French}, {"one", English}, {"100 %", French}, {"zzz", English}} {
		list := frIdiomForms
		if tc.lang == English {
			list = enIdiomForms
		}
		var want []string
		for _, id := range list {
			if strings.Contains(id, tc.core) {
				want = append(want, id)
			}
		}
		for range 2 {
			if got := formsHolding(tc.core, tc.lang); !slices.Equal(got, want) {
				t.Errorf("formsHolding(%q) = %d phrases, want %d", tc.core, len(got), len(want))
			}
		}
	}
	if len(formsHolding("deux", French)) == 0 {
		t.Error(`no French set phrase holds "deux": the idiom lists are not read`)
	}
}
