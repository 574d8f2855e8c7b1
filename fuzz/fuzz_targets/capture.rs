//! cargo-fuzz entry for the `capture` target (body: `supervisord::fuzz_targets::capture`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supervisord::fuzz_targets::capture(data));
