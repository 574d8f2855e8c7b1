//! `X_logfile_compress = gzip`: rotated files are compressed off the event loop.
//!
//! One worker thread (started on first use, `nice` 19 through a per-thread
//! `setpriority`, and `SCHED_IDLE`) takes "tidy this log" jobs from a bounded channel. The loop never waits
//! for it: a rotation renames the live file to `x.log.pending.N` (index naming) or to its
//! date name, re-opens the live file and submits a job with `try_send`; when the queue is
//! full the log is noted for the worker to tidy after its current job (nothing is lost
//! either way: the files are on disk). While compression is on, only this worker shifts
//! index names and applies retention for that log, so the loop and the worker never
//! rename the same file.
//!
//! A tidy, for one log: removes stale `….gz.tmp` files (only this thread writes them, so
//! any found at the start of a job are left over from a daemon that stopped mid-way);
//! for each pending file, oldest first, shifts the index names and compresses it to
//! `x.log.1.gz`; compresses every other uncompressed rotated file in place; then applies
//! retention. A `.gz` is written to `….gz.tmp`, given the source's mtime, renamed into
//! place, and only then is the source removed. A daemon that stops (or upgrades)
//! mid-compression leaves the source and a temp file; the next daemon's first tidy of
//! that log (at open) redoes the compression.

use std::fs::{self, File, FileTimes};
use std::io::{self, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, SyncSender, TrySendError};
use std::sync::{Mutex, OnceLock};

use flate2::write::GzEncoder;
use flate2::Compression;

use super::retention::{self, Limits};
use super::rotate_names::{gz_of, shift_index, with_suffix};
use crate::config::logpipe::LogPipe;

/// Jobs waiting beyond this are dropped (their files wait for the next job).
const QUEUE: usize = 64;
/// Passes over a log's uncompressed rotated files per tidy.
const PASSES: usize = 8;
/// Niceness of the worker thread.
const NICE: i32 = 19;

/// "Bring the rotated files of `base` into shape."
#[derive(Debug, Clone)]
pub struct Tidy {
    pub base: PathBuf,
    pub backups: u32,
    pub pipe: LogPipe,
}

/// Makes the calling thread yield the CPU to everything else: nice 19 and `SCHED_IDLE`
/// (both per thread on Linux); a failure leaves the priority as it was.
fn lower_priority() {
    let tid = nix::unistd::gettid().as_raw();
    // SAFETY: acts on this thread only.
    unsafe { nix::libc::setpriority(nix::libc::PRIO_PROCESS, tid as nix::libc::id_t, NICE) };
    set_idle(true);
}

/// Switches this thread between `SCHED_IDLE` and `SCHED_OTHER` (allowed unprivileged at
/// nice 19).
fn set_idle(idle: bool) {
    use nix::libc;
    let policy = if idle {
        libc::SCHED_IDLE
    } else {
        libc::SCHED_OTHER
    };
    let param = libc::sched_param { sched_priority: 0 };
    // SAFETY: pid 0 is the calling thread; param is a plain value.
    unsafe { libc::sched_setscheduler(0, policy, &param) };
}

static WORKER: OnceLock<Option<SyncSender<Tidy>>> = OnceLock::new();
/// Logs whose job did not fit in the queue (the loop only ever `try_lock`s this).
static OWED: Mutex<Vec<Tidy>> = Mutex::new(Vec::new());
/// At most this many owed logs.
const OWED_MAX: usize = 4096;

fn start() -> Option<SyncSender<Tidy>> {
    let (tx, rx) = sync_channel::<Tidy>(QUEUE);
    let spawned = std::thread::Builder::new()
        .name("log-compress".into())
        .spawn(move || {
            lower_priority();
            while let Ok(job) = rx.recv() {
                run(&job);
                let owed = OWED.lock().map(|mut o| std::mem::take(&mut *o));
                for job in owed.unwrap_or_default() {
                    run(&job);
                }
            }
        });
    match spawned {
        Ok(_) => Some(tx),
        Err(e) => {
            log::warn!("cannot start the log compression thread: {e}");
            None
        }
    }
}

fn run(job: &Tidy) {
    if let Err(e) = tidy(job) {
        // The main log's lock is not taken at SCHED_IDLE: a busy host could leave this
        // thread holding it, and the loop waiting.
        set_idle(false);
        log::warn!("log compression of {}: {e}", job.base.display());
        set_idle(true);
    }
}

/// Queues a tidy of `job.base` without waiting. With the queue full, the log is noted in
/// a set (one entry per log, bounded) the worker drains after its current job; false when
/// even that is not possible (the files then wait for a later job of that log).
pub fn submit(job: Tidy) -> bool {
    let Some(tx) = WORKER.get_or_init(start) else {
        return false;
    };
    match tx.try_send(job) {
        Ok(()) => true,
        Err(TrySendError::Full(job)) => match OWED.try_lock() {
            Ok(owed) if owed.iter().any(|t| t.base == job.base) => true,
            Ok(mut owed) if owed.len() < OWED_MAX => {
                owed.push(job);
                true
            }
            _ => false,
        },
        Err(TrySendError::Disconnected(_)) => false,
    }
}

/// Compresses `src` into `dst` (a `.gz` path) through `dst.tmp`, then removes `src`.
pub fn compress_file(src: &Path, dst: &Path) -> io::Result<()> {
    let tmp = with_suffix(dst, "tmp");
    let input = File::open(src)?;
    let mtime = input.metadata()?.modified()?;
    let out = File::create(&tmp)?;
    let mut enc = GzEncoder::new(
        BufWriter::with_capacity(64 * 1024, out),
        Compression::default(),
    );
    let copied = io::copy(&mut BufReader::with_capacity(64 * 1024, input), &mut enc)
        .and_then(|_| enc.finish())
        .and_then(|mut w| {
            w.flush()?;
            w.into_inner().map_err(|e| e.into_error())
        })
        .and_then(|f| f.set_times(FileTimes::new().set_modified(mtime)));
    if let Err(e) = copied {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    fs::rename(&tmp, dst)?;
    fs::remove_file(src)
}

/// One tidy (see the module docs).
pub fn tidy(job: &Tidy) -> io::Result<()> {
    let base = &job.base;
    let mut pending = Vec::new();
    for (path, suffix) in retention::siblings(base)? {
        if suffix.ends_with(".gz.tmp") {
            let _ = fs::remove_file(&path);
        } else if suffix.starts_with("pending.") {
            pending.push(path);
        }
    }
    pending.sort();
    for p in pending {
        if job.backups == 0 {
            fs::remove_file(&p)?;
            continue;
        }
        shift_index(base, job.backups).map_err(|(_, e)| e)?;
        compress_file(&p, &gz_of(&with_suffix(base, "1")))?;
    }
    // Files the loop rotates meanwhile are compressed too, so retention weighs the sizes
    // files keep (a bounded number of passes while the loop keeps rotating).
    for _ in 0..PASSES {
        let plain: Vec<_> = retention::list(base)?
            .into_iter()
            .filter(|f| !f.gz && !gz_of(&f.path).exists())
            .collect();
        if plain.is_empty() {
            break;
        }
        for f in plain {
            compress_file(&f.path, &gz_of(&f.path))?;
        }
    }
    retention::apply(
        base,
        Limits {
            count: job.backups,
            max_age: job.pipe.max_age,
            max_total: job.pipe.max_total,
        },
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::logpipe::Naming;
    use crate::logging::test_dir;
    use flate2::read::GzDecoder;
    use std::io::Read;

    fn gunzip(p: &Path) -> String {
        let mut s = String::new();
        GzDecoder::new(File::open(p).unwrap())
            .read_to_string(&mut s)
            .unwrap();
        s
    }

    #[test]
    fn pending_files_become_index_gz_in_order() {
        let d = test_dir("compress-index");
        let base = d.join("x.log");
        fs::write(d.join("x.log.pending.00000000000000000001"), "one\n").unwrap();
        fs::write(d.join("x.log.pending.00000000000000000002"), "two\n").unwrap();
        fs::write(d.join("x.log.1.gz.tmp"), "stale").unwrap();
        let job = Tidy {
            base: base.clone(),
            backups: 5,
            pipe: LogPipe::default(),
        };
        tidy(&job).unwrap();
        assert_eq!(gunzip(&d.join("x.log.1.gz")), "two\n");
        assert_eq!(gunzip(&d.join("x.log.2.gz")), "one\n");
        let mut names: Vec<String> = fs::read_dir(&d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["x.log.1.gz", "x.log.2.gz"]);
    }

    #[test]
    fn date_files_are_compressed_in_place() {
        let d = test_dir("compress-date");
        let base = d.join("x.log");
        fs::write(d.join("x.log.2026-12-03"), "a\n").unwrap();
        let job = Tidy {
            base,
            backups: 5,
            pipe: LogPipe {
                naming: Naming::Date,
                ..LogPipe::default()
            },
        };
        tidy(&job).unwrap();
        assert_eq!(gunzip(&d.join("x.log.2026-12-03.gz")), "a\n");
        assert!(!d.join("x.log.2026-12-03").exists());
    }
}
