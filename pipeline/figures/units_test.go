package figures

import "testing"

// English units written as translators write them: feet and inches as one
// height, and the unit inside a hyphenated compound adjective.
func TestExtractEnglishUnits(t *testing.T) {
	t.Parallel()
	tests := []struct{ text, value, unit string }{
		{"6 ft 1 in", "73", "in"},
		{"5ft 11in", "71", "in"},
		{"6 feet 1 inch", "73", "in"},
		{"a 142-square-foot flat", "142", "ft2"},
		{"a 12-sq-km plot", "12", "km2"},
		{"a 3-metre-high wall", "3", "m"},
		{"a 25-kilogram bag", "25", "kg"},
	}
	for _, tt := range tests {
		ms := Extract(tt.text, English)
		if len(ms) != 1 || ms[0].Kind != Quantity || ms[0].Value != tt.value || ms[0].Unit != tt.unit {
			t.Errorf("Extract(%q) = %v, want one quantity %s %s", tt.text, ms, tt.value, tt.unit)
		}
	}
}
