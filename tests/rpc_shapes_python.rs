//! Every XML-RPC method that returns a struct answers with Python supervisor 4.3's exact
//! shape: the same member names in the same order, with the same value types, compared on
//! the wire against a live Python supervisord running the same config. (Values such as
//! pids and times differ; names, order and types may not.)

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;

use supervisord::rpc::{xml, Value};
use support::python::{venv_or_skip, Impl, Supd};
use support::{request, wait_for, Target};

const CONF: &str = "[supervisord]\nlogfile=%(here)s/main.log\npidfile=%(here)s/sd.pid\n\
childlogdir=%(here)s\n\n[unix_http_server]\nfile=%(here)s/s.sock\n\n\
[rpcinterface:supervisor]\nsupervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n\n\
[program:a]\ncommand=sleep 1000\nstartsecs=0\n\n\
[program:b]\ncommand=sleep 1000\nstartsecs=0\nautostart=false\n\n\
[group:g]\nprograms=a,b\n";

/// The raw `/RPC2` answer to a call.
fn call_raw(t: &Target, method: &str, params: &[Value]) -> String {
    let body = xml::encode_call(method, params);
    let r = request(
        t,
        "POST",
        "/RPC2",
        &[("Content-Type", "text/xml")],
        body.as_bytes(),
    )
    .expect("RPC2");
    assert_eq!(r.status, 200, "{method}");
    r.text()
}

/// The shape of an answer: the member names and value type tags, in document order.
fn shape(doc: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = doc;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let Some(end) = rest.find('>') else { break };
        let tag = &rest[..end];
        match tag {
            "name" => {
                let close = rest.find("</name>").unwrap_or(end);
                out.push(format!("name:{}", &rest[end + 1..close]));
            }
            "int" | "i4" | "boolean" | "string" | "double" | "array" | "struct" | "nil/"
            | "base64" | "dateTime.iso8601" => out.push(tag.to_string()),
            _ => {}
        }
        rest = &rest[end..];
    }
    out
}

fn s(v: &str) -> Value {
    Value::Str(v.into())
}

#[test]
fn struct_answers_have_pythons_members_in_pythons_order() {
    let Some(venv) = venv_or_skip("rpc_shapes_python") else {
        return;
    };
    let daemons = [
        Supd::start(Impl::Python, &venv, "shapes", CONF),
        Supd::start(Impl::Ours, &venv, "shapes", CONF),
    ];
    let targets: Vec<Target> = daemons
        .iter()
        .map(|d| Target::Unix(d.dir.join("s.sock")))
        .collect();
    for t in &targets {
        let up = wait_for(Duration::from_secs(20), || {
            request(t, "GET", "/", &[], b"").is_ok()
                && call_raw(t, "supervisor.getProcessInfo", &[s("g:a")]).contains("RUNNING")
        });
        assert!(up, "{t:?} did not come up with g:a RUNNING");
    }
    let multicall = Value::Array(vec![
        Value::strukt([("methodName", s("supervisor.getPID"))]),
        Value::strukt([("methodName", s("supervisor.nosuch"))]),
        Value::strukt([
            ("methodName", s("supervisor.getProcessInfo")),
            ("params", Value::Array(vec![s("nosuch")])),
        ]),
    ]);
    let calls: Vec<(&str, Vec<Value>)> = vec![
        ("supervisor.getState", vec![]),
        ("supervisor.getProcessInfo", vec![s("g:a")]),
        ("supervisor.getAllProcessInfo", vec![]),
        ("supervisor.getAllConfigInfo", vec![]),
        ("system.multicall", vec![multicall]),
        ("supervisor.getProcessInfo", vec![s("nosuch")]),
        ("supervisor.stopProcessGroup", vec![s("g")]),
        ("supervisor.startProcessGroup", vec![s("g")]),
    ];
    for (method, params) in calls {
        let [py, ours] = [&targets[0], &targets[1]].map(|t| shape(&call_raw(t, method, &params)));
        assert!(!py.is_empty(), "{method}: no answer from Python");
        assert_eq!(ours, py, "{method}: shape differs from Python's");
    }
}
