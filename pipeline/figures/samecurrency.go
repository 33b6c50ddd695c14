package figures

import "strings"

// French often names a currency by its family alone: "francs" are Swiss
// or CFA francs today, "dollars" are whichever dollar the story is about.
// An English amount in a currency of that family ("CHF 175m", "C$9.4bn")
// is then the source's currency made precise, and is read in the
// source's unit before anything is compared, so that it is matched,
// rounded and derived like any other; a currency of another family, or
// a dollar where the source says "dollars américains", stays an error.
func sameCurrencyFamily(src, tgt []*atom) {
	units := map[string]bool{}
	franc, dollar := "", ""
	for _, s := range src {
		if s.m.Kind != Money {
			continue
		}
		units[s.m.Unit] = true
		switch {
		case s.m.Unit == "FRF": // "francs" said alone
			franc = s.m.Unit
		case s.m.Unit == "USD" && bareDollars(s.m.Raw):
			dollar = s.m.Unit
		}
	}
	if named := namedDollar(units); named != "" && dollar != "" {
		// "1,42 milliard de dollars canadiens ... 96 millions de dollars":
		// the dollars said alone are the ones the text has named
		for _, s := range src {
			if s.m.Kind == Money && s.m.Unit == "USD" && bareDollars(s.m.Raw) {
				s.m.Unit = named
			}
		}
		delete(units, "USD")
		dollar = ""
	}
	for _, t := range tgt {
		if t.m.Kind != Money || units[t.m.Unit] {
			continue
		}
		switch {
		case franc != "" && isFranc(t.m.Unit):
			t.m.unitSaid, t.m.Unit = t.m.Unit, franc
		case dollar != "" && isDollar(t.m.Unit):
			t.m.unitSaid, t.m.Unit = t.m.Unit, dollar
		}
	}
}

// namedDollar: the one dollar other than the American one the source
// names, or "".
func namedDollar(units map[string]bool) string {
	named := ""
	for u := range units {
		if isDollar(u) && u != "USD" {
			if named != "" {
				return ""
			}
			named = u
		}
	}
	return named
}

// bareDollars: the amount says "dollars" and not which ones.
func bareDollars(raw string) bool {
	said := false
	for _, w := range strings.Fields(strings.ToLower(raw)) {
		switch {
		case strings.HasPrefix(w, "dollar") || bareDollarSigns[w]:
			said = true // ("2,4 G$", "300 M$", "45 $": the sign names no country)
		case strings.HasPrefix(w, "améric") || w == "us" || strings.ContainsRune(w, '$') || currencyQualifiers[w] != "":
			return false // ("dollars canadiens" names its dollar)
		}
	}
	return said
}

// bareDollarSigns are the dollar signs French writes after an amount,
// alone or after its scale, which name no country ("$C" and "US$" do).
var bareDollarSigns = map[string]bool{"$": true, "m$": true, "g$": true, "k$": true, "md$": true, "mds$": true}
