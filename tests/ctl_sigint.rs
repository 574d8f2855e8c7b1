//! Ctrl-C in supervisorctl like Python's KeyboardInterrupt: during `tail -f` it ends the stream
//! (an empty line, back to the caller, exit status unchanged); at the interactive prompt it
//! ends the shell (an empty line, exit 0). Its own test binary because it sends SIGINT to
//! the whole test process.

#[allow(dead_code, unused_imports)]
mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use supervisord::http::{self, HttpOptions};
use support::fake_loop::fake_loop;
use support::{temp_dir as scratch, wait_exit, wait_for};

/// A writer shared with the test thread.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("lock").extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn ctrl_c_ends_tail_follow_with_an_empty_line() {
    let dir = scratch("sigint");
    let (handle, model) = fake_loop();
    let servers = support::fake_loop::unix_only(&dir);
    let _threads = http::spawn(&servers, handle, HttpOptions::default()).expect("spawn");
    model.append_log("web/stdout", "first\n");
    let url = format!("unix://{}", dir.join("s.sock").display());
    let out = Shared::default();
    let out2 = out.clone();
    let ctl = std::thread::spawn(move || {
        let args: Vec<String> = ["-s", &url, "tail", "-f", "web"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let (mut o, mut err, mut input) = (out2, Vec::new(), std::io::empty());
        supervisord::ctl::run_with(&args, "supervisorctl", &mut input, &mut o, &mut err)
    });
    let text = || String::from_utf8_lossy(&out.0.lock().expect("lock")).into_owned();
    assert!(
        wait_for(Duration::from_secs(10), || text().contains("first\n")),
        "tail -f never started: {:?}",
        text()
    );
    nix::sys::signal::kill(nix::unistd::getpid(), nix::sys::signal::Signal::SIGINT).expect("kill");
    assert!(
        wait_for(Duration::from_secs(5), || ctl.is_finished()),
        "tail -f ignored Ctrl-C"
    );
    assert_eq!(ctl.join().expect("join"), 0);
    assert_eq!(text(), "==> Press Ctrl-C to exit <==\nfirst\n\n");
}

/// The real binary's interactive shell, Ctrl-C at its prompt. Python's supervisorctl 4.3.0
/// does this: `unix:///…/none.sock no such file\nsupervisor> \n`, exit status 0.
#[test]
fn ctrl_c_at_the_interactive_prompt_ends_the_shell_with_0() {
    use std::io::Read;
    use std::process::{Command, Stdio};

    let dir = scratch("sigint-shell");
    let url = format!("unix://{}", dir.join("none.sock").display());
    let mut child = Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .args(["ctl", "-s", &url])
        .stdin(Stdio::piped()) // held open: EOF would end the shell by itself
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("run supervisorctl");
    let pid = nix::unistd::Pid::from_raw(child.id() as i32);
    let mut stdout = child.stdout.take().expect("stdout");
    let mut child = Some(child);
    let out = Shared::default();
    let mut out2 = out.clone();
    let reader = std::thread::spawn(move || {
        let mut buf = [0u8; 512];
        while let Ok(n) = stdout.read(&mut buf) {
            if n == 0 {
                break;
            }
            out2.write_all(&buf[..n]).expect("collect");
        }
    });
    let text = || String::from_utf8_lossy(&out.0.lock().expect("lock")).into_owned();
    assert!(
        wait_for(std::time::Duration::from_secs(10), || text()
            .ends_with("supervisor> ")),
        "no prompt: {:?}",
        text()
    );
    nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGINT).expect("kill");
    let Some(status) = wait_exit(&mut child, std::time::Duration::from_secs(5)) else {
        if let Some(c) = child.as_mut() {
            let _ = c.kill();
        }
        panic!("the shell ignored Ctrl-C");
    };
    reader.join().expect("reader");
    assert_eq!(status.code(), Some(0), "{status:?}");
    assert_eq!(text(), format!("{url} no such file\nsupervisor> \n"));
}
