//! Large decompressed bytes held in an unlinked temp file, mapped, rather than on the heap: a
//! queued file over half the queue's budget, a nested archive member past its first
//! [`super::nested`] heap bytes. Memory then stays bounded whatever the files' sizes; the
//! pages are the page cache's, which the kernel can drop.

use std::fs::File;
use std::io::{self, Read, Write};

/// Bytes read into a mapped temp file.
pub struct Spilled {
    /// None: nothing was read.
    pub map: Option<memmap2::Mmap>,
    /// The read that failed after the bytes mapped (they are still scanned).
    pub read_error: Option<io::Error>,
}

/// Writes `head`, then up to `limit` bytes of `content`, to `file` (a fresh `limits::temp_file`)
/// and maps it. Fails only on the file.
pub fn spill(mut file: File, head: &[u8], content: &mut dyn Read, limit: u64) -> io::Result<Spilled> {
    file.write_all(head)?;
    let mut written = head.len();
    let mut chunk = vec![0u8; 1 << 20];
    let mut content = content.take(limit);
    let mut read_error = None;
    loop {
        let n = match content.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) => {
                read_error = Some(err);
                break;
            }
        };
        file.write_all(&chunk[..n])?;
        written += n;
    }
    if written == 0 {
        return Ok(Spilled { map: None, read_error });
    }
    // SAFETY: a private, unlinked temp file this process just wrote and nothing else touches.
    let map = unsafe { memmap2::Mmap::map(&file) }?;
    Ok(Spilled { map: Some(map), read_error })
}
