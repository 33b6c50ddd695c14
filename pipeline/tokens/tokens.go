// Package tokens counts tokens with tiktoken-go's public API over the BPE
// ranks embedded in the binary (tiktoken-go-loader): it never downloads a
// tokenizer.
package tokens

import (
	"fmt"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/pkoukk/tiktoken-go"
)

// Fallback is the encoding for models tiktoken does not know (local models
// such as llama3.1:8b); for French it over-counts slightly, so budgets stay
// on the safe side.
const Fallback = tiktoken.MODEL_CL100K_BASE

// EncodingName resolves the encoding a model uses, without loading it.
func EncodingName(model string) string {
	if name, ok := tiktoken.MODEL_TO_ENCODING[model]; ok {
		return name
	}
	best, name := "", Fallback
	for prefix, enc := range tiktoken.MODEL_PREFIX_TO_ENCODING {
		// Longest prefix wins so the answer does not depend on map order.
		if strings.HasPrefix(model, prefix) && len(prefix) > len(best) {
			best, name = prefix, enc
		}
	}
	return name
}

var (
	setLoader sync.Once
	mu        sync.Mutex
	loaded    = map[string]*tiktoken.Tiktoken{}
)

// Encoder counts with one tiktoken encoding.
type Encoder struct {
	Name string
	tk   *tiktoken.Tiktoken
}

// Count returns the number of tokens of text: len(EncodeOrdinary(text)).
func (e *Encoder) Count(text string) int { return len(e.tk.EncodeOrdinary(text)) }

// ForModel loads (once per process) the encoding a model uses.
func ForModel(model string) (*Encoder, error) { return Load(EncodingName(model)) }

// Load loads an encoding by name, once per process.
func Load(name string) (*Encoder, error) {
	setLoader.Do(func() { tiktoken.SetBpeLoader(ranksLoader{}) })
	mu.Lock()
	defer mu.Unlock()
	if tk, ok := loaded[name]; ok {
		return &Encoder{Name: name, tk: tk}, nil
	}
	loads.Add(1)
	// The load is one burst of data that stays live: collecting garbage
	// in the middle of it only costs time.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	tk, err := tiktoken.GetEncoding(name)
	if err != nil {
		return nil, fmt.Errorf("tokenizer %s: %w", name, err)
	}
	loaded[name] = tk
	return &Encoder{Name: name, tk: tk}, nil
}

// Estimate counts tokens without a tokenizer, as 3 per 2 words (French
// runs at about 1.4 to 1.7 tiktoken tokens a word): for engines that are
// not billed by the token, such as the offline one, whose chunks only need
// a size.
type Estimate struct{}

// EstimateName is the encoding name chunk plans record for Estimate.
const EstimateName = "words-estimate"

// Count returns the estimated tokens of text.
func (Estimate) Count(text string) int { return (3*len(strings.Fields(text)) + 1) / 2 }
