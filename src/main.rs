//! The one binary: `supervisord [options]` (daemon), `supervisord check …`,
//! `supervisord ctl …` / invoked as `supervisorctl`. Only dispatches; errors are printed
//! once as `Error: …` followed by `For help, use <argv0> -h`, exit status 2.

use std::path::{Path, PathBuf};

use supervisord::{config, daemon};

const USAGE: &str = "supervisord -- run a set of applications as daemons.

Usage: supervisord [options]
       supervisord check [--json] -c FILE
       supervisord ctl [options] [action [arguments]]
       supervisord init [-o FILE]
       supervisord service install|uninstall|start|stop [--root DIR] [...]

Options:
-c/--configuration FILENAME -- configuration file path (searches if not given)
-n/--nodaemon -- run in the foreground (same as 'nodaemon=true' in config file)
-s/--silent -- no logs to stdout (maps to 'silent=true' in config file)
-h/--help -- print this usage message and exit
-v/--version -- print supervisord version number and exit
-u/--user USER -- run supervisord as this user (or numeric uid)
-m/--umask UMASK -- use this umask for daemon subprocess (default is 022)
-d/--directory DIRECTORY -- directory to chdir to when daemonized
-l/--logfile FILENAME -- use FILENAME as logfile path
-y/--logfile_maxbytes BYTES -- use BYTES to limit the max size of logfile
-z/--logfile_backups NUM -- number of backups to keep when max bytes reached
-e/--loglevel LEVEL -- use LEVEL as log level (debug,info,warn,error,critical)
-j/--pidfile FILENAME -- write a pid file for the daemon process to FILENAME
-i/--identifier STR -- identifier used for this instance of supervisord
-q/--childlogdir DIRECTORY -- the log directory for child process logs
-k/--nocleanup --  prevent the process from performing cleanup (removal of
                   old automatic child log files) at startup.
-a/--minfds NUM -- the minimum number of file descriptors for start success
-t/--strip_ansi -- strip ansi escape codes from process output
--minprocs NUM  -- the minimum number of processes available for start success
--profile_options OPTIONS -- run supervisord under profiler and output
                             results based on OPTIONS, which  is a comma-sep'd
                             list of 'cumulative', 'calls', and/or 'callers',
                             e.g. 'cumulative,callers')
--env-file FILE -- put FILE's KEY=value lines into the environment before
                   the config is read (%(ENV_KEY)s sees them)";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let argv0 = args
        .first()
        .cloned()
        .unwrap_or_else(|| "supervisord".into());
    let base = Path::new(&argv0)
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let code = match args.get(1).map(String::as_str) {
        _ if base == "supervisorctl" => supervisord::ctl::run(&args[1.min(args.len())..], &argv0),
        _ if base == "echo_supervisord_conf" => match supervisord::init::print_sample() {
            Ok(()) => 0,
            Err(e) => fail(&e, &argv0),
        },
        Some("init") => supervisord::init::run(&args[2..]),
        Some("service") => supervisord::service::run(&args[2..], &argv0),
        Some("check") => supervisord::check::run(&args[2..]),
        Some("upgrade-check") => supervisord::upgrade::check::run(&args[2..]),
        Some("ctl") => supervisord::ctl::run(&args[2..], &argv0),
        _ => run_daemon(&args[1.min(args.len())..], &argv0),
    };
    std::process::exit(code);
}

fn fail(msg: &str, argv0: &str) -> i32 {
    eprintln!("Error: {msg}");
    eprintln!("For help, use {argv0} -h");
    2
}

fn run_daemon(args: &[String], argv0: &str) -> i32 {
    let parsed = match config::parse_daemon_args(args) {
        Ok(a) => a,
        Err(e) => return fail(&e, argv0),
    };
    if parsed.help {
        println!("{USAGE}");
        return 0;
    }
    if parsed.version {
        println!("{}", daemon::rpc::SUPERVISOR_VERSION);
        return 0;
    }
    if let Some(file) = &parsed.env_file {
        // Still one thread here: setting the environment races with nothing.
        match supervisord::process::envfile::load(file) {
            Ok(pairs) => pairs.into_iter().for_each(|(k, v)| std::env::set_var(k, v)),
            Err(e) => return fail(&e, argv0),
        }
    }
    let path: PathBuf = match parsed.configuration.clone() {
        Some(p) => p,
        None => match config::find_config_file(Path::new(argv0)) {
            Ok(p) => p,
            Err(e) => return fail(&e.to_string(), argv0),
        },
    };
    let overrides = parsed.overrides;
    let load = Box::new(move || config::load(&path, &overrides).map_err(|e| e.to_string()));
    match daemon::run(load) {
        Ok(code) => code,
        Err(e) => fail(&e.to_string(), argv0),
    }
}
