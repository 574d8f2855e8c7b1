use std::os::fd::{AsFd, AsRawFd, FromRawFd, IntoRawFd, OwnedFd};
use std::time::Duration;

use nix::poll::PollFlags;
use nix::unistd::{pipe, write};

use super::PollSet;

/// Ready tokens of one non-blocking wait, sorted.
fn ready(set: &mut PollSet<u32>) -> Vec<u32> {
    let mut v = Vec::new();
    set.wait(Some(Duration::ZERO), |t| v.push(t)).unwrap();
    v.sort_unstable();
    v
}

/// `file` moved to the descriptor number of `old`, whose file it replaces in one step
/// (`dup2` closes it), as a respawn's pipe may get a closed pipe's number. Closing `old`
/// first would leave the number free for a moment, and another test thread could take it.
fn replace_at(file: OwnedFd, old: OwnedFd) -> OwnedFd {
    let fd = old.into_raw_fd();
    // SAFETY: `fd` was `old`'s, given up above; the result is its only owner.
    let r = unsafe { nix::libc::dup2(file.as_raw_fd(), fd) };
    assert_eq!(r, fd);
    // SAFETY: as above.
    unsafe { OwnedFd::from_raw_fd(fd) }
}

fn readable_pipe() -> (OwnedFd, OwnedFd) {
    let (r, w) = pipe().unwrap();
    write(&w, b"x").unwrap();
    (r, w)
}

#[test]
fn kept_descriptors_stay_registered_and_report_their_latest_token() {
    let mut set = PollSet::new().unwrap();
    let (r1, _w1) = readable_pipe();
    let (r2, _w2) = pipe().unwrap();
    set.keep(r1.as_fd(), 1, PollFlags::POLLIN, 10);
    set.keep(r2.as_fd(), 2, PollFlags::POLLIN, 20);
    assert_eq!(ready(&mut set), vec![10]);
    assert_eq!(set.kept_count(), 2);
    // The same file under a new token (a process index after a reload).
    set.keep(r1.as_fd(), 1, PollFlags::POLLIN, 11);
    set.keep(r2.as_fd(), 2, PollFlags::POLLIN, 20);
    assert_eq!(ready(&mut set), vec![11]);
    // Not asked for again: dropped, though still open and readable.
    set.keep(r2.as_fd(), 2, PollFlags::POLLIN, 20);
    assert_eq!(ready(&mut set), Vec::<u32>::new());
    assert_eq!(set.kept_count(), 1);
}

#[test]
fn a_new_pipe_at_a_closed_pipes_number_is_added() {
    let mut set = PollSet::new().unwrap();
    let (old_r, old_w) = pipe().unwrap();
    let fd = old_r.as_raw_fd();
    set.keep(old_r.as_fd(), 7, PollFlags::POLLIN, 1);
    assert_eq!(ready(&mut set), Vec::<u32>::new());
    // The old pipe closes; a respawn's pipe gets the same number.
    drop(old_w);
    let (new_r, new_w) = pipe().unwrap();
    let new_r = replace_at(new_r, old_r);
    assert_eq!(new_r.as_raw_fd(), fd);
    write(&new_w, b"x").unwrap();
    // Under the old key it would be taken for the old, registered file and never added.
    set.keep(new_r.as_fd(), 8, PollFlags::POLLIN, 2);
    assert_eq!(ready(&mut set), vec![2]);
    assert_eq!(set.kept_count(), 1);
}

#[test]
fn a_dropped_registration_whose_file_lives_on_reports_no_ghost() {
    let mut set = PollSet::new().unwrap();
    let (r, _w) = readable_pipe();
    // A second descriptor of the same file (as a forked child before its exec holds).
    let other = r.try_clone().unwrap();
    set.keep(r.as_fd(), 1, PollFlags::POLLIN, 1);
    assert_eq!(ready(&mut set), vec![1]);
    // `r` closes (the registration stays in the kernel while `other` is open) and a new
    // pipe takes its number.
    let (r2, _w2) = pipe().unwrap();
    let r2 = replace_at(r2, r);
    set.keep(r2.as_fd(), 2, PollFlags::POLLIN, 2);
    assert_eq!(
        ready(&mut set),
        Vec::<u32>::new(),
        "the old file's event is ignored"
    );
    drop(other);
}

#[test]
fn once_descriptors_are_watched_for_one_wait_and_may_share_a_kept_one() {
    let mut set = PollSet::new().unwrap();
    let (r, w) = readable_pipe();
    set.once(r.as_fd(), PollFlags::POLLIN, 1);
    set.once(w.as_fd(), PollFlags::POLLOUT, 2);
    assert_eq!(ready(&mut set), vec![1, 2]);
    // Not asked again: not reported.
    assert_eq!(ready(&mut set), Vec::<u32>::new());
    // The same fd kept for reading and watched once for writing, and listed twice.
    let (r2, w2) = pipe().unwrap();
    set.keep(w2.as_fd(), 5, PollFlags::POLLIN, 3);
    set.once(w2.as_fd(), PollFlags::POLLOUT, 4);
    set.once(w2.as_fd(), PollFlags::POLLOUT, 5);
    assert_eq!(ready(&mut set), vec![4, 5]);
    // The kept entry went back to its own events: a writable pipe end is not reported.
    set.keep(w2.as_fd(), 5, PollFlags::POLLIN, 3);
    assert_eq!(ready(&mut set), Vec::<u32>::new());
    drop(r2);
    // Its reader gone: POLLERR is reported whatever was asked.
    set.keep(w2.as_fd(), 5, PollFlags::POLLIN, 3);
    assert_eq!(ready(&mut set), vec![3]);
}

#[test]
fn a_wait_blocks_until_its_timeout() {
    let mut set: PollSet<u32> = PollSet::new().unwrap();
    let (r, _w) = pipe().unwrap();
    set.keep(r.as_fd(), 1, PollFlags::POLLIN, 1);
    let start = std::time::Instant::now();
    let mut n = 0;
    set.wait(Some(Duration::from_millis(20)), |_| n += 1)
        .unwrap();
    assert_eq!(n, 0);
    assert!(start.elapsed() >= Duration::from_millis(20));
}

#[test]
fn a_descriptor_epoll_refuses_is_reported_ready_as_ppoll_would() {
    let mut set = PollSet::new().unwrap();
    let file = std::fs::File::open("/proc/self/status").unwrap();
    let (r, _w) = pipe().unwrap();
    set.keep(r.as_fd(), 1, PollFlags::POLLIN, 1);
    set.keep(file.as_fd(), 2, PollFlags::POLLIN, 2);
    set.once(file.as_fd(), PollFlags::POLLIN, 3);
    // Without a timeout: it must not block.
    let mut v = Vec::new();
    set.wait(None, |t| v.push(t)).unwrap();
    v.sort_unstable();
    assert_eq!(v, vec![2, 3]);
}

#[test]
fn held_descriptors_stay_until_released_by_their_own_key() {
    let mut set = PollSet::new().unwrap();
    let (r1, _w1) = readable_pipe();
    let (r2, _w2) = readable_pipe();
    set.hold(r1.as_fd(), 1, PollFlags::POLLIN, 10);
    set.keep(r2.as_fd(), 2, PollFlags::POLLIN, 20);
    assert_eq!(ready(&mut set), vec![10, 20]);
    // Not asked for again: the kept one goes, the held one stays.
    assert_eq!(ready(&mut set), vec![10]);
    assert_eq!(ready(&mut set), vec![10]);
    assert_eq!(set.kept_count(), 1);
    // Another file's key at this number releases nothing.
    set.release(r1.as_raw_fd(), 2);
    assert_eq!(ready(&mut set), vec![10]);
    set.release(r1.as_raw_fd(), 1);
    assert_eq!(ready(&mut set), Vec::<u32>::new());
    assert_eq!(set.kept_count(), 0);
}
