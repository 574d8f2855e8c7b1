//! The event pools in the state document (`crate::events::carry::BusCarry`):
//!
//! ```text
//! (fields separated by one tab each, shown here as two spaces)
//! bus    serial=41  ticks=<5 s slice>,<60 s slice>,<3600 s slice>
//! tries  group=web  name=web_0  n=2
//! pool   name=listener  next=17  held=<mono ns>
//! event  pool=listener  ps=16  serial=40  type=PROCESS_STATE_RUNNING  payload=<base64>
//! slot   pool=listener  name=listener  state=BUSY  unread=<b64>  pending=<b64>  ps=… serial=… type=… payload=…
//! ```
//!
//! `event` lines follow their pool's line, oldest first; a BUSY slot names its event.
//! Nothing is written while no pool ever numbered an event.

use std::collections::HashMap;
use std::time::Instant;

use super::state::{escape, from_mono, to_mono, unescape};
use crate::events::carry::{BusCarry, PoolCarry, SlotCarry};
use crate::events::{Event, EventType, ListenerState};
use crate::rpc::base64;

fn event_fields(e: &Event, pool_serial: u64) -> String {
    format!(
        "ps={pool_serial}\tserial={}\ttype={}\tpayload={}",
        e.serial,
        e.ty.name(),
        base64::encode(&e.payload)
    )
}

/// Appends the lines of `bus` to `out`.
pub fn write(bus: &BusCarry, out: &mut String, now: Instant, mono: i128) {
    if bus.is_empty() {
        return;
    }
    let serial = bus.serial.map(|s| s.to_string()).unwrap_or_default();
    let [a, b, c] = bus.tick_slices;
    out.push_str(&format!("bus\tserial={serial}\tticks={a},{b},{c}\n"));
    for (g, n, t) in &bus.tries {
        out.push_str(&format!(
            "tries\tgroup={}\tname={}\tn={t}\n",
            escape(g),
            escape(n)
        ));
    }
    for p in &bus.pools {
        out.push_str(&format!(
            "pool\tname={}\tnext={}",
            escape(&p.name),
            p.next_serial
        ));
        if let Some(h) = p.held_until {
            out.push_str(&format!("\theld={}", to_mono(h, now, mono)));
        }
        out.push('\n');
        for (e, ps) in &p.buffer {
            out.push_str(&format!(
                "event\tpool={}\t{}\n",
                escape(&p.name),
                event_fields(e, *ps)
            ));
        }
    }
    for s in &bus.slots {
        out.push_str(&format!(
            "slot\tpool={}\tname={}\tstate={}\tunread={}\tpending={}",
            escape(&s.pool),
            escape(&s.name),
            s.state.name(),
            base64::encode(&s.unread),
            base64::encode(&s.pending)
        ));
        if let ListenerState::Busy { event, pool_serial } = &s.state {
            out.push('\t');
            out.push_str(&event_fields(event, *pool_serial));
        }
        out.push('\n');
    }
}

type Map<'a> = HashMap<&'a str, &'a str>;

fn fields<'a>(f: &[&'a str]) -> Result<Map<'a>, &'static str> {
    f.iter()
        .map(|kv| kv.split_once('=').ok_or("a field is not key=value"))
        .collect()
}

fn text(m: &Map, k: &str) -> Result<String, &'static str> {
    unescape(m.get(k).ok_or("a field is missing")?).ok_or("bad escape")
}

fn num<T: std::str::FromStr>(m: &Map, k: &str) -> Result<T, &'static str> {
    m.get(k)
        .ok_or("a field is missing")?
        .parse()
        .map_err(|_| "a number is malformed")
}

fn bytes(m: &Map, k: &str) -> Result<Vec<u8>, &'static str> {
    base64::decode(m.get(k).ok_or("a field is missing")?).ok_or("bad base64")
}

fn event(m: &Map) -> Result<(Event, u64), &'static str> {
    let ty = m
        .get("type")
        .and_then(|t| EventType::from_name(t))
        .ok_or("unknown event type")?;
    let e = Event {
        ty,
        serial: num(m, "serial")?,
        payload: bytes(m, "payload")?,
    };
    Ok((e, num(m, "ps")?))
}

/// Reads one line of kind `kind` (one of `bus`, `tries`, `pool`, `event`, `slot`) into
/// `bus`; `Ok(false)` for any other kind.
pub fn read(
    kind: &str,
    f: &[&str],
    bus: &mut BusCarry,
    now: Instant,
    mono: i128,
) -> Result<bool, &'static str> {
    let m = fields(f)?;
    match kind {
        "bus" => {
            let s = m.get("serial").ok_or("a field is missing")?;
            bus.serial = match *s {
                "" => None,
                s => Some(s.parse().map_err(|_| "a number is malformed")?),
            };
            let ticks: Vec<u64> = m
                .get("ticks")
                .ok_or("a field is missing")?
                .split(',')
                .map(|n| n.parse().map_err(|_| "a number is malformed"))
                .collect::<Result<_, _>>()?;
            bus.tick_slices = ticks[..].try_into().map_err(|_| "ticks is malformed")?;
        }
        "tries" => bus
            .tries
            .push((text(&m, "group")?, text(&m, "name")?, num(&m, "n")?)),
        "pool" => bus.pools.push(PoolCarry {
            name: text(&m, "name")?,
            next_serial: num(&m, "next")?,
            held_until: match m.get("held") {
                None => None,
                Some(_) => Some(from_mono(num(&m, "held")?, now, mono)),
            },
            buffer: Vec::new(),
        }),
        "event" => {
            let name = text(&m, "pool")?;
            let pool = bus
                .pools
                .last_mut()
                .filter(|p| p.name == name)
                .ok_or("an event outside its pool")?;
            pool.buffer.push(event(&m)?);
        }
        "slot" => {
            let state = match *m.get("state").ok_or("a field is missing")? {
                "READY" => ListenerState::Ready,
                "ACKNOWLEDGED" => ListenerState::Acknowledged,
                "UNKNOWN" => ListenerState::Unknown,
                "BUSY" => {
                    let (event, pool_serial) = event(&m)?;
                    ListenerState::Busy { event, pool_serial }
                }
                _ => return Err("unknown listener state"),
            };
            bus.slots.push(SlotCarry {
                pool: text(&m, "pool")?,
                name: text(&m, "name")?,
                state,
                unread: bytes(&m, "unread")?,
                pending: bytes(&m, "pending")?,
            });
        }
        _ => return Ok(false),
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let ev = |serial| Event {
            ty: EventType::ProcessStateRunning,
            serial,
            payload: b"processname:a groupname:a from_state:STARTING pid:1".to_vec(),
        };
        let now = Instant::now();
        let mono = super::super::state::mono_now();
        let bus = BusCarry {
            serial: Some(41),
            tries: vec![("g".into(), "a".into(), 2)],
            pools: vec![PoolCarry {
                name: "l\tx".into(),
                next_serial: 17,
                held_until: None,
                buffer: vec![(ev(39), 15), (ev(40), 16)],
            }],
            slots: vec![
                SlotCarry {
                    pool: "l\tx".into(),
                    name: "l_0".into(),
                    state: ListenerState::Busy {
                        event: ev(38),
                        pool_serial: 14,
                    },
                    unread: b"RESULT 2\nO".to_vec(),
                    pending: b"ver:3.0".to_vec(),
                },
                SlotCarry {
                    pool: "l\tx".into(),
                    name: "l_1".into(),
                    state: ListenerState::Ready,
                    unread: Vec::new(),
                    pending: Vec::new(),
                },
            ],
            tick_slices: [1_700_000_005, 1_700_000_040, 1_699_999_200],
        };
        let mut text = String::new();
        write(&bus, &mut text, now, mono);
        let mut back = BusCarry::default();
        for line in text.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(
                read(f[0], &f[1..], &mut back, now, mono),
                Ok(true),
                "{line}"
            );
        }
        assert_eq!(back, bus);
        let mut nothing = String::new();
        write(&BusCarry::default(), &mut nothing, now, mono);
        assert!(nothing.is_empty());
        let orphan = ["pool=zz", "ps=1", "serial=1", "type=TICK_5", "payload="];
        assert!(read("event", &orphan, &mut back, now, mono).is_err());
    }
}
