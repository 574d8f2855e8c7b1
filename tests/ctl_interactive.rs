//! The real binary's interactive shell on a pseudo-terminal, as a user types at it: Tab
//! completes commands and process names (fetched from the daemon, `group:name` forms
//! included), Up recalls the last command, the history outlives the session in
//! `history_file` (or `-r FILE`), and Ctrl-C / Ctrl-D end the shell with exit status 0.

#[allow(dead_code, unused_imports)]
mod support;

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use nix::pty::{openpty, Winsize};
use supervisord::http::{self, HttpOptions};
use support::fake_loop::{fake_loop, unix_only};
use support::{temp_dir as scratch, wait_exit, wait_for};

const WAIT: Duration = Duration::from_secs(10);

/// `supervisord ctl ARGS` on a fresh pty: type with [`Shell::send`], read the screen with
/// [`Shell::text`].
struct Shell {
    child: Option<Child>,
    master: File,
    screen: Arc<Mutex<Vec<u8>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Shell {
    fn start(args: &[&str]) -> Shell {
        let size = Winsize {
            ws_row: 24,
            ws_col: 120,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let pty = openpty(Some(&size), None).expect("openpty");
        let slave = File::from(pty.slave);
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_supervisord"));
        cmd.arg("ctl")
            .args(args)
            .env("TERM", "xterm")
            .stdin(Stdio::from(slave.try_clone().expect("dup")))
            .stdout(Stdio::from(slave.try_clone().expect("dup")))
            .stderr(Stdio::from(slave));
        let child = cmd.spawn().expect("run supervisorctl");
        drop(cmd); // the parent's copies of the slave: EIO on the master once the child ends
        let master = File::from(pty.master);
        let mut from = master.try_clone().expect("dup master");
        let screen = Arc::new(Mutex::new(Vec::new()));
        let into = screen.clone();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = from.read(&mut buf) {
                if n == 0 {
                    break;
                }
                into.lock().expect("lock").extend_from_slice(&buf[..n]);
            }
        });
        Shell {
            child: Some(child),
            master,
            screen,
            reader: Some(reader),
        }
    }

    /// Everything shown so far, escape sequences and carriage returns removed.
    fn text(&self) -> String {
        plain(&String::from_utf8_lossy(&self.screen.lock().expect("lock")))
    }

    /// How much has been shown so far (to look only at what comes after).
    fn mark(&self) -> usize {
        self.text().len()
    }

    fn since(&self, mark: usize) -> String {
        self.text().get(mark..).unwrap_or_default().to_string()
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).expect("type");
    }

    /// Waits until what was shown after `mark` satisfies `cond`.
    fn expect(&self, mark: usize, what: &str, cond: impl Fn(&str) -> bool) {
        assert!(
            wait_for(WAIT, || cond(&self.since(mark))),
            "{what}: {:?}",
            self.since(mark)
        );
    }

    fn prompt_after(&self, mark: usize) {
        self.expect(mark, "no prompt", |t| t.ends_with("supervisor> "));
    }

    /// Waits until the screen ends with `tail` (the line being edited, after the cursor).
    fn shows(&self, tail: &str) {
        assert!(
            wait_for(WAIT, || self.text().ends_with(tail)),
            "expected {tail:?} at the end of {:?}",
            self.text()
        );
    }

    /// Waits for the shell to exit; its exit status and the whole screen.
    fn finish(mut self) -> (Option<i32>, String) {
        let status = wait_exit(&mut self.child, WAIT);
        if let Some(c) = self.child.as_mut() {
            let _ = c.kill();
            let _ = c.wait();
        }
        if let Some(r) = self.reader.take() {
            let _ = r.join();
        }
        (status.and_then(|s| s.code()), self.text())
    }
}

/// `s` without ANSI escape sequences and `\r`, with backspaces applied.
fn plain(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                if chars.next() == Some('[') {
                    for c in chars.by_ref() {
                        if ('@'..='~').contains(&c) {
                            break;
                        }
                    }
                }
            }
            '\r' | '\x07' => {}
            '\x08' => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// A fake daemon (processes `db`, `grp:w1`, `web`) on a unix socket in `dir`; its URL.
fn daemon(dir: &Path) -> (String, http::HttpThreads) {
    let (handle, _model) = fake_loop();
    let threads = http::spawn(&unix_only(dir), handle, HttpOptions::default()).expect("spawn");
    (format!("unix://{}", dir.join("s.sock").display()), threads)
}

#[test]
fn tab_completes_commands_and_process_names_from_the_daemon() {
    let dir = scratch("ctl-tty-tab");
    let (url, _threads) = daemon(&dir);
    let mut sh = Shell::start(&["-s", &url]);
    sh.prompt_after(0);

    // "sta" + Tab: ambiguous (start, status): the common prefix, then "tu" + Tab: "status ".
    // "gr" + Tab: grp:* and grp:w1 share "grp:"; "w" + Tab: "grp:w1 ".
    let m = sh.mark();
    sh.send("sta\t");
    sh.shows("supervisor> sta");
    sh.send("tu\t");
    sh.shows("supervisor> status ");
    sh.send("gr\t");
    sh.shows("supervisor> status grp:");
    // A second Tab lists the candidates, as readline does.
    sh.send("\t");
    sh.expect(m, "no list", |t| {
        t.contains("grp:* ") && t.contains("grp:w1")
    });
    sh.send("w\t");
    sh.shows("supervisor> status grp:w1 ");
    let m = sh.mark();
    sh.send("\r");
    sh.prompt_after(m);
    let out = sh.since(m);
    let lines: Vec<&str> = out.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 2, "{out:?}");
    assert!(
        lines[0].starts_with("grp:w1") && lines[0].contains("RUNNING"),
        "{out:?}"
    );

    // A process alone in its group completes by its name.
    sh.send("stop d\t");
    sh.shows("supervisor> stop db ");

    // Ctrl-C at the prompt: the line ends, exit status 0 (Python's KeyboardInterrupt).
    sh.send("\x03");
    let (code, screen) = sh.finish();
    assert_eq!(code, Some(0));
    assert!(screen.ends_with("supervisor> stop db \n"), "{screen:?}");
}

#[test]
fn up_recalls_and_history_outlives_the_session() {
    let dir = scratch("ctl-tty-hist");
    let (url, _threads) = daemon(&dir);
    let conf = dir.join("ctl.conf");
    std::fs::write(
        &conf,
        format!("[supervisorctl]\nserverurl = {url}\nhistory_file = %(here)s/history\n"),
    )
    .expect("write config");
    let help_stop = "stop <name>\t\tStop a process";

    let mut sh = Shell::start(&["-c", conf.to_str().expect("utf-8")]);
    sh.prompt_after(0);
    let m = sh.mark();
    sh.send("help stop\r");
    sh.prompt_after(m);
    assert!(sh.since(m).contains(help_stop), "{:?}", sh.since(m));
    // Up brings the line back; Enter runs it again.
    let m = sh.mark();
    sh.send("\x1b[A");
    sh.shows("supervisor> help stop");
    sh.send("\r");
    sh.prompt_after(m);
    assert!(sh.since(m).contains(help_stop), "{:?}", sh.since(m));
    // Ctrl-D on an empty line ends the shell (one line end, as Python's `do_EOF`).
    sh.send("\x04");
    let (code, screen) = sh.finish();
    assert_eq!(code, Some(0));
    assert!(
        screen.ends_with("Stop all processes\nsupervisor> \n"),
        "{screen:?}"
    );
    let saved = std::fs::read_to_string(dir.join("history")).expect("history file");
    assert_eq!(saved, "help stop\n");

    // A new session starts with that history.
    let mut sh = Shell::start(&["-c", conf.to_str().expect("utf-8")]);
    sh.prompt_after(0);
    let m = sh.mark();
    sh.send("\x1b[A");
    sh.shows("supervisor> help stop");
    sh.send("\r");
    sh.prompt_after(m);
    assert!(sh.since(m).contains(help_stop), "{:?}", sh.since(m));
    let m = sh.mark();
    sh.send("version\r");
    sh.prompt_after(m);
    sh.send("quit\r");
    assert_eq!(sh.finish().0, Some(0));
    let saved = std::fs::read_to_string(dir.join("history")).expect("history file");
    assert_eq!(saved, "help stop\nversion\nquit\n");

    // `-r FILE` names the history file too (and wins over history_file=).
    let other = dir.join("other-history");
    let mut sh = Shell::start(&[
        "-c",
        conf.to_str().expect("utf-8"),
        "-r",
        other.to_str().expect("utf-8"),
    ]);
    sh.prompt_after(0);
    let m = sh.mark();
    sh.send("\x1b[A");
    sh.send("avail\r");
    sh.prompt_after(m);
    sh.send("\x03");
    assert_eq!(sh.finish().0, Some(0));
    assert_eq!(
        std::fs::read_to_string(&other).expect("-r history file"),
        "avail\n"
    );
}
