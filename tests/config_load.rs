//! `config::load` on real files in temp dirs: includes, `%(here)s` per file, error
//! locations, unreadable input, extension keys, command-line overrides.

#[allow(dead_code, unused_imports)]
mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use supervisord::config::{
    self, load_with_env, ChildLog, ConfigError, GroupKind, LogLevel, Overrides,
};

use support::daemon::Scratch as TempDir;

fn env() -> BTreeMap<String, String> {
    let mut e = BTreeMap::new();
    e.insert("HOME".to_string(), "/home/t".to_string());
    e
}

fn load(p: &Path) -> Result<config::Config, ConfigError> {
    load_with_env(p, &Overrides::default(), &env())
}

fn proc<'a>(c: &'a config::Config, name: &str) -> &'a config::ProcessConfig {
    c.groups
        .iter()
        .flat_map(|g| &g.processes)
        .find(|p| p.name == name)
        .unwrap()
}

#[test]
fn include_files_get_their_own_here() {
    let d = TempDir::new("inc");
    let main = d.write(
        "supervisord.conf",
        b"[supervisord]\n[include]\nfiles = conf.d/*.conf\n[program:main]\ncommand=%(here)s/m\n",
    );
    d.write("conf.d/b.conf", b"[program:b]\ncommand=%(here)s/b\n");
    d.write("conf.d/a.conf", b"[program:a]\ncommand=%(here)s/a\n");
    d.write("conf.d/skip.ini", b"[program:skip]\ncommand=x\n");
    let c = load(&main).unwrap();
    let here = d.0.to_string_lossy().to_string();
    assert_eq!(proc(&c, "main").command, format!("{}/m", here));
    assert_eq!(proc(&c, "a").command, format!("{}/conf.d/a", here));
    assert_eq!(proc(&c, "b").command, format!("{}/conf.d/b", here));
    assert!(c.groups.iter().all(|g| g.name != "skip"));
    // Main file first, then includes in sorted order.
    assert_eq!(c.files.len(), 3);
    assert!(c.files[1].ends_with("conf.d/a.conf"));
    assert!(c.infos.iter().any(|i| i.contains("Included extra file")));
}

#[test]
fn include_without_match_is_a_warning_and_self_include_is_harmless() {
    let d = TempDir::new("inc2");
    let main = d.write(
        "s.conf",
        b"[supervisord]\n[include]\nfiles=nothing/*.conf *.conf\n[program:x]\ncommand=c\n",
    );
    let c = load(&main).unwrap();
    assert!(c
        .warnings
        .iter()
        .any(|w| w.contains("No file matches via include")));
    assert_eq!(c.groups.len(), 1);
}

#[test]
fn include_without_files_is_rejected() {
    let d = TempDir::new("inc3");
    let main = d.write("s.conf", b"[supervisord]\n[include]\n");
    let e = load(&main).unwrap_err();
    assert!(
        e.to_string()
            .contains("[include] section, but no files setting"),
        "{}",
        e
    );
}

#[test]
fn includes_are_not_recursive() {
    let d = TempDir::new("inc4");
    let main = d.write("s.conf", b"[supervisord]\n[include]\nfiles=one.ini\n");
    d.write(
        "one.ini",
        b"[include]\nfiles=two.ini\n[program:one]\ncommand=1\n",
    );
    d.write("two.ini", b"[program:two]\ncommand=2\n");
    let c = load(&main).unwrap();
    let names: Vec<_> = c.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, vec!["one"]);
}

#[test]
fn error_in_included_file_names_that_file_and_line() {
    let d = TempDir::new("inc5");
    let main = d.write("s.conf", b"[supervisord]\n[include]\nfiles=bad.ini\n");
    let bad = d.write("bad.ini", b"[program:x]\ncommand=c\nautostart=maybe\n");
    let e = load(&main).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "not a valid boolean value: 'maybe' in section 'program:x' (file: '{}', line: 3)",
            bad.display()
        )
    );
}

#[test]
fn error_messages_name_file_section_option_and_line() {
    let d = TempDir::new("err");
    let cases: &[(&str, &str)] = &[
        ("[program:x]\ncommand=c\n", ".ini file does not include supervisord section"),
        ("[supervisord]\n[program:x]\nautostart=true\n", "program section program:x does not specify a command in section 'program:x'"),
        ("[supervisord]\n[program:x]\ncommand=c\nautostart=maybe\n", "not a valid boolean value: 'maybe' in section 'program:x' (file: "),
        ("[supervisord]\n[program:x]\ncommand=c\nnumprocs=2\n", "%(process_num) must be present within process_name when numprocs > 1"),
        ("[supervisord]\n[program:x y]\ncommand=c\n", "Invalid name: 'x y' because of character: ' '"),
        ("[supervisord]\n[program:x]\ncommand=c\nstopsignal=FOO\n", "value 'FOO' is not a valid signal name"),
        ("[supervisord]\n[program:x]\ncommand=c\nexitcodes=0,256\n", "not a valid list of exit codes: '0,256'"),
        ("[supervisord]\n[program:x]\ncommand=c\nstdout_logfile_maxbytes=50m\n", "invalid literal for int() with base 10: '50m'"),
        ("[supervisord]\n[program:x]\ncommand=c\nenvironment=A=1,B\n", "Unexpected end of key/value pairs in value 'A=1,B'"),
        ("[supervisord]\n[program:x]\ncommand=date +%Y\n", "Format string 'date +%Y' for 'program:x.command' is badly formatted: "),
        ("[supervisord]\n[program:x]\ncommand=%(ENV_NOPE)s\n", "contains names ('ENV_NOPE') which cannot be expanded. Available names: "),
        ("[supervisord]\n[program:x]\ncommand=c\nuser=\n", "Invalid user name"),
        ("[supervisord]\n[program:x]\ncommand=c\nuser=nosuchuserxyz\n", "Invalid user name nosuchuserxyz in section 'program:x'"),
        ("[supervisord]\n[program:x]\ncommand=c\nuser=4000000000\n", "Invalid user id 4000000000 in section 'program:x'"),
        ("[supervisord]\nuser=nosuchuserxyz\n", "Invalid user name nosuchuserxyz in section 'supervisord'"),
        ("[supervisord]\nchildlogdir=/nonexistent-xyz\n", "/nonexistent-xyz is not an existing directory in section 'supervisord'"),
        ("[supervisord]\nlogfile=/nonexistent-xyz/m.log\n", "The directory named as part of the path /nonexistent-xyz/m.log does not exist"),
        ("[supervisord]\npidfile=/nonexistent-xyz/s.pid\n", "The directory named as part of the path /nonexistent-xyz/s.pid does not exist"),
        ("[supervisord]\n[program:x]\ncommand=c\nstopasgroup=true\nkillasgroup=false\n", "Cannot set stopasgroup=true and killasgroup=false"),
        ("[supervisord]\n[inet_http_server]\nport=9001\nusername=u\n", "Section [inet_http_server] contains incomplete authentication"),
        ("[supervisord]\nloglevel=loud\n", "bad logging level name 'loud'"),
        ("[supervisord]\nloglevel=warning\n", "bad logging level name 'warning'"),
        ("x=1\n[supervisord]\n", "File contains no section headers"),
        ("[supervisord]\nbogus line\n", "Source contains parsing errors"),
        ("[supervisord]\n[group:g]\nprograms=nope\n", "[group:g] names unknown program or fcgi-program nope"),
        ("[supervisord]\n[eventlistener:e]\ncommand=c\n", "[eventlistener:e] section requires an \"events\" line"),
        ("[supervisord]\n[eventlistener:e]\ncommand=c\nevents=FOO\n", "Unknown event type FOO in [eventlistener:e] events"),
        ("[supervisord]\n[eventlistener:e]\ncommand=c\nevents=TICK_5\nbuffer_size=0\n", "invalid buffer_size (0)"),
        ("[supervisord]\n[eventlistener:e]\ncommand=c\nevents=TICK_5\nredirect_stderr=true\n", "sets redirect_stderr=true"),
        ("[supervisord]\n[fcgi-program:f]\ncommand=c\n", "section requires a \"socket\" line"),
        ("[supervisord]\n[fcgi-program:f]\ncommand=c\nsocket=unix://rel\n", "is not an absolute path"),
        ("[supervisord]\n[inet_http_server]\nport=127.0.0.1:__PORT__\n", "invalid literal for int()"),
        ("[supervisord]\n[inet_http_server]\n", "section [inet_http_server] has no port value"),
        ("[supervisord]\n[unix_http_server]\n", "section [unix_http_server] has no file value"),
        ("[supervisord]\n[rpcinterface:x]\n", "does not specify a supervisor.rpcinterface_factory"),
        ("[supervisord]\n[program:x]\ncommand=c\nstartnextafter=WAITING\n", "startnextafter must be one of"),
        ("[supervisord]\n[program:x]\ncommand=c\nexit_policy=sometimes\n", "exit_policy must be one of"),
        ("[supervisord]\n[program:x]\ncommand=c\ndepends_on=ghost\n", "depends_on names unknown program ghost"),
        (
            "[supervisord]\n[program:a]\ncommand=c\ndepends_on=b\n[program:b]\ncommand=c\ndepends_on=a\n",
            "depends_on cycle: a -> b -> a",
        ),
    ];
    for (i, (text, want)) in cases.iter().enumerate() {
        let p = d.write(&format!("c{}.conf", i), text.as_bytes());
        let e = load(&p).expect_err(text);
        let msg = e.to_string();
        assert!(msg.contains(want), "case {}: {:?}\n got: {}", i, text, msg);
        assert!(
            msg.contains(&*p.to_string_lossy()) || e.file.is_some(),
            "case {} lacks the file: {}",
            i,
            msg
        );
    }
}

#[test]
fn bad_boolean_has_exact_location() {
    let d = TempDir::new("loc");
    let p = d.write(
        "s.conf",
        b"[supervisord]\n\n[program:x]\ncommand=c\n\nautostart = maybe\n",
    );
    let e = load(&p).unwrap_err();
    assert_eq!(e.line, Some(6));
    assert_eq!(e.section.as_deref(), Some("program:x"));
    assert_eq!(
        e.to_string(),
        format!(
            "not a valid boolean value: 'maybe' in section 'program:x' (file: '{}', line: 6)",
            p.display()
        )
    );
}

#[test]
fn unreadable_inputs_give_clear_errors() {
    let d = TempDir::new("io");
    let e = load(&d.0.join("missing.conf")).unwrap_err();
    assert!(
        e.to_string().starts_with("could not find config file"),
        "{}",
        e
    );
    let e = load(&d.0).unwrap_err();
    assert!(e.to_string().contains("is a directory"), "{}", e);
    let p = d.write(
        "latin1.conf",
        b"[supervisord]\n[program:x]\ncommand=caf\xe9\n",
    );
    let e = load(&p).unwrap_err();
    assert!(e.to_string().contains("not valid UTF-8"), "{}", e);
    assert_eq!(e.line, Some(3));
    let mut big = b"[supervisord]\nidentifier=".to_vec();
    big.extend(std::iter::repeat_n(b'x', 10 * 1024 * 1024));
    let p = d.write("big.conf", &big);
    let e = load(&p).unwrap_err();
    assert!(e.to_string().contains("longer than"), "{}", e);
    assert_eq!(e.line, Some(2));
}

#[test]
fn utf8_crlf_tabs_and_defaults() {
    let d = TempDir::new("dialect");
    let p = d.write(
        "s.conf",
        "[DEFAULT]\r\nstartsecs=7\r\n[supervisord]\r\n[program:caf\u{e9}]\r\ncommand\t=\techo h\u{e9} ; comment\r\n".as_bytes(),
    );
    let c = load(&p).unwrap();
    let pr = proc(&c, "caf\u{e9}");
    assert_eq!(pr.command, "echo h\u{e9}");
    assert_eq!(pr.startsecs, 7);
}

#[test]
fn numprocs_and_expansions() {
    let d = TempDir::new("np");
    let p = d.write(
        "s.conf",
        b"[supervisord]\nenvironment=GLOBAL=g\n[program:w]\ncommand=run %(process_num)02d %(ENV_GLOBAL)s %(ENV_LOCAL)s\n\
process_name=%(program_name)s_%(process_num)02d\nnumprocs=2\nnumprocs_start=5\nenvironment=LOCAL=l%(process_num)d\n\
stdout_logfile=/tmp/%(program_name)s-%(process_num)d.log\n",
    );
    let c = load(&p).unwrap();
    let g = &c.groups[0];
    let names: Vec<_> = g.processes.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["w_05", "w_06"]);
    assert_eq!(g.processes[0].command, "run 05 g l5");
    assert_eq!(
        g.processes[1].environment.get("LOCAL").map(String::as_str),
        Some("l6")
    );
    assert_eq!(
        g.processes[1].environment.get("GLOBAL").map(String::as_str),
        Some("g")
    );
    assert_eq!(
        g.processes[1].stdout.logfile,
        ChildLog::Paths(vec![PathBuf::from("/tmp/w-6.log")])
    );
}

#[test]
fn group_and_listener_and_fcgi_kinds() {
    let d = TempDir::new("kinds");
    let p = d.write(
        "s.conf",
        b"[supervisord]\n[program:a]\ncommand=a\npriority=5\n[program:b]\ncommand=b\n[group:g]\nprograms=a,b\npriority=10\n\
[eventlistener:ev]\ncommand=l\nevents=tick_5,PROCESS_STATE\n[fcgi-program:f]\ncommand=f\nsocket=tcp://LOCALHOST:9000\n",
    );
    let c = load(&p).unwrap();
    // Sorted by (priority, name): ev (-1), g (10), f (999).
    let order: Vec<_> = c.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(order, vec!["ev", "g", "f"]);
    let g = &c.groups[1];
    assert_eq!(
        g.processes
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        vec!["a", "b"]
    );
    assert_eq!(g.processes[0].group, "g");
    match &c.groups[0].kind {
        GroupKind::EventListener {
            events,
            buffer_size,
            ..
        } => {
            assert_eq!(
                events,
                &vec!["PROCESS_STATE".to_string(), "TICK_5".to_string()]
            );
            assert_eq!(*buffer_size, 10);
        }
        k => panic!("unexpected kind {:?}", k),
    }
    match &c.groups[2].kind {
        GroupKind::Fcgi(s) => assert_eq!(s.url, "tcp://localhost:9000"),
        k => panic!("unexpected kind {:?}", k),
    }
}

#[test]
fn extension_keys_and_program_default() {
    let d = TempDir::new("ext");
    let p = d.write(
        "s.conf",
        b"[supervisord]\n[program-default]\nstartsecs=0\nlog_timestamps=true\n\
[program:db]\ncommand=db\nstartsecs=2\nready=tcp:5432\nstartinorder=true\nstartnextafter=running\n\
[program:web]\ncommand=web\ndepends_on=db\nenvFiles=/etc/a.env, /etc/b.env\nrestart_when_binary_changed=yes\n\
exit_policy=shutdown-on-fatal\nstopsignal=INT,KILL\nstdout_logfile=/var/log/web.log, /dev/stdout\n",
    );
    let c = load(&p).unwrap();
    let db = proc(&c, "db");
    let web = proc(&c, "web");
    assert_eq!(db.startsecs, 2);
    assert_eq!(web.startsecs, 0);
    assert!(db.ext.log_timestamps && web.ext.log_timestamps);
    assert!(db.ext.startinorder);
    assert_eq!(db.ext.startnextafter.as_deref(), Some("RUNNING"));
    assert_eq!(db.ext.ready.as_deref(), Some("tcp:5432"));
    assert_eq!(web.ext.depends_on, vec!["db".into()]);
    assert_eq!(
        web.ext.env_files,
        vec![PathBuf::from("/etc/a.env"), PathBuf::from("/etc/b.env")]
    );
    assert!(web.ext.restart_when_binary_changed);
    assert_eq!(web.ext.exit_policy.as_deref(), Some("shutdown-on-fatal"));
    assert_eq!(
        web.stopsignals.iter().map(|s| s.0).collect::<Vec<_>>(),
        vec![2, 9]
    );
    assert_eq!(
        web.stdout.logfile,
        ChildLog::Paths(vec![
            PathBuf::from("/var/log/web.log"),
            PathBuf::from("/dev/stdout")
        ])
    );
}

#[test]
fn log_path_with_comma_stays_one_file() {
    assert_eq!(
        config::load::split_log_paths("my,file.log"),
        vec![PathBuf::from("my,file.log")]
    );
    assert_eq!(config::load::split_log_paths("/a.log,/dev/stdout").len(), 2);
    assert_eq!(config::load::split_log_paths("a.log, b.log").len(), 2);
    assert_eq!(config::load::split_log_paths("/a,,/b").len(), 1);
}

#[test]
fn command_line_overrides_beat_the_file() {
    let d = TempDir::new("ov");
    let p = d.write(
        "s.conf",
        b"[supervisord]\nloglevel=info\nnodaemon=false\nlogfile=/tmp/file.log\nminfds=10\n",
    );
    let args: Vec<String> = ["-n", "-e", "debug", "--logfile=/tmp/cli.log", "-a", "4096"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let a = config::parse_daemon_args(&args).unwrap();
    let c = load_with_env(&p, &a.overrides, &env()).unwrap();
    assert!(c.supervisord.nodaemon);
    assert_eq!(c.supervisord.loglevel, LogLevel::Debug);
    assert_eq!(
        c.supervisord.logfile,
        config::LogTarget::File(PathBuf::from("/tmp/cli.log"))
    );
    assert_eq!(c.supervisord.minfds, 4096);
}

#[test]
fn supervisorctl_section_for_ctl() {
    let d = TempDir::new("ctl");
    let p = d.write(
        "s.conf",
        b"[supervisorctl]\nserverurl=unix://%(here)s/../x/./s.sock\nusername=u\npassword=p\nprompt=hi\n",
    );
    let c = config::load_ctl(&p).unwrap();
    let parent = d.0.parent().unwrap().to_string_lossy().to_string();
    assert_eq!(c.serverurl, Some(format!("unix://{}/x/s.sock", parent)));
    assert_eq!(c.username.as_deref(), Some("u"));
    assert_eq!(c.prompt.as_deref(), Some("hi"));
    assert!(c.present);
    let p = d.write("none.conf", b"[supervisord]\n");
    assert!(config::load_ctl(&p)
        .unwrap_err()
        .to_string()
        .contains("does not include supervisorctl section"));
    let p = d.write(
        "bad.conf",
        b"[supervisorctl]\nserverurl=%(ENV_NOPE_NOPE)s\n",
    );
    assert!(config::load_ctl(&p).is_err());
}

#[test]
fn negative_counts_behave_as_zero_but_are_remembered() {
    let d = TempDir::new("neg");
    let p = d.write(
        "s.conf",
        b"[supervisord]\n[program:x]\ncommand=c\nstartsecs=-1\nstdout_logfile_maxbytes=-1KB\nstartretries=2\n",
    );
    let c = load(&p).unwrap();
    let x = proc(&c, "x");
    assert_eq!(x.startsecs, 0);
    assert_eq!(x.stdout.maxbytes, 0);
    assert_eq!(x.ext.raw_negatives.get("startsecs"), Some(&-1));
    assert_eq!(
        x.ext.raw_negatives.get("stdout_logfile_maxbytes"),
        Some(&-1024)
    );
    assert_eq!(x.ext.raw_negatives.get("startretries"), None);
}
