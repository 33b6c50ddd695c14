package figures

import (
	"strings"
	"testing"
)

func BenchmarkVerifySample(b *testing.B) {
	fr, en := readParas(b, "sample_fr.txt"), readParas(b, "sample_en.txt")
	b.ReportAllocs()
	for b.Loop() {
		VerifyTranslation(fr, en)
	}
}

// BenchmarkVerify1000Words verifies a 1,000-word article dense in
// figures (the sample repeated), the budget being 5 ms.
func BenchmarkVerify1000Words(b *testing.B) {
	fr, en := readParas(b, "sample_fr.txt"), readParas(b, "sample_en.txt")
	words := len(strings.Fields(strings.Join(fr, " ")))
	var bigFR, bigEN []string
	for n := 0; n < 1000; n += words {
		bigFR, bigEN = append(bigFR, fr...), append(bigEN, en...)
	}
	b.ReportAllocs()
	for b.Loop() {
		VerifyTranslation(bigFR, bigEN)
	}
}

func BenchmarkExtract(b *testing.B) {
	fr := strings.Join(readParas(b, "sample_fr.txt"), "\n\n")
	for b.Loop() {
		Extract(fr, French)
	}
}
