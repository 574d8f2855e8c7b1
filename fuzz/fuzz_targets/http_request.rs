//! cargo-fuzz entry for the `http_request` target (body: `supervisord::fuzz_targets::http_request`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supervisord::fuzz_targets::http_request(data));
