//! cargo-fuzz entry for the `pattern` target (body: `supervisord::fuzz_targets::pattern`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supervisord::fuzz_targets::pattern(data));
