//! The hand-over from the layer readers to the scan workers: each reader thread pushes its
//! files' bytes (in place, read, or spilled to an unlinked temp file) into one queue bounded by
//! heap bytes; `--jobs` workers, each with its own yara-x scanner, take them off and record
//! what each file held by (layer digest, entry index). Decompressing and walking a layer so
//! runs beside the scanning of its files.

use std::collections::VecDeque;
use std::io::Read;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Condvar, Mutex, PoisonError};

use super::spill::spill;
use super::{guarded_scan, scanner_failed, ContentScanner, FileInfo, FileOutcome, Gap, GapKind};
use crate::layers::layer::{ContentSink, EntryLocation, LayerSink, LayerSinks};
use crate::overlay;
use crate::shared::digest::OciDigest;
use crate::shared::limits;
use crate::shared::pathbytes::display_bytes;

impl ContentSink for ContentScanner<'_> {
    /// The layers' readers hand each file's bytes to scan workers, one per thread of the pool
    /// (`--jobs`), through a queue bounded by bytes: decompressing, walking and hashing a layer
    /// runs beside the scanning of its files, so one big layer keeps every core busy.
    fn session<'b>(&self, read: &mut dyn FnMut(&dyn LayerSinks<'b>)) {
        let workers = rayon::current_num_threads().max(1);
        let queue = Queue::new(self.limits.scan_queue_bytes, workers);
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| self.work(&queue));
            }
            let _close = CloseOnDrop(&queue);
            read(&Feeders { shared: self, queue: &queue });
        });
        if let Some(secrets) = self.engines.secrets {
            secrets.release_compiled();
        }
        release_freed_memory();
    }
}

/// The workers' scanners, regex caches and queue buffers were freed into glibc's arenas, which
/// keep freed chunks for reuse by the threads that share them: the image pass that follows
/// allocates its per-version records elsewhere, so the peak would hold both. Hands the free
/// pages back to the kernel (one call per session, a few milliseconds).
fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: glibc's own call, which takes each arena's lock.
        unsafe { libc::malloc_trim(0) };
    }
}

/// One layer's hand-over: on the thread that reads the layer, each file's bytes go to the
/// session's scan workers.
struct LayerFeeder<'s, 'b> {
    shared: &'s ContentScanner<'s>,
    queue: &'s Queue<'b>,
    /// Known at the first file: the layer's digest, the entries scanned before (skipped), and
    /// the entries handed over so far.
    progress: Option<LayerProgress>,
}

struct LayerProgress {
    digest: OciDigest,
    scanned_before: u32,
    scanned: u32,
}

impl Drop for LayerFeeder<'_, '_> {
    fn drop(&mut self) {
        if let Some(progress) = self.progress.take() {
            let mut scanned = self.shared.scanned_entries.lock().unwrap_or_else(PoisonError::into_inner);
            let entry = scanned.entry(progress.digest).or_insert(0);
            *entry = (*entry).max(progress.scanned);
        }
    }
}

/// What a queued file costs besides its bytes (its names, the job): bounds the queue of files
/// scanned in place, whose bytes cost nothing.
const JOB_COST: u64 = 4 << 10;

impl<'b> LayerSink<'b> for LayerFeeder<'_, 'b> {
    fn file(&mut self, location: &EntryLocation<'_>, content: &mut dyn Read, in_place: Option<&'b [u8]>) {
        let shared = self.shared;
        let progress = self.progress.get_or_insert_with(|| {
            let scanned_before =
                shared.scanned_entries.lock().unwrap_or_else(PoisonError::into_inner).get(&location.layer_digest).copied().unwrap_or(0);
            LayerProgress { digest: location.layer_digest, scanned_before, scanned: 0 }
        });
        if location.entry_index < progress.scanned_before {
            return;
        }
        progress.scanned = location.entry_index.saturating_add(1);
        shared.files_scanned.fetch_add(1, Ordering::Relaxed);
        let limits = &shared.limits;
        // The header's size is only a hint, and capped: what is read is what counts, never
        // more than the hint. A read error (a layer cut short) is the layer's to report; what
        // was read is scanned.
        let hint = location.size.min(limits.max_scan_bytes);
        let body = match in_place {
            Some(bytes) => {
                self.queue.reserve(JOB_COST, false);
                Body::InPlace(&bytes[..bytes.len().min(usize::try_from(hint).unwrap_or(usize::MAX))])
            }
            // A decompressed file over half the queue's budget is held in an unlinked temp
            // file, mapped, rather than on the heap: memory stays bounded by the queue whatever
            // the files' sizes.
            None if hint > limits.scan_queue_bytes / 2 => {
                self.queue.reserve(JOB_COST, true);
                match limits::temp_file(shared.limits.spill_dir.as_deref()).and_then(|file| spill(file, &[], content, hint)) {
                    Ok(spilled) => Body::Spilled(spilled.map),
                    Err(err) => {
                        self.queue.release(Body::Spilled(None));
                        let gap = Gap {
                            chain: Vec::new(),
                            kind: GapKind::ScannerError,
                            reason: format!("not scanned: no temp file to hold its {hint} bytes ({err})"),
                        };
                        let outcome = FileOutcome { gaps: vec![gap], ..FileOutcome::default() };
                        shared.record(progress.digest, location.entry_index, outcome);
                        return;
                    }
                }
            }
            None => {
                self.queue.reserve(JOB_COST + hint, false);
                let mut buffer = self.queue.buffer_for(hint);
                let _ = content.take(hint).read_to_end(&mut buffer);
                Body::Read(buffer)
            }
        };
        self.queue.push(Job {
            digest: progress.digest,
            entry_index: location.entry_index,
            path: display_bytes(&overlay::normalize(location.path).0),
            owner: location.owner.to_string(),
            size: location.size,
            body,
        });
    }
}

/// A file's bytes as a scan worker gets them.
enum Body<'b> {
    /// Read from a decompressed layer into a buffer of the queue's.
    Read(Vec<u8>),
    /// A large decompressed file, in a mapped temp file (None: empty).
    Spilled(Option<memmap2::Mmap>),
    /// Where they lie in a plain layer's (mapped) blob.
    InPlace(&'b [u8]),
}

impl Body<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Body::Read(buffer) => buffer,
            Body::Spilled(map) => map.as_deref().unwrap_or_default(),
            Body::InPlace(bytes) => bytes,
        }
    }

    /// What holding these bytes costs the queue's memory budget: a buffer's capacity.
    fn cost(&self) -> u64 {
        JOB_COST + if let Body::Read(buffer) = self { buffer.capacity() as u64 } else { 0 }
    }
}

/// Queued work at which a sleeping worker is woken.
const WAKE_WORK: u64 = 256 << 10;

struct Job<'b> {
    digest: OciDigest,
    entry_index: u32,
    path: String,
    owner: String,
    size: u64,
    body: Body<'b>,
}

impl Job<'_> {
    fn work(&self) -> u64 {
        JOB_COST + self.body.bytes().len() as u64
    }
}

/// Files between the layer readers and the scan workers, bounded by the bytes they hold
/// (queued or being scanned), not by their number.
struct Queue<'b> {
    state: Mutex<QueueState<'b>>,
    /// Spilled files held at once (each up to `--max-scan-bytes` of temp file).
    spill_slots: usize,
    /// Signalled when a job is queued or the queue closes.
    queued: Condvar,
    /// Signalled when a scan ends and gives its bytes back.
    released: Condvar,
    budget: u64,
}

struct QueueState<'b> {
    jobs: VecDeque<Job<'b>>,
    /// Bytes to scan in the queued jobs, plus [`JOB_COST`] each: what a woken worker finds.
    queued_work: u64,
    /// Workers asleep for want of jobs, and readers waiting for budget: nobody is woken (a
    /// system call, often a context switch) unless someone waits.
    idle_workers: usize,
    waiting_readers: usize,
    /// Budget taken by files reserved, queued or being scanned.
    held: u64,
    spilled: usize,
    /// Buffers of files scanned, for the readers to fill again, and their total capacity.
    spare: Vec<Vec<u8>>,
    spare_bytes: usize,
    closed: bool,
}

impl<'b> Queue<'b> {
    fn new(budget: u64, spill_slots: usize) -> Self {
        Queue {
            state: Mutex::new(QueueState {
                jobs: VecDeque::new(),
                queued_work: 0,
                idle_workers: 0,
                waiting_readers: 0,
                held: 0,
                spilled: 0,
                spare: Vec::new(),
                spare_bytes: 0,
                closed: false,
            }),
            spill_slots,
            queued: Condvar::new(),
            released: Condvar::new(),
            budget,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, QueueState<'b>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until `cost` fits in the budget (and, for a file to spill, a spill slot is free).
    /// A file larger than the whole budget waits until nothing else is held, then goes alone.
    fn reserve(&self, cost: u64, spill: bool) {
        let mut state = self.lock();
        while (state.held > 0 && state.held + cost > self.budget) || (spill && state.spilled >= self.spill_slots) {
            // What is queued must be scanned for budget to come back: no worker may sleep on it.
            if state.idle_workers > 0 && !state.jobs.is_empty() {
                self.queued.notify_all();
            }
            state.waiting_readers += 1;
            state = self.released.wait(state).unwrap_or_else(PoisonError::into_inner);
            state.waiting_readers -= 1;
        }
        state.held += cost;
        state.spilled += usize::from(spill);
    }

    /// A buffer for `hint` bytes (reserved already): a scanned file's, else a new one. The
    /// budget holds buffers by capacity, so a larger one reused takes the difference too.
    fn buffer_for(&self, hint: u64) -> Vec<u8> {
        let mut buffer = {
            let mut state = self.lock();
            let buffer = state.spare.pop().unwrap_or_default();
            state.spare_bytes -= buffer.capacity();
            buffer
        };
        // One too small is dropped rather than grown: growing copies, and growing the
        // amortized way could double it past the budget.
        let hint_bytes = usize::try_from(hint).unwrap_or(0);
        if buffer.capacity() < hint_bytes {
            buffer = Vec::with_capacity(hint_bytes);
        }
        let over = (buffer.capacity() as u64).saturating_sub(hint);
        if over > 0 {
            self.lock().held += over;
        }
        buffer
    }

    fn push(&self, job: Job<'b>) {
        let mut state = self.lock();
        state.queued_work += job.work();
        state.jobs.push_back(job);
        // A sleeping worker is woken for a batch of small files, not for each (900,000 empty
        // files cost a third less CPU than with one wake-up per file), or when a reader waits
        // for budget this file holds (this reader may have no more files to push).
        let wake = state.idle_workers > 0 && (state.queued_work >= WAKE_WORK || state.waiting_readers > 0);
        drop(state);
        if wake {
            self.queued.notify_one();
        }
    }

    /// The next file to scan; None once the queue is closed and empty.
    fn next(&self) -> Option<Job<'b>> {
        let mut state = self.lock();
        loop {
            if let Some(job) = state.jobs.pop_front() {
                state.queued_work -= job.work();
                return Some(job);
            }
            if state.closed {
                return None;
            }
            state.idle_workers += 1;
            state = self.queued.wait(state).unwrap_or_else(PoisonError::into_inner);
            state.idle_workers -= 1;
        }
    }

    /// Gives back what a scanned file held; its buffer is kept for reuse unless large.
    fn release(&self, body: Body<'b>) {
        let cost = body.cost();
        let mut state = self.lock();
        state.held = state.held.saturating_sub(cost);
        match body {
            Body::Read(mut buffer) if state.spare_bytes + buffer.capacity() <= self.budget as usize / 2 => {
                buffer.clear();
                state.spare_bytes += buffer.capacity();
                state.spare.push(buffer);
            }
            Body::Spilled(_) => state.spilled -= 1,
            _ => {}
        }
        let wake = state.waiting_readers > 0;
        drop(state);
        if wake {
            self.released.notify_all();
        }
    }

    fn close(&self) {
        self.lock().closed = true;
        self.queued.notify_all();
    }
}

/// Closes the queue however the readers end (a panic included), so the workers stop.
struct CloseOnDrop<'q, 'b>(&'q Queue<'b>);

impl Drop for CloseOnDrop<'_, '_> {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// The layer sinks of one session, all feeding one queue.
struct Feeders<'s, 'b> {
    shared: &'s ContentScanner<'s>,
    queue: &'s Queue<'b>,
}

impl<'b> LayerSinks<'b> for Feeders<'_, 'b> {
    fn layer(&self) -> Box<dyn LayerSink<'b> + '_> {
        Box::new(LayerFeeder { shared: self.shared, queue: self.queue, progress: None })
    }
}

impl ContentScanner<'_> {
    /// One scan worker: its own yara-x scanner, files from the queue until it closes.
    fn work(&self, queue: &Queue<'_>) {
        let mut scanner = self.engines.rules.scanner();
        while let Some(job) = queue.next() {
            let file = FileInfo { path: &job.path, owner: &job.owner, size: job.size };
            let outcome = guarded_scan(&mut scanner, &self.engines, job.body.bytes(), &file, &self.limits).unwrap_or_else(|| {
                // The scanner's state is unknown after a panic: start a fresh one.
                scanner = self.engines.rules.scanner();
                scanner_failed()
            });
            self.record(job.digest, job.entry_index, outcome);
            queue.release(job.body);
        }
    }

    fn record(&self, layer_digest: OciDigest, entry: u32, outcome: FileOutcome) {
        if !outcome.is_empty() {
            self.by_entry.lock().unwrap_or_else(PoisonError::into_inner).insert((layer_digest, entry), Arc::new(outcome));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicU64;
    use std::time::Duration;

    use super::*;

    fn job(entry_index: u32, body: Body<'static>) -> Job<'static> {
        Job { digest: OciDigest::of(b"x"), entry_index, path: String::new(), owner: String::new(), size: 0, body }
    }

    /// Readers push tiny files (as many as `files` says for each) through a queue of `budget`
    /// to one worker (after `pause`); the number scanned, or None if that did not end within
    /// 30 s (a worker left asleep).
    fn scanned_through_queue(budget: u64, files: &'static [u32], pause: Duration) -> Option<u64> {
        let (done, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let queue = Queue::new(budget, 1);
            let scanned = AtomicU64::new(0);
            std::thread::scope(|scope| {
                scope.spawn(|| {
                    while let Some(job) = queue.next() {
                        scanned.fetch_add(1, Ordering::Relaxed);
                        queue.release(job.body);
                    }
                });
                let _close = CloseOnDrop(&queue);
                std::thread::sleep(pause);
                let queue = &queue;
                std::thread::scope(|readers| {
                    for &count in files {
                        readers.spawn(move || {
                            for index in 0..count {
                                queue.reserve(JOB_COST, false);
                                queue.push(job(index, Body::Read(vec![0; 10])));
                            }
                        });
                    }
                });
            });
            let _ = done.send(scanned.load(Ordering::Relaxed));
        });
        finished.recv_timeout(Duration::from_secs(30)).ok()
    }

    /// Workers sleep until a batch is queued; a reader short of budget, or the end of the
    /// reading, must still get every file scanned.
    #[test]
    fn files_below_the_wake_batch_are_scanned_when_the_budget_runs_out_and_at_the_end() {
        // 8 tiny files fill the budget long before the 64 a wake-up waits for.
        assert_eq!(scanned_through_queue(JOB_COST * 8, &[100], Duration::ZERO), Some(100));
        assert_eq!(
            scanned_through_queue(JOB_COST * 1000, &[3], Duration::from_millis(20)),
            Some(3),
            "the last files, below a batch, are scanned when the queue closes"
        );
        // Room for one file: a reader pushing its last file while another waits for room.
        for _ in 0..200 {
            assert_eq!(scanned_through_queue(JOB_COST, &[1, 20, 3], Duration::ZERO), Some(24));
        }
    }
}
