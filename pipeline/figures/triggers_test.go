package figures

import "testing"

// The shape test only lets the recognisers look at words that may be
// Roman numerals; a numeral it turned away would lose its reading.
func TestRomanShaped(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"XXIe", true}, {"XXIᵉ", true}, {"Ier", true}, {"XVes", true}, {"XIXème", true},
		{"XIXth", true}, {"XXIst", true}, {"IInd", true}, {"XIV's", true}, {"XIV’s", true}, {"I", true}, {"V", true},
		{"Iraqi", false}, {"Il", false}, {"Victor", false}, {"Islamic", false}, {"ISIS", false}, {"Xavier", false}, {"Italy", false},
	} {
		if got := romanShaped(c.text, foldWord(c.text)); got != c.want {
			t.Errorf("romanShaped(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// Quotation marks and elided articles start no figure, but the figure
// right after them is still read.
func TestFigureAfterQuoteOrElision(t *testing.T) {
	for _, c := range []struct {
		text  string
		lang  Lang
		value string
	}{
		{`Il a dit « 300 » fois`, French, "300"},
		{`"Twelve" were hurt`, English, "12"},
		{`l'an 2000 approche`, French, "2000"},
		{`le XXIe siècle`, French, "21"},
		{`Louis XIV's reign`, English, "14"},
	} {
		ms := extract(c.text, c.lang, false)
		found := false
		for _, m := range ms {
			found = found || m.Value == c.value
		}
		if !found {
			t.Errorf("%q: no figure %s in %+v", c.text, c.value, ms)
		}
	}
}
