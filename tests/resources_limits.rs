//! `rlimit_*` on real children: the limits are in the child's `/proc/PID/limits`; a bad
//! value or a soft limit above the hard one is a config error naming file, section,
//! option and line; `check --json --extensions` shows every resource key; a limit the
//! kernel refuses is a spawn error.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::Command;
use std::time::Duration;
use support::daemon::Scratch;
use support::*;

fn start(name: &str, programs: &str) -> Daemon {
    let dir = temp_dir(name);
    let conf = format!("{}{programs}", preamble(&dir, ""));
    Daemon::start_conf(dir, &conf)
}

/// `(soft, hard)` of a `/proc/PID/limits` row.
fn limit(pid: i64, row: &str) -> (String, String) {
    let text = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
    let line = text
        .lines()
        .find(|l| l.starts_with(row))
        .unwrap_or_else(|| panic!("no {row} in {text}"));
    let mut f = line[row.len()..].split_whitespace();
    (f.next().unwrap().into(), f.next().unwrap().into())
}

#[test]
fn the_limits_are_in_the_childs_proc_limits() {
    let d = start(
        "rlimits",
        "[program:lim]\ncommand=sleep 100\nstartsecs=0\n\
         rlimit_nofile=64:128\nRLIMIT_CORE=0\nrlimit_as=1GB:unlimited\n\
         rlimit_cpu=100:200\nrlimit_stack=4MB\nrlimit_memlock=64KB:64KB\nrlimit_nproc=500:600\n\n\
         [program:plain]\ncommand=sleep 100\nstartsecs=0\n",
    );
    assert!(
        d.wait_all("RUNNING", Duration::from_secs(10)),
        "{}",
        d.log()
    );
    let pid = |name: &str| d.infos().into_iter().find(|i| i.0 == name).unwrap().2;
    let (lim, daemon) = (pid("lim"), d.pid() as i64);
    assert_eq!(limit(lim, "Max open files"), ("64".into(), "128".into()));
    // No hard bound given: the daemon's is kept.
    let core = limit(lim, "Max core file size");
    assert_eq!(core, ("0".into(), limit(daemon, "Max core file size").1));
    assert_eq!(
        limit(lim, "Max address space"),
        ((1u64 << 30).to_string(), "unlimited".into())
    );
    assert_eq!(limit(lim, "Max cpu time"), ("100".into(), "200".into()));
    assert_eq!(limit(lim, "Max stack size").0, (4u64 << 20).to_string());
    assert_eq!(
        limit(lim, "Max locked memory"),
        ("65536".into(), "65536".into())
    );
    assert_eq!(limit(lim, "Max processes"), ("500".into(), "600".into()));
    // A program without the keys inherits the daemon's limits.
    for row in ["Max open files", "Max cpu time", "Max address space"] {
        assert_eq!(limit(pid("plain"), row), limit(daemon, row), "{row}");
    }
}

/// A limit the kernel refuses (more open files than `fs.nr_open`, even for root) is a
/// spawn error with the reason in the program's log; the program ends FATAL.
#[test]
fn a_limit_the_kernel_refuses_is_a_spawn_error() {
    let nr_open: u64 = std::fs::read_to_string("/proc/sys/fs/nr_open")
        .ok()
        .and_then(|t| t.trim().parse().ok())
        .unwrap_or(1 << 20);
    let too_many = nr_open + 1;
    let d = start(
        "rlimit_refused",
        &format!(
            "[program:lim]\ncommand=sleep 100\nstartretries=0\n\
             stderr_logfile=%(here)s/lim.err\nrlimit_nofile={too_many}:{too_many}\n"
        ),
    );
    assert!(d.wait_all("FATAL", Duration::from_secs(10)), "{}", d.log());
    let err = d.read("lim.err");
    assert!(
        err.contains(&format!(
            "supervisor: couldn't set rlimit_nofile to {too_many}:{too_many}: EPERM"
        )),
        "{err}"
    );
}

fn check(conf: &str, json: bool) -> (i32, String, String) {
    let s = Scratch::new("rlimit-check");
    let path = s.write("s.conf", conf);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_supervisord"));
    cmd.arg("check");
    if json {
        cmd.args(["--json", "--extensions"]);
    }
    let out = cmd.arg("-c").arg(&path).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).replace(&path.display().to_string(), "FILE");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        err,
    )
}

#[test]
fn bad_values_are_config_errors_at_their_line() {
    for (line, want) in [
        (
            "rlimit_nofile = 4096:1024",
            "rlimit_nofile: soft limit 4096 is above the hard limit 1024",
        ),
        (
            "rlimit_stack = unlimited:8MB",
            "rlimit_stack: soft limit unlimited is above the hard limit 8388608",
        ),
        (
            "rlimit_nofile = 1MB",
            "rlimit_nofile: invalid value '1MB': expected a whole number or unlimited",
        ),
        (
            "memory_limit = lots",
            "memory_limit: invalid value 'lots': expected a size above 0 such as 512MB",
        ),
        (
            "memory_check_interval = 0",
            "memory_check_interval: invalid value '0': expected seconds between 0.1 and 86400",
        ),
        (
            "memory_action = explode",
            "memory_action: invalid value 'explode': expected restart, stop or a signal name",
        ),
    ] {
        let conf = format!("[supervisord]\n[program:x]\ncommand=c\n{line}\n");
        let (code, out, err) = check(&conf, false);
        assert_eq!(code, 2, "{line}: {out}");
        assert_eq!(
            err.trim_end(),
            format!("Error: {want} in section 'program:x' (file: 'FILE', line: 4)"),
            "{line}"
        );
    }
}

#[test]
fn check_json_extensions_shows_every_resource_key() {
    let (code, out, err) = check(
        "[supervisord]\n[program:x]\ncommand=c\nrlimit_nofile=64:128\nrlimit_as=512MB\n\
         memory_limit=512MB\nmemory_check_interval=0.5\nmemory_action=HUP\n\
         [program:y]\ncommand=c\n",
        true,
    );
    assert_eq!(code, 0, "{err}");
    for want in [
        "\"rlimit_nofile\": \"64:128\"",
        "\"rlimit_as\": \"536870912\"",
        "\"rlimit_core\": null",
        "\"memory_limit\": \"536870912\"",
        "\"memory_check_interval\": \"0.5\"",
        "\"memory_action\": \"HUP\"",
    ] {
        assert!(out.contains(want), "{want} not in {out}");
    }
    assert_eq!(out.matches("\"memory_limit\": null").count(), 1, "{out}");
    // The readable summary too.
    let (code, out, _) = check(
        "[supervisord]\n[program:x]\ncommand=c\nrlimit_nofile=64:128\nmemory_limit=512MB\n",
        false,
    );
    assert_eq!(code, 0);
    assert!(
        out.contains(
            "\n      rlimit_nofile=64:128 memory_limit=536870912 (512 MB) every 5 s: restart\n"
        ),
        "{out}"
    );
}

/// Changing a resource key restarts just that process on `update`, and the new limit is
/// in its `/proc/PID/limits`.
#[test]
fn update_restarts_just_the_process_whose_resource_keys_changed() {
    let programs = |b_extra: &str| {
        format!(
            "[program:a]\ncommand=sleep 1000\nstartsecs=0\n\n\
             [program:b]\ncommand=sleep 1000\nstartsecs=0\n{b_extra}\n\
             [group:web]\nprograms=a,b\n"
        )
    };
    let dir = temp_dir("rlimit_update");
    let d = Daemon::start_conf(dir.clone(), &(preamble(&dir, "") + &programs("")));
    assert!(
        d.wait_all("RUNNING", Duration::from_secs(10)),
        "{}",
        d.log()
    );
    let pid = |spec: &str| {
        d.infos()
            .into_iter()
            .find(|i| i.0 == spec)
            .map_or(0, |i| i.2)
    };
    let (a, b) = (pid("web:a"), pid("web:b"));
    let conf = preamble(&dir, "") + &programs("rlimit_nofile=100:200\nmemory_limit=1GB\n");
    std::fs::write(d.path("supervisord.conf"), conf).unwrap();
    let (out, err, code) = support::python::ctl(
        support::python::Impl::Ours,
        std::path::Path::new(""),
        &d.path("supervisord.conf"),
        &["update"],
    );
    assert_eq!(
        (out.as_str(), err.as_str(), code),
        (
            "web:b: updated (rlimit_nofile, memory_limit)\nweb: updated process group\n",
            "",
            0
        )
    );
    assert!(
        wait_for(Duration::from_secs(10), || {
            let b2 = pid("web:b");
            b2 != 0 && b2 != b
        }),
        "{:?}",
        d.infos()
    );
    assert_eq!(pid("web:a"), a);
    assert_eq!(
        limit(pid("web:b"), "Max open files"),
        ("100".into(), "200".into())
    );
}
