//! Handing freed heap memory back to the kernel after a large, short-lived allocation (a
//! status answer of thousands of processes, the spawn burst at start). glibc keeps freed
//! chunks in its arenas, where they count as the daemon's RSS until the next allocation
//! of that size; `malloc_trim` returns the free pages of every arena. Skipped for small
//! work: a trim walks the heap.

/// Bytes below which an answer's buffers are not worth a trim.
pub const LARGE: usize = 256 * 1024;

/// Returns the free pages of every malloc arena to the kernel.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks and trims the allocator's own free lists.
    unsafe {
        nix::libc::malloc_trim(0);
    }
}
