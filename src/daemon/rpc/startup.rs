//! `ours.getStartup`: the startup timeline from the daemon's own records — per process, in
//! start order, when its first start since boot (or reload) spawned, passed its readiness
//! check, became RUNNING and settled, what it waited for (chain link, dependencies) and
//! what the plan says it waits for. Times are milliseconds since boot.

use std::time::Instant;

use crate::daemon::supervisor::Supervisor;
use crate::process::Process;
use crate::rpc::Value;

/// Milliseconds from `boot` to `t` (0.1 ms resolution), or nil.
fn ms(boot: Instant, t: Option<Instant>) -> Value {
    match t {
        Some(t) => {
            let d = t.saturating_duration_since(boot).as_secs_f64() * 1000.0;
            Value::Double((d * 10.0).round() / 10.0)
        }
        None => Value::Nil,
    }
}

fn names(v: impl IntoIterator<Item = String>) -> Value {
    Value::Array(v.into_iter().map(Value::Str).collect())
}

fn one(sup: &Supervisor, idx: usize, p: &Process, boot: Instant) -> Value {
    let plan = sup.plan();
    let prog = plan.owner_of(idx);
    let specs = plan.programs();
    let after = prog
        .and_then(|i| plan.chain_predecessor(i))
        .map(|i| &specs[i]);
    let deps = prog.map_or(&[][..], |i| plan.dependencies(i));
    let r = &p.startup;
    let waits = r
        .waits
        .iter()
        .map(|w| {
            Value::strukt([
                ("kind", Value::Str(w.kind.name().into())),
                ("on", Value::Str(w.on.clone())),
                ("from_ms", ms(boot, Some(w.since.unwrap_or(boot)))),
                ("to_ms", ms(boot, w.until)),
            ])
        })
        .collect();
    Value::strukt([
        ("name", Value::Str(p.config.name.clone())),
        ("group", Value::Str(p.config.group.clone())),
        ("program", Value::Str(p.config.program.clone())),
        ("statename", Value::Str(p.machine.state.name().into())),
        (
            "chain_after",
            Value::Str(after.map(|s| s.name.clone()).unwrap_or_default()),
        ),
        (
            "chain_state",
            Value::Str(
                after
                    .map(|s| crate::states::name(s.startnextafter).to_string())
                    .unwrap_or_default(),
            ),
        ),
        (
            "depends_on",
            names(deps.iter().map(|&(d, _)| specs[d].name.clone())),
        ),
        (
            "ready",
            Value::Str(p.config.ext.ready.clone().unwrap_or_default()),
        ),
        (
            "one_shot",
            Value::Bool(p.config.autorestart == crate::config::AutoRestart::Never),
        ),
        ("spawn_ms", ms(boot, r.spawned)),
        ("ready_ms", ms(boot, r.ready)),
        ("running_ms", ms(boot, r.running)),
        ("settled_ms", ms(boot, r.settled.map(|s| s.0))),
        (
            "settled_state",
            Value::Str(r.settled.map(|s| s.1).unwrap_or("").into()),
        ),
        ("spawns", Value::Int(i64::from(r.spawns))),
        ("waits", Value::Array(waits)),
    ])
}

/// `ours.getStartup()`.
pub(super) fn get_startup(sup: &Supervisor) -> Value {
    let (boot, boot_wall) = sup.booted();
    let wall = boot_wall
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    let procs = sup
        .procs()
        .iter()
        .enumerate()
        .map(|(i, p)| one(sup, i, p, boot))
        .collect();
    Value::strukt([
        ("boot_time", Value::Double(wall)),
        ("now_ms", ms(boot, Some(Instant::now()))),
        ("processes", Value::Array(procs)),
    ])
}
