package figures

import (
	"regexp"
	"strings"
)

// hyphenPairAt reads the English compounds that join two numbers with
// "to" or "for": "a six-to-three vote" (the score "six voix contre
// trois"), "a two-to-three-year wait" (the span "deux à trois ans"),
// "a one-for-ten reverse split" (the "une action nouvelle pour dix
// anciennes" French counts by its ten). A compound against one,
// "four-to-one", is left to the number reader, as French drops the "un"
// of "quatre contre un" too.
func (p *parser) hyphenPairAt(i int) (*Mention, int) {
	if p.lang != English || i >= len(p.toks) || p.toks[i].kind == tSym {
		return nil, 0
	}
	k := i + 1
	for k < len(p.toks) && k < i+8 && p.glued(k) && (p.toks[k].kind != tSym || p.sym(k) == "-") {
		k++
	}
	run := p.text[p.toks[i].start:p.toks[k-1].end]
	if !strings.Contains(run, "-") {
		return nil, 0 // (spare the lower-casing: most runs join nothing)
	}
	if run = strings.ToLower(run); !strings.Contains(run, "-to-") && !strings.Contains(run, "-for-") {
		return nil, 0
	}
	m := hyphenPairWord.FindStringSubmatch(run)
	if m == nil || m[4] != "" && periodUnit[m[4]] == "" {
		return nil, 0
	}
	lo, ok := p.spanEnd(m[1])
	hi, ok2 := p.spanEnd(m[3])
	if ok && ok2 && lo == "1" && hi == "1" && m[2] == "to" && m[4] == "" {
		// "one-to-one", read as "four-to-one" is: "1 pour 1"; unpaired, a
		// set phrase ("one-to-one talks", des entretiens individuels)
		return &Mention{Kind: Cardinal, Value: "1", Word: p.toks[i].kind == tWord, style: "fixed"}, k - i
	}
	if !ok || !ok2 || len(lo) > 2 || len(hi) > 2 || hi == "1" {
		return nil, 0
	}
	switch {
	case m[2] == "for" && lo == "1":
		return &Mention{Kind: Cardinal, Value: hi, Word: p.toks[i].kind == tWord}, k - i
	case m[2] == "for":
		return nil, 0
	case voteNouns[p.word(k)] || atoiSafe(lo) > atoiSafe(hi):
		return &Mention{Kind: Score, Value: lo + "-" + hi}, k - i
	}
	span := ageSpan(lo, hi)
	if m[4] != "" {
		// "a six-to-ten-week assignment": the ends count weeks, as "six to
		// ten weeks" does
		span.Head = m[4] + "s"
		for k := range span.Parts {
			span.Parts[k].Head = span.Head
		}
	}
	return &span, k - i
}

var hyphenPairWord = regexp.MustCompile(`^([a-z]+|\d+)-(to|for)-([a-z]+|\d+)(?:-([a-z]+))?$`)

// voteNouns follow a count of votes said as a score: "a six-to-three vote".
var voteNouns = map[string]bool{"vote": true, "votes": true, "margin": true, "majority": true, "decision": true,
	"ruling": true, "verdict": true, "split": true, "win": true, "victory": true, "defeat": true, "loss": true}
