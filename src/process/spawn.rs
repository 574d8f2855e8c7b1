//! Spawning one child like supervisord's `Subprocess._spawn_as_child`.
//!
//! Everything the child needs (path, argv/envp pointer arrays, directory, ids, fixed error
//! messages) is built in the parent as C strings first. Between `fork` and `execve` the
//! child only makes raw syscalls: no allocation, no locks, no logging (the daemon has
//! other threads). All signals are blocked in the parent around `fork`, and the child
//! sets back to default every disposition the daemon changed (`child_signals.rs`: Rust
//! ignores SIGPIPE; ignored dispositions would survive exec) and unblocks everything.
//! Child-side failures are written to the child's fd 2 and end in `_exit(127)`; a CLOEXEC
//! status pipe tells the parent which step failed, read as soon as the clone returns
//! (`CLONE_VFORK`: the child has exec'd or exited by then; the lifecycle is still
//! Python's: a fast exit → BACKOFF).

use std::ffi::CString;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use nix::errno::Errno;
use nix::fcntl::{fcntl, FcntlArg, OFlag};
use nix::libc;

use super::command;
use crate::config::ProcessConfig;

/// Daemon-wide facts a spawn needs besides the process config.
#[derive(Debug, Clone, Default)]
pub struct SpawnContext {
    /// Value for `SUPERVISOR_SERVER_URL` when the program's serverurl is AUTO.
    pub server_url: Option<String>,
    /// `[supervisord] minfds` (the child closes every fd ≥ 3 anyway).
    pub minfds: u64,
    /// `[supervisord] kill_children_on_exit`: the child asks for SIGKILL when the thread
    /// that forked it (the event loop's) dies.
    pub kill_on_parent_death: bool,
}

/// The parent's side of a freshly spawned child.
#[derive(Debug)]
pub struct Child {
    pub pid: i32,
    /// Write end of the child's stdin (non-blocking).
    pub stdin: OwnedFd,
    /// Read end of the child's stdout (non-blocking), unless it goes to `/dev/null`.
    pub stdout: Option<OwnedFd>,
    /// Read end of the child's stderr, unless redirect_stderr or `/dev/null`.
    pub stderr: Option<OwnedFd>,
    /// The errno a child-side step (chdir, setuid, execve …) reported, `None` when the
    /// child exec'd. Known at once: `CLONE_VFORK` resumes the parent only after the child
    /// exec'd or exited, so the daemon keeps no status pipe per running child.
    pub exec_error: Option<i32>,
    /// The executable that was run (for restart_when_binary_changed).
    pub path: PathBuf,
}

/// uid/gid/groups switch prepared in the parent.
enum Ids {
    Keep,
    Switch {
        uid: libc::uid_t,
        gid: libc::gid_t,
        groups: Vec<libc::gid_t>,
    },
    /// Non-root asked to become someone else: the child reports and exits 127.
    Refuse,
}

/// Everything the child reads between fork and exec.
struct Plan {
    path: CString,
    _argv: Vec<CString>,
    argv_ptrs: Vec<*const libc::c_char>,
    /// The variables made for this program; `env_ptrs` also points into `base_env()`.
    _env: Vec<CString>,
    env_ptrs: Vec<*const libc::c_char>,
    dir: Option<CString>,
    umask: Option<libc::mode_t>,
    ids: Ids,
    msg_exec: Vec<u8>,
    msg_chdir: Vec<u8>,
    msg_setuid: Vec<u8>,
    minfds: libc::c_uint,
    /// With kill_children_on_exit: the forking process's pid, to detect a parent that died
    /// before `PR_SET_PDEATHSIG` was in place.
    pdeath_parent: Option<libc::pid_t>,
    /// The daemon's original nice, when the loop thread runs boosted (see nice.rs).
    nice: Option<i32>,
    /// `rlimit_*`, resolved (crate::resources::rlimit).
    rlimits: crate::resources::rlimit::Prepared,
    /// The signals the child sets back to their default (`child_signals::non_default`).
    reset_signals: u64,
}

fn cstring(bytes: &[u8], what: &str) -> Result<CString, String> {
    CString::new(bytes).map_err(|_| format!("{what} contains a NUL byte"))
}

fn build_plan(
    cfg: &ProcessConfig,
    ctx: &SpawnContext,
    extra_env: &[(String, String)],
) -> Result<(Plan, PathBuf), String> {
    let env = super::child_env::build(&super::child_env::overrides(cfg, ctx, extra_env)?)?;
    let resolved = command::resolve_in(&cfg.command, env.path.as_deref(), cfg.directory.as_deref())
        .map_err(|e| e.to_string())?;
    let argv: Vec<CString> = resolved
        .argv
        .iter()
        .map(|a| cstring(a.as_bytes(), "command"))
        .collect::<Result<_, _>>()?;
    let mut argv_ptrs: Vec<_> = argv.iter().map(|c| c.as_ptr()).collect();
    argv_ptrs.push(std::ptr::null());
    let ids = match &cfg.user {
        None => Ids::Keep,
        Some(u) => {
            let acct = crate::users::lookup(u).map_err(|e| e.to_string())?;
            // SAFETY: geteuid never fails.
            let euid = unsafe { libc::geteuid() };
            if acct.uid == euid {
                Ids::Keep
            } else if euid != 0 {
                Ids::Refuse
            } else {
                Ids::Switch {
                    uid: acct.uid,
                    gid: acct.gid,
                    groups: acct.groups.clone(),
                }
            }
        }
    };
    let uid_text = match (&ids, &cfg.user) {
        (Ids::Switch { uid, .. }, _) => uid.to_string(),
        (_, Some(u)) => u.clone(),
        (_, None) => String::new(),
    };
    let dir = cfg.directory.as_deref();
    let plan = Plan {
        path: cstring(resolved.path.as_os_str().as_bytes(), "command")?,
        _argv: argv,
        argv_ptrs,
        _env: env.own,
        env_ptrs: env.ptrs,
        dir: dir
            .map(|d| cstring(d.as_bytes(), "directory"))
            .transpose()?,
        umask: cfg.umask.map(|m| m as libc::mode_t),
        ids,
        msg_exec: format!("supervisor: couldn't exec {}: ", resolved.argv[0]).into_bytes(),
        msg_chdir: format!("supervisor: couldn't chdir to {}: ", dir.unwrap_or("")).into_bytes(),
        msg_setuid: format!("supervisor: couldn't setuid to {uid_text}: ").into_bytes(),
        minfds: ctx.minfds.min(u32::MAX as u64) as libc::c_uint,
        pdeath_parent: ctx
            .kill_on_parent_death
            .then(|| nix::unistd::getpid().as_raw()),
        nice: crate::nice::child_nice(),
        rlimits: crate::resources::rlimit::Prepared::new(&cfg.ext.resources.rlimits),
        reset_signals: super::child_signals::non_default(),
    };
    Ok((plan, resolved.path))
}

/// A CLOEXEC, non-blocking pipe (the daemon's end stays so: a stray writer or a full
/// pipe must never hang the loop); EMFILE/ENFILE become supervisord's spawnerr text.
fn pipe(name: &str) -> Result<(OwnedFd, OwnedFd), String> {
    nix::unistd::pipe2(OFlag::O_CLOEXEC | OFlag::O_NONBLOCK).map_err(|e| match e {
        Errno::EMFILE | Errno::ENFILE => format!("too many open files to spawn '{name}'"),
        e => format!(
            "unknown error making dispatchers for '{name}': {}",
            e.desc()
        ),
    })
}

/// Makes the child's end of a [`pipe`] blocking, as its stdin, stdout and stderr must
/// be (a pipe end has no other status flag to keep).
fn set_blocking(fd: &OwnedFd) {
    let _ = fcntl(fd, FcntlArg::F_SETFL(OFlag::empty()));
}

/// [`pipe`] for one of the child's standard streams: its end (`child_reads`: the read
/// end) made blocking. Returns (read end, write end).
fn std_pipe(name: &str, child_reads: bool) -> Result<(OwnedFd, OwnedFd), String> {
    let (r, w) = pipe(name)?;
    set_blocking(if child_reads { &r } else { &w });
    Ok((r, w))
}

/// Spawns the process. `Err` is the spawnerr text (nothing was forked).
pub fn spawn(cfg: &ProcessConfig, ctx: &SpawnContext) -> Result<Child, String> {
    spawn_with(cfg, ctx, crate::readiness::probe::SpawnExtras::default())
}

/// Spawns the process with a readiness probe's extras (environment, an inherited fd).
pub fn spawn_with(
    cfg: &ProcessConfig,
    ctx: &SpawnContext,
    extras: crate::readiness::probe::SpawnExtras,
) -> Result<Child, String> {
    let (plan, path) = build_plan(cfg, ctx, &extras.env)?;
    let (stdin_r, stdin_w) = std_pipe(&cfg.name, true)?;
    // A stream nobody reads goes to the daemon's one /dev/null instead of a pipe.
    let (out_null, err_null) = (cfg.discards_stdout(), cfg.discards_stderr());
    let null = if out_null || err_null {
        super::devnull::fd(&cfg.name)?
    } else {
        -1
    };
    let (stdout_r, stdout_w) = (!out_null)
        .then(|| std_pipe(&cfg.name, false))
        .transpose()?
        .unzip();
    let stderr = (!cfg.redirect_stderr && !err_null)
        .then(|| std_pipe(&cfg.name, false))
        .transpose()?;
    let (status_r, status_w) = pipe(&cfg.name)?;
    let out_fd = stdout_w.as_ref().map_or(null, |w| w.as_raw_fd());
    let fds = ChildFds {
        shared_below: None,
        stdin: stdin_r.as_raw_fd(),
        stdout: out_fd,
        stderr: match &stderr {
            Some((_, w)) => w.as_raw_fd(),
            None if cfg.redirect_stderr => out_fd,
            None => null,
        },
        status: status_w.as_raw_fd(),
        extra: extras
            .fd
            .as_ref()
            .map(|(src, target)| (src.as_raw_fd(), *target)),
    };

    let extra = fds.extra.map_or(-1, |(src, _)| src);
    let lent = super::fd_slots::lend([fds.stdin, fds.stdout, fds.stderr, fds.status, extra]);
    let fds = match &lent {
        Some((l, [stdin, stdout, stderr, status, src])) => ChildFds {
            shared_below: Some(l.top),
            stdin: *stdin,
            stdout: *stdout,
            stderr: *stderr,
            status: *status,
            extra: fds.extra.map(|(_, target)| (*src, target)),
        },
        None => fds,
    };
    // SAFETY: plain sigset manipulation on local storage.
    let mut all: libc::sigset_t = unsafe { std::mem::zeroed() };
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    unsafe {
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_SETMASK, &all, &mut old);
    }
    // A lone spawn's child runs on this thread's CPU while the clone waits for its exec
    // (affinity.rs).
    let pin = super::affinity::pin_for_spawn(std::time::Instant::now());
    // SAFETY: the child only makes syscalls on prebuilt data, on its own stack.
    let pid = unsafe { vfork_exec(&plan, &fds, pin.as_ref()) };
    let fork_errno = Errno::last();
    drop((pin, lent)); // the slots back to /dev/null: only the child holds its ends
                       // SAFETY: restoring the mask saved above.
    unsafe {
        libc::pthread_sigmask(libc::SIG_SETMASK, &old, std::ptr::null_mut());
    }
    if pid < 0 {
        return Err(match fork_errno {
            Errno::EAGAIN | Errno::ENOMEM => {
                format!(
                    "Too many processes in process table to spawn '{}'",
                    cfg.name
                )
            }
            e => format!("unknown error during fork for '{}': {}", cfg.name, e.desc()),
        });
    }
    drop((stdin_r, stdout_w, status_w, extras));
    let exec_error = exec_status(&status_r);
    drop(status_r);
    let stderr = stderr.map(|(r, _w)| r);
    Ok(Child {
        pid,
        stdin: stdin_w,
        stdout: stdout_r,
        stderr,
        exec_error,
        path,
    })
}

/// Once the clone returned (every write end is closed: by the exec, or by the child's
/// exit): the errno its failed step reported, `None` when it exec'd (the pipe is at EOF).
fn exec_status(fd: &OwnedFd) -> Option<i32> {
    let mut buf = [0u8; 4];
    let mut got = 0;
    while got < 4 {
        match nix::unistd::read(fd, &mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(Errno::EINTR) => continue,
            Err(_) => break,
        }
    }
    (got == 4).then(|| i32::from_ne_bytes(buf))
}

#[derive(Clone, Copy)]
struct ChildFds {
    /// With `CLONE_FILES` (the descriptors lent to `fd_slots`): the child keeps the
    /// descriptors below this one; `None`: the child has a copy of the whole table.
    shared_below: Option<RawFd>,
    stdin: RawFd,
    stdout: RawFd,
    stderr: RawFd,
    status: RawFd,
    /// `(source, target)`: a readiness pipe to install at fd `target`.
    extra: Option<(RawFd, RawFd)>,
}

/// Writes a message and the errno name to fd 2, reports the errno, and exits 127.
unsafe fn fail(prefix: &[u8], reason: &[u8], errno: i32, status: RawFd) -> ! {
    const TAIL: &[u8] = b"\nsupervisor: child process was not spawned\n";
    libc::write(2, prefix.as_ptr().cast(), prefix.len());
    libc::write(2, reason.as_ptr().cast(), reason.len());
    libc::write(2, TAIL.as_ptr().cast(), TAIL.len());
    let bytes = errno.to_ne_bytes();
    libc::write(status, bytes.as_ptr().cast(), 4);
    libc::_exit(127)
}

fn errno() -> i32 {
    Errno::last_raw()
}

/// Bytes of stack the child runs on between clone and exec (it only makes syscalls).
const CHILD_STACK: usize = 64 * 1024;

/// What the child's entry point reads.
struct ChildArgs<'a> {
    plan: &'a Plan,
    fds: &'a ChildFds,
    pin: Option<&'a super::affinity::Pin>,
}

extern "C" fn child_entry(arg: *mut libc::c_void) -> libc::c_int {
    // SAFETY: `arg` points at the `ChildArgs` that `vfork_exec` keeps alive until the
    // child has exec'd or exited (CLONE_VFORK suspends the parent until then).
    unsafe {
        let args = &*(arg as *const ChildArgs);
        child(args.plan, args.fds, args.pin)
    }
}

/// Starts the child like posix_spawn does: `clone(CLONE_VM | CLONE_VFORK)` on a stack of
/// its own. Sharing the address space instead of copying it (fork) spares copying the
/// daemon's page tables and the copy-on-write faults after every spawn — most of what a
/// restart costs the daemon. The child shares memory but not descriptors, signal
/// handlers, credentials or cwd, and it writes nothing but its own stack before execve;
/// this thread is suspended until then, the other threads never see the child's stack.
/// Returns the pid, or -1 with errno set.
unsafe fn vfork_exec(
    plan: &Plan,
    fds: &ChildFds,
    pin: Option<&super::affinity::Pin>,
) -> libc::pid_t {
    // Uninitialised on purpose: a stack needs no zeroing (the child only pushes onto it).
    let mut stack: Vec<u8> = Vec::with_capacity(CHILD_STACK);
    // The stack grows down on every architecture Linux runs this on; keep it 16-aligned.
    let top = stack.as_mut_ptr().add(CHILD_STACK) as usize & !15;
    let args = ChildArgs { plan, fds, pin };
    let files = fds.shared_below.map_or(0, |_| libc::CLONE_FILES);
    let pid = libc::clone(
        child_entry,
        top as *mut libc::c_void,
        libc::CLONE_VM | libc::CLONE_VFORK | files | libc::SIGCHLD,
        &args as *const ChildArgs as *mut libc::c_void,
    );
    drop(stack);
    pid
}

/// The child between clone and exec: syscalls only.
unsafe fn child(plan: &Plan, fds: &ChildFds, pin: Option<&super::affinity::Pin>) -> ! {
    // First: a table of its own, before anything could touch the daemon's (fd_slots.rs).
    if fds
        .shared_below
        .is_some_and(|top| !super::fd_slots::unshare_below(top))
    {
        libc::_exit(127);
    }
    libc::setpgid(0, 0);
    if let Some(p) = pin {
        p.restore(); // the daemon's CPU mask back (affinity.rs)
    }
    crate::nice::restore_in_child(plan.nice);
    super::child_signals::reset(plan.reset_signals);
    let fds = &place_fds(fds, plan.minfds);
    // Before the uid switch: only root may raise a hard limit.
    if let Err((msg, e)) = plan.rlimits.apply() {
        fail(msg, super::errno_name::name(e).as_bytes(), e, fds.status);
    }
    switch_ids(plan, fds.status);
    // After the uid/gid switch: a credential change clears the parent-death signal.
    if let Some(parent) = plan.pdeath_parent {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong);
        if libc::getppid() != parent {
            // The daemon died between fork and prctl: no signal will come.
            libc::_exit(1);
        }
    }
    if let Some(dir) = &plan.dir {
        if libc::chdir(dir.as_ptr()) != 0 {
            let e = errno();
            fail(
                &plan.msg_chdir,
                super::errno_name::name(e).as_bytes(),
                e,
                fds.status,
            );
        }
    }
    if let Some(mask) = plan.umask {
        libc::umask(mask);
    }
    libc::execve(
        plan.path.as_ptr(),
        plan.argv_ptrs.as_ptr(),
        plan.env_ptrs.as_ptr(),
    );
    let e = errno();
    fail(
        &plan.msg_exec,
        super::errno_name::name(e).as_bytes(),
        e,
        fds.status,
    )
}

/// In the child: stdin/stdout/stderr in place, the status pipe and an extra descriptor
/// kept, everything else closed. Returns where the status pipe ended up.
unsafe fn place_fds(fds: &ChildFds, minfds: libc::c_uint) -> ChildFds {
    libc::dup2(fds.stdin, 0);
    libc::dup2(fds.stdout, 1);
    libc::dup2(fds.stderr, 2);
    let mut status = fds.status;
    let mut keep = [status, -1];
    if let Some((src, target)) = fds.extra {
        if status == target {
            // Move the status pipe out of the way first (it stays close-on-exec).
            status = libc::fcntl(status, libc::F_DUPFD_CLOEXEC, target + 1);
        }
        if src == target {
            libc::fcntl(target, libc::F_SETFD, 0);
        } else {
            libc::dup2(src, target);
        }
        keep = [status, target];
    }
    super::fd_slots::close_from_3(keep, minfds);
    ChildFds { status, ..*fds }
}

/// In the child: the configured user's groups, gid and uid (or the refusal to switch).
unsafe fn switch_ids(plan: &Plan, status: libc::c_int) {
    match &plan.ids {
        Ids::Keep => {}
        Ids::Refuse => fail(
            &plan.msg_setuid,
            b"Can't drop privilege as nonroot user",
            libc::EPERM,
            status,
        ),
        Ids::Switch { uid, gid, groups } => {
            // Raw syscalls: the libc wrappers of a multithreaded process (the daemon's
            // memory says it is one) take a lock and signal every thread to switch
            // with it; a lock held by another thread at the clone would hang the child
            // and, waiting for its exec, the loop.
            if libc::syscall(libc::SYS_setgroups, groups.len(), groups.as_ptr()) != 0
                || libc::syscall(libc::SYS_setgid, *gid) != 0
                || libc::syscall(libc::SYS_setuid, *uid) != 0
            {
                let e = errno();
                fail(
                    &plan.msg_setuid,
                    super::errno_name::name(e).as_bytes(),
                    e,
                    status,
                );
            }
        }
    }
}

/// The executable a spawn of `cfg` would run now (resolved against the PATH its spawn
/// searches, `child_env::search_path`), if it can be found.
pub fn executable(cfg: &ProcessConfig) -> Option<PathBuf> {
    let path_var = super::child_env::search_path(cfg).ok()?;
    command::resolve_in(&cfg.command, path_var.as_deref(), cfg.directory.as_deref())
        .ok()
        .map(|r| r.path)
}

/// The check startProcess does before spawning, against the PATH its spawn searches: only
/// a missing or non-executable file is an error, since those are what supervisord's RPC
/// re-check reports (NO_FILE / NOT_EXECUTABLE); anything else (an unreadable env file
/// included) surfaces as the spawn error.
pub fn precheck(cfg: &ProcessConfig) -> Result<(), command::CommandError> {
    use command::CommandError as E;
    let Ok(path_var) = super::child_env::search_path(cfg) else {
        return Ok(());
    };
    match command::resolve_in(&cfg.command, path_var.as_deref(), cfg.directory.as_deref()) {
        Err(
            e @ (E::NotFound(_) | E::IsDirectory(_) | E::NotExecutable(_) | E::NoPermission(_)),
        ) => Err(e),
        Ok(_) | Err(E::Unparsable { .. } | E::Empty) => Ok(()),
    }
}
