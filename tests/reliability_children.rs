//! Children that misbehave, each against a real daemon: ignoring SIGTERM, stopping
//! themselves with SIGSTOP, leaving grandchildren that hold the output pipes, closing
//! stdout early, writing binary garbage and writing without newlines. Supervision must
//! carry on: states stay right, stops finish within stopwaitsecs (+ slack), no byte of
//! output is lost, the loop does not spin on a closed pipe, and descriptors come back.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::{Duration, Instant};

use supervisord::rpc::Value;
use support::*;

fn s(v: &str) -> Value {
    Value::Str(v.into())
}

fn state_of(d: &Daemon, name: &str) -> (String, i64) {
    d.infos()
        .into_iter()
        .find(|(n, _, _)| n == name)
        .map(|(_, s, p)| (s, p))
        .unwrap_or_default()
}

/// utime + stime of `pid` in clock ticks.
fn cpu_ticks(pid: i32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let rest = stat.rsplit_once(") ").map(|(_, r)| r).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    // Fields after "(comm) ": state=0 … utime=11, stime=12.
    f.get(11).and_then(|x| x.parse::<u64>().ok()).unwrap_or(0)
        + f.get(12).and_then(|x| x.parse::<u64>().ok()).unwrap_or(0)
}

#[test]
fn term_ignoring_and_self_stopped_children_are_killed_within_stopwaitsecs() {
    let dir = temp_dir("stubborn");
    let mut conf = preamble(&dir, "");
    conf.push_str(
        "[program:noterm]\ncommand=/bin/sh -c 'trap \"\" TERM; echo up; while :; do sleep 0.2; done'\n\
         startsecs=0\nstopwaitsecs=2\nstdout_logfile=%(here)s/noterm.out\n\n\
         [program:selfstop]\ncommand=/bin/sh -c 'echo up; kill -STOP $$; echo resumed'\n\
         startsecs=0\nstopwaitsecs=2\nautorestart=false\nstdout_logfile=%(here)s/selfstop.out\n",
    );
    let d = Daemon::start_conf(dir, &conf);
    assert!(
        d.wait_all("RUNNING", Duration::from_secs(30)),
        "{:?}",
        d.infos()
    );
    let (_, stopped_pid) = state_of(&d, "selfstop");
    assert!(wait_for(Duration::from_secs(10), || {
        status_field(stopped_pid as i32, "State:").is_some_and(|s| s.starts_with('T'))
    }));
    // A SIGSTOPped child is still RUNNING for supervision (waitpid does not report stops).
    assert_eq!(state_of(&d, "selfstop").0, "RUNNING");
    let mut figures = Vec::new();
    for name in ["noterm", "selfstop"] {
        let (_, pid) = state_of(&d, name);
        let t0 = Instant::now();
        d.rpc("supervisor.stopProcess", &[s(name), Value::Bool(true)])
            .unwrap_or_else(|e| panic!("stop {name}: {e}"));
        let took = t0.elapsed().as_secs_f64();
        assert_eq!(state_of(&d, name), ("STOPPED".to_string(), 0));
        assert!(
            wait_for(Duration::from_secs(5), || !alive(pid as i32)),
            "{name} still alive"
        );
        assert!(took < 2.0 + 10.0, "{name} stop took {took:.1} s");
        figures.push(format!("{name} stopped in {took:.2} s"));
    }
    assert!(d.log().contains("killing 'noterm'"), "{}", d.log());
    // The TERM-ignoring program can be started again at once.
    d.rpc("supervisor.startProcess", &[s("noterm"), Value::Bool(true)])
        .expect("restart noterm");
    // The killed shell's last `sleep 0.2` was orphaned to the daemon (a child subreaper),
    // which reaps it when it ends.
    d.assert_zombies_reaped();
    figure(&format!(
        "children_stubborn: stopwaitsecs=2; {}",
        figures.join(", ")
    ));
}

#[test]
fn grandchildren_holding_pipes_do_not_block_exit_handling() {
    let dir = temp_dir("grandkids");
    let mut conf = preamble(&dir, "");
    // The shell leaves a background grandchild holding stdout/stderr and exits at once.
    conf.push_str(
        "[program:leaver]\ncommand=/bin/sh -c 'sleep 60 & echo $! > %(here)s/gc.pid; echo parent-out; exit 3'\n\
         startsecs=0\nautorestart=false\nexitcodes=3\nstdout_logfile=%(here)s/leaver.out\n",
    );
    let d = Daemon::start_conf(dir, &conf);
    let base_fds = d.fd_count();
    assert!(
        wait_for(Duration::from_secs(20), || state_of(&d, "leaver").0
            == "EXITED"),
        "{:?}",
        d.infos()
    );
    let gc: i32 = d.read("gc.pid").trim().parse().expect("grandchild pid");
    assert!(alive(gc), "grandchild should still hold the pipes");
    assert!(d.log().contains("exited: leaver (exit status 3; expected)"));
    // A restart works while the old grandchild still holds the old pipes.
    d.rpc(
        "supervisor.startProcess",
        &[s("leaver"), Value::Bool(false)],
    )
    .expect("start again");
    assert!(wait_for(Duration::from_secs(20), || {
        d.log().matches("exited: leaver").count() >= 2
    }));
    assert!(d.read("leaver.out").matches("parent-out").count() >= 2);
    // When the grandchildren go, their pipe ends close and the daemon's fds come back.
    for line in d.read("gc.pid").lines() {
        if let Ok(p) = line.trim().parse() {
            kill9(p);
        }
    }
    kill9(gc);
    let back = wait_for(Duration::from_secs(20), || d.fd_count() <= base_fds);
    assert!(back, "fds {base_fds} → {}", d.fd_count());
    // The daemon is a child subreaper: the orphaned grandchildren were its children, and
    // it reaps them once they die (its SIGCHLD, not this test, decides when).
    d.assert_zombies_reaped();
    figure("children_grandkids: EXITED reported while a grandchild held the pipes; restart fine; fds back to baseline after it died");
}

#[test]
fn closed_stdout_garbage_and_unterminated_output_lose_nothing() {
    let dir = temp_dir("garbage");
    // 256 KiB of random bytes (NULs, invalid UTF-8, lone CRs) the child cats verbatim.
    let mut garbage = vec![0u8; 256 * 1024];
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    for b in garbage.iter_mut() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        *b = (x >> 24) as u8;
    }
    std::fs::write(dir.join("garbage.bin"), &garbage).expect("garbage");
    let mut conf = preamble(&dir, "");
    conf.push_str(
        "[program:garbage]\ncommand=/bin/cat %(here)s/garbage.bin\nstartsecs=0\nautorestart=false\n\
         stdout_logfile=%(here)s/garbage.out\nstdout_logfile_maxbytes=0\n\n\
         [program:nonl]\ncommand=/bin/sh -c 'head -c 1000000 /dev/zero | tr \"\\000\" x; printf tail-no-newline; exec sleep 1000'\n\
         startsecs=0\nstdout_logfile=%(here)s/nonl.out\nstdout_logfile_maxbytes=0\n\n\
         [program:closer]\ncommand=/bin/sh -c 'echo before-close; exec 1>&- 2>&-; sleep 4; exit 0'\n\
         startsecs=0\nautorestart=false\nstdout_logfile=%(here)s/closer.out\n",
    );
    let d = Daemon::start_conf(dir, &conf);
    assert!(wait_for(Duration::from_secs(30), || {
        state_of(&d, "garbage").0 == "EXITED"
    }));
    // Binary output: byte for byte.
    assert!(wait_for(Duration::from_secs(10), || {
        std::fs::read(d.dir.join("garbage.out")).is_ok_and(|g| g.len() >= garbage.len())
    }));
    let got = std::fs::read(d.dir.join("garbage.out")).expect("garbage.out");
    assert_eq!(got.len(), garbage.len(), "binary bytes lost or added");
    assert!(got == garbage, "binary output altered");
    // Output without any newline: all of it, including the unterminated tail, readable
    // through the log file and through readProcessStdoutLog.
    let want = 1_000_000 + "tail-no-newline".len();
    assert!(
        wait_for(Duration::from_secs(30), || {
            std::fs::metadata(d.dir.join("nonl.out")).is_ok_and(|m| m.len() as usize >= want)
        }),
        "nonl.out has {:?} bytes",
        std::fs::metadata(d.dir.join("nonl.out")).map(|m| m.len())
    );
    let nonl = d.read("nonl.out");
    assert_eq!(nonl.len(), want);
    assert!(nonl.ends_with("xxxtail-no-newline"));
    let tail = d
        .rpc(
            "supervisor.readProcessStdoutLog",
            &[s("nonl"), Value::Int(-15), Value::Int(0)],
        )
        .expect("read tail");
    assert_eq!(tail.as_str(), Some("tail-no-newline"));
    // Closed stdout while running: still RUNNING, and the loop does not spin on the
    // closed pipe (CPU used by the daemon over the child's remaining 4 s stays small).
    assert!(wait_for(Duration::from_secs(10), || d
        .read("closer.out")
        .contains("before-close")));
    let t0 = cpu_ticks(d.pid());
    let w0 = Instant::now();
    assert_eq!(state_of(&d, "closer").0, "RUNNING");
    // Watch the log file, not the RPC, so the test's own polling costs the daemon nothing.
    assert!(d.wait_log("exited: closer", Duration::from_secs(30)));
    let ticks = cpu_ticks(d.pid()).saturating_sub(t0);
    let wall = w0.elapsed().as_secs_f64();
    assert!(d.log().contains("exited: closer (exit status 0; expected)"));
    // 100 ticks/s: a spinning loop would use ~all of the wall time.
    assert!(
        (ticks as f64) < wall * 100.0 * 0.05,
        "daemon used {ticks} ticks in {wall:.1} s while a child had closed stdout"
    );
    figure(&format!(
        "children_output: 262144 random bytes → 262144 logged identical; 1000015 bytes without newline → all logged; \
         closed stdout: daemon CPU {ticks} ticks over {wall:.1} s; bytes lost 0"
    ));
}
