package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/testscript"

	"brief/internal/fakellm"
	"brief/internal/golden"
	"brief/pipeline/engine/apertium"
)

func TestMain(m *testing.M) {
	// Retries and rate limits wait on a fake clock: tests run instantly.
	testscript.Main(m, map[string]func(){"brief": func() { os.Exit(mainWith(instant{})) }})
}

// instant is a clock whose waits end at once.
type instant struct{}

func (instant) Now() time.Time                                   { return time.Now() }
func (instant) Sleep(ctx context.Context, _ time.Duration) error { return ctx.Err() }

// testSystem is an in-process run's system: no stdin, no terminal, the
// instant clock.
func testSystem(stdout, stderr io.Writer, getenv func(string) string) system {
	return system{stdin: strings.NewReader(""), stdout: stdout, stderr: stderr, getenv: getenv, clock: instant{}}
}

type serverKey struct{}

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		UpdateScripts:       golden.Update(),
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup: func(env *testscript.Env) error {
			if os.Getenv("CI") == "true" && apertium.Available() != nil {
				return errors.New("CI=true but apertium is not installed: .ci/run must install it (make deps)")
			}
			srv := fakellm.New() // one server per script: scripts run in parallel
			env.Defer(srv.Close)
			env.Values[serverKey{}] = srv
			env.Setenv("OPENAI_BASE_URL", srv.BaseURL())
			env.Setenv("OPENAI_API_KEY", fakellm.Token)
			env.Setenv("XDG_CACHE_HOME", env.WorkDir+"/.cache")
			env.Setenv("XDG_CONFIG_HOME", env.WorkDir+"/.config")
			env.Setenv("FAKE_KEY", fakellm.Token)
			env.Setenv("FAKE_ROOT", srv.URL) // without /v1, for Azure-style paths
			site, err := newNewsSite()       // a French news site on 127.0.0.1
			if err != nil {
				return err
			}
			env.Defer(site.Close)
			env.Values[newsKey{}] = site
			env.Setenv("NEWS", site.URL)
			return nil
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){"fakellm": fakellmCmd, "fakebatch": fakebatch,
			"news": newsCmd, "atom": atomCmd, "glob": globCmd, "repofile": repofile,
			"cmpbriefing": cmpBriefing},
		Condition: condition,
	})
}

// condition adds [apertium]: true when the offline engine is installed,
// and [root]: true when running as root (file permissions do not apply).
func condition(cond string) (bool, error) {
	switch cond {
	case "apertium":
		return apertium.Available() == nil, nil
	case "root":
		return os.Geteuid() == 0, nil
	}
	return false, fmt.Errorf("unknown condition %q", cond)
}

// repofile copies files of the project (paths relative to its top) into
// the script's folder, for scripts about the files a clone ships with
// (.env.example, the sample article):
//
//	repofile .env.example seeds/000_7f15cc14b7c1e000.txt
func repofile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: repofile PATH...")
	}
	for _, p := range args {
		b, err := os.ReadFile(p)
		ts.Check(err)
		dst := ts.MkAbs(p)
		ts.Check(os.MkdirAll(filepath.Dir(dst), 0o755))
		ts.Check(os.WriteFile(dst, b, 0o644))
	}
}

// cmpBriefing compares two briefings but for their cost_usd line, which a
// batch run prices lower (batch tokens cost half):
//
//	cmpbriefing batched/a.md plain/a.md
func cmpBriefing(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: cmpbriefing FILE1 FILE2")
	}
	cost := regexp.MustCompile(`(?m)^cost_usd: .*\n`)
	a := cost.ReplaceAllString(ts.ReadFile(args[0]), "")
	b := cost.ReplaceAllString(ts.ReadFile(args[1]), "")
	if a != b {
		ts.Fatalf("%s and %s differ beyond cost_usd:\n%s", args[0], args[1], cmp.Diff(a, b))
	}
}

// fakellmCmd scripts the fake server from a test script:
//
//	fakellm fail N STATUS [RETRY_AFTER]   next N requests fail
//	fakellm corrupt-figures               every translation changes 500 into 600
//	fakellm corrupt-once                  the first translation changes 500 into 600
//	fakellm echo-key                      401 messages echo the key received
//	fakellm requests                      print the number of chat requests
//	fakellm delay DURATION                delay every answer
//	fakellm fault NAME [N]                next N replies (default 1; 0: all) are
//	                                      quota|ratelimit|contextsize|garbage|
//	                                      empty|length|refusal|hang|reset
//	fakellm fail-after N STATUS           the server dies after N answers
//	fakellm heal                          stop fail-after
//	fakellm server ARGS...                llama.cpp-like settings (fakeServer)
//	fakellm no-max-tokens                 print the chat requests without max_tokens
func fakellmCmd(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("fakellm does not support !")
	}
	srv := ts.Value(serverKey{}).(*fakellm.Server)
	if len(args) == 0 {
		ts.Fatalf("usage: fakellm CMD ...")
	}
	switch args[0] {
	case "fail":
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		status, err := strconv.Atoi(args[2])
		ts.Check(err)
		retry := ""
		if len(args) > 3 {
			retry = args[3]
		}
		srv.FailNext(n, status, retry)
	case "corrupt-figures":
		srv.SetReply(corrupt(-1))
	case "corrupt-once":
		srv.SetReply(corrupt(1))
	case "echo-key":
		srv.EchoKeyIn401()
	case "requests":
		fmt.Fprintf(ts.Stdout(), "%d\n", len(srv.ChatRequests()))
	case "delay":
		d, err := time.ParseDuration(args[1])
		ts.Check(err)
		srv.SetDelay(d)
	case "fault":
		fakeFault(ts, srv, args[1:])
	case "fail-after":
		n, err := strconv.Atoi(args[1])
		ts.Check(err)
		status, err := strconv.Atoi(args[2])
		ts.Check(err)
		srv.FailAfter(n, fakellm.Reply{Status: status})
	case "heal":
		srv.Heal()
	case "server":
		fakeServer(ts, srv, args[1:])
	case "no-max-tokens":
		n := 0
		for _, r := range srv.ChatRequests() {
			if r.MaxTokens() <= 0 && r.Chat.MaxCompletionTokens <= 0 {
				n++
			}
		}
		fmt.Fprintf(ts.Stdout(), "%d\n", n)
	default:
		ts.Fatalf("unknown fakellm command %q", args[0])
	}
}

// corrupt returns a reply function that turns "500" into "600" in the
// first n translations that contain it (n < 0: all of them).
func corrupt(n int) func(fakellm.Request) fakellm.Reply {
	left := n
	return func(req fakellm.Request) fakellm.Reply {
		rep := fakellm.DefaultReply(req)
		if req.IsSummary() || left == 0 {
			return rep
		}
		if c := replaceWord(rep.Content, "500", "600"); c != rep.Content {
			rep.Content = c
			left--
		}
		return rep
	}
}

var faults = map[string]fakellm.Reply{
	"quota": fakellm.Quota, "ratelimit": fakellm.RateLimited, "contextsize": fakellm.ContextSize,
	"garbage": fakellm.Garbage, "empty": fakellm.Empty, "length": fakellm.Length, "refusal": fakellm.Refusal,
	"hang": fakellm.Hang, "reset": fakellm.Reset,
	"hostile": fakellm.Hostile, "proxy-page": fakellm.ProxyPage, "echo-auth-400": fakellm.EchoAuth400,
	"echo-key-reply": {EchoAuth: true}, "context500": fakellm.ContextShift500, "prompt-too-big": fakellm.PromptTooBig500,
}

// fakeServer sets what a real server would be started with:
//
//	fakellm server props PATH NCTX       GET /props like llama.cpp
//	fakellm server context N shift|off   an N-token context (silent cut, or 400)
//	fakellm server reply-cap N           replies stop at N tokens (llama.cpp -n)
//	fakellm server models NAME...        only these models (404 for others)
//	fakellm server identity MODEL FP     replies name MODEL with fingerprint FP
//	fakellm server leave-french I        paragraph I of each translation stays French
//	fakellm server made-up               translations of made-up words
//	fakellm server healthy               the default replies again
//	fakellm server any-key               any key is accepted (llama.cpp without --api-key)
func fakeServer(ts *testscript.TestScript, srv *fakellm.Server, args []string) {
	num := func(s string) int {
		n, err := strconv.Atoi(s)
		ts.Check(err)
		return n
	}
	switch args[0] {
	case "props":
		srv.SetProps(&fakellm.Props{ModelPath: args[1], NCtx: num(args[2]), BuildInfo: "b0-fake"})
	case "context":
		srv.SetContext(num(args[1]), args[2] == "shift")
	case "reply-cap":
		srv.SetReplyCap(num(args[1]))
	case "models":
		srv.OnlyModels(args[1:]...)
	case "identity":
		srv.SetIdentity(args[1], args[2])
	case "leave-french":
		srv.SetReply(fakellm.LeaveFrench(num(args[1])))
	case "made-up":
		srv.SetReply(fakellm.MadeUp)
	case "healthy":
		srv.SetReply(fakellm.DefaultReply)
	case "any-key":
		srv.AcceptAnyKey()
	default:
		ts.Fatalf("unknown fakellm server setting %q", args[0])
	}
}

func fakeFault(ts *testscript.TestScript, srv *fakellm.Server, args []string) {
	rep, ok := faults[args[0]]
	if !ok {
		ts.Fatalf("unknown fault %q", args[0])
	}
	n := 1
	if len(args) > 1 {
		var err error
		n, err = strconv.Atoi(args[1])
		ts.Check(err)
	}
	if n == 0 {
		srv.SetReply(func(fakellm.Request) fakellm.Reply { return rep })
		return
	}
	for i := 0; i < n; i++ {
		srv.Script(rep)
	}
}
