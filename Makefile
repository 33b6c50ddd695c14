# brief: `make run` translates seeds/ into out/; `make test` runs every test.
GO ?= go
BIN := bin/brief
APERTIUM_PKGS := apertium apertium-fr-es apertium-eng-spa

.PHONY: run test build deps apertium vet lint fmt fuzz clean

run: build apertium
	$(BIN) translate seeds/

build:
	$(GO) build -o $(BIN) .

# deps installs everything the tests need: Go modules and the offline engine.
deps: apertium
	$(GO) mod download

test: deps
	$(GO) vet ./...
	$(GO) test -count=1 ./...

# apertium installs the offline engine's Debian packages when its two modes
# (fr-es, spa-eng) are missing and apt-get is available (as root, or through
# sudo). A failed install only warns: an OpenAI-compatible API may be configured.
# apt runs non-interactively (through env, since sudo drops the variables
# set before it) and its output, debconf's notices included, is shown only
# when it fails.
APT := env DEBIAN_FRONTEND=noninteractive apt-get -qq -o=Dpkg::Use-Pty=0
apertium:
	@if command -v apertium >/dev/null 2>&1 && apertium -l 2>/dev/null | grep -qxE '[[:space:]]*fr-es' \
		&& apertium -l 2>/dev/null | grep -qxE '[[:space:]]*spa-eng'; then :; \
	elif command -v apt-get >/dev/null 2>&1 && { [ "$$(id -u)" = 0 ] || command -v sudo >/dev/null 2>&1; }; then \
		SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		echo "installing $(APERTIUM_PKGS)"; log=$$(mktemp); \
		if $$SUDO $(APT) update >"$$log" 2>&1 && $$SUDO $(APT) install -y $(APERTIUM_PKGS) >>"$$log" 2>&1; then rm -f "$$log"; \
		else cat "$$log"; rm -f "$$log"; echo "warning: could not install $(APERTIUM_PKGS); install them or configure OPENAI_BASE_URL"; fi; \
	else echo "apertium is missing and apt-get is not available; install $(APERTIUM_PKGS) or configure OPENAI_BASE_URL"; fi

vet:
	$(GO) vet ./...

# lint runs staticcheck (fetched through the Go module proxy on first use).
lint: vet
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.7.0 ./...

fmt:
	gofmt -w $$(git ls-files '*.go')

# fuzz runs each fuzz target for FUZZTIME. make test runs only their seed
# corpora (testdata/fuzz and f.Add): fuzzing explores anew on every fresh
# machine, and a CI run must not depend on what it happens to find.
FUZZTIME ?= 1m
FUZZ_TARGETS := ./pipeline:FuzzRead ./pipeline:FuzzChunk ./pipeline:FuzzDecode \
	./pipeline/figures:FuzzExtract ./pipeline/figures:FuzzRoundTrip
fuzz:
	@for pt in $(FUZZ_TARGETS); do \
		pkg=$${pt%%:*}; t=$${pt##*:}; echo "$$pkg $$t"; \
		$(GO) test -run '^$$' -fuzz "^$$t\$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	done

clean:
	rm -rf bin
