package cost

import "testing"

func TestLookup(t *testing.T) {
	for _, tt := range []struct {
		model string
		in    float64
		ok    bool
	}{
		{"gpt-4o-mini", 0.15, true},
		{"gpt-4o-mini-2024-07-18", 0.15, true},
		{"gpt-4o", 2.50, true},
		{"gpt-4.1-mini", 0.40, true},
		{"gpt-4", 30, true},
		{"llama3.1:8b", 0, false},
		{"", 0, false},
	} {
		p, ok := Lookup(tt.model)
		if ok != tt.ok || p.In != tt.in {
			t.Errorf("Lookup(%q) = %v, %v; want in %v, %v", tt.model, p, ok, tt.in, tt.ok)
		}
	}
}

func TestUSD(t *testing.T) {
	p := Price{In: 0.15, Out: 0.60}
	if got := p.USD(1_000_000, 500_000); got != 0.45 {
		t.Errorf("USD = %v, want 0.45", got)
	}
	if got := p.USD(1234, 567); got != 0.000525 {
		t.Errorf("USD = %v, want 0.000525", got)
	}
}

// Tokens answered through a Batch API cost half.
func TestWithBatch(t *testing.T) {
	p := Price{In: 0.15, Out: 0.60}
	if got := p.WithBatch(1_000_000, 500_000, 1_000_000, 500_000); got != 0.225 {
		t.Errorf("all batch: %v, want 0.225", got)
	}
	if got := p.WithBatch(2_000_000, 0, 1_000_000, 0); got != 0.225 {
		t.Errorf("half batch: %v, want 0.225", got)
	}
	if got, want := p.WithBatch(1234, 567, 0, 0), p.USD(1234, 567); got != want {
		t.Errorf("no batch: %v, want USD's %v", got, want)
	}
}
