//! The few functions of Vectorscan (Hyperscan's portable fork, Debian's `libvectorscan-dev`)
//! the word search uses: compile a set of literals, scan a block. Vectorscan's FDR matcher
//! searches hundreds of words, each case-sensitive or not, in one SIMD pass (314 keywords:
//! 1.4x faster than one Teddy pass of 64 over a lowercased copy, measured here); aho-corasick's
//! Teddy stops at 64 words. Linked only when `build.rs` finds the library (cfg `vectorscan`).
//! Bound by hand: the `hyperscan` crate cannot be made optional by what the build machine has.

use std::ffi::{c_char, c_int, c_uint, c_ulonglong, c_void, CStr};
use std::ptr::{null, null_mut, NonNull};
use std::sync::Mutex;

#[repr(C)]
struct RawDatabase {
    _opaque: [u8; 0],
}

#[repr(C)]
struct RawScratch {
    _opaque: [u8; 0],
}

#[repr(C)]
struct RawCompileError {
    message: *const c_char,
    expression: c_int,
}

type MatchHandler =
    Option<unsafe extern "C" fn(id: c_uint, from: c_ulonglong, to: c_ulonglong, flags: c_uint, context: *mut c_void) -> c_int>;

const HS_SUCCESS: c_int = 0;
const HS_SCAN_TERMINATED: c_int = -3;
const HS_FLAG_CASELESS: c_uint = 1;
const HS_MODE_BLOCK: c_uint = 1;

extern "C" {
    fn hs_compile_lit_multi(
        expressions: *const *const c_char,
        flags: *const c_uint,
        ids: *const c_uint,
        lens: *const usize,
        elements: c_uint,
        mode: c_uint,
        platform: *const c_void,
        db: *mut *mut RawDatabase,
        error: *mut *mut RawCompileError,
    ) -> c_int;
    fn hs_free_compile_error(error: *mut RawCompileError) -> c_int;
    fn hs_free_database(db: *mut RawDatabase) -> c_int;
    fn hs_alloc_scratch(db: *const RawDatabase, scratch: *mut *mut RawScratch) -> c_int;
    fn hs_free_scratch(scratch: *mut RawScratch) -> c_int;
    fn hs_scan(
        db: *const RawDatabase,
        data: *const c_char,
        length: c_uint,
        flags: c_uint,
        scratch: *mut RawScratch,
        on_event: MatchHandler,
        context: *mut c_void,
    ) -> c_int;
}

/// A scan that did not run to its end (no scratch memory, a block too long): the caller
/// searches another way rather than losing the blob's words.
#[derive(Debug)]
pub struct ScanFailed;

/// A compiled set of literal words, searched by any number of threads at once (each scan takes
/// a scratch space of its own from the pool).
pub struct Database {
    db: NonNull<RawDatabase>,
    scratches: Mutex<Vec<NonNull<RawScratch>>>,
}

// The compiled database is immutable and Vectorscan documents it as safe to share between
// threads; scratch spaces are used by one scan at a time (taken out of the pool for its length).
unsafe impl Send for Database {}
unsafe impl Sync for Database {}

impl Database {
    /// Compiles `words` (bytes, whether ASCII case is ignored); a match reports the word's
    /// position in `words`.
    pub fn literals(words: &[(&[u8], bool)]) -> Result<Database, String> {
        let pointers: Vec<*const c_char> = words.iter().map(|(word, _)| word.as_ptr().cast()).collect();
        let lengths: Vec<usize> = words.iter().map(|(word, _)| word.len()).collect();
        let flags: Vec<c_uint> = words.iter().map(|&(_, ignore_case)| if ignore_case { HS_FLAG_CASELESS } else { 0 }).collect();
        let ids: Vec<c_uint> = (0..words.len()).map(|id| c_uint::try_from(id).unwrap_or(c_uint::MAX)).collect();
        let count = c_uint::try_from(words.len()).map_err(|_| format!("{} words are too many", words.len()))?;
        let mut db = null_mut();
        let mut error = null_mut();
        // SAFETY: every array holds `count` elements and outlives the call; the words are read
        // by length (they need no NUL).
        let status = unsafe {
            hs_compile_lit_multi(
                pointers.as_ptr(),
                flags.as_ptr(),
                ids.as_ptr(),
                lengths.as_ptr(),
                count,
                HS_MODE_BLOCK,
                null(),
                &mut db,
                &mut error,
            )
        };
        if status != HS_SUCCESS {
            let message = if error.is_null() {
                format!("vectorscan error {status}")
            } else {
                // SAFETY: a compile error Vectorscan returned, read then freed once.
                unsafe {
                    let text = CStr::from_ptr((*error).message).to_string_lossy().into_owned();
                    hs_free_compile_error(error);
                    text
                }
            };
            return Err(message);
        }
        let db = NonNull::new(db).ok_or("vectorscan returned no database")?;
        Ok(Database { db, scratches: Mutex::new(Vec::new()) })
    }

    /// Calls `each(word, end)` for every occurrence of every word in `block` (overlapping ones
    /// too), in order of their end; `each` returns false to stop.
    pub fn scan(&self, block: &[u8], mut each: impl FnMut(usize, usize) -> bool) -> Result<(), ScanFailed> {
        let length = c_uint::try_from(block.len()).map_err(|_| ScanFailed)?;
        let scratch = self.take_scratch()?;
        let mut handler = &mut each as &mut dyn FnMut(usize, usize) -> bool;
        // SAFETY: the database and the scratch are valid and the scratch is this call's alone;
        // the context points at `handler`, alive for the whole call.
        let status = unsafe {
            hs_scan(
                self.db.as_ptr(),
                block.as_ptr().cast(),
                length,
                0,
                scratch.as_ptr(),
                Some(on_match),
                (&mut handler as *mut &mut dyn FnMut(usize, usize) -> bool).cast(),
            )
        };
        self.scratches.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).push(scratch);
        match status {
            HS_SUCCESS | HS_SCAN_TERMINATED => Ok(()),
            _ => Err(ScanFailed),
        }
    }

    fn take_scratch(&self) -> Result<NonNull<RawScratch>, ScanFailed> {
        if let Some(scratch) = self.scratches.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).pop() {
            return Ok(scratch);
        }
        let mut scratch = null_mut();
        // SAFETY: a valid database; a null scratch asks for a new one.
        let status = unsafe { hs_alloc_scratch(self.db.as_ptr(), &mut scratch) };
        match NonNull::new(scratch) {
            Some(scratch) if status == HS_SUCCESS => Ok(scratch),
            _ => Err(ScanFailed),
        }
    }
}

unsafe extern "C" fn on_match(id: c_uint, _from: c_ulonglong, to: c_ulonglong, _flags: c_uint, context: *mut c_void) -> c_int {
    // SAFETY: `context` is the `&mut dyn FnMut` that `Database::scan` passed, alive during the scan.
    let handler = unsafe { &mut *context.cast::<&mut dyn FnMut(usize, usize) -> bool>() };
    let end = usize::try_from(to).unwrap_or(usize::MAX);
    if handler(id as usize, end) {
        0
    } else {
        1
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let scratches = std::mem::take(self.scratches.get_mut().unwrap_or_else(|poisoned| poisoned.into_inner()));
        // SAFETY: nothing scans any more (we hold `&mut self`); each pointer is freed once.
        unsafe {
            for scratch in scratches {
                hs_free_scratch(scratch.as_ptr());
            }
            hs_free_database(self.db.as_ptr());
        }
    }
}
