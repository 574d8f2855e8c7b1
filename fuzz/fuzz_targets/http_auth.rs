//! cargo-fuzz entry for the `http_auth` target (body: `supervisord::fuzz_targets::http_auth`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supervisord::fuzz_targets::http_auth(data));
