package figures

import (
	"fmt"
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

// BenchmarkVerifyDense verifies one paragraph dense in figures (a figure
// every four words or so) at growing sizes: the cost must grow about in
// proportion to the text (a 4x longer paragraph <= 6x the time), and a
// megabyte must verify in well under a second. ms/kword is the cost per
// thousand French words (budget: 5).
func BenchmarkVerifyDense(b *testing.B) {
	for _, size := range []int{64 << 10, 256 << 10, 1 << 20} {
		fr, en := denseText(size)
		words := len(strings.Fields(fr))
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(fr) + len(en)))
			for b.Loop() {
				VerifyTranslation([]string{fr}, []string{en})
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(words)*1000, "ms/kword")
		})
	}
}

// BenchmarkVerifySummaryDense checks six bullets against a long source
// dense in figures (summary support and derivation search).
func BenchmarkVerifySummaryDense(b *testing.B) {
	fr, _ := denseText(256 << 10)
	bullets := []string{"Some 1,007 protesters were counted", "Damage reached 3.5 billion euros",
		"Turnout rose 12% from 2001", "Between 20 and 25 people were evacuated", "The count doubled", "# 30 injured"}
	for b.Loop() {
		VerifySummary([]string{fr}, bullets)
	}
}
