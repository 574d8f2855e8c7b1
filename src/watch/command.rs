//! Action commands (`restart_cmd_when_*_changed`): children the loop reaps without
//! blocking; their combined output is read from a non-blocking pipe in the poll set and
//! logged line by line to the main log (bounded).

use std::io::Read;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};

/// Longest output line kept; the rest of a longer line is cut.
const LINE_MAX: usize = 4096;
/// Most output lines logged per command.
const LINES_MAX: usize = 200;

/// A running action command.
#[derive(Debug)]
pub struct Running {
    pub pid: i32,
    /// What the log lines name (`program 'web': restart_cmd_when_file_changed`).
    pub label: String,
    /// The read end of its stdout+stderr until EOF.
    out: Option<OwnedFd>,
    partial: Vec<u8>,
    lines: usize,
}

/// Starts `argv` with stdin from /dev/null and stdout+stderr into one pipe.
pub fn start(argv: &[String], label: String) -> std::io::Result<Running> {
    let Some((prog, args)) = argv.split_first() else {
        return Err(std::io::Error::other("empty command"));
    };
    use nix::fcntl::{fcntl, FcntlArg, OFlag};
    let (rd, wr) = nix::unistd::pipe2(OFlag::O_CLOEXEC).map_err(std::io::Error::from)?;
    // Only our end is non-blocking: a writer must block on a full pipe, not see EAGAIN.
    fcntl(&rd, FcntlArg::F_SETFL(OFlag::O_NONBLOCK)).map_err(std::io::Error::from)?;
    let wr2 = wr.try_clone()?;
    let mut cmd = Command::new(prog);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::from(wr))
        .stderr(Stdio::from(wr2));
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            // Its own process group, and the signal mask and dispositions a child expects.
            nix::libc::setpgid(0, 0);
            let mut set: nix::libc::sigset_t = std::mem::zeroed();
            nix::libc::sigemptyset(&mut set);
            nix::libc::pthread_sigmask(nix::libc::SIG_SETMASK, &set, std::ptr::null_mut());
            nix::libc::signal(nix::libc::SIGPIPE, nix::libc::SIG_DFL);
            Ok(())
        });
    }
    let child = cmd.spawn()?;
    drop(cmd); // closes our copies of the write ends
    Ok(Running {
        pid: child.id() as i32,
        label,
        out: Some(rd),
        partial: Vec::new(),
        lines: 0,
    })
}

impl Running {
    /// The pipe while it is open.
    pub fn fd(&self) -> Option<RawFd> {
        self.out.as_ref().map(|f| f.as_raw_fd())
    }

    /// Reads what the pipe has (bounded by the pipe's size); returns complete lines to log.
    pub fn read(&mut self) -> Vec<String> {
        let mut out = Vec::new();
        let Some(fd) = self.out.take() else {
            return out;
        };
        let mut file = std::fs::File::from(fd);
        let mut buf = [0u8; 8192];
        let mut open = true;
        for _ in 0..16 {
            match file.read(&mut buf) {
                Ok(0) => {
                    open = false;
                    break;
                }
                Ok(n) => self.feed(&buf[..n], &mut out),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => break,
                Err(_) => {
                    open = false;
                    break;
                }
            }
        }
        if open {
            self.out = Some(OwnedFd::from(file));
        } else if !self.partial.is_empty() {
            let rest = std::mem::take(&mut self.partial);
            self.push(&rest, &mut out);
        }
        out
    }

    fn feed(&mut self, data: &[u8], out: &mut Vec<String>) {
        for &b in data {
            if b == b'\n' {
                let line = std::mem::take(&mut self.partial);
                self.push(&line, out);
            } else if self.partial.len() < LINE_MAX {
                self.partial.push(b);
            }
        }
    }

    fn push(&mut self, line: &[u8], out: &mut Vec<String>) {
        self.lines += 1;
        if self.lines <= LINES_MAX {
            out.push(format!(
                "{} output: {}",
                self.label,
                String::from_utf8_lossy(line)
            ));
        } else if self.lines == LINES_MAX + 1 {
            out.push(format!("{} output: (more lines not logged)", self.label));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_cut_and_counted() {
        let mut r = Running {
            pid: 0,
            label: "x".into(),
            out: None,
            partial: Vec::new(),
            lines: 0,
        };
        let mut out = Vec::new();
        r.feed(b"one\ntw", &mut out);
        r.feed(b"o\n", &mut out);
        assert_eq!(out, ["x output: one", "x output: two"]);
        let long = vec![b'a'; LINE_MAX * 2];
        out.clear();
        r.feed(&long, &mut out);
        r.feed(b"\n", &mut out);
        assert_eq!(out[0].len(), "x output: ".len() + LINE_MAX);
        out.clear();
        for _ in 0..LINES_MAX + 5 {
            r.feed(b"l\n", &mut out);
        }
        assert!(out.len() <= LINES_MAX);
        assert!(out.last().unwrap().contains("more lines not logged"));
    }
}
