package pipeline

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"brief/pipeline/lang"
)

// Bounds of a summary's shape.
const (
	MinBullets    = 3
	MaxBullets    = 6
	HeadlineChars = 120 // a longer headline is an article's sentence, not a headline
)

// ErrSummaryShape reports a summary that is not a plain-text headline and
// MinBullets to MaxBullets plain-text bullets after every attempt.
var ErrSummaryShape = errors.New("the summary is not a plain-text headline and 3 to 6 bullets")

var (
	bulletMark      = regexp.MustCompile(`^\s*(?:[-*•–+]|\d{1,2}[.)])\s+`)
	headlineMark    = regexp.MustCompile(`^\s*#{1,6}\s*`)
	summaryPreamble = regexp.MustCompile(`(?i)^(?:sure[,!.]?\s*)?(?:here(?: is|'s)|below is|voici)\b[^\n]{0,80}:$`)
	labelLine       = regexp.MustCompile(`(?i)^\s*(?:\*\*)?(?:headline|title|summary|bullets?|key points)\s*:?\s*(?:\*\*)?\s*:?\s*`)
)

// ParseSummary reads a "# headline" line and "- " bullets leniently: other
// bullet marks, numbered lists, bold labels, a preamble and a missing
// headline are all accepted. Lines that are neither are dropped: they
// never reach the briefing. SummaryProblems says whether the result has
// the shape a briefing needs.
func ParseSummary(reply string) (string, []string) {
	var headline string
	var bullets []string
	for _, line := range strings.Split(strings.ReplaceAll(reply, "\r", ""), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "```") {
			continue
		}
		switch {
		case bulletMark.MatchString(line):
			if b := cleanInline(bulletMark.ReplaceAllString(line, "")); b != "" {
				bullets = append(bullets, b)
			}
		case headline == "" && len(bullets) == 0 && summaryPreamble.MatchString(strings.TrimSpace(line)):
			continue // "Here is a summary:" is not the headline
		case headline == "" && len(bullets) == 0:
			h := headlineMark.ReplaceAllString(line, "")
			if labelLine.MatchString(h) {
				h = labelLine.ReplaceAllString(h, "")
			}
			headline = cleanInline(h)
		}
	}
	if headline == "" && len(bullets) > 0 {
		headline, bullets = bullets[0], bullets[1:]
	}
	return headline, bullets
}

// cleanInline trims a line and the emphasis or quotes wrapped around it.
func cleanInline(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range []string{"**", "__", "\"", "*"} {
		if len(s) > 2*len(w) && strings.HasPrefix(s, w) && strings.HasSuffix(s, w) {
			s = strings.TrimSpace(s[len(w) : len(s)-len(w)])
		}
	}
	return s
}

// markup is what a plain-text headline or bullet must not contain, each
// with the name the feedback and the error use: a summary is rendered as
// Markdown, so any of these would become a link, an image, raw HTML or
// formatting an article's text could have asked for.
var markup = []struct {
	name string
	re   *regexp.Regexp
}{
	{"an image", regexp.MustCompile(`!\[`)},
	{"a link", regexp.MustCompile(`\[[^\]]*\]\s*[(\[]|(?i)\b(?:https?|ftp|javascript|vbscript|data|file|mailto):|(?i)\bwww\.[a-z0-9-]+\.[a-z]`)},
	{"HTML", regexp.MustCompile(`<\s*/?\s*[a-zA-Z!?][^>]*>|<\s*[a-zA-Z][a-zA-Z0-9+.-]*:|&#?[a-zA-Z0-9]+;`)},
	{"Markdown", regexp.MustCompile("\\*\\*|__|`|~~|^\\s*(?:#|>|\\|)|\\]\\s*:")},
}

// markupIn names the first kind of markup in s, or "".
func markupIn(s string) string {
	for _, m := range markup {
		if m.re.MatchString(s) {
			return m.name
		}
	}
	return ""
}

// SummaryProblems lists what keeps a parsed summary from being a briefing's
// summary: a plain-text headline of at most HeadlineChars characters and
// minBullets to MaxBullets plain-text bullets (minBullets is MinBullets
// unless the article has fewer sentences), in English. Empty means the
// shape is right.
func SummaryProblems(headline string, bullets []string, minBullets int) []string {
	var out []string
	switch n := utf8.RuneCountInString(headline); {
	case strings.TrimSpace(headline) == "":
		out = append(out, "it has no headline")
	case n > HeadlineChars:
		out = append(out, fmt.Sprintf("the headline has %d characters, over %d", n, HeadlineChars))
	}
	if m := markupIn(headline); m != "" {
		out = append(out, "the headline contains "+m)
	}
	if n := len(bullets); n < minBullets || n > MaxBullets {
		out = append(out, fmt.Sprintf("it has %d %s, not %d to %d", n, plural(n, "bullet", "bullets"), minBullets, MaxBullets))
	}
	for i, b := range bullets {
		if m := markupIn(b); m != "" {
			out = append(out, fmt.Sprintf("bullet %d contains %s", i+1, m))
		}
	}
	// A model asked for an English summary of a French article may write
	// it in French.
	if ok, l := lang.IsEnglish(strings.Join(append([]string{headline}, bullets...), "\n")); !ok {
		out = append(out, "it is written in "+l+", not English")
	}
	return out
}

// shapeFeedback is what a repair request says about a summary's shape.
func shapeFeedback(problems []string, minBullets int) []string {
	return append([]string{fmt.Sprintf("reply with a '# headline' line of plain text (at most %d characters), then %d to %d lines starting with '- '; plain text only: no links, HTML or Markdown",
		HeadlineChars, minBullets, MaxBullets)}, problems...)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
