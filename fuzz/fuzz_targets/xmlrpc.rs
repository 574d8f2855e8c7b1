//! cargo-fuzz entry for the `xmlrpc` target (body: `supervisord::fuzz_targets::xmlrpc`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supervisord::fuzz_targets::xmlrpc(data));
