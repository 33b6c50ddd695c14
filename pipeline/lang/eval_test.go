package lang

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
)

// TestEval measures the detector on a JSON-lines file of French/English
// sentence pairs (fields fr, en; an optional field ap holds a machine
// translation of fr to check as output, es a Spanish one to refuse as
// output) named by BRIEF_LANG_EVAL. The
// corpus is not part of the project, so without the variable there is
// nothing to measure:
//
//	BRIEF_LANG_EVAL=path/to/pairs.jsonl go test -run TestEval -v ./pipeline/lang
//
// It fails on any wrong refusal: a French sentence refused as French, an
// English one refused as English, or a human translation refused as
// output.
func TestEval(t *testing.T) {
	path := os.Getenv("BRIEF_LANG_EVAL")
	if path == "" {
		t.Skip("set BRIEF_LANG_EVAL to a JSON-lines file of {fr, en} pairs to measure the detector")
	}
	pairs := readPairs(t, path)
	var c evalCounts
	for _, p := range pairs {
		c.add(t, p)
	}
	c.report(t)
}

type pair struct{ FR, EN, AP, ES string }

func readPairs(t *testing.T, path string) []pair {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []pair
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var p struct{ FR, EN, AP, ES string }
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, pair(p))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// evalCounts tallies per length bucket (words: <5, 5-9, 10+).
type evalCounts struct {
	n, frOK, enOK                  [3]int
	enRefusedFR, frRefusedEN       [3]int
	outOK, copyCaught, frOutCaught [3]int
	apN, apOK                      [3]int
	esN, esCaught, madeUpCaught    [3]int
	halfCaught                     [3]int
}

func bucket(s string) int {
	switch n := len(strings.Fields(s)); {
	case n < 5:
		return 0
	case n < 10:
		return 1
	}
	return 2
}

func (c *evalCounts) add(t *testing.T, p pair) {
	b := bucket(p.EN)
	c.n[b]++
	if ok, l := IsFrench(p.FR); ok {
		c.frOK[b]++
	} else {
		t.Errorf("French refused as %s: %q", l, p.FR)
	}
	if ok, l := IsEnglish(p.EN); ok {
		c.enOK[b]++
	} else {
		t.Errorf("English refused as %s: %q", l, p.EN)
	}
	if ok, _ := IsFrench(p.EN); !ok {
		c.enRefusedFR[b]++
	} else {
		t.Logf("English accepted as French: %q", p.EN)
	}
	if ok, _ := IsEnglish(p.FR); !ok {
		c.frRefusedEN[b]++
	} else {
		t.Logf("French accepted as English: %q", p.FR)
	}
	if err := CheckParagraph(p.FR, p.EN); err == nil {
		c.outOK[b]++
	} else {
		t.Errorf("human translation refused (%v): %q", err, p.EN)
	}
	if CheckParagraph(p.FR, p.FR) != nil {
		c.copyCaught[b]++
	} else {
		t.Logf("copied French passed as output: %q", p.FR)
	}
	if CheckParagraph("", p.FR) != nil {
		c.frOutCaught[b]++
	}
	if CheckParagraph(p.FR, madeUp(p.FR)) != nil {
		c.madeUpCaught[b]++
	}
	if errors.Is(CheckParagraph(p.FR+" "+p.FR, p.EN+" "+p.FR), ErrStillFrench) {
		c.halfCaught[b]++
	}
	if p.ES != "" {
		c.esN[b]++
		if errors.Is(CheckParagraph(p.FR, p.ES), ErrNotEnglish) {
			c.esCaught[b]++
		}
	}
	if p.AP != "" {
		c.apN[b]++
		if err := CheckParagraph(p.FR, p.AP); err == nil {
			c.apOK[b]++
		} else {
			t.Errorf("machine translation refused (%v): %q", err, p.AP)
		}
	}
}

func (c *evalCounts) report(t *testing.T) {
	names := []string{"<5 words", "5-9 words", "10+ words"}
	for b, name := range names {
		t.Logf("%-10s pairs %3d | fr ok as French %3d | en ok as English %3d | en refused as French %3d | fr refused as English %3d | human output ok %3d | copied fr caught %3d | fr as output (no source) caught %3d | apertium output ok %d/%d | Spanish output caught %d/%d | made-up words caught %d | half translated caught %d",
			name, c.n[b], c.frOK[b], c.enOK[b], c.enRefusedFR[b], c.frRefusedEN[b], c.outOK[b], c.copyCaught[b], c.frOutCaught[b], c.apOK[b], c.apN[b], c.esCaught[b], c.esN[b], c.madeUpCaught[b], c.halfCaught[b])
	}
}
