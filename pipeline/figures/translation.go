package figures

// VerifyTranslation compares source and translation paragraph by
// paragraph: every source figure must appear with the same value in the
// aligned English paragraph, and no English figure may be unaccounted
// for. When the paragraph counts differ, the whole documents are compared
// as one unit, so that a re-paragraphed candidate is still checked.
func VerifyTranslation(source, translation []string) *Report {
	r := &Report{Mode: ModeTranslation}
	src, tgt := r.sourceAtoms(source), targetAtoms(translation)
	r.Counts.Target = countMentions(tgt)
	units := alignUnits(src, tgt, len(source) == len(translation))
	for _, u := range units {
		r.pairPass(u.src, u.tgt, exactPass)
		r.pairPass(u.src, u.tgt, lenientPass)
	}
	if len(units) > 1 {
		all := unit{src: flatten(units, true), tgt: flatten(units, false)}
		r.pairPass(all.src, all.tgt, nearPass)
	}
	for _, u := range units {
		r.modifiedPass(u.src, u.tgt)
	}
	r.leftovers(src, tgt)
	r.attributionCheck(src)
	r.finish()
	return r
}

// unit is an aligned pair of paragraphs (or the whole documents).
type unit struct{ src, tgt []*atom }

// alignUnits pairs paragraphs when the counts agree, else the documents.
func alignUnits(src, tgt [][]*atom, same bool) []unit {
	if !same {
		var u unit
		for _, a := range src {
			u.src = append(u.src, a...)
		}
		for _, a := range tgt {
			u.tgt = append(u.tgt, a...)
		}
		return []unit{u}
	}
	out := make([]unit, len(src))
	for i := range src {
		out[i] = unit{src: src[i], tgt: tgt[i]}
	}
	return out
}

func flatten(us []unit, source bool) []*atom {
	var out []*atom
	for _, u := range us {
		if source {
			out = append(out, u.src...)
		} else {
			out = append(out, u.tgt...)
		}
	}
	return out
}

// sourceAtoms extracts the French paragraphs and creates one row per
// source mention.
func (r *Report) sourceAtoms(paras []string) [][]*atom {
	out := make([][]*atom, len(paras))
	pos := 0
	for i, p := range paras {
		ms := Extract(p, French)
		for k := range ms {
			ms[k].Paragraph = i
			m := ms[k]
			r.Rows = append(r.Rows, Row{Paragraph: i, Source: m.Raw, Kind: m.Kind, Value: m.Display(), Status: RowMissing})
		}
		out[i] = atomsOf(ms, len(r.Rows)-len(ms), true)
		for _, a := range out[i] {
			a.pos, pos = pos, pos+1
		}
	}
	return out
}

func targetAtoms(paras []string) [][]*atom {
	out := make([][]*atom, len(paras))
	pos := 0
	for i, p := range paras {
		ms := Extract(p, English)
		for k := range ms {
			ms[k].Paragraph = i
		}
		out[i] = atomsOf(ms, 0, false)
		for _, a := range out[i] {
			a.pos, pos = pos, pos+1
		}
	}
	return out
}

func countMentions(as [][]*atom) int {
	n := 0
	for _, p := range as {
		seen := map[int]bool{}
		for _, a := range p {
			if !seen[a.m.Start] {
				seen[a.m.Start] = true
				n++
			}
		}
	}
	return n
}

type passKind int

const (
	exactPass passKind = iota
	lenientPass
	nearPass // neighbouring paragraphs: a sentence moved across a break
)

// pairPass pairs unused atoms: for each source atom, the best target by
// head-word agreement and then by position.
func (r *Report) pairPass(src, tgt []*atom, pass passKind) {
	for _, s := range src {
		if s.used {
			continue
		}
		var best *atom
		var bestV verdict
		bestScore := -1 << 30
		for _, t := range tgt {
			if t.used {
				continue
			}
			v := r.accept(s.m, t.m, pass)
			if !v.ok {
				continue
			}
			if sc := pairScore(s, t); sc > bestScore {
				best, bestV, bestScore = t, v, sc
			}
		}
		if best != nil {
			r.link(s, best, bestV)
		}
	}
}

// accept decides whether s and t are the same fact in a pass.
func (r *Report) accept(s, t Mention, pass passKind) verdict {
	switch pass {
	case exactPass:
		return verdict{ok: exact(s, t)}
	case lenientPass:
		return lenient(s, t, r.Mode)
	}
	if d := s.Paragraph - t.Paragraph; d > 1 || d < -1 {
		return verdict{}
	}
	if exact(s, t) {
		return verdict{ok: true}
	}
	return lenient(s, t, r.Mode)
}

// pairScore prefers the target whose head noun translates the source's,
// then the one in the same paragraph and nearest position.
func pairScore(s, t *atom) int {
	sc := 0
	if headAgrees(s.m.Head, t.m.Head) {
		sc += 1000
	}
	if s.m.Paragraph == t.m.Paragraph {
		sc += 500
	}
	if cmpFamily(s.m.Comparator) == cmpFamily(t.m.Comparator) {
		sc += 100
	}
	d := s.pos - t.pos
	if d < 0 {
		d = -d
	}
	return sc - d
}

// link records a pair and its findings (hedge, format, lenient verdict).
func (r *Report) link(s, t *atom, v verdict) {
	s.used, t.used, s.pair, t.pair = true, true, t, s
	if s.row >= 0 && r.Rows[s.row].Status == RowMissing {
		r.Rows[s.row].Status = RowMatched
	}
	if v.kind != "" {
		r.add(s, t, v)
	}
	if h := hedgeCheck(s.m, t.m); h.kind != "" {
		r.add(s, t, h)
	}
	if f := formatCheck(t.m); f.kind != "" {
		r.add(s, t, f)
	}
	if s.row >= 0 && r.Rows[s.row].English == "" {
		r.Rows[s.row].English = t.m.Raw
	}
}

// formatCheck reports English text written the French way (N3).
func formatCheck(t Mention) verdict {
	switch t.Format {
	case "french-decimal":
		return verdict{true, "format", Warning, "N3", "write the decimal point the English way (\"2.5\", not \"2,5\")"}
	case "malformed":
		return verdict{true, "format", Error, "N3", "malformed digit grouping"}
	}
	return verdict{}
}
