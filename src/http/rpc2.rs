//! `POST /RPC2`: decode a methodCall, answer `system.*` here, send everything else to the
//! event loop, encode the reply exactly as Python's xmlrpc.client would.
//!
//! `system.multicall` is expanded here into sequential calls (a waiting call blocks the
//! rest, as in Python); successes are bare values, failures `{faultCode, faultString}`.

use tiny_http::Request;

use super::server::Ctx;
use super::util::{read_body, respond, respond_text};
use crate::control::ControlHandle;
use crate::rpc::{faults, methods, xml, Fault, Value};

/// Runs one call the way `/RPC2` does (also used by the JSON routes).
pub fn dispatch(handle: &ControlHandle, method: &str, params: Vec<Value>) -> Result<Value, Fault> {
    match method {
        "system.listMethods"
        | "system.methodHelp"
        | "system.methodSignature"
        | "system.multicall" => {
            let (_, params) = methods::prepare(method, params)?;
            match method {
                "system.listMethods" => Ok(methods::list_methods()),
                "system.methodHelp" => methods::method_help(&params[0]),
                "system.methodSignature" => methods::method_signature(&params[0]),
                _ => multicall(handle, &params[0]),
            }
        }
        _ => {
            let (name, params) = methods::prepare(method, params)?;
            handle.call(name, params)
        }
    }
}

fn fault_struct(f: &Fault) -> Value {
    Value::strukt([
        ("faultCode", Value::Int(i64::from(f.code))),
        ("faultString", Value::Str(f.message.clone())),
    ])
}

fn multicall(handle: &ControlHandle, calls: &Value) -> Result<Value, Fault> {
    let Value::Array(calls) = calls else {
        return Err(Fault::new(
            faults::INCORRECT_PARAMETERS,
            "INCORRECT_PARAMETERS",
        ));
    };
    let mut results = Vec::with_capacity(calls.len());
    for call in calls {
        let outcome = match call {
            Value::Struct(map) => match map.get("methodName").and_then(Value::as_str) {
                None => Err(Fault::new(
                    faults::INCORRECT_PARAMETERS,
                    "INCORRECT_PARAMETERS: No methodName",
                )),
                Some("system.multicall") => Err(Fault::new(
                    faults::INCORRECT_PARAMETERS,
                    "INCORRECT_PARAMETERS: Recursive system.multicall forbidden",
                )),
                Some(name) => {
                    let params = match map.get("params") {
                        Some(Value::Array(p)) => p.clone(),
                        None => Vec::new(),
                        Some(_) => {
                            results.push(fault_struct(&Fault::new(
                                faults::INCORRECT_PARAMETERS,
                                "INCORRECT_PARAMETERS",
                            )));
                            continue;
                        }
                    };
                    dispatch(handle, name, params)
                }
            },
            _ => Err(Fault::new(
                faults::INCORRECT_PARAMETERS,
                "INCORRECT_PARAMETERS",
            )),
        };
        results.push(match outcome {
            Ok(v) => v,
            Err(f) => fault_struct(&f),
        });
    }
    Ok(Value::Array(results))
}

/// Serves one `/RPC2` request.
pub(super) fn serve(mut rq: Request, ctx: &Ctx) {
    if rq.method() != &tiny_http::Method::Post {
        return respond_text(rq, 400, "Bad Request");
    }
    let body = match read_body(&mut rq, ctx.options.max_body) {
        Ok(b) => b,
        Err(status) => return respond_text(rq, status, "Bad Request"),
    };
    let Ok(text) = String::from_utf8(body) else {
        return respond_text(rq, 400, "Bad Request");
    };
    let call = match xml::decode_call(&text) {
        Ok(c) => c,
        Err(e) => {
            log::error!("XML-RPC request data is invalid: {e}");
            return respond_text(rq, 400, "Bad Request");
        }
    };
    let doc = match dispatch(&ctx.handle, &call.method, call.params) {
        Ok(v) => xml::encode_response(&v),
        Err(f) => xml::encode_fault(&f),
    };
    respond(rq, 200, "text/xml", doc);
}
