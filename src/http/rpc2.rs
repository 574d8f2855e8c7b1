//! `POST /RPC2`: decode a methodCall, answer `system.*` here, send everything else to the
//! event loop, encode the reply exactly as Python's xmlrpc.client would.
//!
//! `system.multicall` runs its calls one after another (a waiting call holds back the rest,
//! as in Python); successes are bare values, failures `{faultCode, faultString}`.

use super::limits;
use super::request::Request;
use super::response::Response;
use super::step::{self, Step};
use crate::control::Reply;
use crate::rpc::{faults, methods, xml, xmlrecord, Fault, Value};

/// Runs one call the way `/RPC2` does (also used by the JSON routes).
pub fn dispatch(method: &str, params: Vec<Value>) -> Step<Reply> {
    let (name, params) = match methods::prepare(method, params) {
        Ok(p) => p,
        Err(f) => return Step::Done(Err(f)),
    };
    match name {
        "system.listMethods" => Step::Done(Ok(methods::list_methods())),
        "system.methodHelp" => Step::Done(methods::method_help(&params[0])),
        "system.methodSignature" => Step::Done(methods::method_signature(&params[0])),
        "system.multicall" => match params.into_iter().next() {
            Some(Value::Array(calls)) => multicall(calls.into_iter(), Vec::new(), 0),
            _ => Step::Done(Err(incorrect(""))),
        },
        // The loop leaves the pids; CPU and RSS are read from /proc here, off the loop.
        "ours.getMetrics" => step::call(name, params).map(|mut reply| {
            if let Ok(v) = &mut reply {
                crate::usage::fill(v);
            }
            reply
        }),
        _ => step::call(name, params),
    }
}

fn incorrect(detail: &str) -> Fault {
    if detail.is_empty() {
        Fault::new(faults::INCORRECT_PARAMETERS, "INCORRECT_PARAMETERS")
    } else {
        Fault::new(
            faults::INCORRECT_PARAMETERS,
            format!("INCORRECT_PARAMETERS: {detail}"),
        )
    }
}

fn fault_struct(f: &Fault) -> Value {
    Value::strukt([
        ("faultCode", Value::Int(i64::from(f.code))),
        ("faultString", Value::Str(f.message.clone())),
    ])
}

/// One entry of a multicall.
fn one(call: Value) -> Step<Reply> {
    let Value::Struct(mut map) = call else {
        return Step::Done(Err(incorrect("")));
    };
    let name = match map.get("methodName").and_then(Value::as_str) {
        None => return Step::Done(Err(incorrect("No methodName"))),
        Some("system.multicall") => {
            return Step::Done(Err(incorrect("Recursive system.multicall forbidden")))
        }
        Some(name) => name.to_string(),
    };
    match map.remove("params") {
        Some(Value::Array(p)) => dispatch(&name, p),
        None => dispatch(&name, Vec::new()),
        Some(_) => Step::Done(Err(incorrect(""))),
    }
}

/// Adds one entry's outcome to a multicall's results (a failure as its fault struct);
/// returns about how many bytes it adds to the answer.
fn push(results: &mut Vec<Value>, outcome: Reply) -> usize {
    let v = match outcome {
        Ok(v) => v,
        Err(f) => fault_struct(&f),
    };
    let size = xml::encoded_size_estimate(&v);
    results.push(v);
    size
}

/// Runs `rest` in order; entries answered here run in a plain loop, so a long multicall
/// does not nest continuations. `size` is what `results` come to (about, as encoded).
fn multicall(
    mut rest: std::vec::IntoIter<Value>,
    mut results: Vec<Value>,
    mut size: usize,
) -> Step<Reply> {
    while let Some(call) = rest.next() {
        let outcome = if size > limits::MULTICALL_ANSWER_MAX {
            Err(Fault::new(
                faults::FAILED,
                format!(
                    "FAILED: the multicall's answer is over {} MiB; this call did not run",
                    limits::MULTICALL_ANSWER_MAX >> 20
                ),
            ))
        } else {
            match one(call) {
                Step::Done(outcome) => outcome,
                pending => {
                    return pending.and_then(move |outcome| {
                        size += push(&mut results, outcome);
                        multicall(rest, results, size)
                    })
                }
            }
        };
        size += push(&mut results, outcome);
    }
    Step::Done(Ok(Value::Array(results)))
}

/// Serves one `/RPC2` request.
pub(super) fn serve(rq: Request) -> Step<Response> {
    if rq.method != "POST" {
        return Step::Done(Response::text(400, "Bad Request"));
    }
    let Ok(text) = String::from_utf8(rq.body) else {
        return Step::Done(Response::text(400, "Bad Request"));
    };
    let call = match xml::decode_call(&text) {
        Ok(c) => c,
        Err(e) => {
            // A client sending garbage in a loop gets one line a second, counted.
            crate::logging::emit_counted(
                crate::config::LogLevel::Error,
                "XML-RPC request data is invalid",
                &format!("XML-RPC request data is invalid: {e}"),
            );
            return Step::Done(Response::text(400, "Bad Request"));
        }
    };
    if call.method == "supervisor.getAllProcessInfo" && call.params.is_empty() {
        // The loop records the answer straight from its table (`ALL_PROCESS_INFO_XML`);
        // the XML is written here, off the loop.
        return step::call(methods::ALL_PROCESS_INFO_XML, vec![]).map(|reply| {
            let doc = match reply {
                Ok(Value::Base64(tape)) => xmlrecord::render(&tape).unwrap_or_else(|| {
                    xml::encode_fault(&Fault::new(faults::FAILED, "FAILED: bad recording"))
                }),
                Ok(other) => xml::encode_response(&other),
                Err(f) => xml::encode_fault(&f),
            };
            Response::new(200, "text/xml", doc)
        });
    }
    dispatch(&call.method, call.params).map(|reply| {
        let doc = match reply {
            Ok(v) => xml::encode_response(&v),
            Err(f) => xml::encode_fault(&f),
        };
        Response::new(200, "text/xml", doc)
    })
}
