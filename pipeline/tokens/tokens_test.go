package tokens

import "testing"

func TestEncodingName(t *testing.T) {
	for model, want := range map[string]string{
		"gpt-4o-mini":   "o200k_base",
		"gpt-4":         "cl100k_base",
		"gpt-3.5-turbo": "cl100k_base",
		"llama3.1:8b":   Fallback,
		"mistral-small": Fallback,
		"":              Fallback,
	} {
		if got := EncodingName(model); got != want {
			t.Errorf("EncodingName(%q) = %q, want %q", model, got, want)
		}
	}
}

// The ranks are embedded: loading works without any network and counts
// French text.
func TestLoadOffline(t *testing.T) {
	t.Setenv("TIKTOKEN_CACHE_DIR", t.TempDir())
	for _, model := range []string{"gpt-4o-mini", "llama3.1:8b"} {
		e, err := ForModel(model)
		if err != nil {
			t.Fatal(err)
		}
		if n := e.Count("L’Otan passera de 500 à 4\u00a0000 personnes."); n < 8 || n > 30 {
			t.Errorf("%s: %d tokens for a short French sentence", model, n)
		}
	}
}
