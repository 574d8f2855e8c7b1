//! The loop's interest set: an epoll instance, level-triggered, kept in step with the
//! descriptors the loop wants each pass, so one wait costs O(ready descriptors) in the
//! kernel instead of O(every descriptor) as `ppoll` does.
//!
//! Two kinds of entries:
//! - kept ([`PollSet::keep`]): long-lived descriptors (output pipes, the signal and control
//!   pipes, the timer) stay registered across passes. Each comes with a key naming its open
//!   file (a pipe's spawn serial and stream): the same fd number with another key is a new
//!   file (a closed pipe's number reused by a respawn), so the old registration is dropped
//!   and the new file added. A kept entry not asked for again in a pass is removed before
//!   the next wait. A held entry ([`PollSet::hold`]: output pipes, thousands of them)
//!   stays without being asked for again, until [`PollSet::release`]; the loop updates
//!   only the changed processes' pipes (`pipe_regs.rs`).
//! - once ([`PollSet::once`]): short-lived descriptors (probes, stdin with bytes waiting,
//!   watcher commands) are added for one wait and removed right after it, as `ppoll` would
//!   look at them.
//!
//! Every registration carries a stamp of its own in the event data: an event whose stamp is
//! not the fd's current one comes from a registration the set already dropped (its file
//! still open somewhere else, a forked child before its exec) and is ignored.

use std::os::fd::{BorrowedFd, RawFd};

use nix::errno::Errno;
use nix::poll::PollFlags;
use nix::sys::epoll::{Epoll, EpollCreateFlags, EpollEvent, EpollFlags, EpollTimeout};

/// Readiness that is reported whatever was asked for (as `ppoll` does).
const ALWAYS: EpollFlags = EpollFlags::EPOLLERR.union(EpollFlags::EPOLLHUP);

/// One kept registration, at index fd of [`PollSet::kept`].
#[derive(Clone, Copy)]
struct Kept<T> {
    key: u64,
    events: EpollFlags,
    token: T,
    stamp: u32,
    /// The pass that last asked for it; `HELD` for a held one.
    pass: u64,
}

/// The pass of a held entry ([`PollSet::hold`]): never swept.
const HELD: u64 = u64::MAX;

/// One descriptor watched for a single wait.
struct Once<T> {
    fd: RawFd,
    events: EpollFlags,
    token: T,
}

/// An epoll interest set reporting a `T` for each ready descriptor.
pub struct PollSet<T: Copy> {
    ep: Epoll,
    /// Indexed by fd number.
    kept: Vec<Option<Kept<T>>>,
    /// How many `kept` slots are `Some`.
    kept_len: usize,
    /// The fds asked for with `keep` (per pass): the sweep looks at these only.
    passing: Vec<RawFd>,
    once: Vec<Once<T>>,
    /// Stamps of the current once-registrations, by fd (those not also kept).
    once_stamps: Vec<(RawFd, u32)>,
    pass: u64,
    stamps: u32,
    events: Vec<EpollEvent>,
    /// Tokens of descriptors epoll refused (a regular file, say): reported ready by the
    /// next wait, which does not block, as `ppoll` reports such a descriptor.
    refused: Vec<T>,
}

impl<T: Copy> PollSet<T> {
    pub fn new() -> nix::Result<PollSet<T>> {
        Ok(PollSet {
            ep: Epoll::new(EpollCreateFlags::EPOLL_CLOEXEC)?,
            kept: Vec::new(),
            kept_len: 0,
            passing: Vec::new(),
            once: Vec::new(),
            once_stamps: Vec::new(),
            pass: 1,
            stamps: 0,
            events: Vec::new(),
            refused: Vec::new(),
        })
    }

    /// Wants `fd` (the open file `key` names) watched for `events` in this pass and the
    /// next ones, reported as `token`.
    pub fn keep(&mut self, fd: BorrowedFd<'_>, key: u64, events: PollFlags, token: T) {
        let pass = self.pass;
        if self.put(fd, key, events, token, pass) {
            self.passing.push(raw(fd));
        }
    }

    /// Wants `fd` (the open file `key` names) watched for `events` until [`Self::release`]
    /// (or a `hold` or `keep` of another file at its number), reported as `token`. No
    /// per-pass cost: for the many long-lived descriptors (output pipes).
    pub fn hold(&mut self, fd: BorrowedFd<'_>, key: u64, events: PollFlags, token: T) {
        self.put(fd, key, events, token, HELD);
    }

    /// Drops the held entry of `fd` if it is still the file `key` names (the fd may be
    /// closed already, or its number taken by another file).
    pub fn release(&mut self, fd: RawFd, key: u64) {
        let Ok(at) = usize::try_from(fd) else {
            return;
        };
        if let Some(slot) = self
            .kept
            .get_mut(at)
            .filter(|s| s.is_some_and(|k| k.key == key))
        {
            *slot = None;
            self.kept_len -= 1;
            let _ = epoll_ctl_del(&self.ep, fd);
        }
    }

    /// Registers or refreshes a kept entry for pass `pass`; false if epoll refused `fd`.
    fn put(
        &mut self,
        fd: BorrowedFd<'_>,
        key: u64,
        events: PollFlags,
        token: T,
        pass: u64,
    ) -> bool {
        let raw = raw(fd);
        let Ok(at) = usize::try_from(raw) else {
            return false;
        };
        if self.kept.len() <= at {
            self.kept.resize(at + 1, None);
        }
        let events = epoll_flags(events);
        match &mut self.kept[at] {
            Some(k) if k.key == key && k.events == events => {
                k.token = token;
                k.pass = pass;
                return true;
            }
            Some(k) if k.key == key => {
                // Same file, other events.
                let ev = EpollEvent::new(events, data(raw, k.stamp));
                if self.ep.modify(fd, &mut { ev }).is_ok() {
                    *k = Kept {
                        events,
                        token,
                        pass,
                        ..*k
                    };
                    return true;
                }
            }
            _ => {}
        }
        // A new file at this number (or a failed change): drop what was there, add it.
        if self.kept[at].take().is_some() {
            self.kept_len -= 1;
            let _ = self.ep.delete(fd); // ENOENT when the old file is already gone
        }
        let stamp = self.stamp();
        if self.add(fd, events, stamp) {
            self.kept[at] = Some(Kept {
                key,
                events,
                token,
                stamp,
                pass,
            });
            self.kept_len += 1;
            true
        } else {
            self.refused.push(token);
            false
        }
    }

    /// Wants `fd` watched for `events` in the next wait only, reported as `token`.
    pub fn once(&mut self, fd: BorrowedFd<'_>, events: PollFlags, token: T) {
        self.once.push(Once {
            fd: raw(fd),
            events: epoll_flags(events),
            token,
        });
    }

    /// Drops the kept entries not asked for in this pass, registers the once-entries,
    /// waits (`timeout` None: until something is ready) and calls `found` with the token
    /// of each ready descriptor. An interrupted wait reports nothing.
    pub fn wait(
        &mut self,
        timeout: Option<std::time::Duration>,
        mut found: impl FnMut(T),
    ) -> nix::Result<()> {
        self.sweep();
        self.register_once();
        let want = (self.kept_len + self.once_stamps.len()).max(16);
        self.events.resize(want, EpollEvent::empty());
        let timeout = match timeout {
            _ if !self.refused.is_empty() => EpollTimeout::ZERO,
            None => EpollTimeout::NONE,
            // Rounded up: waking early would re-arm the same wait.
            Some(d) => EpollTimeout::try_from(d.as_nanos().div_ceil(1_000_000))
                .unwrap_or(EpollTimeout::MAX),
        };
        let n = match self.ep.wait(&mut self.events, timeout) {
            Ok(n) => n,
            Err(Errno::EINTR) => 0,
            Err(e) => {
                self.unregister_once();
                self.refused.clear();
                return Err(e);
            }
        };
        for token in self.refused.drain(..) {
            found(token);
        }
        for ev in &self.events[..n] {
            let (fd, stamp) = (ev.data() as u32 as RawFd, (ev.data() >> 32) as u32);
            let got = ev.events();
            if let Some(k) = self.kept_at(fd).filter(|k| k.stamp == stamp) {
                if got.intersects(k.events | ALWAYS) {
                    found(k.token);
                }
            } else if self
                .once_stamps
                .binary_search_by_key(&fd, |s| s.0)
                .map_or(true, |at| self.once_stamps[at].1 != stamp)
            {
                continue; // a dropped registration
            }
            for o in self.once_of(fd) {
                if got.intersects(o.events | ALWAYS) {
                    found(o.token);
                }
            }
        }
        self.unregister_once();
        Ok(())
    }

    /// Removes the kept entries this pass did not ask for (held ones stay) and starts the
    /// next pass.
    fn sweep(&mut self) {
        let pass = self.pass;
        self.pass += 1;
        let mut passing = std::mem::take(&mut self.passing);
        passing.sort_unstable();
        passing.dedup();
        for &fd in &passing {
            let Some(slot) = usize::try_from(fd)
                .ok()
                .and_then(|at| self.kept.get_mut(at))
            else {
                continue;
            };
            if slot.is_some_and(|k| k.pass != pass && k.pass != HELD) {
                *slot = None;
                self.kept_len -= 1;
                // Still open (a pipe dropped from the loop's list but not closed yet):
                // removed now. Closed: it left the set by itself (EBADF/ENOENT).
                let _ = epoll_ctl_del(&self.ep, fd);
            }
        }
        // What this pass asked for is looked at again after the next one.
        passing.retain(|&fd| self.kept_at(fd).is_some_and(|k| k.pass == pass));
        self.passing = passing;
    }

    /// Adds the once-entries, grouped by fd (one listed twice is registered once, for the
    /// union of the events); one that is also kept has its registration widened.
    fn register_once(&mut self) {
        // Stable: the tokens of one fd keep the order they were asked in.
        self.once.sort_by_key(|o| o.fd);
        let mut i = 0;
        while i < self.once.len() {
            let fd = self.once[i].fd;
            let n = self.once[i..].iter().take_while(|o| o.fd == fd).count();
            let wanted = self.once[i..i + n]
                .iter()
                .fold(EpollFlags::empty(), |acc, o| acc | o.events);
            // SAFETY: the caller keeps the fd open until `wait` returns.
            let bfd = unsafe { BorrowedFd::borrow_raw(fd) };
            if let Some(k) = self.kept_at(fd) {
                let ev = EpollEvent::new(wanted | k.events, data(fd, k.stamp));
                let _ = self.ep.modify(bfd, &mut { ev });
            } else {
                let stamp = self.stamp();
                if self.add(bfd, wanted, stamp) {
                    self.once_stamps.push((fd, stamp)); // in fd order
                } else {
                    let refused = self.once[i..i + n].iter().map(|o| o.token);
                    self.refused.extend(refused);
                }
            }
            i += n;
        }
    }

    /// The once-entries of `fd` (`once` is sorted by fd while a wait is under way).
    fn once_of(&self, fd: RawFd) -> &[Once<T>] {
        let from = self.once.partition_point(|o| o.fd < fd);
        let n = self.once[from..].iter().take_while(|o| o.fd == fd).count();
        &self.once[from..from + n]
    }

    /// The kept registration at `fd`, if any.
    fn kept_at(&self, fd: RawFd) -> Option<Kept<T>> {
        usize::try_from(fd)
            .ok()
            .and_then(|at| self.kept.get(at).copied().flatten())
    }

    /// Removes the once-entries after a wait (a kept one gets its own events back).
    fn unregister_once(&mut self) {
        let mut last = None;
        for o in std::mem::take(&mut self.once) {
            if last == Some(o.fd) {
                continue;
            }
            last = Some(o.fd);
            if let Some(k) = self.kept_at(o.fd) {
                // SAFETY: as in `register_once`.
                let bfd = unsafe { BorrowedFd::borrow_raw(o.fd) };
                let ev = EpollEvent::new(k.events, data(o.fd, k.stamp));
                let _ = self.ep.modify(bfd, &mut { ev });
            }
        }
        for (fd, _) in std::mem::take(&mut self.once_stamps) {
            let _ = epoll_ctl_del(&self.ep, fd);
        }
    }

    fn stamp(&mut self) -> u32 {
        self.stamps = self.stamps.wrapping_add(1);
        self.stamps
    }

    /// Registers `fd`; a file already in the set under this number (a registration the
    /// set lost track of) is updated instead.
    fn add(&self, fd: BorrowedFd<'_>, events: EpollFlags, stamp: u32) -> bool {
        let ev = EpollEvent::new(events, data(raw(fd), stamp));
        match self.ep.add(fd, ev) {
            Ok(()) => true,
            Err(Errno::EEXIST) => self.ep.modify(fd, &mut { ev }).is_ok(),
            Err(_) => false,
        }
    }

    /// How many descriptors stay registered across passes.
    #[cfg(test)]
    fn kept_count(&self) -> usize {
        self.kept_len
    }
}

fn raw(fd: BorrowedFd<'_>) -> RawFd {
    use std::os::fd::AsRawFd;
    fd.as_raw_fd()
}

/// The event data of a registration: its fd and stamp.
fn data(fd: RawFd, stamp: u32) -> u64 {
    (u64::from(stamp) << 32) | u64::from(fd as u32)
}

/// `EPOLL_CTL_DEL` by number: the fd may be closed already (then it fails harmlessly).
fn epoll_ctl_del(ep: &Epoll, fd: RawFd) -> nix::Result<()> {
    use std::os::fd::AsRawFd;
    // SAFETY: a plain syscall on two integers; a closed or reused fd number makes it fail
    // (EBADF, ENOENT) or remove that file's registration in this set, which the caller no
    // longer wants either.
    let r = unsafe {
        nix::libc::epoll_ctl(
            ep.0.as_raw_fd(),
            nix::libc::EPOLL_CTL_DEL,
            fd,
            std::ptr::null_mut(),
        )
    };
    Errno::result(r).map(drop)
}

/// The epoll bits of `poll` flags (the same values for IN, PRI, OUT).
fn epoll_flags(p: PollFlags) -> EpollFlags {
    EpollFlags::from_bits_truncate(i32::from(p.bits()))
}

#[cfg(test)]
#[path = "poll_set_tests.rs"]
mod tests;
