package lang

import (
	"errors"
	"strings"
	"testing"
)

const (
	frenchNews  = `L’Otan va considérablement augmenter les effectifs de sa mission d’entraînement des forces irakiennes, a annoncé jeudi le secrétaire général de l’Alliance, Jens Stoltenberg. La mission passera d’environ 500 personnes à 4 000.`
	englishNews = `NATO will considerably increase the size of its training mission for Iraqi forces, the alliance's secretary general Jens Stoltenberg announced on Thursday. The mission will grow from about 500 people to 4,000.`
	// apertiumEnglish is the offline engine's rough English for the
	// sample, French words left untranslated included.
	apertiumEnglish = `NATO will restart like this, to instances of Washington, a part of the activities of formation until here spent under the égide of the international coalition antiIS directed by the United States.`
)

func TestIsFrench(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		wantOK     bool
		looksLike  string
	}{
		{"news with figures", frenchNews, true, ""},
		{"headline", "Otan : la mission en Irak passe à 4 000 hommes", true, ""},
		{"all-caps headline", "L’OTAN VA ÉLARGIR SA MISSION EN IRAK", true, ""},
		{"one word", "Bruxelles", true, ""},
		{"names only", "Jens Stoltenberg, Moustafa al-Kazimi, Joe Biden", true, ""},
		{"list of figures", "4 000 ; 10 000 ; 2 500 ; 90 ; 12,5 %", true, ""},
		{"empty", "", true, ""},
		{"dateline", "PARIS, 12 mars 2021 (AFP)", true, ""},
		{"English quote in French", `« We will not leave Iraq », a déclaré jeudi le secrétaire général de l’Otan devant la presse.`, true, ""},
		{"English title words", "Le « Black Friday » de la Fnac attire les foules", true, ""},
		{"short English line is unsure", "The End", true, ""},
		{"English", englishNews, false, English},
		{"English all caps", "NATO TO EXPAND ITS IRAQ MISSION TO 4,000 TROOPS BY THE END OF THE YEAR", false, English},
		{"English short sentence", "The court will hear the appeal in December.", false, English},
		{"Spanish", "La OTAN va a aumentar los efectivos de su misión en Irak, según el secretario general, que habló con los ministros del grupo.", false, Spanish},
		{"Italian", "La NATO aumenterà gli effettivi della sua missione in Iraq, ha detto il segretario generale dopo la riunione dei ministri.", false, Italian},
		{"German", "Die NATO wird ihre Ausbildungsmission im Irak deutlich ausweiten, sagte der Generalsekretär nach dem Treffen der Minister.", false, German},
		{"Portuguese", "A OTAN vai aumentar os efetivos da sua missão no Iraque, disse o secretário-geral depois da reunião dos ministros.", false, Portuguese},
		{"Dutch", "De NAVO gaat de omvang van haar missie in Irak flink vergroten, zei de secretaris-generaal na een overleg met de ministers.", false, Dutch},
		{"Russian", "НАТО значительно увеличит численность своей учебной миссии в Ираке.", false, "Cyrillic script"},
		{"Chinese", "北约将大幅增加其在伊拉克的训练任务人数。", false, "Chinese characters"},
		{"Greek word in French", "Le mot grec λόγος signifie à la fois la parole et la raison.", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ok, l := IsFrench(tt.text)
			if ok != tt.wantOK || l != tt.looksLike {
				t.Errorf("IsFrench(%q) = %v, %q, want %v, %q", tt.text, ok, l, tt.wantOK, tt.looksLike)
			}
		})
	}
}

func TestIsEnglish(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, text string
		wantOK     bool
		looksLike  string
	}{
		{"news", englishNews, true, ""},
		{"Apertium's rough English", apertiumEnglish, true, ""},
		{"French names in English", "Protesters gathered on the Place de la Concorde and marched to the Assemblée nationale.", true, ""},
		{"summary", "# NATO expands its Iraq mission\n\n- The mission grows from 500 to 4,000 people.\n- Canada led it for two years.", true, ""},
		{"headline without function words", "Six graffiti sprayers arrested", true, ""},
		{"one word", "NATO", true, ""},
		{"French names only", "Le Pen", true, ""},
		{"French", frenchNews, false, French},
		{"French short sentence", "Il a démissionné jeudi, selon le ministère.", false, French},
		{"Spanish", "El gobierno anunció que los precios de la energía bajarán un 5 % en enero.", false, Spanish},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ok, l := IsEnglish(tt.text)
			if ok != tt.wantOK || l != tt.looksLike {
				t.Errorf("IsEnglish(%q) = %v, %q, want %v, %q", tt.text, ok, l, tt.wantOK, tt.looksLike)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	t.Parallel()
	for text, want := range map[string]string{
		frenchNews:  French,
		englishNews: English,
		"Paris":     "",
		"4 000":     "",
		"c'est l'été, n'est-ce pas ? qu'il vienne !": French,
		"it's the one they're sure isn't there":      English,
	} {
		if got := Detect(text); got != want {
			t.Errorf("Detect(%q) = %q, want %q", text, got, want)
		}
	}
	if !LooksFrench(frenchNews) || LooksFrench(englishNews) || LooksFrench("Le Pen") {
		t.Errorf("LooksFrench disagrees with Detect")
	}
	if LooksNotFrench(frenchNews) || !LooksNotFrench(englishNews) || LooksNotFrench("The End") {
		t.Errorf("LooksNotFrench disagrees with IsFrench")
	}
}

func TestCheckParagraph(t *testing.T) {
	t.Parallel()
	const srcLast = `L’Otan reprendra ainsi, à la demande de Washington, une partie des activités de formation jusqu’ici menées sous l’égide de la coalition internationale anti-EI dirigée par les États-Unis.`
	tests := []struct {
		name, src, out string
		want           error
	}{
		{"human translation", frenchNews, englishNews, nil},
		{"Apertium's rough English", srcLast, apertiumEnglish, nil},
		{"Apertium's short question", "Partira, partira pas d’Afghanistan ?", "It will leave, it will leave no of Afghanistan?", nil},
		{"headline", "Six artistes du graffiti arrêtés", "Six graffiti sprayers arrested", nil},
		{"names copied", "Jens Stoltenberg", "Jens Stoltenberg", nil},
		{"figures", "4 000 ; 10 000 ; 2 500", "4,000; 10,000; 2,500", nil},
		{"one word copied", "Merci.", "Merci.", nil},
		{"French left in", srcLast, srcLast, ErrStillFrench},
		{"French left in, all caps", strings.ToUpper(srcLast), strings.ToUpper(srcLast), ErrStillFrench},
		{"short French copied", "Il a démissionné.", "Il a démissionné.", ErrCopied},
		{"translation stopped halfway", frenchNews, "NATO will considerably increase the size of its training mission for Iraqi forces, the alliance's secretary general Jens Stoltenberg announced on Thursday, after a meeting of the thirty ministers. La mission passera d’environ 500 personnes à 4 000 dans les prochains mois.", ErrStillFrench},
		{"Spanish", srcLast, "La OTAN reanudará así, a instancias de Washington, una parte de las actividades de formación hasta ahora llevadas bajo la égida de la coalición.", ErrNotEnglish},
		{"made-up words", srcLast, madeUp(apertiumEnglish), ErrNoWords},
		{"made-up capitalised words", srcLast, "Florbish Quantel Zimbrow Drapsen Welkin Morvat Tissen Glorb Harnet Plimsoll.", ErrNoWords},
		{"random letters", srcLast, "xqzv brtk wmplz grrth vxkq lpmn zzqrt kkvb qwrtz xnvm", ErrNoWords},
		{"Russian", srcLast, "НАТО возобновит часть учебной деятельности по просьбе Вашингтона.", ErrNotEnglish},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			err := CheckParagraph(tt.src, tt.out)
			if (tt.want == nil) != (err == nil) || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Errorf("CheckParagraph(%q, %q) = %v, want %v", tt.src, tt.out, err, tt.want)
			}
		})
	}
}

func TestCheckParagraphs(t *testing.T) {
	t.Parallel()
	src := []string{frenchNews, "Partira, partira pas d’Afghanistan ?", "Il a rappelé que cette mission était menée à la demande du gouvernement irakien."}
	out := []string{englishNews, "It will leave, it will leave no of Afghanistan?", "Il a rappelé que cette mission était menée à la demande du gouvernement irakien."}
	if err := CheckParagraphs(src[:2], out[:2]); err != nil {
		t.Errorf("CheckParagraphs(English) = %v, want nil", err)
	}
	err := CheckParagraphs(src, out)
	var pe *ParagraphError
	if !errors.As(err, &pe) || pe.Paragraph != 3 || !errors.Is(err, ErrStillFrench) {
		t.Fatalf("CheckParagraphs with paragraph 3 in French = %v, want paragraph 3, ErrStillFrench", err)
	}
	if want := "paragraph 3 of the translation is still in French"; err.Error() != want {
		t.Errorf("error = %q, want %q", err, want)
	}
	out[1] = "El grupo anunció que los precios de la energía bajarán en enero según el ministro."
	err = CheckParagraphs(src, out)
	if want := "paragraph 2 of the translation is not in English (it looks like Spanish)"; err == nil || err.Error() != want {
		t.Errorf("CheckParagraphs with Spanish = %v, want %q", err, want)
	}
}

func TestTokens(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"L’Otan d'un qu'il aujourd’hui": "l' otan d' un qu' il aujourd' hui",
		"it's, don't they're":           "it 's do n't they 're",
		"72e 1er 4,000 3Q A-t-il":       "a t il",
		"dell'anno O'Brien":             "dell' anno o' brien",
		"'quoted' ''":                   "quoted",
	}
	for in, want := range tests {
		if got := strings.Join(tokens(in), " "); got != want {
			t.Errorf("tokens(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{frenchNews, englishNews, "l'''", "n't'", "'s", "qu’’il", "НАТО 北约"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := Analyze(s)
		if p.Words < 0 || p.Share(French) > 1 || p.Share(English) > 1 {
			t.Errorf("Analyze(%q) = %+v", s, p)
		}
		_, _ = IsFrench(s)
		_ = CheckParagraph(s, s)
	})
}
