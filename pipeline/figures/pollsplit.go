package figures

import "strings"

// pollSplit reads a two-way split a poll or a vote gives without its
// percent signs, "l'écart se resserrerait à 52-48", "a 52-48 runoff":
// two shares that make a hundred, as English also writes them "52% to
// 48%". Only in a sentence of polls or votes, where a score is no match's.
func (p *parser) pollSplit(i, end int, lo, hi Mention, sep string) (Mention, bool) {
	if sep != "-" && sep != "–" || lo.Kind != Cardinal || hi.Kind != Cardinal || lo.Word || hi.Word || lo.Scale != "" || hi.Scale != "" {
		return Mention{}, false
	}
	a, b := atoiSafe(lo.Value), atoiSafe(hi.Value)
	if a+b != 100 || a <= 0 || b <= 0 || p.sym(end) == "%" {
		return Mention{}, false
	}
	lo0, hi0 := p.sentenceTokens(p.toks[i].start)
	poll := false
	for j := lo0; j < hi0 && !poll; j++ {
		poll = pollWords[p.word(j)]
	}
	if !poll {
		return Mention{}, false
	}
	pa := Mention{Kind: Percent, Unit: "%", Value: lo.Value}
	pb := Mention{Kind: Percent, Unit: "%", Value: hi.Value}
	return Mention{Kind: Range, Unit: "%", Value: lo.Value + ".." + hi.Value, Parts: []Mention{pa, pb}, style: "split"}, true
}

// pollWords say a sentence is about a poll or a vote.
var pollWords = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields("sondage sondages intentions scrutin référendum tour élection présidentielle poll polls polling runoff run-off referendum ballot election voters électeurs") {
		out[w] = true
	}
	return out
}()
