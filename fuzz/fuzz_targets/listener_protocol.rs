//! cargo-fuzz entry for the `listener_protocol` target (body: `supervisord::fuzz_targets::listener_protocol`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supervisord::fuzz_targets::listener_protocol(data));
