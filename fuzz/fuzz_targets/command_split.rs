//! cargo-fuzz entry for the `command_split` target (body: `supervisord::fuzz_targets::command_split`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| supervisord::fuzz_targets::command_split(data));
