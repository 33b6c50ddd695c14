package figures

import "slices"

// VerifyTranslation compares source and translation paragraph by
// paragraph and, inside a paragraph, sentence by sentence: every source
// figure must appear with the same value in the English, and no English
// figure may be unaccounted for. A figure is looked for in its aligned
// sentence first, then in the neighbouring sentences, then in the whole
// paragraph (figures.md, Matching 1). When the paragraph counts differ,
// the whole documents are compared as one unit, so that a re-paragraphed
// candidate is still checked.
func VerifyTranslation(source, translation []string) *Report {
	r := &check{Report: &Report{Mode: ModeTranslation}, source: source, target: translation}
	src, tgt := r.sides(source, translation)
	r.Counts.Target = countMentions(tgt.atoms)
	units := buildUnits(src, tgt, len(source) == len(translation))
	for _, u := range units {
		r.matchUnit(u)
	}
	if len(units) > 1 {
		r.crossUnits(units)
	}
	for _, u := range units {
		r.splitScores(u)
		r.minutesLater(u)
		r.modifiedUnit(u)
	}
	r.leftovers(units)
	for _, u := range units {
		r.swapCheck(u.tgt)
		r.movedName(u.src, u.tgt, func(t *atom) string { return translation[t.m.Paragraph] })
		r.movedClause(u.src, u.tgt, func(t *atom) string { return translation[t.m.Paragraph] })
		r.priorSwap(u.tgt)
		r.attributionCheck(u)
		r.sourceMoved(u)
		r.partMoved(u)
		r.winnerCheck(u.tgt)
		r.resultSwap(u.tgt)
		r.resultReversed(u.tgt)
		r.groupCheck(u.tgt)
		r.eraCheck(u.tgt)
	}
	r.respectiveOrder(units)
	r.finish()
	return r.Report
}

// sides reads the French and the English paragraphs, all at the same
// time (extractParas).
func (r *check) sides(source, translation []string) (src, tgt side) {
	jobs := r.sourceJobs(source)
	for _, p := range translation {
		jobs = append(jobs, paraJob{text: p, lang: English})
	}
	ms := extractParas(jobs)
	src, tgt = r.sourceSide(source, ms[:len(source)]), targetSide(translation, ms[len(source):])
	readAsSource(slices.Concat(src.atoms...), slices.Concat(tgt.atoms...))
	return src, tgt
}

// side is one text's atoms and sentences, paragraph by paragraph.
type side struct {
	atoms [][]*atom
	sents [][]sentence
}

// sourceSide creates one row per mention of the French paragraphs, read
// into paraMs.
func (r *check) sourceSide(paras []string, paraMs [][]Mention) side {
	out := side{atoms: make([][]*atom, len(paras)), sents: make([][]sentence, len(paras))}
	r.currencies, r.currencyCue = currenciesNamed(paras)
	pos := 0
	for i, p := range paras {
		ms := paraMs[i]
		r.Rows = slices.Grow(r.Rows, len(ms))
		rows := make([]int, len(ms))
		for k := range ms {
			ms[k].Paragraph = i
			m := ms[k]
			rows[k] = -1
			if !weekdayOnly(m) { // a date field, compared but not listed
				rows[k] = len(r.Rows)
				r.Rows = append(r.Rows, Row{Paragraph: i, Source: m.Raw, Kind: m.Kind, Value: m.Display(), Status: RowMissing})
			}
		}
		out.atoms[i] = atomsOf(ms, rows)
		out.sents[i] = sentencesOf(p, out.atoms[i])
		for _, a := range out.atoms[i] {
			a.pos, pos = pos, pos+1
		}
	}
	return out
}

// targetSide files the English paragraphs' mentions, read into paraMs.
func targetSide(paras []string, paraMs [][]Mention) side {
	out := side{atoms: make([][]*atom, len(paras)), sents: make([][]sentence, len(paras))}
	pos := 0
	for i, p := range paras {
		ms := paraMs[i]
		for k := range ms {
			ms[k].Paragraph = i
		}
		out.atoms[i] = atomsOf(ms, nil)
		out.sents[i] = sentencesOf(p, out.atoms[i])
		for _, a := range out.atoms[i] {
			a.pos, pos = pos, pos+1
		}
	}
	return out
}

// sentencesOf measures the sentences of a paragraph and files the keys of
// its atoms under them.
func sentencesOf(text string, atoms []*atom) []sentence {
	starts := sentenceStarts(text)
	out := make([]sentence, len(starts))
	for k, s := range starts {
		end := len(text)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		out[k].length = end - s
	}
	for _, a := range atoms {
		if k := a.m.Sentence; k >= 0 && k < len(out) {
			out[k].keys = append(out[k].keys, looseKey(*a.m))
		}
	}
	for k := range out {
		slices.Sort(out[k].keys)
	}
	return out
}

func countMentions(as [][]*atom) int {
	n := 0
	for _, p := range as {
		seen := map[int]bool{}
		for _, a := range p {
			if !seen[a.m.Start] && !weekdayOnly(*a.m) && a.m.Alt != "both" {
				seen[a.m.Start] = true
				n++
			}
		}
	}
	return n
}

// unit is an aligned pair of paragraphs (or the whole documents), its
// atoms sorted by aligned group.
type unit struct {
	src, tgt []*atom
	groups   int
}

// buildUnits pairs paragraphs when the counts agree, else the documents,
// and aligns the sentences of each unit.
func buildUnits(src, tgt side, same bool) []unit {
	if !same {
		return []unit{makeUnit(src.atoms, tgt.atoms, src.sents, tgt.sents)}
	}
	out := make([]unit, len(src.atoms))
	for i := range src.atoms {
		out[i] = makeUnit(src.atoms[i:i+1], tgt.atoms[i:i+1], src.sents[i:i+1], tgt.sents[i:i+1])
	}
	return out
}

// makeUnit joins paragraphs into one unit, numbers their sentences in
// order and gives every atom the index of its aligned group.
func makeUnit(sa, ta [][]*atom, ss, ts [][]sentence) unit {
	var u unit
	srcSents, srcOf := joinSentences(sa, ss, &u.src)
	tgtSents, tgtOf := joinSentences(ta, ts, &u.tgt)
	beads := alignSentences(srcSents, tgtSents)
	u.groups = len(beads)
	sg, tg := make([]int, len(srcSents)), make([]int, len(tgtSents))
	for g, b := range beads {
		for k := b.s0; k < b.s1; k++ {
			sg[k] = g
		}
		for k := b.t0; k < b.t1; k++ {
			tg[k] = g
		}
	}
	for k, a := range u.src {
		a.grp, a.idx = sg[srcOf[k]], k
	}
	for k, a := range u.tgt {
		a.grp, a.idx = tg[tgtOf[k]], k
	}
	return u
}

// joinSentences concatenates the sentences of paragraphs and returns, for
// each atom appended to list, the index of its sentence.
func joinSentences(atoms [][]*atom, sents [][]sentence, list *[]*atom) ([]sentence, []int) {
	var all []sentence
	var of []int
	for p := range atoms {
		base := len(all)
		all = append(all, sents[p]...)
		for _, a := range atoms[p] {
			k := min(max(a.m.Sentence, 0), max(len(sents[p])-1, 0))
			*list = append(*list, a)
			of = append(of, base+k)
		}
	}
	if len(all) == 0 {
		all = []sentence{{}}
	}
	return all, of
}
