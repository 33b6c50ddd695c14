package clock

import (
	"context"
	"errors"
	"testing"
	"time"
)

// A real sleep ends early, with the context's error, when it is cancelled.
func TestReal_SleepCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (Real{}).Sleep(ctx, time.Hour); !errors.Is(err, context.Canceled) {
		t.Errorf("Sleep on a cancelled context = %v, want context.Canceled", err)
	}
	if err := (Real{}).Sleep(context.Background(), 0); err != nil {
		t.Errorf("Sleep(0) = %v", err)
	}
	if _, ok := Or(nil).(Real); !ok {
		t.Error("Or(nil) is not the real clock")
	}
}
