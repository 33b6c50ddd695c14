package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
)

// A Document travels between `brief stage` commands as JSON that anyone
// can edit. Each stage reads the parts it relies on; these checks make
// sure an edit is either honoured or refused with a message, never
// silently ignored (issue 12, "Integrity of the stage chain").

// checkChunkPlan refuses a chunk plan that no longer cuts the paragraphs
// (a chunk's text edited): translate would send the edited text while
// verify compares with the paragraphs.
func checkChunkPlan(doc *Document) error {
	var joined strings.Builder
	body := doc.Body()
	for _, c := range doc.Chunks.Chunks {
		joined.WriteString(c.Text)
		if !strings.HasPrefix(body, joined.String()) {
			return fmt.Errorf("%w: chunk %d's text is not the paragraphs' text: a chunk was edited; edit the article (or its paragraphs) and run \"brief stage chunk\" again", ErrInput, c.Index)
		}
	}
	if joined.String() != body {
		return fmt.Errorf("%w: the chunks do not cover the paragraphs; run \"brief stage chunk\" again", ErrInput)
	}
	return nil
}

// checkTranslation refuses a translation whose chunks and paragraphs
// disagree (one of them edited): the paragraphs are what is verified and
// rendered, so an edited chunk would be ignored.
func checkTranslation(doc *Document) error {
	t := doc.Translation
	var body strings.Builder
	for _, c := range t.Chunks {
		body.WriteString(c.Text)
	}
	if !slices.Equal(SplitParagraphs(body.String()), t.Paragraphs) {
		return fmt.Errorf("%w: translation.chunks and translation.paragraphs differ: one was edited; make the same edit in both (paragraphs are what is verified and rendered)", ErrInput)
	}
	return nil
}

// contentDigest identifies everything a figures report speaks for: the
// source paragraphs and chunks, the translation and the summary. verify
// records it; render refuses a Document whose content changed since.
func contentDigest(doc *Document) string {
	h := sha256.New()
	part := func(name string, texts ...string) {
		fmt.Fprintf(h, "%s %d\x00", name, len(texts))
		for _, t := range texts {
			fmt.Fprintf(h, "%d:%s\x00", len(t), t)
		}
	}
	part("paragraphs", doc.Paragraphs...)
	if doc.Chunks != nil {
		for _, c := range doc.Chunks.Chunks {
			part("chunk", c.Text)
		}
	}
	if t := doc.Translation; t != nil {
		part("translation", t.Paragraphs...)
		for _, c := range t.Chunks {
			part("translated chunk", c.Text)
		}
	}
	if s := doc.Summary; s != nil {
		part("headline", s.Headline)
		part("bullets", s.Bullets...)
	}
	sum := h.Sum(nil)
	return hex.EncodeToString(sum[:16])
}

// checkVerified refuses a figures report that does not speak for the
// Document's current content.
func checkVerified(doc *Document) error {
	if doc.Figures.Checked != contentDigest(doc) {
		return fmt.Errorf("%w: the document changed after it was verified (paragraphs, chunks, translation or summary); run \"brief stage verify\" again", ErrInput)
	}
	return nil
}
