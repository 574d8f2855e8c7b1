//! The web UI's script runs (in node, with a DOM/fetch stub) and drives the JSON API:
//! rows rendered from `/api/v1/processes`, the timeline's and graph's edges from
//! `/api/v1/startup`, per-row actions, the live tail and stop-all. Skips
//! (see `support::skip`) when node is not installed.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::Command;

#[test]
fn ui_script_renders_rows_and_calls_the_json_api() {
    let page = include_str!("../src/http/index.html");
    // The page's own script is its last one (the multi-node block comes before it).
    let (Some(start), Some(end)) = (page.rfind("<script>"), page.rfind("</script>")) else {
        panic!("no inline script in the page");
    };
    let dir = support::temp_dir("ui");
    let script = dir.join("ui.js");
    std::fs::write(&script, &page[start + 8..end]).expect("write");
    let stub = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/ui_stub.js");
    let Some(node) = support::ci_tool("ui_script_renders_rows_and_calls_the_json_api", &["node"])
    else {
        return;
    };
    let out = Command::new(node)
        .arg(stub)
        .arg(&script)
        .output()
        .expect("run node");
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        stdout,
        "rows 3 g:a st STOPPED\n\
         timeline arrows 1 graph edges 1\n\
         [ [ 'POST', '/api/v1/processes/g%3Aa/restart' ] ]\n\
         tail LOGDATA g:a (stdout)\n\
         [ 'POST', '/api/v1/processes/all/stop' ]\n"
    );
}
