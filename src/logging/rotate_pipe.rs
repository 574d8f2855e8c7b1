//! The log pipeline of a [`RotatingFile`]: time rotation at exact loop deadlines, and
//! what happens after a rotation (retention, or a job for the compression worker).
//!
//! A time rotation is due at the boundary [`rotate_schedule::next_boundary`] computes
//! from the wall clock; the loop collects [`RotatingFile::next_deadline`] and calls
//! [`RotatingFile::on_timer`]. An empty live file is not rotated. A boundary that falls in
//! the middle of a line rotates at the end of that line (or at the end of the stream).
//! At open, a non-empty live file last written before the current period began (the
//! daemon was down, or upgrading, across a boundary) is rotated at once.

use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::time::Instant;

use super::{LogError, RotatingFile, Target};
use crate::config::logpipe::{Compress, LogPipe, Naming, RotateWhen};
use crate::logging::compress::{self, Tidy};
use crate::logging::retention::{self, Limits};
use crate::logging::rotate_schedule::{self, deadline_of, next_boundary, period_start, wall_now};

impl RotatingFile {
    /// [`RotatingFile::open`] with the pipeline settings of the file.
    pub fn open_with(
        path: &Path,
        maxbytes: u64,
        backups: u32,
        pipe: LogPipe,
    ) -> Result<RotatingFile, LogError> {
        let mut f = RotatingFile::open(path, maxbytes, backups)?;
        f.pipe = pipe;
        if !matches!(f.target, Target::Regular(_)) {
            return Ok(f);
        }
        let now = wall_now();
        f.schedule(now);
        if pipe.rotate != RotateWhen::Size && f.size > 0 {
            let mtime = std::fs::metadata(path).map_or(i64::MAX, |m| m.mtime());
            if mtime < period_start(pipe.rotate, now as i64) {
                f.ended_period = Some(period_start(pipe.rotate, mtime));
                f.forced = true;
                f.rotate_checked()?;
            }
        }
        if pipe.compress == Compress::Gzip {
            compress::submit(f.tidy_job());
        }
        Ok(f)
    }

    fn tidy_job(&self) -> Tidy {
        Tidy {
            base: self.path.clone(),
            backups: self.backups,
            pipe: self.pipe,
        }
    }

    /// Sets the next time-rotation boundary after wall time `now`.
    fn schedule(&mut self, now: f64) {
        self.time = next_boundary(self.pipe.rotate, now as i64).map(|b| (b, deadline_of(b)));
    }

    /// The earliest deadline of this file: a retry after a failure, or a time rotation.
    pub fn next_deadline(&self) -> Option<Instant> {
        let time = self.time.map(|(_, d)| d);
        match (self.next_retry(), time) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// The loop's timer pass: retries a failed file and performs a due time rotation.
    /// An error is returned by the next [`RotatingFile::write`].
    pub fn on_timer(&mut self, now: Instant) {
        if self.retry_due(now) {
            self.retry();
        }
        let Some((boundary, deadline)) = self.time else {
            return;
        };
        if deadline > now {
            return;
        }
        let wall = wall_now();
        if wall < boundary as f64 {
            // Woken early or the clock went back: wait for the wall clock.
            self.time = Some((boundary, deadline_of(boundary)));
            return;
        }
        self.schedule(wall);
        if self.size == 0 || !matches!(self.target, Target::Regular(_)) {
            return;
        }
        self.ended_period = Some(rotate_schedule::period_start(
            self.pipe.rotate,
            boundary - 1,
        ));
        self.forced = true;
        if self.at_line_start {
            if let Err(e) = self.rotate_checked() {
                self.deferred = Some(Box::new(e));
            }
        }
    }

    /// After a successful rotation: retention now, or a tidy job for the compression
    /// worker (which then owns the rotated names of this file).
    pub(super) fn after_rotation(&mut self) -> Result<(), LogError> {
        if self.pipe.compress == Compress::Gzip {
            compress::submit(self.tidy_job());
            return Ok(());
        }
        let p = &self.pipe;
        if p.naming == Naming::Index && p.max_age.is_none() && p.max_total.is_none() {
            // Python's behaviour: the shift alone decides what is kept.
            return Ok(());
        }
        let limits = Limits {
            count: self.backups,
            max_age: self.pipe.max_age,
            max_total: self.pipe.max_total,
        };
        retention::apply(&self.path, limits)
            .map(|_| ())
            .map_err(|source| LogError::Rotate {
                path: self.path.clone(),
                source,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logging::test_dir;
    use std::fs;
    use std::time::{Duration, SystemTime};

    fn hourly() -> LogPipe {
        LogPipe {
            rotate: RotateWhen::Hourly,
            ..LogPipe::default()
        }
    }

    #[test]
    fn a_due_boundary_in_mid_line_rotates_at_the_line_end() {
        let d = test_dir("pipe-midline");
        let p = d.join("x.log");
        let mut f = RotatingFile::open_with(&p, 0, 3, hourly()).unwrap();
        assert!(f.next_deadline().is_some());
        f.write(b"abc").unwrap();
        // The boundary has passed (an hour ago by the wall clock).
        let past = wall_now() as i64 - 3600;
        f.time = Some((past, Instant::now()));
        f.on_timer(Instant::now());
        assert!(!d.join("x.log.1").exists(), "rotated in mid-line");
        assert!(f.next_deadline().unwrap() > Instant::now());
        f.write(b"def\nghi\n").unwrap();
        assert_eq!(fs::read(d.join("x.log.1")).unwrap(), b"abcdef\n");
        assert_eq!(fs::read(&p).unwrap(), b"ghi\n");
    }

    #[test]
    fn an_empty_file_is_not_rotated_and_size_rotation_has_no_timer() {
        let d = test_dir("pipe-empty");
        let p = d.join("x.log");
        let mut f = RotatingFile::open_with(&p, 0, 3, hourly()).unwrap();
        f.time = Some((wall_now() as i64 - 1, Instant::now()));
        f.on_timer(Instant::now());
        assert!(!d.join("x.log.1").exists());
        let g = RotatingFile::open_with(&d.join("y.log"), 100, 3, LogPipe::default()).unwrap();
        assert_eq!(g.next_deadline(), None);
    }

    #[test]
    fn a_file_from_an_earlier_period_is_rotated_at_open() {
        let d = test_dir("pipe-catchup");
        let p = d.join("x.log");
        fs::write(&p, "old\n").unwrap();
        let two_days = SystemTime::now() - Duration::from_secs(2 * 86_400);
        fs::File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_modified(two_days)
            .unwrap();
        let daily = LogPipe {
            rotate: RotateWhen::Daily { hour: 0, minute: 0 },
            naming: Naming::Date,
            ..LogPipe::default()
        };
        let _f = RotatingFile::open_with(&p, 0, 3, daily).unwrap();
        let stamp = rotate_schedule::stamp(
            daily.rotate,
            period_start(
                daily.rotate,
                two_days
                    .duration_since(SystemTime::UNIX_EPOCH)
                    .unwrap()
                    .as_secs() as i64,
            ),
        );
        assert_eq!(
            fs::read(d.join(format!("x.log.{stamp}"))).unwrap(),
            b"old\n"
        );
        assert_eq!(fs::read(&p).unwrap(), b"");
    }
}
