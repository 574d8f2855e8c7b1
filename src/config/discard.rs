//! Which output streams of a process go nowhere: no log file (`NONE`), no syslog, no
//! capture mode, no PROCESS_LOG events, no `ready = log:` check reading it, not an event
//! listener's protocol channel. The child gets `/dev/null` for such a stream instead of a
//! pipe (`process::spawn`), so a running program costs the daemon no descriptor for output
//! nobody reads.

use super::model::{ChildLog, ProcessConfig, StreamLog};

impl StreamLog {
    /// Whether nothing this stream's settings name would receive its bytes.
    pub fn goes_nowhere(&self) -> bool {
        let no_file = match &self.logfile {
            ChildLog::None => true,
            ChildLog::Paths(paths) => paths.is_empty(),
            ChildLog::Auto => false,
        };
        no_file
            && !self.syslog
            && self.syslog_sinks.is_empty()
            && self.capture_maxbytes == 0
            && !self.events_enabled
    }
}

impl ProcessConfig {
    /// Whether a `ready = log:` check reads this process's output (both streams).
    fn ready_reads_output(&self) -> bool {
        self.ext.ready.as_deref().is_some_and(|r| {
            matches!(
                crate::readiness::ReadySpec::parse(r),
                Ok(crate::readiness::ReadySpec::Log(_))
            )
        })
    }

    /// Whether the child's stdout (fd 1) is read by nobody: it is given `/dev/null`.
    pub fn discards_stdout(&self) -> bool {
        self.section_kind != "eventlistener"
            && !self.ready_reads_output()
            && self.stdout.goes_nowhere()
    }

    /// Whether the child's stderr (fd 2) is read by nobody: with `redirect_stderr` it goes
    /// where stdout goes (its own settings are not used, as in Python).
    pub fn discards_stderr(&self) -> bool {
        if self.redirect_stderr {
            return self.discards_stdout();
        }
        !self.ready_reads_output() && self.stderr.goes_nowhere()
    }

    /// Output pipes the daemon reads while this process runs (0, 1 or 2).
    pub fn output_pipes(&self) -> u64 {
        let stderr_pipe = !self.redirect_stderr && !self.discards_stderr();
        u64::from(!self.discards_stdout()) + u64::from(stderr_pipe)
    }
}

#[cfg(test)]
mod tests {
    use crate::config::ProcessConfig;

    /// The processes of `programs` (sections appended to an empty `[supervisord]`).
    fn processes(programs: &str) -> Vec<ProcessConfig> {
        let dir = std::env::temp_dir().join(format!("discard-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        let conf = dir.join(format!("{}.conf", programs.len()));
        std::fs::write(&conf, format!("[supervisord]\n{programs}")).expect("write conf");
        let cfg = crate::config::load(&conf, &Default::default()).expect("config");
        let _ = std::fs::remove_file(&conf);
        let shared = cfg.groups.into_iter().flat_map(|g| g.processes);
        shared.map(|pc| ProcessConfig::clone(&pc)).collect()
    }

    #[test]
    fn a_stream_with_no_reader_is_discarded_and_any_reader_keeps_its_pipe() {
        let none = "command=/bin/true\nstdout_logfile=NONE\nstderr_logfile=NONE\n";
        let procs = processes(&format!(
            "[program:a_none]\n{none}\
             [program:b_redirect]\n{none}redirect_stderr=true\nstderr_capture_maxbytes=1MB\n\
             [program:c_auto]\ncommand=/bin/true\n\
             [program:d_capture]\n{none}stdout_capture_maxbytes=1KB\n\
             [program:e_events]\n{none}stderr_events_enabled=true\n\
             [program:f_syslog]\n{none}stdout_syslog=true\n\
             [program:g_ready]\n{none}ready=log:up\n\
             [program:h_stdio]\ncommand=/bin/true\nstdout_logfile=/dev/stdout\nstderr_logfile=NONE\n\
             [program:i_sink]\n{none}stdout_logfile=syslog @udp:127.0.0.1:514\n\
             [eventlistener:j_listener]\n{none}events=TICK_5\n"
        ));
        let mut got: Vec<(&str, bool, bool, u64)> = procs
            .iter()
            .map(|p| {
                let (o, e) = (p.discards_stdout(), p.discards_stderr());
                (p.name.as_str(), o, e, p.output_pipes())
            })
            .collect();
        got.sort();
        assert_eq!(
            got,
            [
                ("a_none", true, true, 0),
                ("b_redirect", true, true, 0),
                ("c_auto", false, false, 2),
                ("d_capture", false, true, 1),
                ("e_events", true, false, 1),
                ("f_syslog", false, true, 1),
                ("g_ready", false, false, 2),
                ("h_stdio", false, true, 1),
                ("i_sink", false, true, 1),
                ("j_listener", false, true, 1),
            ]
        );
    }
}
