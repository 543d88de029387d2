//! The decompression floor of the benchmark: inflates gzip layer blobs with the same flate2 +
//! zlib-rs that layerhound uses, and does nothing else (no tar walk, no hash, no scan).
//!
//!     cargo run --release --example inflate-floor -- [--parallel] BLOB...
//!
//! One blob after the other, or with `--parallel` one thread per blob (what layerhound's
//! layer readers can do at best). Prints the bytes inflated.

use std::fs::File;
use std::io::{self, BufReader};
use std::process::ExitCode;

use flate2::read::MultiGzDecoder;

fn inflate(path: &str) -> io::Result<u64> {
    let file = File::open(path)?;
    io::copy(&mut MultiGzDecoder::new(BufReader::with_capacity(1 << 20, file)), &mut io::sink())
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let parallel = args.first().is_some_and(|a| a == "--parallel");
    if parallel {
        args.remove(0);
    }
    let results: Vec<(String, io::Result<u64>)> = if parallel {
        std::thread::scope(|scope| {
            let threads: Vec<_> = args.iter().map(|path| (path, scope.spawn(|| inflate(path)))).collect();
            threads
                .into_iter()
                .map(|(path, thread)| {
                    let result = thread.join().unwrap_or_else(|_| Err(io::Error::other("the thread panicked")));
                    (path.clone(), result)
                })
                .collect()
        })
    } else {
        args.iter().map(|path| (path.clone(), inflate(path))).collect()
    };
    let mut total = 0;
    for (path, result) in results {
        match result {
            Ok(bytes) => total += bytes,
            Err(err) => {
                eprintln!("inflate-floor: {path}: {err}");
                return ExitCode::FAILURE;
            }
        }
    }
    println!("{total}");
    ExitCode::SUCCESS
}
