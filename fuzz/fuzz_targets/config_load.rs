//! cargo-fuzz entry for the `config_load` target (body: `supervisord::fuzz_targets::config_load`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supervisord::fuzz_targets::config_load(data));
