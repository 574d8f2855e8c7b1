//! Errno numbers → their symbolic names (`ENOENT`), as Python's `errno.errorcode` gives
//! them in child-side spawn messages. Returns `&'static str`, so it is safe to call
//! between fork and exec (no allocation).

/// The symbolic name of an errno value, or `EUNKNOWN` for ones not in the table.
pub fn name(errno: i32) -> &'static str {
    use nix::libc as c;
    match errno {
        c::EPERM => "EPERM",
        c::ENOENT => "ENOENT",
        c::ESRCH => "ESRCH",
        c::EINTR => "EINTR",
        c::EIO => "EIO",
        c::ENXIO => "ENXIO",
        c::E2BIG => "E2BIG",
        c::ENOEXEC => "ENOEXEC",
        c::EBADF => "EBADF",
        c::ECHILD => "ECHILD",
        c::EAGAIN => "EAGAIN",
        c::ENOMEM => "ENOMEM",
        c::EACCES => "EACCES",
        c::EFAULT => "EFAULT",
        c::EBUSY => "EBUSY",
        c::EEXIST => "EEXIST",
        c::ENOTDIR => "ENOTDIR",
        c::EISDIR => "EISDIR",
        c::EINVAL => "EINVAL",
        c::ENFILE => "ENFILE",
        c::EMFILE => "EMFILE",
        c::ETXTBSY => "ETXTBSY",
        c::EFBIG => "EFBIG",
        c::ENOSPC => "ENOSPC",
        c::EROFS => "EROFS",
        c::EMLINK => "EMLINK",
        c::EPIPE => "EPIPE",
        c::ENAMETOOLONG => "ENAMETOOLONG",
        c::ENOSYS => "ENOSYS",
        c::ELOOP => "ELOOP",
        c::ELIBBAD => "ELIBBAD",
        _ => "EUNKNOWN",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_names() {
        assert_eq!(super::name(nix::libc::ENOENT), "ENOENT");
        assert_eq!(super::name(nix::libc::EACCES), "EACCES");
        assert_eq!(super::name(99999), "EUNKNOWN");
    }
}
