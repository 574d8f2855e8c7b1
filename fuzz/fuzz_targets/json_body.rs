//! cargo-fuzz entry for the `json_body` target (body: `supervisord::fuzz_targets::json_body`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supervisord::fuzz_targets::json_body(data));
