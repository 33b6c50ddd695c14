// Package extractive summarises an English text by picking its most
// central sentences (LexRank: PageRank over TF-IDF cosine similarity). It
// is pure and deterministic; every word of the summary, and so every
// figure, is copied from the text.
package extractive

import (
	"math"
	"sort"
	"strings"

	"brief/pipeline/chunking"
)

// Options bounds a summary; zero fields take the defaults.
type Options struct {
	MinBullets    int // default 3
	MaxBullets    int // default 5
	HeadlineWords int // a longer top sentence is shortened; default 16
}

func (o Options) withDefaults() Options {
	if o.MinBullets <= 0 {
		o.MinBullets = 3
	}
	if o.MaxBullets < o.MinBullets {
		o.MaxBullets = max(5, o.MinBullets)
	}
	if o.HeadlineWords <= 0 {
		o.HeadlineWords = 16
	}
	return o
}

// Summary is a headline and bullets in document order.
type Summary struct {
	Headline string
	Bullets  []string
}

// Markdown writes the summary as "# headline" then "- " bullets, the shape
// pipeline.ParseSummary reads.
func (s Summary) Markdown() string {
	var b strings.Builder
	b.WriteString("# " + s.Headline + "\n\n")
	for _, x := range s.Bullets {
		b.WriteString("- " + x + "\n")
	}
	return b.String()
}

// sentence is one candidate with its position in the text.
type sentence struct {
	text  string
	pos   int
	terms []string
}

// Summarize picks between MinBullets and MaxBullets sentences (fewer when
// the text has fewer) by centrality, ties broken by position, and returns
// them in document order; the headline is the top-ranked one, shortened.
func Summarize(text string, opt Options) Summary {
	opt = opt.withDefaults()
	all := split(text)
	if len(all) == 0 {
		return Summary{}
	}
	cands := candidates(all)
	scores := rank(cands)
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		sa, sb := scores[order[a]], scores[order[b]]
		if math.Abs(sa-sb) > 1e-12 {
			return sa > sb
		}
		return cands[order[a]].pos < cands[order[b]].pos
	})
	k := bulletCount(len(cands), opt)
	picked := append([]int(nil), order[:k]...)
	sort.Slice(picked, func(a, b int) bool { return cands[picked[a]].pos < cands[picked[b]].pos })
	s := Summary{Headline: Headline(cands[order[0]].text, opt.HeadlineWords)}
	for _, i := range picked {
		s.Bullets = append(s.Bullets, cands[i].text)
	}
	return s
}

// bulletCount takes about one sentence in four, within the bounds.
func bulletCount(n int, opt Options) int {
	k := (n + 3) / 4
	k = max(opt.MinBullets, min(opt.MaxBullets, k))
	return min(k, n)
}

// split cuts the text into sentences, paragraph by paragraph.
func split(text string) []sentence {
	var out []sentence
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		for _, s := range chunking.Sentences(p) {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, sentence{text: s, pos: len(out), terms: terms(s)})
			}
		}
	}
	return out
}

// candidates drops sentences too short to stand as a bullet (a heading, a
// rhetorical question), unless too few would remain.
func candidates(all []sentence) []sentence {
	var out []sentence
	for _, s := range all {
		if len(strings.Fields(s.text)) >= 6 && !strings.HasSuffix(strings.TrimRight(s.text, `"”»’' `), "?") {
			out = append(out, s)
		}
	}
	if len(out) < 3 {
		return all
	}
	return out
}

// rank scores sentences by PageRank over their cosine similarity graph.
func rank(ss []sentence) []float64 {
	n := len(ss)
	vecs := tfidf(ss)
	w := make([][]float64, n)
	rowSum := make([]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
		for j := range w[i] {
			if i != j {
				w[i][j] = cosine(vecs[i], vecs[j])
				rowSum[i] += w[i][j]
			}
		}
	}
	const damping = 0.85
	score := make([]float64, n)
	for i := range score {
		score[i] = 1 / float64(n)
	}
	for iter := 0; iter < 200; iter++ {
		next := make([]float64, n)
		dangling := 0.0
		for j := 0; j < n; j++ {
			if rowSum[j] == 0 {
				dangling += score[j]
			}
		}
		delta := 0.0
		for i := 0; i < n; i++ {
			sum := dangling / float64(n)
			for j := 0; j < n; j++ {
				if rowSum[j] > 0 {
					sum += score[j] * w[j][i] / rowSum[j]
				}
			}
			next[i] = (1-damping)/float64(n) + damping*sum
			delta += math.Abs(next[i] - score[i])
		}
		score = next
		if delta < 1e-12 {
			break
		}
	}
	return score
}

// tfidf weights each sentence's terms; vectors are sparse maps but are
// only ever read by key, so iteration order never matters.
func tfidf(ss []sentence) []map[string]float64 {
	df := map[string]int{}
	for _, s := range ss {
		seen := map[string]bool{}
		for _, t := range s.terms {
			if !seen[t] {
				seen[t] = true
				df[t]++
			}
		}
	}
	out := make([]map[string]float64, len(ss))
	for i, s := range ss {
		v := map[string]float64{}
		for _, t := range s.terms {
			v[t]++
		}
		for t, tf := range v {
			v[t] = tf * (1 + math.Log(float64(len(ss))/float64(df[t])))
		}
		out[i] = v
	}
	return out
}

// cosine sums in sorted key order so the result is bit-for-bit stable.
func cosine(a, b map[string]float64) float64 {
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	dot, na := 0.0, 0.0
	for _, k := range keys {
		na += a[k] * a[k]
		dot += a[k] * b[k]
	}
	if dot == 0 {
		return 0
	}
	return dot / (math.Sqrt(na) * norm(b))
}

func norm(v map[string]float64) float64 {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := 0.0
	for _, k := range keys {
		s += v[k] * v[k]
	}
	return math.Sqrt(s)
}
