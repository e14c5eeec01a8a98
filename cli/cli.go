// Package cli is the command line of shared/cli-contract.md. Each subcommand
// parses its flags, calls the same store/printing/sync operations the GUI
// calls, and prints Chinese messages (or --json with English keys).
package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"trainingdesk/printing"
	"trainingdesk/store"
	"trainingdesk/training"
)

// env is what a subcommand runs with.
type env struct {
	dataDir string
	out     io.Writer
	errw    io.Writer
}

// exitError carries a specific exit code (verify uses 2 for revoked).
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }

type command struct {
	usage string
	run   func(e *env, args []string) error
}

// commands maps "word" or "word sub" to its handler. Later issues add theirs
// in init functions of their own files.
var commands = map[string]command{}

func register(name, usage string, run func(e *env, args []string) error) {
	commands[name] = command{usage: usage, run: run}
}

// IsCommand reports whether args name a subcommand (else the GUI opens).
func IsCommand(args []string) bool {
	rest, _ := splitDataFlag(args)
	if len(rest) == 0 {
		return false
	}
	_, _, ok := lookup(rest)
	return ok || !strings.HasPrefix(rest[0], "-")
}

func lookup(args []string) (command, []string, bool) {
	if len(args) >= 2 {
		if c, ok := commands[args[0]+" "+args[1]]; ok {
			return c, args[2:], true
		}
	}
	if len(args) >= 1 {
		if c, ok := commands[args[0]]; ok {
			return c, args[1:], true
		}
	}
	return command{}, nil, false
}

// Run executes one subcommand and returns the process exit code.
func Run(args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "内部错误：%v（已保存的数据不受影响）\n", r)
			code = 3
		}
	}()
	rest, dir := splitDataFlag(args)
	if strings.TrimSpace(dir) == "" {
		fmt.Fprintln(stderr, errEmptyData)
		return 2
	}
	c, cargs, ok := lookup(rest)
	if !ok {
		fmt.Fprintf(stderr, "未知命令：%s\n\n%s", strings.Join(rest, " "), Usage())
		return 2
	}
	printing.AddFontDir(filepath.Join(dir, "fonts")) // an institution's extra fonts for rare name characters
	e := &env{dataDir: dir, out: stdout, errw: stderr}
	err := c.run(e, cargs)
	var ee *exitError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprintln(stderr, "用法：trainingdesk "+c.usage)
		return 0
	case errors.As(err, &ee):
		if ee.err != nil && ee.err.Error() != "" {
			fmt.Fprintln(stderr, ee.err)
		}
		return ee.code
	default:
		fmt.Fprintln(stderr, "错误："+err.Error()+flagHint(c.usage, err))
		return 1
	}
}

// Usage lists every subcommand.
func Usage() string {
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("用法：trainingdesk [--data 目录] [命令]\n不带命令时打开图形界面（--demo：用演示数据）。命令：\n")
	for _, n := range names {
		fmt.Fprintf(&b, "  %s\n", commands[n].usage)
	}
	return b.String()
}

// splitDataFlag removes the global --data flag wherever it stands.
func splitDataFlag(args []string) (rest []string, dir string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case (a == "--data" || a == "-data") && i+1 < len(args):
			dir = args[i+1]
			i++
		case strings.HasPrefix(a, "--data="):
			dir = strings.TrimPrefix(a, "--data=")
		default:
			rest = append(rest, a)
		}
	}
	if dir == "" && !dataFlagGiven(args) {
		dir = DefaultDataDir()
	}
	return rest, dir
}

// errEmptyData: `--data ""` must not quietly mean the home data directory.
var errEmptyData = errors.New("--data 后面的数据目录为空：请给出一个目录，例如 --data D:\\培训数据；不写 --data 则用默认目录")

// DefaultDataDir is $TRAININGDESK_DATA, else the per-OS user data directory.
func DefaultDataDir() string {
	if d := os.Getenv("TRAININGDESK_DATA"); d != "" {
		return d
	}
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		if d := os.Getenv("APPDATA"); d != "" {
			return filepath.Join(d, "TrainingDesk")
		}
	case "darwin":
		return filepath.Join(home, "Library", "Application Support", "TrainingDesk")
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "trainingdesk")
	}
	return filepath.Join(home, ".local", "share", "trainingdesk")
}

// StoreOptions are how every face of the program opens the store: the OS
// keyring where one can answer, unless TRAININGDESK_NO_KEYRING is set.
func StoreOptions() store.Options {
	use := os.Getenv("TRAININGDESK_NO_KEYRING") == ""
	if runtime.GOOS == "linux" && os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		use = false // no secret service to ask; the key file is used
	}
	return store.Options{Keyring: use, Now: func() time.Time { return Clock() }}
}

// Clock is the one "now" of the command line: the store reads its today
// (class status, lessons held, at-risk) from it. Tests may replace it.
var Clock = time.Now

func (e *env) open() (*store.Store, error) {
	opts := StoreOptions()
	opts.OnUpgrade = func(notice string) { fmt.Fprintln(e.errw, notice) }
	s, err := store.Open(e.dataDir, opts)
	if err == nil && s.StartedAfresh() {
		fmt.Fprintln(e.errw, store.StartedAfreshNotice)
	}
	return s, err
}

// withStore opens the data directory for one command and closes it after.
func (e *env) withStore(fn func(s *store.Store) error) error {
	s, err := e.open()
	if err != nil {
		return err
	}
	defer s.Close()
	return fn(s)
}

// parse reads flags that may come before, between or after positional
// arguments, as clerks and scripts write them.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("参数有误：%v", err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func (e *env) json(v any) error {
	enc := json.NewEncoder(e.out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func (e *env) say(format string, args ...any) { fmt.Fprintf(e.out, format+"\n", args...) }

func need(name, value string) error {
	if strings.TrimSpace(value) == "" {
		return fmt.Errorf("缺少参数 %s", name)
	}
	return nil
}

func fail(code int, format string, args ...any) error {
	return &exitError{code: code, err: fmt.Errorf(format, args...)}
}

// withClassOutput is the whole of a command taking only --class C and
// -o FILE (sheets, samples, packages): parse, check -o, find the class.
func (e *env) withClassOutput(name string, args []string, fn func(s *store.Store, c training.Class, out string) error) error {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	class := fs.String("class", "", "")
	out := fs.String("o", "", "")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if err := need("-o", *out); err != nil {
		return err
	}
	return e.withClass(*class, func(s *store.Store, c training.Class) error { return fn(s, c, *out) })
}

// withClass opens the store and finds the class a --class flag names: the
// start of most commands.
func (e *env) withClass(code string, fn func(s *store.Store, c training.Class) error) error {
	if err := need("--class", code); err != nil {
		return err
	}
	return e.withStore(func(s *store.Store) error {
		c, err := s.ClassByCode(code)
		if err != nil {
			return err
		}
		return fn(s, c)
	})
}

// withTrainee opens the store and finds the trainee that --class and --id
// name (the identity number or the 学员编号).
func (e *env) withTrainee(code, id string, fn func(s *store.Store, c training.Class, tr training.Trainee) error) error {
	if err := need("--class", code); err != nil {
		return err
	}
	if err := need("--id", id); err != nil {
		return err
	}
	return e.withClass(code, func(s *store.Store, c training.Class) error {
		tr, err := s.FindTrainee(c.ID, id)
		if err != nil {
			return err
		}
		return fn(s, c, tr)
	})
}

// openInput opens the one file a command was given; what says what it is.
func openInput(pos []string, what string) (*os.File, error) {
	if len(pos) != 1 {
		return nil, fmt.Errorf("请给出一个%s", what)
	}
	f, err := os.Open(pos[0])
	if err != nil {
		return nil, fmt.Errorf("无法打开文件 %s：%v", pos[0], err)
	}
	return f, nil
}
