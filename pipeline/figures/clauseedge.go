package figures

// The edges of a figure's clause that news copy blurs: a subordinator
// that opens another figure's clause, a bare number that leaves its noun
// or currency to the figure before it, a giver in brackets.

// subordinate: "alors que", "pendant que" at j open a clause of their
// own, with its own figure ("les prix ont augmenté de 12 % alors que les
// salaires progressaient de 3 %"); "alors" alone is "then", inside a
// clause.
func (p *parser) subordinate(j int) bool {
	if w := p.toks[j].low; w != "alors" && w != "pendant" {
		return false
	}
	nx := p.word(j + 1)
	return nx == "que" || nx == "qu'"
}

// bareAmount: o is a bare number that leaves its currency to the amount
// before it, "une amende de 5 000 euros, le parquet en réclamait 8 000",
// so the summary's "€8,000" may be meant as it.
func bareAmount(o, t Mention) bool {
	return t.Kind == Money && class(o.Kind) == Cardinal && o.Unit == "" && nounHead(o.Head) == "" && !o.Word
}

// bareFor: t is a bare number, with no noun or unit of its own, that may
// stand for o's length of time: "jailed for 12 years; prosecutors had
// sought 15" leaves the years to the first figure.
func bareFor(o, t Mention) bool {
	return isDuration(o) && class(t.Kind) == Cardinal && t.Head == "" && t.Unit == "" && !t.Word
}

// bracketActors reads who gives a figure from a bracket right after it,
// as bullets write a count by source: "2,500 (police), 800 (organisers)".
func (p *parser) bracketActors(i1 int) []string {
	if p.sym(i1) != "(" {
		return nil
	}
	var out []string
	for j := i1 + 1; j < len(p.toks) && j <= i1+4 && p.sym(j) != ")"; j++ {
		if p.toks[j].kind == tNum {
			return nil // "(28,4 %)": another figure, not its source
		}
		if a := p.actorWord(j); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// clauseEdges adds to a figure's clause what lies past its edges: a
// giver in brackets after it, and for a weekday set before a comma the
// clause after the comma ("Mardi, 300 personnes ont manifesté").
func (p *parser) clauseEdges(m Mention, i1 int, out, actors []string) ([]string, []string) {
	actors = append(actors, p.bracketActors(i1)...)
	if len(out) == 0 && weekdayOnly(m) {
		out = p.frontedDay(i1)
	}
	return out, actors
}
