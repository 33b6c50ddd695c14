// Package extractive summarises an English text by picking its most
// central sentences (LexRank: PageRank over TF-IDF cosine similarity). It
// is pure and deterministic; every word of the summary, and so every
// figure, is copied from the text.
package extractive

import (
	"strings"
	"unicode/utf8"

	"brief/pipeline/chunking"
)

// Options bounds a summary; zero fields take the defaults.
type Options struct {
	MinBullets    int // default 3
	MaxBullets    int // default 5
	HeadlineChars int // the headline's length limit; default 120
	BulletChars   int // a longer bullet is cut at a clause when it can be; default 200
	// Title is the article's own title, in the summary's language. When
	// set it is the headline; when empty, a first paragraph that looks
	// like a title (LooksLikeTitle) is taken as one. Either way the title
	// is not a bullet.
	Title string
}

func (o Options) withDefaults() Options {
	if o.MinBullets <= 0 {
		o.MinBullets = 3
	}
	if o.MaxBullets < o.MinBullets {
		o.MaxBullets = max(5, o.MinBullets)
	}
	if o.HeadlineChars <= 0 {
		o.HeadlineChars = 120
	}
	if o.BulletChars <= 0 {
		o.BulletChars = 200
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
	pos   int     // index among the text's sentences
	at    float64 // where it starts, as a share of the text's words
	terms []string
}

// Summarize picks between MinBullets and MaxBullets central and diverse
// sentences (Maximal Marginal Relevance over LexRank scores), at least
// one from each half of the text, and returns them in document order,
// each cut at a clause when long. The headline is the title, else the
// lead sentence shortened at a clause (Headline). Every word is copied
// from the text, so every figure is.
func Summarize(text string, opt Options) Summary {
	opt = opt.withDefaults()
	paras := paragraphs(text)
	title := strings.TrimSpace(opt.Title)
	switch {
	case title == "" && len(paras) > 1 && LooksLikeTitle(paras[0]):
		title, paras = paras[0], paras[1:]
	case title != "" && len(paras) > 1 && paras[0] == strings.Join(strings.Fields(title), " "):
		paras = paras[1:]
	}
	all := split(paras)
	if len(all) == 0 {
		return Summary{}
	}
	cands := candidates(all)
	h, from := headline(title, cands, opt.HeadlineChars)
	k := bulletCount(len(cands), opt)
	if from >= 0 && len(cands) > k {
		// The headline already says the start of that sentence.
		cands = append(cands[:from:from], cands[from+1:]...)
	}
	picked := choose(cands, k, opt.BulletChars)
	s := Summary{Headline: h}
	for _, i := range picked {
		s.Bullets = append(s.Bullets, bullet(cands[i].text, opt.BulletChars))
	}
	return s
}

// headline is the title when it makes one, else the first sentence that
// does, lead first; it also returns the index of that sentence, or -1
// for the title.
func headline(title string, cands []sentence, maxChars int) (string, int) {
	if h, ok := Headline(title, maxChars); ok {
		return h, -1
	}
	for i, c := range cands {
		if h, ok := Headline(c.text, maxChars); ok {
			return h, i
		}
	}
	// Every sentence is long and has no clause that fits: the lead, cut
	// after its last whole word that fits, is still better than nothing.
	return upperFirst(cutAtWord(strings.TrimRight(cands[0].text, " ."), maxChars)), 0
}

// bullet is a sentence cut at its longest clause within maxChars when it
// is longer and has one, with unbalanced quotes dropped.
func bullet(s string, maxChars int) string {
	s = upperFirst(dropOpener(dropUnbalanced(s)))
	if utf8.RuneCountInString(s) <= maxChars {
		return s
	}
	if kept, ok := clip(s, bulletMinWords, maxChars, false); ok {
		return kept + "."
	}
	return s
}

// bulletMinWords is the shortest clause a long sentence is cut to.
const bulletMinWords = 8

// bulletCount takes about one sentence in three, within the bounds.
func bulletCount(n int, opt Options) int {
	k := (n + 2) / 3
	k = max(opt.MinBullets, min(opt.MaxBullets, k))
	return min(k, n)
}

// paragraphs splits the text at blank lines, each paragraph on one line.
func paragraphs(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// split cuts paragraphs into sentences, noting where each starts; an
// overlong sentence is cut into pieces.
func split(paras []string) []sentence {
	total := 0
	for _, p := range paras {
		total += len(strings.Fields(p))
	}
	var out []sentence
	seen := 0
	for _, p := range paras {
		for _, sent := range chunking.Sentences(p) {
			if sent = strings.TrimSpace(sent); sent == "" {
				continue
			}
			for _, s := range pieces(sent) {
				out = append(out, sentence{text: s, pos: len(out), at: float64(seen) / float64(total), terms: terms(s)})
				seen += len(strings.Fields(s))
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
