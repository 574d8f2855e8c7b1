//! Reloads under load: ten programs crash-loop and a client polls getAllProcessInfo every
//! 20 ms while the config is replaced by a broken one (SIGHUP and `supervisorctl update`)
//! and by valid ones (update, then SIGHUP). A broken config never replaces the running
//! one (the untouched program keeps its pid), valid ones take effect, and every poll is
//! answered.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use support::*;

fn config(dir: &std::path::Path, crashers: usize, extra: &str) -> String {
    let mut conf = preamble(dir, "");
    for i in 0..crashers {
        conf.push_str(&format!(
            "[program:crash{i}]\ncommand=/bin/sh -c 'sleep 0.3; exit 1'\nstartsecs=0\n\
             autorestart=true\nstdout_logfile=NONE\nstderr_logfile=NONE\n\n"
        ));
    }
    conf.push_str("[program:keeper]\ncommand=/bin/sleep 1000\nstartsecs=0\n\n");
    conf.push_str(extra);
    conf
}

fn ctl_update(conf: &std::path::Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_supervisord"))
        .args(["ctl", "-c"])
        .arg(conf)
        .arg("update")
        .output()
        .expect("ctl update");
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[test]
fn bad_configs_never_replace_the_running_one_under_load() {
    let dir = temp_dir("reload");
    let conf_path = dir.join("supervisord.conf");
    let d = Daemon::start_conf(dir.clone(), &config(&dir, 10, ""));
    let keeper = || {
        d.infos()
            .into_iter()
            .find(|(n, _, _)| n == "keeper")
            .map(|(_, s, p)| (s, p))
            .unwrap_or_default()
    };
    assert!(wait_for(Duration::from_secs(30), || keeper().0 == "RUNNING"));
    let keeper_pid = keeper().1;

    let stop = Arc::new(AtomicBool::new(false));
    let (ok, bad) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let shut = Arc::new(AtomicUsize::new(0));
    let poller = {
        let (stop, ok, bad, shut, t) = (
            stop.clone(),
            ok.clone(),
            bad.clone(),
            shut.clone(),
            d.target.clone(),
        );
        std::thread::spawn(move || {
            let mut last_err = String::new();
            while !stop.load(Ordering::SeqCst) {
                match rpc(&t, None, "supervisor.getAllProcessInfo", &[]) {
                    Ok(_) => ok.fetch_add(1, Ordering::SeqCst),
                    // During a SIGHUP restart Python answers SHUTDOWN_STATE too.
                    Err(e) if e.contains("SHUTDOWN_STATE") => shut.fetch_add(1, Ordering::SeqCst),
                    Err(e) => {
                        last_err = e;
                        bad.fetch_add(1, Ordering::SeqCst)
                    }
                };
                std::thread::sleep(Duration::from_millis(20));
            }
            last_err
        })
    };
    let broken = config(&dir, 10, "[program:broken]\nstartsecs=zero\n");

    // Let the crash loop and the polling run for a while first.
    assert!(wait_for(Duration::from_secs(60), || d
        .log()
        .matches("exited: crash")
        .count()
        >= 30));

    // 1. SIGHUP with a broken config: kept.
    std::fs::write(&conf_path, &broken).expect("write");
    d.signal(1);
    d.assert_log(
        "restart aborted, keeping the running configuration",
        Duration::from_secs(30),
    );
    assert_eq!(keeper(), ("RUNNING".into(), keeper_pid));

    // 2. `update` with the broken config: refused with an error, nothing changes.
    let (code, out) = ctl_update(&conf_path);
    assert_ne!(code, 0, "update accepted a broken config: {out}");
    assert!(
        out.contains("program:broken") && out.contains("line"),
        "error should name section and line: {out}"
    );
    assert_eq!(keeper(), ("RUNNING".into(), keeper_pid));
    assert_eq!(d.infos().len(), 11);

    // 3. `update` with a valid config: one crasher removed, one program added.
    std::fs::write(
        &conf_path,
        config(
            &dir,
            9,
            "[program:added]\ncommand=/bin/sleep 1000\nstartsecs=0\n",
        ),
    )
    .expect("write");
    let (code, out) = ctl_update(&conf_path);
    assert_eq!(code, 0, "{out}");
    assert!(
        wait_for(Duration::from_secs(30), || d
            .infos()
            .iter()
            .any(|(n, s, _)| n == "added" && s == "RUNNING")),
        "{:?}",
        d.infos()
    );
    assert!(!d.infos().iter().any(|(n, _, _)| n == "crash9"));
    assert_eq!(
        keeper(),
        ("RUNNING".into(), keeper_pid),
        "update touched keeper"
    );

    // 4. SIGHUP with a valid config: full restart, everything back.
    d.signal(1);
    assert!(d.wait_log(
        "received SIGHUP indicating restart request",
        Duration::from_secs(30)
    ));
    assert!(
        wait_for(Duration::from_secs(60), || {
            let (s, p) = keeper();
            s == "RUNNING" && p != keeper_pid
        }),
        "{:?}\n{}",
        d.infos(),
        d.log()
    );
    assert_eq!(d.infos().len(), 11);
    stop.store(true, Ordering::SeqCst);
    let last_err = poller.join().expect("poller");
    let (ok, bad) = (ok.load(Ordering::SeqCst), bad.load(Ordering::SeqCst));
    let shut = shut.load(Ordering::SeqCst);
    // The crash loop goes on: one that has just exited is a zombie until the daemon's next
    // reap.
    d.assert_zombies_reaped();
    figure(&format!(
        "reload_under_load: 10 crash-looping programs; broken config via SIGHUP and update kept (keeper pid unchanged); \
         valid update added/removed without touching keeper; SIGHUP restart; {ok} polls answered, {shut} SHUTDOWN_STATE faults during the restart (as Python), {bad} failed"
    ));
    assert_eq!(bad, 0, "polls failed, last: {last_err}");
}
