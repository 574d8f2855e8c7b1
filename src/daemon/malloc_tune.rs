//! glibc malloc settings for a daemon that idles for months: what a burst of work (a large
//! call answer, the spawn burst) allocates goes back to the kernel once freed.
//! - One arena: the HTTP thread allocates from the main arena instead of keeping its own,
//!   whose freed memory stays resident.
//! - A fixed mmap threshold: glibc's dynamic threshold rises after a large mmapped block is
//!   freed, after which every later answer of that size comes from the heap and stays. Set
//!   explicitly, blocks from this size on are always mmapped and unmapped when freed.

/// Allocations from this size on are mmapped (glibc's initial default).
const MMAP_THRESHOLD: i32 = 128 * 1024;

/// Applies the settings; called first thing, before any thread exists.
pub fn tune() {
    #[cfg(target_env = "gnu")]
    // SAFETY: mallopt only changes glibc's malloc parameters; no thread exists yet.
    unsafe {
        nix::libc::mallopt(nix::libc::M_ARENA_MAX, 1);
        nix::libc::mallopt(nix::libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
    }
}
