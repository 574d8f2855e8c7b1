//! The static method table: every `supervisor.*` and `system.*` method Python's supervisord
//! 4.3 publishes, with its arity, signature (`system.methodSignature`) and docstring
//! (`system.methodHelp`) — generated from a running supervisord 4.3, so `listMethods`,
//! `methodHelp` and `methodSignature` answer byte-for-byte like Python.
//!
//! [`prepare`] is what the HTTP side runs before handing a call to the event loop: it
//! rejects unknown methods (UNKNOWN_METHOD) and wrong argument counts (INCORRECT_PARAMETERS),
//! maps aliases to their canonical name and fills optional `wait` arguments with `true`, so
//! the loop only ever sees canonical names with a full parameter list.
//!
//! # What the event loop answers
//!
//! Every `control::Call` carries one of these canonical names; parameter types
//! are NOT checked here (a wrong type should be answered with INCORRECT_PARAMETERS).
//! `system.*` never reaches the loop. Anything the loop does not implement must be
//! answered with `Fault(UNKNOWN_METHOD, "UNKNOWN_METHOD")`, never left unanswered.
//!
//! | Method | Params | Reply |
//! |---|---|---|
//! | `supervisor.getAPIVersion` (alias getVersion) | – | `Str("3.0")` |
//! | `supervisor.getSupervisorVersion` | – | `Str("4.3.0")` |
//! | `supervisor.getIdentification` | – | `Str(identifier)` |
//! | `supervisor.getState` | – | `{statecode: Int, statename: Str}` (also `/healthz`, 1 s budget) |
//! | `supervisor.getPID` | – | `Int` |
//! | `supervisor.readLog` (alias readMainLog) | offset: Int, length: Int | `Str` |
//! | `supervisor.clearLog` | – | `Bool(true)` |
//! | `supervisor.shutdown`, `supervisor.restart` | – | `Bool(true)` |
//! | `supervisor.reloadConfig` | – | `[[added: [Str], changed: [Str], removed: [Str]]]` |
//! | `supervisor.addProcessGroup`, `removeProcessGroup` | name: Str | `Bool(true)` |
//! | `supervisor.startProcess`, `stopProcess` | name: Str, wait: Bool | `Bool(true)`; for `g:*` the group's result array |
//! | `supervisor.startProcessGroup`, `stopProcessGroup` | name: Str, wait: Bool | `[{name, group, status: Int, description: Str}]` |
//! | `supervisor.startAllProcesses`, `stopAllProcesses` | wait: Bool | result array |
//! | `supervisor.signalProcess` | name: Str, signal: Str or Int | `Bool(true)` (`g:*` → group) |
//! | `supervisor.signalProcessGroup` | name: Str, signal | result array |
//! | `supervisor.signalAllProcesses` | signal | result array |
//! | `supervisor.getProcessInfo` | name: Str | info struct (below) |
//! | `supervisor.getAllProcessInfo` | – | `[info]` sorted by group, then name |
//! | `supervisor.getAllConfigInfo` | – | `[config struct]` (behaviour doc §6.2) |
//! | `supervisor.readProcessStdoutLog` (alias readProcessLog), `readProcessStderrLog` | name, offset: Int, length: Int | `Str` |
//! | `supervisor.tailProcessStdoutLog` (alias tailProcessLog), `tailProcessStderrLog` | name, offset: Int, length: Int | `[Str, Int, Bool]` |
//! | `supervisor.clearProcessLogs` (alias clearProcessLog) | name | `Bool(true)` |
//! | `supervisor.clearAllProcessLogs` | – | result array |
//! | `supervisor.sendProcessStdin` | name, chars: Str | `Bool(true)` |
//! | `supervisor.sendRemoteCommEvent` | type: Str, data: Str | `Bool(true)` |
//! | `ours.getMetrics` | – | `{processes: [{group, name, K: Int/Double…}], supervisor: {K: number…}}` |
//! | `ours.waitLog` | name: Str, stream: Str, offset: Int, timeout_ms: Int | `[data: Str, newoffset: Int, truncated: Bool]` |
//! | `ours.diffConfig` | – | `[{group, change, keys: [Str], whole_group: Bool, processes: [{name, change, keys}]}]` |
//! | `ours.upgrade` | – | Int: the generation the daemon will have once upgraded in place |
//! | `ours.getUpgradeStatus` | – | `{generation: Int, upgrading: Bool, last_error: Str}` |
//! | `ours.updateGroup` | name: Str | `{group, change, keys, whole_group, processes: [{name, change, keys, status: Int, description}]}` |
//!
//! Info struct: Python's keys (name, group, start, stop, now, state, statename, spawnerr,
//! exitstatus, logfile, stdout_logfile, stderr_logfile, pid, description) plus ours:
//! `autostart: Bool` (read by `/readyz`; missing counts as true) and optionally
//! `exit_expected: Bool` for EXITED processes (missing: `exitstatus == 0`).
//!
//! `ours.getStartup`, `ours.getProcessDetail(name)`, `ours.getSupervisorInfo` back the
//! JSON routes `/api/v1/startup`, `/api/v1/processes/{ns}/detail`, `/api/v1/supervisor`
//! (shapes in docs/HTTP.md).
//!
//! `ours.getMetrics`: each numeric key K becomes `supervisord_process_K{group,name}` (or
//! `supervisord_K` under `supervisor`), a counter when K ends in `_total`, else a gauge.
//! Suggested: `spawns_total`, `unexpected_exits_total`, `restarts_total`,
//! `last_start_to_running_seconds`, and `uptime_seconds` at the supervisor level.
//!
//! `ours.waitLog(name, stream, offset, timeout_ms)` backs `/logtail` and `/mainlogtail`
//! (stream is `stdout`, `stderr` or `main`; name is ignored for `main`):
//! - `offset < 0`: answer at once with the last `-offset` bytes and `newoffset` = size.
//! - `offset >= 0`: park the reply until the log's size differs from `offset` (or the log
//!   was reopened/rotated), or until `timeout_ms` passed. Then answer with the bytes from
//!   `offset` to the end (at most ~64 KiB; `newoffset` = offset + bytes returned) — or, if
//!   the file is now shorter than `offset`, the bytes from 0 with `truncated = true`. On
//!   timeout: `["", offset, false]`.
//! - BAD_NAME for an unknown process, NO_FILE when the stream has no log file (the tail
//!   answers 404). Any fault ends the stream.

use super::{faults, Fault, Value};

/// One published method.
#[derive(Debug, Clone, Copy)]
pub struct MethodInfo {
    /// Full dotted name, e.g. `supervisor.startProcess`.
    pub name: &'static str,
    /// Required parameters.
    pub min_params: usize,
    /// Required plus optional parameters.
    pub max_params: usize,
    /// `[return type, param types…]` as `system.methodSignature` reports it.
    pub signature: &'static [&'static str],
    /// The Python docstring, as `system.methodHelp` reports it.
    pub help: &'static str,
}

/// Every method Python publishes, sorted by name (this is `system.listMethods`).
pub const METHODS: &[MethodInfo] = &[
    MethodInfo { name: "supervisor.addProcessGroup", min_params: 1, max_params: 1, signature: &["boolean", "string"], help: " Update the config for a running process from config file.\n\n        @param string name         name of process group to add\n        @return boolean result     true if successful\n        " },
    MethodInfo { name: "supervisor.clearAllProcessLogs", min_params: 0, max_params: 0, signature: &["array"], help: " Clear all process log files\n\n        @return array result   An array of process status info structs\n        " },
    MethodInfo { name: "supervisor.clearLog", min_params: 0, max_params: 0, signature: &["boolean"], help: " Clear the main log.\n\n        @return boolean result always returns True unless error\n        " },
    MethodInfo { name: "supervisor.clearProcessLog", min_params: 1, max_params: 1, signature: &["boolean", "string"], help: " Clear the stdout and stderr logs for the named process and\n        reopen them.\n\n        @param string name   The name of the process (or 'group:name')\n        @return boolean result      Always True unless error\n        " },
    MethodInfo { name: "supervisor.clearProcessLogs", min_params: 1, max_params: 1, signature: &["boolean", "string"], help: " Clear the stdout and stderr logs for the named process and\n        reopen them.\n\n        @param string name   The name of the process (or 'group:name')\n        @return boolean result      Always True unless error\n        " },
    MethodInfo { name: "supervisor.getAPIVersion", min_params: 0, max_params: 0, signature: &["string"], help: " Return the version of the RPC API used by supervisord\n\n        @return string version id\n        " },
    MethodInfo { name: "supervisor.getAllConfigInfo", min_params: 0, max_params: 0, signature: &["array"], help: " Get info about all available process configurations. Each struct\n        represents a single process (i.e. groups get flattened).\n\n        @return array result  An array of process config info structs\n        " },
    MethodInfo { name: "supervisor.getAllProcessInfo", min_params: 0, max_params: 0, signature: &["array"], help: " Get info about all processes\n\n        @return array result  An array of process status results\n        " },
    MethodInfo { name: "supervisor.getIdentification", min_params: 0, max_params: 0, signature: &["string"], help: " Return identifying string of supervisord\n\n        @return string identifier identifying string\n        " },
    MethodInfo { name: "supervisor.getPID", min_params: 0, max_params: 0, signature: &["int"], help: " Return the PID of supervisord\n\n        @return int PID\n        " },
    MethodInfo { name: "supervisor.getProcessInfo", min_params: 1, max_params: 1, signature: &["struct", "string"], help: " Get info about a process named name\n\n        @param string name The name of the process (or 'group:name')\n        @return struct result     A structure containing data about the process\n        " },
    MethodInfo { name: "supervisor.getState", min_params: 0, max_params: 0, signature: &["struct"], help: " Return current state of supervisord as a struct\n\n        @return struct A struct with keys int statecode, string statename\n        " },
    MethodInfo { name: "supervisor.getSupervisorVersion", min_params: 0, max_params: 0, signature: &["string"], help: " Return the version of the supervisor package in use by supervisord\n\n        @return string version id\n        " },
    MethodInfo { name: "supervisor.getVersion", min_params: 0, max_params: 0, signature: &["string"], help: " Return the version of the RPC API used by supervisord\n\n        @return string version id\n        " },
    MethodInfo { name: "supervisor.readLog", min_params: 2, max_params: 2, signature: &["string", "int", "int"], help: " Read length bytes from the main log starting at offset\n\n        @param int offset         offset to start reading from.\n        @param int length         number of bytes to read from the log.\n        @return string result     Bytes of log\n        " },
    MethodInfo { name: "supervisor.readMainLog", min_params: 2, max_params: 2, signature: &["string", "int", "int"], help: " Read length bytes from the main log starting at offset\n\n        @param int offset         offset to start reading from.\n        @param int length         number of bytes to read from the log.\n        @return string result     Bytes of log\n        " },
    MethodInfo { name: "supervisor.readProcessLog", min_params: 3, max_params: 3, signature: &["string", "string", "int", "int"], help: " Read length bytes from name's stdout log starting at offset\n\n        @param string name        the name of the process (or 'group:name')\n        @param int offset         offset to start reading from.\n        @param int length         number of bytes to read from the log.\n        @return string result     Bytes of log\n        " },
    MethodInfo { name: "supervisor.readProcessStderrLog", min_params: 3, max_params: 3, signature: &["string", "string", "int", "int"], help: " Read length bytes from name's stderr log starting at offset\n\n        @param string name        the name of the process (or 'group:name')\n        @param int offset         offset to start reading from.\n        @param int length         number of bytes to read from the log.\n        @return string result     Bytes of log\n        " },
    MethodInfo { name: "supervisor.readProcessStdoutLog", min_params: 3, max_params: 3, signature: &["string", "string", "int", "int"], help: " Read length bytes from name's stdout log starting at offset\n\n        @param string name        the name of the process (or 'group:name')\n        @param int offset         offset to start reading from.\n        @param int length         number of bytes to read from the log.\n        @return string result     Bytes of log\n        " },
    MethodInfo { name: "supervisor.reloadConfig", min_params: 0, max_params: 0, signature: &["array"], help: "\n        Reload the configuration.\n\n        The result contains three arrays containing names of process\n        groups:\n\n        * `added` gives the process groups that have been added\n        * `changed` gives the process groups whose contents have\n          changed\n        * `removed` gives the process groups that are no longer\n          in the configuration\n\n        @return array result  [[added, changed, removed]]\n\n        " },
    MethodInfo { name: "supervisor.removeProcessGroup", min_params: 1, max_params: 1, signature: &["boolean", "string"], help: " Remove a stopped process from the active configuration.\n\n        @param string name         name of process group to remove\n        @return boolean result     Indicates whether the removal was successful\n        " },
    MethodInfo { name: "supervisor.restart", min_params: 0, max_params: 0, signature: &["boolean"], help: " Restart the supervisor process\n\n        @return boolean result  always return True unless error\n        " },
    MethodInfo { name: "supervisor.sendProcessStdin", min_params: 2, max_params: 2, signature: &["boolean", "string", "string"], help: " Send a string of chars to the stdin of the process name.\n        If non-7-bit data is sent (unicode), it is encoded to utf-8\n        before being sent to the process' stdin.  If chars is not a\n        string or is not unicode, raise INCORRECT_PARAMETERS.  If the\n        process is not running, raise NOT_RUNNING.  If the process'\n        stdin cannot accept input (e.g. it was closed by the child\n        process), raise NO_FILE.\n\n        @param string name        The process name to send to (or 'group:name')\n        @param string chars       The character data to send to the process\n        @return boolean result    Always return True unless error\n        " },
    MethodInfo { name: "supervisor.sendRemoteCommEvent", min_params: 2, max_params: 2, signature: &["boolean", "string", "string"], help: " Send an event that will be received by event listener\n        subprocesses subscribing to the RemoteCommunicationEvent.\n\n        @param  string  type  String for the \"type\" key in the event header\n        @param  string  data  Data for the event body\n        @return boolean       Always return True unless error\n        " },
    MethodInfo { name: "supervisor.shutdown", min_params: 0, max_params: 0, signature: &["boolean"], help: " Shut down the supervisor process\n\n        @return boolean result always returns True unless error\n        " },
    MethodInfo { name: "supervisor.signalAllProcesses", min_params: 1, max_params: 1, signature: &["array", "string"], help: " Send a signal to all processes in the process list\n\n        @param string signal  Signal to send, as name ('HUP') or number ('1')\n        @return array         An array of process status info structs\n        " },
    MethodInfo { name: "supervisor.signalProcess", min_params: 2, max_params: 2, signature: &["boolean", "string", "string"], help: " Send an arbitrary UNIX signal to the process named by name\n\n        @param string name    Name of the process to signal (or 'group:name')\n        @param string signal  Signal to send, as name ('HUP') or number ('1')\n        @return boolean\n        " },
    MethodInfo { name: "supervisor.signalProcessGroup", min_params: 2, max_params: 2, signature: &["array", "string", "string"], help: " Send a signal to all processes in the group named 'name'\n\n        @param string name    The group name\n        @param string signal  Signal to send, as name ('HUP') or number ('1')\n        @return array\n        " },
    MethodInfo { name: "supervisor.startAllProcesses", min_params: 0, max_params: 1, signature: &["array", "boolean"], help: " Start all processes listed in the configuration file\n\n        @param boolean wait    Wait for each process to be fully started\n        @return array result   An array of process status info structs\n        " },
    MethodInfo { name: "supervisor.startProcess", min_params: 1, max_params: 2, signature: &["boolean", "string", "boolean"], help: " Start a process\n\n        @param string name Process name (or ``group:name``, or ``group:*``)\n        @param boolean wait Wait for process to be fully started\n        @return boolean result     Always true unless error\n\n        " },
    MethodInfo { name: "supervisor.startProcessGroup", min_params: 1, max_params: 2, signature: &["array", "string", "boolean"], help: " Start all processes in the group named 'name'\n\n        @param string name     The group name\n        @param boolean wait    Wait for each process to be fully started\n        @return array result   An array of process status info structs\n        " },
    MethodInfo { name: "supervisor.stopAllProcesses", min_params: 0, max_params: 1, signature: &["array", "boolean"], help: " Stop all processes in the process list\n\n        @param  boolean wait   Wait for each process to be fully stopped\n        @return array result   An array of process status info structs\n        " },
    MethodInfo { name: "supervisor.stopProcess", min_params: 1, max_params: 2, signature: &["boolean", "string", "boolean"], help: " Stop a process named by name\n\n        @param string name  The name of the process to stop (or 'group:name')\n        @param boolean wait        Wait for the process to be fully stopped\n        @return boolean result     Always return True unless error\n        " },
    MethodInfo { name: "supervisor.stopProcessGroup", min_params: 1, max_params: 2, signature: &["array", "string", "boolean"], help: " Stop all processes in the process group named 'name'\n\n        @param string name     The group name\n        @param boolean wait    Wait for each process to be fully stopped\n        @return array result   An array of process status info structs\n        " },
    MethodInfo { name: "supervisor.tailProcessLog", min_params: 3, max_params: 3, signature: &["array", "string", "int", "int"], help: "\n        Provides a more efficient way to tail the (stdout) log than\n        readProcessStdoutLog().  Use readProcessStdoutLog() to read\n        chunks and tailProcessStdoutLog() to tail.\n\n        Requests (length) bytes from the (name)'s log, starting at\n        (offset).  If the total log size is greater than (offset +\n        length), the overflow flag is set and the (offset) is\n        automatically increased to position the buffer at the end of\n        the log.  If less than (length) bytes are available, the\n        maximum number of available bytes will be returned.  (offset)\n        returned is always the last offset in the log +1.\n\n        @param string name         the name of the process (or 'group:name')\n        @param int offset          offset to start reading from\n        @param int length          maximum number of bytes to return\n        @return array result       [string bytes, int offset, bool overflow]\n        " },
    MethodInfo { name: "supervisor.tailProcessStderrLog", min_params: 3, max_params: 3, signature: &["array", "string", "int", "int"], help: "\n        Provides a more efficient way to tail the (stderr) log than\n        readProcessStderrLog().  Use readProcessStderrLog() to read\n        chunks and tailProcessStderrLog() to tail.\n\n        Requests (length) bytes from the (name)'s log, starting at\n        (offset).  If the total log size is greater than (offset +\n        length), the overflow flag is set and the (offset) is\n        automatically increased to position the buffer at the end of\n        the log.  If less than (length) bytes are available, the\n        maximum number of available bytes will be returned.  (offset)\n        returned is always the last offset in the log +1.\n\n        @param string name         the name of the process (or 'group:name')\n        @param int offset          offset to start reading from\n        @param int length          maximum number of bytes to return\n        @return array result       [string bytes, int offset, bool overflow]\n        " },
    MethodInfo { name: "supervisor.tailProcessStdoutLog", min_params: 3, max_params: 3, signature: &["array", "string", "int", "int"], help: "\n        Provides a more efficient way to tail the (stdout) log than\n        readProcessStdoutLog().  Use readProcessStdoutLog() to read\n        chunks and tailProcessStdoutLog() to tail.\n\n        Requests (length) bytes from the (name)'s log, starting at\n        (offset).  If the total log size is greater than (offset +\n        length), the overflow flag is set and the (offset) is\n        automatically increased to position the buffer at the end of\n        the log.  If less than (length) bytes are available, the\n        maximum number of available bytes will be returned.  (offset)\n        returned is always the last offset in the log +1.\n\n        @param string name         the name of the process (or 'group:name')\n        @param int offset          offset to start reading from\n        @param int length          maximum number of bytes to return\n        @return array result       [string bytes, int offset, bool overflow]\n        " },
    MethodInfo { name: "system.listMethods", min_params: 0, max_params: 0, signature: &["array"], help: " Return an array listing the available method names\n\n        @return array result  An array of method names available (strings).\n        " },
    MethodInfo { name: "system.methodHelp", min_params: 1, max_params: 1, signature: &["string", "string"], help: " Return a string showing the method's documentation\n\n        @param string name   The name of the method.\n        @return string result The documentation for the method name.\n        " },
    MethodInfo { name: "system.methodSignature", min_params: 1, max_params: 1, signature: &["array", "string"], help: " Return an array describing the method signature in the\n        form [rtype, ptype, ptype...] where rtype is the return data type\n        of the method, and ptypes are the parameter data types that the\n        method accepts in method argument order.\n\n        @param string name  The name of the method.\n        @return array result  The result.\n        " },
    MethodInfo { name: "system.multicall", min_params: 1, max_params: 1, signature: &["array", "array"], help: "Process an array of calls, and return an array of\n        results. Calls should be structs of the form {'methodName':\n        string, 'params': array}. Each result will either be a\n        single-item array containing the result value, or a struct of\n        the form {'faultCode': int, 'faultString': string}. This is\n        useful when you need to make lots of small calls without lots\n        of round trips.\n\n        @param array calls  An array of call requests\n        @return array result  An array of results\n        " },
];

/// Extra methods of ours (not listed by `system.listMethods`), answered by the event loop.
pub const OUR_METHODS: &[MethodInfo] = &[
    MethodInfo {
        name: "ours.getMetrics",
        min_params: 0,
        max_params: 0,
        signature: &["struct"],
        help: "Counters for /metrics: {processes: [{group, name, restarts, ...}]}",
    },
    MethodInfo {
        name: "ours.waitLog",
        min_params: 4,
        max_params: 4,
        signature: &["struct", "string", "string", "int", "int"],
        help: "Block until the log grows past offset or timeout_ms passes",
    },
    MethodInfo {
        name: "ours.getProcessInfo",
        min_params: 1,
        max_params: 1,
        signature: &["struct", "string"],
        help: "getProcessInfo plus autostart and exit_expected (the JSON API's shape)",
    },
    MethodInfo {
        name: "ours.getAllProcessInfo",
        min_params: 0,
        max_params: 0,
        signature: &["array"],
        help: "getAllProcessInfo plus autostart and exit_expected (the JSON API's shape)",
    },
    MethodInfo {
        name: "ours.diffConfig",
        min_params: 0,
        max_params: 0,
        signature: &["array"],
        help: "The config re-read and compared with the running one, per group and process (nothing changes)",
    },
    MethodInfo {
        name: "ours.updateGroup",
        min_params: 1,
        max_params: 1,
        signature: &["struct", "string"],
        help: "Apply the stored config of a group process by process; answered once settled",
    },
    MethodInfo {
        name: "ours.upgrade",
        min_params: 0,
        max_params: 0,
        signature: &["int"],
        help: "Re-exec the daemon's binary in place, keeping every child; answers the generation to wait for",
    },
    MethodInfo {
        name: "ours.getUpgradeStatus",
        min_params: 0,
        max_params: 0,
        signature: &["struct"],
        help: "{generation, upgrading, last_error} of in-place upgrades",
    },
    MethodInfo {
        name: "ours.logPath",
        min_params: 2,
        max_params: 2,
        signature: &["string", "string", "string"],
        help: "The file a log stream (stdout, stderr or main) is written to",
    },
    MethodInfo {
        name: "ours.programConfig",
        min_params: 1,
        max_params: 1,
        signature: &["string", "string"],
        help: "A process's effective config as JSON text (backs /conf/{program})",
    },
    MethodInfo {
        name: "ours.configFile",
        min_params: 0,
        max_params: 0,
        signature: &["string"],
        help: "The main configuration file's path (backs /confFile)",
    },
    MethodInfo {
        name: "ours.logFiles",
        min_params: 1,
        max_params: 1,
        signature: &["struct", "string"],
        help: "{stdout, stderr}: a process's log files (backs /log/{program}/)",
    },
    MethodInfo {
        name: "ours.getStartup",
        min_params: 0,
        max_params: 0,
        signature: &["struct"],
        help: "The startup timeline: spawn, ready and settle times and waits per process",
    },
    MethodInfo {
        name: "ours.getProcessDetail",
        min_params: 1,
        max_params: 1,
        signature: &["struct", "string"],
        help: "A process's state history and effective configuration",
    },
    MethodInfo {
        name: "ours.getSupervisorInfo",
        min_params: 0,
        max_params: 0,
        signature: &["struct"],
        help: "The daemon's identification, versions, pid, state and uptime",
    },
];

/// Aliases Python keeps for old clients, mapped to the method the loop implements.
const ALIASES: &[(&str, &str)] = &[
    ("supervisor.getVersion", "supervisor.getAPIVersion"),
    ("supervisor.readMainLog", "supervisor.readLog"),
    (
        "supervisor.readProcessLog",
        "supervisor.readProcessStdoutLog",
    ),
    (
        "supervisor.tailProcessLog",
        "supervisor.tailProcessStdoutLog",
    ),
    ("supervisor.clearProcessLog", "supervisor.clearProcessLogs"),
];

/// Looks a method up (published or ours).
pub fn lookup(name: &str) -> Option<&'static MethodInfo> {
    METHODS
        .iter()
        .chain(OUR_METHODS.iter())
        .find(|m| m.name == name)
}

/// The canonical name of an alias, or the name itself.
pub fn canonical(name: &str) -> &str {
    ALIASES
        .iter()
        .find(|(alias, _)| *alias == name)
        .map_or(name, |(_, target)| *target)
}

/// The loop-side method `/RPC2` sends for a plain `supervisor.getAllProcessInfo`: the
/// answer comes back recorded (`xmlrecord`, as binary bytes) for the HTTP thread to write
/// as its `methodResponse` document. Not in the method table, so `prepare` refuses it
/// from clients.
pub const ALL_PROCESS_INFO_XML: &str = "internal.getAllProcessInfoXml";

/// Validates a call against the table: canonical name and the full parameter list
/// (`wait` defaults to `true`), or UNKNOWN_METHOD / INCORRECT_PARAMETERS.
pub fn prepare(name: &str, mut params: Vec<Value>) -> Result<(&'static str, Vec<Value>), Fault> {
    let info = lookup(name).ok_or_else(|| Fault::new(faults::UNKNOWN_METHOD, "UNKNOWN_METHOD"))?;
    if params.len() < info.min_params || params.len() > info.max_params {
        return Err(Fault::new(
            faults::INCORRECT_PARAMETERS,
            "INCORRECT_PARAMETERS",
        ));
    }
    // The only optional parameter anywhere is `wait`, defaulting to true.
    while params.len() < info.max_params {
        params.push(Value::Bool(true));
    }
    let canon = lookup(canonical(info.name)).map_or(info.name, |m| m.name);
    Ok((canon, params))
}

/// `system.listMethods`.
pub fn list_methods() -> Value {
    Value::Array(METHODS.iter().map(|m| Value::Str(m.name.into())).collect())
}

/// `system.methodHelp(name)`.
pub fn method_help(name: &Value) -> Result<Value, Fault> {
    name.as_str()
        .and_then(|n| METHODS.iter().find(|m| m.name == n))
        .map(|m| Value::Str(m.help.into()))
        .ok_or_else(|| Fault::new(faults::SIGNATURE_UNSUPPORTED, "SIGNATURE_UNSUPPORTED"))
}

/// `system.methodSignature(name)`.
pub fn method_signature(name: &Value) -> Result<Value, Fault> {
    name.as_str()
        .and_then(|n| METHODS.iter().find(|m| m.name == n))
        .map(|m| {
            Value::Array(
                m.signature
                    .iter()
                    .map(|s| Value::Str((*s).into()))
                    .collect(),
            )
        })
        .ok_or_else(|| Fault::new(faults::SIGNATURE_UNSUPPORTED, "SIGNATURE_UNSUPPORTED"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_python_41_methods_sorted() {
        assert_eq!(METHODS.len(), 41);
        assert!(METHODS.windows(2).all(|w| w[0].name < w[1].name));
    }

    #[test]
    fn prepare_fills_wait_and_resolves_aliases() {
        let (name, params) =
            prepare("supervisor.startProcess", vec![Value::Str("a".into())]).expect("ok");
        assert_eq!(name, "supervisor.startProcess");
        assert_eq!(params, vec![Value::Str("a".into()), Value::Bool(true)]);
        let (name, _) = prepare("supervisor.getVersion", vec![]).expect("ok");
        assert_eq!(name, "supervisor.getAPIVersion");
        let (name, _) = prepare("supervisor.tailProcessLog", vec![Value::Int(0); 3]).expect("ok");
        assert_eq!(name, "supervisor.tailProcessStdoutLog");
    }

    #[test]
    fn prepare_rejects_unknown_and_bad_arity() {
        assert_eq!(
            prepare("supervisor.nope", vec![]).map_err(|f| f.code),
            Err(faults::UNKNOWN_METHOD)
        );
        assert_eq!(
            prepare("supervisor._private", vec![]).map_err(|f| f.code),
            Err(faults::UNKNOWN_METHOD)
        );
        assert_eq!(
            prepare("supervisor.getPID", vec![Value::Int(1)]).map_err(|f| f.code),
            Err(faults::INCORRECT_PARAMETERS)
        );
    }

    #[test]
    fn signature_and_help() {
        assert_eq!(
            method_signature(&Value::Str("supervisor.startProcess".into())),
            Ok(Value::Array(vec![
                Value::Str("boolean".into()),
                Value::Str("string".into()),
                Value::Str("boolean".into())
            ]))
        );
        assert!(method_help(&Value::Str("nope".into())).is_err());
    }
}
