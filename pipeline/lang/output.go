package lang

import (
	"errors"
	"fmt"
)

// Why a translated paragraph is refused; test with errors.Is.
var (
	// ErrStillFrench reports a paragraph, or a sentence of it, left in French.
	ErrStillFrench = errors.New("is still in French")
	// ErrCopied reports a paragraph that repeats its French source.
	ErrCopied = errors.New("copies the French source")
	// ErrNotEnglish reports a paragraph clearly in another language or script.
	ErrNotEnglish = errors.New("is not in English")
	// ErrNoWords reports a paragraph with almost none of the words English
	// sentences are built with (made-up words) where the source is prose.
	ErrNoWords = errors.New("has almost no English words (made-up words?)")
)

// ParagraphError says which translated paragraph failed and why.
type ParagraphError struct {
	Paragraph int    // 1-based, as the Markdown table numbers paragraphs; 0: not known
	LooksLike string // with ErrNotEnglish: the language or script seen
	Err       error  // one of the Err values above
}

// Error says which paragraph and what is wrong with it, in one line.
func (e *ParagraphError) Error() string {
	msg := "the translation " + e.Err.Error()
	if e.Paragraph > 0 {
		msg = fmt.Sprintf("paragraph %d of the translation %v", e.Paragraph, e.Err)
	}
	if e.LooksLike != "" {
		msg += " (it looks like " + e.LooksLike + ")"
	}
	return msg
}

// Unwrap returns the reason, so errors.Is(err, ErrStillFrench) works.
func (e *ParagraphError) Unwrap() error { return e.Err }

// Thresholds of the output check, measured on news text: English prose
// has 35-55% function words, Apertium's rough English as many, made-up
// words almost none.
const (
	minCopyWords  = 3   // a shorter paragraph copied ("Merci.") may be a name
	copiedShare   = 0.8 // share of the paragraph's words found in its source
	proseWords    = 8   // a source this long with French function words is prose
	proseShare    = 0.2 // French function words in a prose source
	minWordsShare = 0.1 // English function words a prose translation has at least
	minWordsCheck = 6   // the fewest words the made-up-words check judges
)

// CheckParagraph checks one translated paragraph against its French
// source: it must not be French (or another language), must not copy the
// source, and, when the source is prose, must be made of English words.
// Apertium's rough English, with a few French words left untranslated,
// passes; so does a paragraph of names or figures copied as they are.
// The error is a *ParagraphError (Paragraph 0) wrapping one of
// ErrStillFrench, ErrCopied, ErrNotEnglish and ErrNoWords.
func CheckParagraph(src, out string) error {
	o := Analyze(out)
	l := o.looksLike(English)
	if l != o.Script && o.Share(l) < minWordsShare {
		l = "" // a few foreign words among made-up ones: judged below
	}
	switch {
	case l == French || frenchSentence(out):
		return &ParagraphError{Err: ErrStillFrench}
	case l != "":
		return &ParagraphError{Err: ErrNotEnglish, LooksLike: l}
	case copied(src, out, o):
		return &ParagraphError{Err: ErrCopied}
	}
	if s := Analyze(src); s.Words >= proseWords && s.Share(French) >= proseShare &&
		o.Words >= minWordsCheck && o.Share(English) < minWordsShare {
		return &ParagraphError{Err: ErrNoWords}
	}
	return nil
}

// minSentenceWords is the length from which one sentence is judged on
// its own: a model that stops translating halfway leaves a paragraph
// whose English start outweighs its French end.
const minSentenceWords = 8

// frenchSentence says that a sentence of out, long enough to judge, is
// clearly French.
func frenchSentence(out string) bool {
	start := 0
	for i := 0; i < len(out); i++ {
		if c := out[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		if i+1 < len(out) && out[i+1] != ' ' && out[i+1] != '\n' {
			continue // 4.5, U.S.
		}
		if frenchEnough(out[start : i+1]) {
			return true
		}
		start = i + 1
	}
	return frenchEnough(out[start:])
}

func frenchEnough(s string) bool {
	p := Analyze(s)
	return p.Words >= minSentenceWords && p.looksLike(English) == French && p.Share(French) >= proseShare
}

// copied says out is mostly its source's words and reads more French
// than English: a French paragraph passed through.
func copied(src, out string, o Profile) bool {
	ws := tokens(out)
	if len(ws) < minCopyWords || o.Margin(French, English) <= 0 {
		return false
	}
	in := map[string]bool{}
	for _, w := range tokens(src) {
		in[w] = true
	}
	n := 0
	for _, w := range ws {
		if in[w] {
			n++
		}
	}
	return float64(n) >= copiedShare*float64(len(ws))
}

// CheckParagraphs checks each translated paragraph against its source
// (CheckParagraph) and returns a *ParagraphError naming the first that
// fails, or nil. Paragraphs beyond the shorter list are not checked: the
// paragraph count is checked elsewhere.
func CheckParagraphs(src, out []string) error {
	for i := range min(len(src), len(out)) {
		var pe *ParagraphError
		if err := CheckParagraph(src[i], out[i]); errors.As(err, &pe) {
			pe.Paragraph = i + 1
			return pe
		}
	}
	return nil
}
