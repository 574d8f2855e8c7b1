//! Per-program resource limits (`rlimit_nofile = soft[:hard]` and its six siblings, the
//! names circus uses): parsed here, resolved against the daemon's own limits before the
//! clone, and set in the child with the `prlimit64` syscall before `execve`.

use std::fmt;

/// A resource a program may limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Resource {
    Nofile,
    Nproc,
    As,
    Core,
    Cpu,
    Memlock,
    Stack,
}

/// Every resource, in the order keys are read and shown.
pub const RESOURCES: [Resource; 7] = [
    Resource::Nofile,
    Resource::Nproc,
    Resource::As,
    Resource::Core,
    Resource::Cpu,
    Resource::Memlock,
    Resource::Stack,
];

impl Resource {
    /// The config key (`rlimit_nofile`).
    pub fn key(self) -> &'static str {
        match self {
            Resource::Nofile => "rlimit_nofile",
            Resource::Nproc => "rlimit_nproc",
            Resource::As => "rlimit_as",
            Resource::Core => "rlimit_core",
            Resource::Cpu => "rlimit_cpu",
            Resource::Memlock => "rlimit_memlock",
            Resource::Stack => "rlimit_stack",
        }
    }

    /// Whether the limit is in bytes (and so takes `512MB`-style sizes).
    pub fn is_bytes(self) -> bool {
        matches!(
            self,
            Resource::As | Resource::Core | Resource::Memlock | Resource::Stack
        )
    }

    /// The kernel's resource number.
    pub fn raw(self) -> i32 {
        use nix::libc;
        (match self {
            Resource::Nofile => libc::RLIMIT_NOFILE,
            Resource::Nproc => libc::RLIMIT_NPROC,
            Resource::As => libc::RLIMIT_AS,
            Resource::Core => libc::RLIMIT_CORE,
            Resource::Cpu => libc::RLIMIT_CPU,
            Resource::Memlock => libc::RLIMIT_MEMLOCK,
            Resource::Stack => libc::RLIMIT_STACK,
        }) as i32
    }
}

/// One bound: a number (bytes, seconds or a count) or no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Value(u64),
    Unlimited,
}

impl Bound {
    /// The kernel's value (`RLIM_INFINITY` is all ones).
    pub fn raw(self) -> u64 {
        match self {
            Bound::Value(v) => v,
            Bound::Unlimited => u64::MAX,
        }
    }

    fn from_raw(v: u64) -> Bound {
        if v == u64::MAX {
            Bound::Unlimited
        } else {
            Bound::Value(v)
        }
    }

    /// Whether `self` is above `other` (unlimited is above every number).
    fn above(self, other: Bound) -> bool {
        self.raw() > other.raw()
    }
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Bound::Value(v) => write!(f, "{v}"),
            Bound::Unlimited => f.write_str("unlimited"),
        }
    }
}

/// A configured limit: the soft bound, and the hard one when given (else the daemon's
/// hard limit is kept, raised to the soft one if that is above it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rlimit {
    pub resource: Resource,
    pub soft: Bound,
    pub hard: Option<Bound>,
}

impl fmt::Display for Rlimit {
    /// `soft` or `soft:hard`, numbers in plain units (bytes, seconds, counts).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.hard {
            None => write!(f, "{}", self.soft),
            Some(h) => write!(f, "{}:{h}", self.soft),
        }
    }
}

/// One bound's text: `unlimited`/`infinity`, a number, or for byte resources a size
/// (`512MB`, `64KB`, `2GB`).
fn bound(resource: Resource, text: &str) -> Result<Bound, String> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("unlimited") || t.eq_ignore_ascii_case("infinity") {
        return Ok(Bound::Unlimited);
    }
    let what = if resource.is_bytes() {
        "a size such as 512MB"
    } else if resource == Resource::Cpu {
        "whole seconds"
    } else {
        "a whole number"
    };
    let bad = || format!("invalid value '{t}': expected {what} or unlimited");
    let v = if resource.is_bytes() {
        crate::config::values::byte_size_signed(t).map_err(|_| bad())?
    } else {
        t.parse::<i64>().map_err(|_| bad())?
    };
    u64::try_from(v)
        .ok()
        .filter(|&v| v != u64::MAX)
        .map(Bound::Value)
        .ok_or_else(bad)
}

/// Parses `soft[:hard]`; a soft bound above the hard one is an error.
pub fn parse(resource: Resource, text: &str) -> Result<Rlimit, String> {
    let (soft, hard) = match text.split_once(':') {
        Some((s, h)) => (bound(resource, s)?, Some(bound(resource, h)?)),
        None => (bound(resource, text)?, None),
    };
    if let Some(h) = hard.filter(|&h| soft.above(h)) {
        return Err(format!("soft limit {soft} is above the hard limit {h}"));
    }
    Ok(Rlimit {
        resource,
        soft,
        hard,
    })
}

/// The kernel's `struct rlimit64`.
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawLimit {
    pub cur: u64,
    pub max: u64,
}

/// `prlimit64(0, resource, new, old)`: sets the calling process's limit when `new` is
/// given, reads it into `old` when given. Only a syscall: safe between clone and exec.
///
/// # Safety
/// The pointers are null or point at valid `RawLimit`s.
pub unsafe fn prlimit(resource: i32, new: *const RawLimit, old: *mut RawLimit) -> i32 {
    nix::libc::syscall(nix::libc::SYS_prlimit64, 0, resource, new, old) as i32
}

/// The daemon's current limit of `resource` (`None` if the kernel does not say).
pub fn current(resource: Resource) -> Option<(Bound, Bound)> {
    let mut old = RawLimit { cur: 0, max: 0 };
    // SAFETY: `old` is a valid RawLimit; nothing is set.
    let rc = unsafe { prlimit(resource.raw(), std::ptr::null(), &mut old) };
    (rc == 0).then(|| (Bound::from_raw(old.cur), Bound::from_raw(old.max)))
}

/// What the child sets: `(resource number, limit)`, the hard bound resolved against the
/// daemon's (`daemon_hard`): kept when not given, raised to the soft bound when below it.
pub fn resolve(l: &Rlimit, daemon_hard: Option<Bound>) -> (i32, RawLimit) {
    let hard = match (l.hard, daemon_hard) {
        (Some(h), _) => h,
        (None, Some(d)) if !l.soft.above(d) => d,
        (None, _) => l.soft,
    };
    (
        l.resource.raw(),
        RawLimit {
            cur: l.soft.raw(),
            max: hard.raw(),
        },
    )
}

/// The limits a spawn sets, resolved and with their error messages, built before the
/// clone so the child only makes syscalls.
#[derive(Debug, Default)]
pub struct Prepared(Vec<(i32, RawLimit, Vec<u8>)>);

impl Prepared {
    /// Resolves `limits` against the daemon's current hard limits.
    pub fn new(limits: &[Rlimit]) -> Prepared {
        Prepared(
            limits
                .iter()
                .map(|l| {
                    let (res, raw) = resolve(l, current(l.resource).map(|(_, h)| h));
                    let msg = format!("supervisor: couldn't set {} to {l}: ", l.resource.key());
                    (res, raw, msg.into_bytes())
                })
                .collect(),
        )
    }

    /// In the child: sets every limit; on a failure, the message prefix and the errno.
    ///
    /// # Safety
    /// Only syscalls; callable between clone and exec.
    pub unsafe fn apply(&self) -> Result<(), (&[u8], i32)> {
        for (res, raw, msg) in &self.0 {
            if prlimit(*res, raw, std::ptr::null_mut()) != 0 {
                return Err((msg, nix::errno::Errno::last_raw()));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn soft_and_hard_parse_in_each_resources_units() {
        let l = parse(Resource::Nofile, "1024:4096").unwrap();
        assert_eq!(
            (l.soft, l.hard),
            (Bound::Value(1024), Some(Bound::Value(4096)))
        );
        let l = parse(Resource::As, " 512MB : unlimited ").unwrap();
        assert_eq!(
            (l.soft, l.hard),
            (Bound::Value(512 << 20), Some(Bound::Unlimited))
        );
        assert_eq!(l.to_string(), "536870912:unlimited");
        let l = parse(Resource::Core, "INFINITY").unwrap();
        assert_eq!((l.soft, l.hard), (Bound::Unlimited, None));
        assert_eq!(
            parse(Resource::Stack, "8kb").unwrap().soft,
            Bound::Value(8192)
        );
        assert_eq!(parse(Resource::Cpu, "30").unwrap().to_string(), "30");
    }

    #[test]
    fn nonsense_and_a_soft_limit_above_the_hard_one_are_refused() {
        for (r, bad) in [
            (Resource::Nofile, "512MB"),
            (Resource::Nofile, "-1"),
            (Resource::Nofile, ""),
            (Resource::Cpu, "1.5"),
            (Resource::As, "lots"),
            (Resource::Nproc, "1:2:3"),
        ] {
            assert!(parse(r, bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse(Resource::Nofile, "4096:1024").unwrap_err(),
            "soft limit 4096 is above the hard limit 1024"
        );
        assert!(parse(Resource::Memlock, "unlimited:1MB").is_err());
        assert!(parse(Resource::Memlock, "1MB:1MB").is_ok());
    }

    #[test]
    fn an_absent_hard_bound_keeps_the_daemons_unless_the_soft_one_is_above_it() {
        let l = parse(Resource::Nofile, "100").unwrap();
        let (_, raw) = resolve(&l, Some(Bound::Value(4096)));
        assert_eq!(
            raw,
            RawLimit {
                cur: 100,
                max: 4096
            }
        );
        let l = parse(Resource::Nofile, "8192").unwrap();
        assert_eq!(resolve(&l, Some(Bound::Value(4096))).1.max, 8192);
        let l = parse(Resource::Core, "unlimited").unwrap();
        assert_eq!(resolve(&l, Some(Bound::Value(0))).1.max, u64::MAX);
        let l = parse(Resource::Core, "0:10").unwrap();
        assert_eq!(resolve(&l, None).1, RawLimit { cur: 0, max: 10 });
    }

    #[test]
    fn the_daemons_own_limits_can_be_read() {
        let (soft, hard) = current(Resource::Nofile).unwrap();
        assert!(!soft.above(hard));
    }
}
