//! A log file streamed to a client in bounded chunks, read on the HTTP thread as the client
//! takes them: never the whole file in memory, never on the event loop.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};

use super::limits::FILE_CHUNK;
use super::response::{Chunk, Source};
use super::step::Step;

/// The bytes of a file from an offset to the end it has when they are read.
pub struct LogFile {
    file: File,
}

impl LogFile {
    /// Opens `path` positioned at `offset`; `None` when it cannot be read.
    pub fn open(path: &str, offset: u64) -> Option<LogFile> {
        let mut file = File::open(path).ok()?;
        file.seek(SeekFrom::Start(offset)).ok()?;
        Some(LogFile { file })
    }

    /// The whole of an already opened file.
    pub fn from_file(file: File) -> LogFile {
        LogFile { file }
    }
}

impl Source for LogFile {
    fn next(&mut self) -> Step<Chunk> {
        let mut buf = vec![0u8; FILE_CHUNK];
        match self.file.read(&mut buf) {
            Ok(0) | Err(_) => Step::Done(Chunk::End),
            Ok(n) => {
                buf.truncate(n);
                Step::Done(Chunk::Data(buf))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_comes_out_in_bounded_chunks_then_ends() {
        let path = std::env::temp_dir().join(format!("sv-logfile-{}", std::process::id()));
        let data: Vec<u8> = (0..FILE_CHUNK * 2 + 10).map(|i| i as u8).collect();
        std::fs::write(&path, &data).expect("write");
        let mut f = LogFile::open(&path.display().to_string(), 5).expect("open");
        let mut got = Vec::new();
        loop {
            match f.next() {
                Step::Done(Chunk::Data(d)) => {
                    assert!(d.len() <= FILE_CHUNK);
                    got.extend(d);
                }
                Step::Done(Chunk::End) => break,
                _ => panic!("a file needs no calls"),
            }
        }
        assert_eq!(got, data[5..]);
        let _ = std::fs::remove_file(path);
    }
}
