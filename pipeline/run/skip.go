package run

import (
	"bufio"
	"bytes"
	"os"

	"go.yaml.in/yaml/v3"
)

// stamp is what an output records about how it was made.
type stamp struct {
	SourceSHA256 string `yaml:"source_sha256"`
	Engine       string `yaml:"engine"`
	Model        string `yaml:"model"`
	PromptsHash  string `yaml:"prompts_hash"`
	Verification struct {
		Status string `yaml:"status"`
	} `yaml:"verification"`
}

// upToDate reports whether the Markdown at path was made from the same
// source bytes, engine, model and prompts, and passed verification; such
// an input need not be redone.
func upToDate(path string, want stamp) bool {
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	front, ok := frontMatter(b)
	if !ok {
		return false
	}
	var got stamp
	if yaml.Unmarshal(front, &got) != nil {
		return false
	}
	return got.SourceSHA256 == want.SourceSHA256 && got.Engine == want.Engine && got.Model == want.Model &&
		got.PromptsHash == want.PromptsHash && got.Verification.Status == "passed"
}

// frontMatter returns the YAML between the leading "---" lines.
func frontMatter(md []byte) ([]byte, bool) {
	sc := bufio.NewScanner(bytes.NewReader(md))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	if !sc.Scan() || sc.Text() != "---" {
		return nil, false
	}
	var out bytes.Buffer
	for sc.Scan() {
		if sc.Text() == "---" {
			return out.Bytes(), true
		}
		out.Write(sc.Bytes())
		out.WriteByte('\n')
	}
	return nil, false
}
