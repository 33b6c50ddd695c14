package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"brief/pipeline/engine"
	"brief/pipeline/lang"
)

// scripted is a Translator answering with its replies in turn, each one
// recording whether the stage committed it.
type scripted struct {
	replies   []string
	n         int
	committed []int // indexes of the replies committed
}

func (s *scripted) Translate(_ context.Context, req engine.TranslateRequest) (engine.Result, error) {
	i := min(s.n, len(s.replies)-1)
	s.n++
	return engine.Result{Text: s.replies[i], Usage: engine.Usage{Requests: 1},
		Commit: func() { s.committed = append(s.committed, i) }}, nil
}

const commitSource = "Le gouvernement a annoncé jeudi que la mission passerait de 500 à 4 000 personnes dans les prochains mois.\n\n" +
	"Les ministres de la Défense des trente pays alliés ont décidé d'élargir les effectifs de cette mission."

const commitEnglish = "The government announced on Thursday that the mission would grow from 500 to 4,000 people in the coming months.\n\n" +
	"The defence ministers of the thirty allied countries decided to expand the staff of this mission."

// TestTranslate_CommitsOnlyWhatPassed: the engine's cache gets a reply
// only once it passed the paragraph count, the language of every
// paragraph and the chunk's figures; a French paragraph or made-up words
// are asked again, then fail the chunk saying which paragraph.
func TestTranslate_CommitsOnlyWhatPassed(t *testing.T) {
	french := strings.Replace(commitEnglish, "The defence ministers of the thirty allied countries decided to expand the staff of this mission.",
		"Les ministres de la Défense des trente pays alliés ont décidé d'élargir les effectifs de cette mission.", 1)
	madeUp := "Brako zintel muvor quaplin 500 drusef gnowix 4,000 brako zintel muvor quaplin drusef.\n\n" +
		"Gnowix brako zintel muvor quaplin drusef gnowix brako zintel muvor quaplin drusef gnowix."
	wrongFigure := strings.Replace(commitEnglish, "4,000", "5,000", 1)
	tests := []struct {
		name      string
		replies   []string
		committed []int
		wantErr   error
		why       error
	}{
		{"good first", []string{commitEnglish}, []int{0}, nil, nil},
		{"wrong figure, then good", []string{wrongFigure, commitEnglish}, []int{1}, nil, nil},
		{"wrong figure always", []string{wrongFigure}, nil, nil, nil},
		{"French paragraph, then good", []string{french, commitEnglish}, []int{1}, nil, nil},
		{"French paragraph always", []string{french}, nil, ErrLanguage, lang.ErrStillFrench},
		{"made-up words always", []string{madeUp}, nil, ErrLanguage, lang.ErrNoWords},
		{"one paragraph always", []string{"All in one."}, nil, ErrParagraphs, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := &scripted{replies: tt.replies}
			doc := &Document{Paragraphs: SplitParagraphs(commitSource), Chunks: &ChunkPlan{Chunks: []Piece{{Index: 0, Text: commitSource, Paragraphs: 2}}}}
			err := Translate(tr, TranslateOptions{Concurrency: 1, RepairAttempts: 2})(context.Background(), doc)
			if !errors.Is(err, tt.wantErr) || (tt.why != nil && !errors.Is(err, tt.why)) {
				t.Fatalf("err = %v, want %v (%v)", err, tt.wantErr, tt.why)
			}
			if tt.why != nil && !strings.Contains(err.Error(), "paragraph ") {
				t.Errorf("err = %q, want it to name the paragraph", err)
			}
			if len(tr.committed) != len(tt.committed) || (len(tt.committed) > 0 && tr.committed[0] != tt.committed[0]) {
				t.Errorf("committed replies %v, want %v", tr.committed, tt.committed)
			}
		})
	}
}
