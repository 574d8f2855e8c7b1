//! cargo-fuzz entry for the `ini` target (body: `supervisord::fuzz_targets::ini`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supervisord::fuzz_targets::ini(data));
