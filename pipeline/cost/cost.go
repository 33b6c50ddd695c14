// Package cost estimates what a run costs from token counts and an
// embedded price table.
package cost

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:embed prices.tsv
var pricesTSV string

// Price is USD per million tokens.
type Price struct {
	In  float64 `json:"in_per_million"`
	Out float64 `json:"out_per_million"`
}

type entry struct {
	prefix string
	price  Price
}

var table = parse(pricesTSV)

func parse(tsv string) []entry {
	var out []entry
	for _, line := range strings.Split(tsv, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 3 || strings.HasPrefix(line, "#") {
			continue
		}
		in, err1 := strconv.ParseFloat(f[1], 64)
		outp, err2 := strconv.ParseFloat(f[2], 64)
		if err1 == nil && err2 == nil {
			out = append(out, entry{f[0], Price{in, outp}})
		}
	}
	return out
}

// Lookup returns the price of a model (longest prefix match), or false
// when the model is not in the table.
func Lookup(model string) (Price, bool) {
	best := -1
	for i, e := range table {
		if strings.HasPrefix(model, e.prefix) && (best < 0 || len(e.prefix) > len(table[best].prefix)) {
			best = i
		}
	}
	if best < 0 {
		return Price{}, false
	}
	return table[best].price, true
}

// USD is the cost of the given token counts, rounded to a millionth of a
// dollar so it prints and compares stably.
func (p Price) USD(promptTokens, completionTokens int) float64 {
	return p.WithBatch(promptTokens, completionTokens, 0, 0)
}

// BatchDiscount is what a Batch API charges for a token, as a share of
// the ordinary price: OpenAI's Batch API bills half. The table has no
// batch column; the discount applies to every model.
const BatchDiscount = 0.5

// WithBatch is the cost of the given token counts, of which batchPrompt
// and batchCompletion went through a Batch API (BatchDiscount), rounded
// like USD.
func (p Price) WithBatch(promptTokens, completionTokens, batchPrompt, batchCompletion int) float64 {
	in := float64(promptTokens) - (1-BatchDiscount)*float64(batchPrompt)
	out := float64(completionTokens) - (1-BatchDiscount)*float64(batchCompletion)
	c := (in*p.In + out*p.Out) / 1e6
	v, _ := strconv.ParseFloat(strconv.FormatFloat(c, 'f', 6, 64), 64) // a formatted float always parses
	return v
}
