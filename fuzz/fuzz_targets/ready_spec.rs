//! cargo-fuzz entry for the `ready_spec` target (body: `supervisord::fuzz_targets::ready_spec`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supervisord::fuzz_targets::ready_spec(data));
