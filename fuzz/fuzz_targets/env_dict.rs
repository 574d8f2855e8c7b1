//! cargo-fuzz entry for the `env_dict` target (body: `supervisord::fuzz_targets::env_dict`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supervisord::fuzz_targets::env_dict(data));
