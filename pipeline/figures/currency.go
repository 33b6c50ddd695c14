package figures

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// currencyCues are words of a French text that name a currency, or the
// country whose currency an amount left bare is in (N6).
var currencyCues = map[string]string{
	"dollar": "USD", "dollars": "USD", "américain": "USD", "américaine": "USD", "américains": "USD",
	"américaines": "USD", "états-unis": "USD", "usa": "USD", "washington": "USD", "livre": "GBP",
	"livres": "GBP", "sterling": "GBP", "britannique": "GBP", "britanniques": "GBP", "londres": "GBP",
	"royaume-uni": "GBP", "franc": "CHF", "francs": "CHF", "suisse": "CHF", "suisses": "CHF", "yen": "JPY",
	"yens": "JPY", "japon": "JPY", "japonais": "JPY", "japonaise": "JPY", "yuan": "CNY", "yuans": "CNY",
	"chine": "CNY", "chinois": "CNY", "chinoise": "CNY", "rouble": "RUB", "roubles": "RUB", "russie": "RUB",
	"russe": "RUB", "canada": "CAD", "canadien": "CAD", "canadiens": "CAD", "canadienne": "CAD",
	"australie": "AUD", "australien": "AUD", "couronne": "CZK", "couronnes": "CZK", "euro": "EUR", "euros": "EUR",
	"zlotys": "PLN", "zloty": "PLN", "forints": "HUF", "florins": "NLG", "lires": "ITL", "pesetas": "ESP", "schillings": "ATS", "escudos": "PTE", "drachmes": "GRD",
	"belges": "BEF", "suédoises": "SEK", "danoises": "DKK", "norvégiennes": "NOK", "irlandaises": "IEP",
}

// currenciesNamed lists the currencies a source names or implies, and
// says whether any word of it names one (euros are only the default).
func currenciesNamed(paras []string) (map[string]bool, bool) {
	out := map[string]bool{"EUR": true}
	named := false
	for _, p := range paras {
		for start := -1; start < len(p); {
			// the words of p, without splitting or lowering the whole text
			end := start + 1
			for end < len(p) {
				r, w := utf8.DecodeRuneInString(p[end:])
				if !unicode.IsLetter(r) && r != '-' {
					break
				}
				end += w
			}
			w := p[start+1 : end]
			start = end
			if len(w) < 3 || len(w) > 14 {
				continue
			}
			if c := currencyCues[strings.ToLower(w)]; c != "" {
				out[c], named = true, true
				if c == "CHF" {
					out["XOF"], out["XAF"], out["FRF"] = true, true, true
				}
				if c == "USD" {
					out["CAD"], out["AUD"] = true, true // "$" is any dollar
				}
				if c == "CZK" {
					out["SEK"], out["DKK"], out["NOK"], out["ISK"] = true, true, true, true // "couronnes" alone is any crown: "54 milliards de couronnes", SEK54 billion
				}
			}
		}
	}
	return out, named
}

// addedCurrency: an English amount whose French figure had no currency
// is fine in the currency the source names or implies (euros by
// default), and an error in any other ("des millions" -> "multi-million
// pound" in a story about the USA).
func (r *check) addedCurrency(s, t Mention, v verdict) verdict {
	if v.kind != "unit" || t.Kind != Money || s.Kind == Money || r.currencies[t.Unit] {
		return v
	}
	if (strings.Contains(t.Raw, "$") && !strings.Contains(t.Raw, "US$") || plainDollars(t.Raw)) && (r.currencies["CAD"] || r.currencies["AUD"]) {
		return verdict{ok: true} // "les contribuables canadiens paieront 42,1 milliards": "$42.1 billion", the dollar the source implies
	}
	if !r.currencyCue && isDollar(t.Unit) {
		// "42 milliards" in a debate of a parliament that counts in
		// dollars: no word of the source names a currency, so the dollar
		// the English gives may be the one its reader knows (a pound in a
		// story about Lyon stays an error)
		return verdict{true, "unit", Warning, "N6", "the source names no currency; the translation gives " + t.Unit + ": check it"}
	}
	return verdict{true, "unit", Error, "N6", "the translation adds a currency (" + t.Unit + ") the source does not name"}
}

// plainDollars: the amount says "dollars" with no country, as "a billion
// dollars more" for "un milliard de plus" in a Canadian debate.
func plainDollars(raw string) bool {
	words := strings.Fields(strings.ToLower(raw))
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, "dollar") }) &&
		!slices.ContainsFunc(words, func(w string) bool { return w == "us" || w == "u.s." || w == "american" })
}
