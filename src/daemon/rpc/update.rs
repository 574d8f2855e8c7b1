//! Our transactional update methods (our supervisorctl's `update`; Python's RPC results
//! and the stock client's reloadConfig / add / removeProcessGroup sequence are untouched):
//! - `ours.diffConfig()`: the config re-read and compared with the running one, per group
//!   and process, with the options that changed (`update --dry-run`); nothing is stored.
//! - `ours.updateGroup(name)`: group `name` of the stored config (the last `reloadConfig`)
//!   applied process by process (`Supervisor::update_group`), answered once settled
//!   (`daemon::updatewait`). BAD_NAME for an unknown group, and for a removed one
//!   (removeProcessGroup's job).

use std::time::Instant;

use super::{fault, Outcome, Params};
use crate::config::diff::Change;
use crate::control::Reply;
use crate::daemon::supervisor::{Mood, Supervisor, UpdateRefusal};
use crate::daemon::updatewait::{encode, UpdateWait};
use crate::daemon::waiters::WaitKind;
use crate::events::types::{group_payload, EventType};
use crate::rpc::{faults, Value};

/// `ours.diffConfig()` → `[{group, change, keys, whole_group, processes}]` by group name.
pub(super) fn diff_config(sup: &Supervisor) -> Reply {
    let diffs = sup
        .diff_config()
        .map_err(|e| fault(faults::CANT_REREAD, &e))?;
    Ok(Value::Array(
        diffs.iter().map(|d| encode(d, None)).collect(),
    ))
}

/// `ours.updateGroup(name)`.
pub(super) fn update_group(sup: &mut Supervisor, p: &Params, now: Instant) -> Outcome {
    let name = match p.string(0) {
        Ok(n) => n,
        Err(f) => return Outcome::Now(Err(f)),
    };
    if sup.mood() != Mood::Running {
        return Outcome::Now(Err(fault(faults::SHUTDOWN_STATE, "")));
    }
    let diff = match sup.update_group(&name, now) {
        Ok(d) => d,
        Err(UpdateRefusal::NoSuchGroup) => {
            return Outcome::Now(Err(fault(faults::BAD_NAME, &name)))
        }
        Err(UpdateRefusal::Removed) => {
            return Outcome::Now(Err(fault(faults::BAD_NAME, &format!("{name} (removed)"))))
        }
    };
    if diff.whole_group {
        return Outcome::Now(Ok(encode(&diff, None)));
    }
    if diff.change == Change::Added {
        sup.emit_event(EventType::ProcessGroupAdded, group_payload(&name));
    }
    Outcome::Later(WaitKind::Update(UpdateWait { diff }))
}
