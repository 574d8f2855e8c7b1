//! `depends_on` conditions (`name:running|ready|exited`): a dependent waits for a one-shot
//! to exit cleanly, an unexpected exit leaves the dependent STOPPED with the reason, and
//! `check` prints the start order in layers.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;
use supervisord::rpc::Value;
use support::*;

fn start(name: &str, programs: &str) -> Daemon {
    let dir = temp_dir(name);
    let conf = format!("{}{programs}", preamble(&dir, ""));
    Daemon::start_conf(dir, &conf)
}

fn info(d: &Daemon, name: &str) -> (String, String) {
    let Ok(v) = d.rpc("supervisor.getProcessInfo", &[Value::Str(name.into())]) else {
        return Default::default();
    };
    let text = |k| match field(&v, k) {
        Some(Value::Str(s)) => s.clone(),
        _ => String::new(),
    };
    (text("statename"), text("description"))
}

const APP: &str = "[program:app]\n\
    command=bash -c 'echo $EPOCHREALTIME >> %(here)s/app; exec sleep 100'\n\
    startsecs=0\ndepends_on = migrate:exited\n\n";

#[test]
fn app_waits_for_migrate_to_exit_cleanly() {
    let d = start(
        "depends_exited",
        &format!(
            "{APP}[program:migrate]\n\
             command=bash -c 'sleep 0.5; echo $EPOCHREALTIME >> %(here)s/migrated; exit 0'\n\
             startsecs=0\nautorestart=false\n"
        ),
    );
    assert!(
        wait_for(Duration::from_secs(10), || read_times(&d.path("app")).len()
            == 1),
        "{}",
        d.log()
    );
    let migrated = read_times(&d.path("migrated"));
    let app = read_times(&d.path("app"));
    assert_eq!(migrated.len(), 1, "{}", d.log());
    assert!(
        app[0] >= migrated[0],
        "app started {:.3} s before migrate finished",
        migrated[0] - app[0]
    );
    assert_eq!(info(&d, "migrate").0, "EXITED");
}

#[test]
fn an_unexpected_exit_leaves_the_dependent_stopped_with_the_reason() {
    let d = start(
        "depends_failed",
        &format!(
            "{APP}[program:migrate]\ncommand=bash -c 'sleep 0.2; exit 3'\n\
             startsecs=0\nautorestart=false\n"
        ),
    );
    assert!(
        wait_for(Duration::from_secs(10), || info(&d, "migrate").0
            == "EXITED"),
        "{}",
        d.log()
    );
    assert!(
        wait_for(Duration::from_secs(5), || {
            info(&d, "app").1 == "Not started: dependency migrate exited unexpectedly"
        }),
        "{:?}\n{}",
        info(&d, "app"),
        d.log()
    );
    assert_eq!(info(&d, "app").0, "STOPPED");
    assert!(!d.path("app").exists());
    d.assert_log(
        "not starting app: dependency migrate exited unexpectedly",
        Duration::from_secs(1),
    );
}

#[test]
fn check_prints_the_start_order_in_layers() {
    let dir = temp_dir("depends_check");
    let conf = dir.join("s.conf");
    std::fs::write(
        &conf,
        format!(
            "[supervisord]\nlogfile={0}/main.log\n\n\
             [program:app]\ncommand=sleep 1\ndepends_on = db:ready, migrate:exited\n\n\
             [program:db]\ncommand=sleep 1\n\n\
             [program:migrate]\ncommand=true\nautorestart=false\ndepends_on=db\n",
            dir.display()
        ),
    )
    .unwrap();
    let out = support::check_conf(&[], &conf);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains(
            "  1: db\n  2: migrate (after db)\n  3: app (after db:ready, migrate:exited)\n"
        ),
        "{text}"
    );
    assert!(text.contains("in priority order"), "{text}");
    std::fs::write(
        &conf,
        std::fs::read_to_string(&conf)
            .unwrap()
            .replace(":exited", ":done"),
    )
    .unwrap();
    let out = support::check_conf(&[], &conf);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        err.contains("unknown condition 'done'") && err.contains("line: 6"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
