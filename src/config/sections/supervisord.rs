//! `[supervisord]`: the daemon's own settings, with command-line overrides applied.

use std::path::{Path, PathBuf};

use crate::config::cli::Overrides;
use crate::config::error::ConfigError;
use crate::config::expand::expand;
use crate::config::model::{LogFormat, LogTarget, SupervisordConfig};
use crate::config::reader::{s, user_error, Source};
use crate::config::values::{env_dict, expand_user, log_level, normalize_path, octal};

/// Reads `[supervisord]`. The caller adds its `environment` to the `ENV_*` names of the
/// sections read after it.
pub fn read(src: &Source, ov: &Overrides) -> Result<SupervisordConfig, ConfigError> {
    let r = src.reader("supervisord", src.here_exp());
    let minfds = r.unsigned::<u64>("minfds", "1024")?;
    let minprocs = r.unsigned::<u64>("minprocs", "200")?;
    let directory = r
        .get("directory")?
        .map(|v| PathBuf::from(expand_user(&v.text)));
    let user_v = r.get("user")?;
    let umask = r.typed("umask", "022", octal)?;
    let logfile = r.path("logfile", "supervisord.log")?;
    let logfile_maxbytes = r.bytes("logfile_maxbytes", "50MB")?;
    let logfile_backups = r.unsigned::<u32>("logfile_backups", "10")?;
    let loglevel = r.typed("loglevel", "info", log_level)?;
    let pidfile = r.path("pidfile", "supervisord.pid")?;
    let identifier = r.string("identifier", "supervisor")?;
    let nodaemon = r.boolean("nodaemon", "false")?;
    let silent = r.boolean("silent", "false")?;
    let childlogdir = PathBuf::from(r.path("childlogdir", &default_tempdir())?);
    let nocleanup = r.boolean("nocleanup", "false")?;
    let strip_ansi = r.boolean("strip_ansi", "false")?;
    let kill_children_on_exit = r.boolean("kill_children_on_exit", "false")?;
    let precise_startup = r.boolean("precise_startup", "false")?;
    let logformat = match r.choice("logformat", false, &["text", "json"], ", ")? {
        Some(f) if f == "json" => Some(LogFormat::Json),
        Some(_) => Some(LogFormat::Text),
        None => None,
    };
    let remember_stopped = r.boolean("remember_stopped", "false")?;
    // supervisor expands `environment` twice: once like every option (here + ENV), once
    // more with host_node_name added.
    let env_v = r.get_or("environment", "")?;
    let mut comb = src.env.clone();
    comb.extend(r.exp.clone());
    comb.insert("host_node_name".into(), s(&src.host));
    let env_text = expand(&env_v.text, &comb, "environment").map_err(|m| r.err(Some(&env_v), m))?;
    let environment = env_dict(&env_text).map_err(|m| r.err(Some(&env_v), m))?;
    let user = match ov.user.clone() {
        Some(u) => Some(u),
        None => user_v.as_ref().map(|v| v.text.clone()),
    };
    if let Some(m) = user
        .as_deref()
        .and_then(|u| user_error(u, src.machine_checks))
    {
        return Err(r.err(user_v.as_ref(), m));
    }
    let logfile = ov.logfile.clone().unwrap_or(logfile);
    let pidfile_path = ov.pidfile.clone().unwrap_or(pidfile);
    let childlogdir = ov.childlogdir.clone().unwrap_or(childlogdir);
    if src.machine_checks {
        // supervisor's `existing_directory` and `existing_dirpath` checks.
        if !childlogdir.is_dir() {
            let m = format!("{} is not an existing directory", childlogdir.display());
            return Err(r.err(r.get("childlogdir")?.as_ref(), m));
        }
        for (key, path) in [("logfile", &logfile), ("pidfile", &pidfile_path)] {
            let syslog = key == "logfile" && path == "syslog";
            if !syslog && !super::parent_dir_exists(Path::new(path)) {
                let m = format!("The directory named as part of the path {path} does not exist");
                return Err(r.err(r.get(key)?.as_ref(), m));
            }
        }
    }
    let logfile = if logfile == "syslog" {
        LogTarget::Syslog
    } else {
        LogTarget::File(PathBuf::from(normalize_path(&logfile)))
    };
    let pidfile = PathBuf::from(normalize_path(&pidfile_path));
    Ok(SupervisordConfig {
        nodaemon: ov.nodaemon.unwrap_or(nodaemon),
        silent: ov.silent.unwrap_or(silent),
        logfile,
        logfile_maxbytes: ov.logfile_maxbytes.unwrap_or(logfile_maxbytes),
        logfile_backups: ov.logfile_backups.unwrap_or(logfile_backups),
        logfile_pipe: crate::config::logpipe::read(&r, "logfile")?,
        loglevel: ov.loglevel.unwrap_or(loglevel),
        pidfile,
        umask: ov.umask.unwrap_or(umask),
        minfds: ov.minfds.unwrap_or(minfds),
        minprocs: ov.minprocs.unwrap_or(minprocs),
        nocleanup: ov.nocleanup.unwrap_or(nocleanup),
        kill_children_on_exit,
        precise_startup,
        remember_stopped,
        childlogdir,
        user,
        directory: ov.directory.clone().or(directory),
        strip_ansi: ov.strip_ansi.unwrap_or(strip_ansi),
        identifier: ov.identifier.clone().unwrap_or(identifier),
        environment,
        profile_options: ov.profile_options.clone(),
        logformat,
    })
}

/// `[rpcinterface:x]`: each must name a factory, and every value must expand (supervisor
/// reads them all); nothing of them is kept.
pub fn check_rpcinterfaces(src: &Source) -> Result<(), ConfigError> {
    const FACTORY: &str = "supervisor.rpcinterface_factory";
    for name in src.doc.section_names() {
        if !name.starts_with("rpcinterface:") {
            continue;
        }
        let r = src.reader(&name, Default::default());
        if r.get(FACTORY)?.is_none() {
            return Err(r.err(
                None,
                format!("section [{}] does not specify a {}", name, FACTORY),
            ));
        }
        let own = src
            .doc
            .section(&name)
            .map(|s| &s.entries[..])
            .unwrap_or(&[]);
        for (k, _) in own.iter().chain(src.doc.defaults.entries.iter()) {
            r.get(k)?;
        }
    }
    Ok(())
}

/// `tempfile.gettempdir()` as far as config parsing needs it: the first of `$TMPDIR`,
/// `$TEMP`, `$TMP` that names a directory, else `/tmp`.
fn default_tempdir() -> String {
    for var in ["TMPDIR", "TEMP", "TMP"] {
        if let Ok(v) = std::env::var(var) {
            if !v.is_empty() && Path::new(&v).is_dir() {
                return v;
            }
        }
    }
    "/tmp".into()
}
