package figures

// tokenizeAll reads the tokens of each text once, for midSentenceNames
// and the extraction after it.
func tokenizeAll(texts []string, lang Lang) [][]token {
	out := make([][]token, len(texts))
	for i, t := range texts {
		out[i] = tokenize(t, lang)
	}
	return out
}

// midSentenceNames adds to known the capitalised words the texts write
// in the middle of a sentence: names, which a sentence may also open
// ("Lille a accueilli 1,8 million", "Strasbourg drew 2.4 million") where
// a capital alone says nothing, unless an aside follows it ("Malteurop,
// à Reims, transforme"). Function words are left out: "La
// Rochelle" makes no name of a sentence's opening "La". toks are the
// texts' tokens.
func midSentenceNames(texts []string, toks [][]token, lang Lang, known map[string]bool) map[string]bool {
	if known == nil {
		known = map[string]bool{}
	}
	for i, text := range texts {
		p := &parser{text: text, toks: toks[i], lang: lang, lastIdx: -1}
		for j, t := range p.toks {
			if t.kind == tWord && len(t.low) > 2 && p.capital(j) && (!p.sentenceInitial(j) || p.namedSubject(j)) && !frFunction[t.low] && !ctxStop[t.low] && !teamSkip[t.low] && !articles[t.low] {
				known[t.low] = true
			}
		}
	}
	return known
}
