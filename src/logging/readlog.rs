//! File-based log reads for the RPC layer, exactly as Python's `readFile`/`tailFile`
//! (supervisor/options.py): `readLog`, `readProcess*Log`, `tailProcess*Log` read the log
//! FILE, not an in-memory copy, so what they return is what is on disk (after rotation,
//! offsets restart at 0 in the new file, as in Python).

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

/// Why a read failed; the RPC layer maps these to faults of the same names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// No log file configured, or it does not exist (fault NO_FILE).
    NoFile,
    /// offset<0 with length≠0, or offset≥0 with length<0 (fault BAD_ARGUMENTS).
    BadArguments,
    /// The file could not be read (fault FAILED).
    Failed,
    /// The range asked for holds more than [`READ_MAX`] bytes (fault FAILED, saying so).
    TooLarge(u64),
}

/// Most bytes one `readLog` / `readProcess*Log` answer may hold. Python returns any range
/// whole; here a larger one is refused (a call naming `length=0` on a big log, or a
/// multicall of them, would have the daemon build gigabytes), and read in parts instead.
pub const READ_MAX: u64 = 32 * 1024 * 1024;

/// The answer of `tailProcess*Log`: `[bytes, offset, overflow]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tail {
    pub data: Vec<u8>,
    /// The file size: where the next tail call should start.
    pub offset: i64,
    pub overflow: bool,
}

/// `readLog` / `readProcess*Log(offset, length)` semantics, as Python's `readFile`.
/// `path` is `None` when the log is NONE/syslog (→ NO_FILE, as Python).
pub fn read_file(path: Option<&Path>, offset: i64, length: i64) -> Result<Vec<u8>, ReadError> {
    let path = path.ok_or(ReadError::NoFile)?;
    if !path.exists() {
        return Err(ReadError::NoFile);
    }
    if offset < 0 && length != 0 {
        return Err(ReadError::BadArguments);
    }
    if offset >= 0 && length < 0 {
        return Err(ReadError::BadArguments);
    }
    let inner = || -> Result<Vec<u8>, ReadError> {
        let mut f = File::open(path).map_err(|_| ReadError::Failed)?;
        let sz = f.seek(SeekFrom::End(0)).map_err(|_| ReadError::Failed)?;
        let (start, want) = if offset < 0 {
            let want = offset.unsigned_abs();
            (sz.saturating_sub(want), want)
        } else if length == 0 {
            (offset as u64, u64::MAX)
        } else {
            (offset as u64, length as u64)
        };
        let size = want.min(sz.saturating_sub(start));
        if size > READ_MAX {
            return Err(ReadError::TooLarge(size));
        }
        f.seek(SeekFrom::Start(start))
            .map_err(|_| ReadError::Failed)?;
        // The range as the file stood when its size was taken (it may grow meanwhile).
        let mut data = Vec::new();
        f.take(size)
            .read_to_end(&mut data)
            .map_err(|_| ReadError::Failed)?;
        Ok(data)
    };
    inner()
}

/// `tailProcess*Log(offset, length)` semantics: Python's `tailFile`. A missing or NONE
/// log gives `("", 0, false)`; a read error gives `("", offset, false)`.
pub fn tail_file(path: Option<&Path>, offset: i64, length: i64) -> Tail {
    let empty = |offset| Tail {
        data: Vec::new(),
        offset,
        overflow: false,
    };
    let Some(path) = path.filter(|p| p.exists()) else {
        return empty(0);
    };
    let inner = || -> io::Result<Tail> {
        let mut f = File::open(path)?;
        let sz = f.seek(SeekFrom::End(0))? as i64;
        // A tail longer than one read may return is its last READ_MAX bytes (overflow says
        // that the start was skipped), where Python would read the whole range.
        let (mut offset, mut length) = (offset, length.min(READ_MAX as i64));
        let mut overflow = false;
        if sz > offset.saturating_add(length) {
            overflow = true;
            offset = sz - 1;
        }
        if offset.saturating_add(length) > sz {
            if offset > sz - 1 {
                length = 0;
            }
            offset = sz - length;
        }
        offset = offset.max(0);
        length = length.max(0);
        let mut data = Vec::new();
        if length > 0 {
            f.seek(SeekFrom::Start(offset as u64))?;
            f.take(length as u64).read_to_end(&mut data)?;
        }
        Ok(Tail {
            data,
            offset: sz,
            overflow,
        })
    };
    inner().unwrap_or_else(|_| empty(offset))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::logging::test_dir;

    fn file_with(content: &[u8]) -> std::path::PathBuf {
        let d = test_dir("readlog");
        let p = d.join("x.log");
        std::fs::write(&p, content).unwrap();
        p
    }

    #[test]
    fn read_semantics() {
        let p = file_with(b"0123456789");
        let p = Some(p.as_path());
        assert_eq!(read_file(p, 0, 0).unwrap(), b"0123456789");
        assert_eq!(read_file(p, 3, 4).unwrap(), b"3456");
        assert_eq!(read_file(p, 8, 100).unwrap(), b"89");
        assert_eq!(read_file(p, -3, 0).unwrap(), b"789");
        assert_eq!(read_file(p, -30, 0).unwrap(), b"0123456789");
        assert_eq!(read_file(p, -3, 1), Err(ReadError::BadArguments));
        assert_eq!(read_file(p, 0, -1), Err(ReadError::BadArguments));
        assert_eq!(read_file(p, 20, 0).unwrap(), b"");
        assert_eq!(read_file(None, 0, 0), Err(ReadError::NoFile));
        assert_eq!(
            read_file(Some(Path::new("/nonexistent/x.log")), 0, 0),
            Err(ReadError::NoFile)
        );
    }

    /// Expected values measured with Python supervisor 4.3.0's `options.tailFile` on a
    /// 10-byte file `0123456789`.
    #[test]
    fn tail_semantics_match_python_tailfile() {
        let p = file_with(b"0123456789");
        let p = Some(p.as_path());
        // Grown beyond offset+length → overflow, last `length` bytes.
        assert_eq!(
            tail_file(p, 0, 4),
            Tail {
                data: b"6789".to_vec(),
                offset: 10,
                overflow: true
            }
        );
        // Fewer bytes than asked: Python sets offset = size - length (clamped to 0), so the
        // window is the last `length` bytes of the file, not "from offset" (measured in code).
        assert_eq!(
            tail_file(p, 7, 100),
            Tail {
                data: b"0123456789".to_vec(),
                offset: 10,
                overflow: false
            }
        );
        assert_eq!(
            tail_file(p, 7, 2),
            Tail {
                data: b"89".to_vec(),
                offset: 10,
                overflow: true
            }
        );
        let t = tail_file(p, 3, 5);
        assert_eq!(
            (t.data.as_slice(), t.offset, t.overflow),
            (&b"56789"[..], 10, true)
        );
        // Caught up → nothing.
        assert_eq!(
            tail_file(p, 10, 100),
            Tail {
                data: Vec::new(),
                offset: 10,
                overflow: false
            }
        );
        assert_eq!(
            tail_file(None, 5, 5),
            Tail {
                data: Vec::new(),
                offset: 0,
                overflow: false
            }
        );
    }
}
