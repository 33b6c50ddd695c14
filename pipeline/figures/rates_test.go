package figures

import "testing"

// Every unit a rate may be counted per has a one-byte code that reads
// back as the unit: a lexicon grown past 255 units would wrap silently.
func TestRateUnitCodes(t *testing.T) {
	t.Parallel()
	if len(rateUnits) > 256 {
		t.Fatalf("%d rate units do not fit the byte Mention.rateOf keeps them in", len(rateUnits))
	}
	for _, u := range []string{"km", "mi", "kg", "lb", "l", "gal", "m2", "ft2"} {
		if c := rateCodes[u]; c == 0 || rateUnits[c] != u {
			t.Errorf("rate unit %q has code %d, which reads back as %q", u, c, rateUnits[c])
		}
	}
}
