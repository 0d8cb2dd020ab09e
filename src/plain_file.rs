//! Opening the files a person points liftpace at (programmes, `exercises.toml`, the results
//! file): only regular files are used, so a FIFO cannot hang it and a device such as
//! `/dev/zero` cannot feed it forever; a file is never read past a cap; and text must be UTF-8,
//! refused with its place when it is not. Must never create, write or change a file.

use std::fmt;
use std::fs::{File, FileType, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

/// Opens `path` with `options`, refusing anything but a regular file (after symlinks).
/// `O_NONBLOCK` makes opening a FIFO return at once instead of waiting for a writer that may
/// never come, and it changes nothing for a regular file. The type is checked on the opened
/// handle, so the file cannot be swapped between the check and its use.
pub fn open(path: &Path, options: &mut OpenOptions) -> io::Result<File> {
    let file = options.custom_flags(libc::O_NONBLOCK).open(path)?;
    let kind = file.metadata()?.file_type();
    if kind.is_file() {
        return Ok(file);
    }
    let message = format!("it is {}, not a regular file", describe(kind));
    Err(io::Error::new(io::ErrorKind::InvalidInput, message))
}

fn describe(kind: FileType) -> &'static str {
    if kind.is_dir() {
        "a folder"
    } else if kind.is_fifo() {
        "a named pipe (FIFO)"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else if kind.is_socket() {
        "a socket"
    } else {
        "something other than a file"
    }
}

/// Every byte of the regular file at `path`, refusing one larger than `max_mb` megabytes: no
/// text liftpace reads whole comes anywhere near that, so a bigger file is the wrong file.
pub fn read(path: &Path, max_mb: u64) -> io::Result<Vec<u8>> {
    let file = open(path, OpenOptions::new().read(true))?;
    let cap = max_mb * 1024 * 1024;
    let too_big = || {
        let message = format!(
            "it is larger than {max_mb} MB, far too large for this kind of file \
             (is it the right one?)"
        );
        io::Error::new(io::ErrorKind::FileTooLarge, message)
    };
    if file.metadata()?.len() > cap {
        return Err(too_big());
    }
    let mut bytes = Vec::new();
    // A file still growing while it is read stops at the cap too.
    file.take(cap + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Where a file stops being UTF-8 text: the first byte that is not, with its 1-based line and
/// column (columns in bytes, as the programme loader's reports count them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotUtf8 {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in bytes.
    pub column: usize,
    /// The offending byte.
    pub byte: u8,
}

impl fmt::Display for NotUtf8 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not UTF-8 text: byte 0x{:02X} cannot start or continue a character; \
             save the file as UTF-8",
            self.byte
        )
    }
}

/// `bytes` as text, or the place where they stop being UTF-8. Never replaces a bad byte with
/// U+FFFD: text the lifter did not write must not load as if they had.
pub fn utf8(bytes: Vec<u8>) -> Result<String, NotUtf8> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let before = &bytes[..at];
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        NotUtf8 {
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
            column: at - line_start + 1,
            byte: bytes[at],
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_bad_byte_is_placed_by_line_and_byte_column() {
        let bad = utf8(b"name = \"x\"\nnotes = \"ok \xC3\xA9 x\xFFy\"\n".to_vec()).unwrap_err();
        assert_eq!(bad, NotUtf8 { line: 2, column: 17, byte: 0xFF });
        assert_eq!(utf8(b"\xC3".to_vec()).unwrap_err(), NotUtf8 { line: 1, column: 1, byte: 0xC3 });
        assert_eq!(utf8("é\n".into()).unwrap(), "é\n");
    }

    #[test]
    fn a_fifo_is_refused_at_once_and_a_file_past_the_cap_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.toml");
        let c_path = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid C string naming a path in our own temporary folder.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
        let e = read(&fifo, 1).unwrap_err();
        assert!(e.to_string().contains("named pipe (FIFO), not a regular file"), "{e}");
        let big = dir.path().join("big.toml");
        std::fs::write(&big, vec![b'#'; 1024 * 1024 + 1]).unwrap();
        let e = read(&big, 1).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::FileTooLarge, "{e}");
        assert!(e.to_string().contains("larger than 1 MB"), "{e}");
        std::fs::write(&big, vec![b'#'; 1024 * 1024]).unwrap();
        assert_eq!(read(&big, 1).unwrap().len(), 1024 * 1024);
    }
}
