//! Unit tests of `RotatingFile` (size rotation, failures, special files).

use super::*;
use crate::logging::test_dir;

#[test]
fn backup_names() {
    assert_eq!(
        backup_path(Path::new("/x/a.log"), 3),
        PathBuf::from("/x/a.log.3")
    );
}

#[test]
fn rotation_shifts_backups_like_python() {
    let d = test_dir("rot-shift");
    let p = d.join("a.log");
    let mut f = RotatingFile::open(&p, 10, 2).unwrap();
    for line in [b"11111111\n", b"22222222\n", b"33333333\n", b"44444444\n"] {
        f.write(line).unwrap();
        f.write(line).unwrap();
    }
    // The first 9-byte write leaves 9 < 10; the second reaches 18 >= 10 → rotate.
    assert_eq!(fs::read(&p).unwrap(), b"");
    assert_eq!(
        fs::read(backup_path(&p, 1)).unwrap(),
        b"44444444\n44444444\n"
    );
    assert_eq!(
        fs::read(backup_path(&p, 2)).unwrap(),
        b"33333333\n33333333\n"
    );
    assert!(!backup_path(&p, 3).exists());
}

#[test]
fn zero_backups_truncates_and_zero_maxbytes_never_rotates() {
    let d = test_dir("rot-zero");
    let p = d.join("a.log");
    let mut f = RotatingFile::open(&p, 5, 0).unwrap();
    f.write(b"abcdef\n").unwrap();
    f.write(b"xy\n").unwrap();
    assert_eq!(fs::read(&p).unwrap(), b"xy\n");
    assert!(!backup_path(&p, 1).exists());
    let q = d.join("b.log");
    let mut g = RotatingFile::open(&q, 0, 3).unwrap();
    for _ in 0..100 {
        g.write(b"0123456789\n").unwrap();
    }
    assert_eq!(fs::metadata(&q).unwrap().len(), 1100);
    assert!(!backup_path(&q, 1).exists());
}

#[test]
fn crossing_write_splits_at_last_newline() {
    let d = test_dir("rot-split");
    let p = d.join("a.log");
    let mut f = RotatingFile::open(&p, 10, 3).unwrap();
    f.write(b"aaaa\nbbbb\ncc").unwrap();
    assert_eq!(fs::read(backup_path(&p, 1)).unwrap(), b"aaaa\nbbbb\n");
    assert_eq!(fs::read(&p).unwrap(), b"cc");
    // A crossing write without newline defers; the next newline completes and rotates.
    f.write(b"cccccccccc").unwrap();
    assert_eq!(fs::read(&p).unwrap(), b"cccccccccccc");
    f.write(b"c\nd").unwrap();
    assert_eq!(fs::read(backup_path(&p, 1)).unwrap(), b"ccccccccccccc\n");
    assert_eq!(fs::read(&p).unwrap(), b"d");
}

#[test]
fn end_of_stream_performs_deferred_rotation() {
    let d = test_dir("rot-eos");
    let p = d.join("a.log");
    let mut f = RotatingFile::open(&p, 4, 1).unwrap();
    f.write(b"no newline here").unwrap();
    assert!(!backup_path(&p, 1).exists());
    f.end_of_stream().unwrap();
    assert_eq!(fs::read(backup_path(&p, 1)).unwrap(), b"no newline here");
    assert_eq!(fs::read(&p).unwrap(), b"");
}

#[test]
fn very_long_line_is_split_after_limit() {
    let d = test_dir("rot-long");
    let p = d.join("a.log");
    let mut f = RotatingFile::open(&p, 100, 1).unwrap();
    let chunk = vec![b'x'; 32 * 1024];
    for _ in 0..3 {
        f.write(&chunk).unwrap();
    }
    assert_eq!(fs::metadata(backup_path(&p, 1)).unwrap().len(), 96 * 1024);
    assert_eq!(fs::metadata(&p).unwrap().len(), 0);
}

#[test]
fn reopen_after_move_writes_new_file() {
    let d = test_dir("rot-reopen");
    let p = d.join("a.log");
    let moved = d.join("a.log.moved");
    let mut f = RotatingFile::open(&p, 0, 0).unwrap();
    f.write(b"one\n").unwrap();
    fs::rename(&p, &moved).unwrap();
    f.write(b"two\n").unwrap();
    f.reopen().unwrap();
    f.write(b"three\n").unwrap();
    assert_eq!(fs::read(&moved).unwrap(), b"one\ntwo\n");
    assert_eq!(fs::read(&p).unwrap(), b"three\n");
}

#[test]
fn deleted_directory_fails_once_then_recovers_on_reopen() {
    let d = test_dir("rot-deldir");
    let sub = d.join("logs");
    fs::create_dir(&sub).unwrap();
    let p = sub.join("a.log");
    let mut f = RotatingFile::open(&p, 10, 1).unwrap();
    fs::remove_file(&p).unwrap();
    fs::remove_dir(&sub).unwrap();
    // The open fd still works; the rotation's re-open fails → error once.
    let first = f.write(b"0123456789\n");
    assert!(matches!(first, Err(LogError::Open { .. })), "{first:?}");
    assert!(f.is_failed());
    assert!(f.write(b"lost\n").is_ok());
    assert_eq!(f.dropped_bytes(), 5);
    assert!(f.reopen().is_err());
    fs::create_dir(&sub).unwrap();
    f.reopen().unwrap();
    f.write(b"back\n").unwrap();
    assert_eq!(fs::read(&p).unwrap(), b"back\n");
}

#[test]
fn failed_writer_retries_after_deadline() {
    let d = test_dir("rot-retry");
    let sub = d.join("logs");
    let p = sub.join("a.log");
    assert!(RotatingFile::open(&p, 0, 0).is_err());
    fs::create_dir(&sub).unwrap();
    let mut f = RotatingFile::open(&p, 0, 0).unwrap();
    f.target = Target::Closed;
    f.failure = Some(Failure {
        kind: FailureKind::Write,
        next_retry: Instant::now(),
        backoff: FIRST_BACKOFF,
    });
    assert!(f.retry_due(Instant::now()));
    f.write(b"again\n").unwrap();
    assert!(!f.is_failed());
    assert_eq!(fs::read(&p).unwrap(), b"again\n");
}

#[test]
fn a_reopen_that_works_on_a_still_full_disk_is_the_same_episode() {
    // /dev/full: every open works, every write fails with ENOSPC.
    let mut f = RotatingFile::open(Path::new("/dev/full"), 0, 0).unwrap();
    assert!(matches!(f.write(b"a\n"), Err(LogError::Write { .. })));
    let first_backoff = f.failure.map(|x| x.backoff);
    for _ in 0..3 {
        f.failure = f.failure.map(|x| Failure {
            next_retry: Instant::now(),
            ..x
        });
        assert!(f.write(b"b\n").is_ok(), "reported again");
    }
    assert_eq!(f.dropped_bytes(), 8);
    assert!(
        f.failure.map(|x| x.backoff) > first_backoff,
        "backoff grows"
    );
    // A successful write ends the episode: the next failure is reported.
    f.episode = None;
    f.failure = None;
    f.target = Target::Closed;
    assert!(f.write(b"c\n").is_err());
}

#[test]
fn a_deleted_file_is_recreated_and_a_deleted_directory_is_one_error() {
    let d = test_dir("rot-unlinked");
    let sub = d.join("logs");
    fs::create_dir(&sub).unwrap();
    let p = sub.join("a.log");
    let mut f = RotatingFile::open(&p, 0, 0).unwrap();
    f.write(b"one\n").unwrap();
    fs::remove_file(&p).unwrap();
    f.next_link_check = Instant::now();
    f.write(b"two\n").unwrap();
    assert_eq!(fs::read(&p).unwrap(), b"two\n");
    fs::remove_dir_all(&sub).unwrap();
    f.next_link_check = Instant::now();
    assert!(matches!(f.write(b"three\n"), Err(LogError::Open { .. })));
    assert!(f.is_failed());
    assert!(f.write(b"four\n").is_ok());
    assert_eq!(f.dropped_bytes(), 11);
    fs::create_dir(&sub).unwrap();
    f.failure = f.failure.map(|x| Failure {
        next_retry: Instant::now(),
        ..x
    });
    f.write(b"five\n").unwrap();
    assert_eq!(fs::read(&p).unwrap(), b"five\n");
}

#[test]
fn dev_null_is_special_and_never_rotates() {
    let mut f = RotatingFile::open(Path::new("/dev/null"), 1, 1).unwrap();
    for _ in 0..10 {
        f.write(b"hello\n").unwrap();
    }
    assert!(!f.is_regular());
    assert_eq!(f.size(), 0);
    assert_eq!(f.written_bytes(), 60);
    assert!(f.clear().is_ok());
}

#[test]
fn clear_removes_current_file_only() {
    let d = test_dir("rot-clear");
    let p = d.join("a.log");
    let mut f = RotatingFile::open(&p, 6, 2).unwrap();
    f.write(b"first\n").unwrap();
    f.write(b"second\n").unwrap();
    f.clear().unwrap();
    assert_eq!(fs::read(&p).unwrap(), b"");
    assert!(backup_path(&p, 1).exists());
    f.write(b"x\n").unwrap();
    assert_eq!(fs::read(&p).unwrap(), b"x\n");
    assert_eq!(f.size(), 2);
}

#[test]
fn rotation_failure_is_reported_once_and_logging_continues() {
    let d = test_dir("rot-fail");
    let p = d.join("a.log");
    // A directory where the backup should go makes the rename fail.
    fs::create_dir(backup_path(&p, 1)).unwrap();
    fs::write(backup_path(&p, 1).join("x"), b"x").unwrap();
    let mut f = RotatingFile::open(&p, 5, 1).unwrap();
    let first = f.write(b"123456\n");
    assert!(matches!(first, Err(LogError::Rotate { .. })), "{first:?}");
    f.write(b"more\n").unwrap();
    f.write(b"again\n").unwrap();
    assert!(!f.is_failed());
    assert_eq!(fs::read(&p).unwrap(), b"123456\nmore\nagain\n");
    assert!(f.next_retry().is_some());
}
