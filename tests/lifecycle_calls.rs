//! The call dispatcher against the real event loop and real children, through the
//! control bridge the HTTP side uses (`ControlHandle::call`). One test function: two
//! loops in one process would reap each other's children.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Instant;

use supervisord::config;
use supervisord::control;
use supervisord::daemon::{event_loop, sig::Signals, supervisor::Supervisor};
use supervisord::rpc::{Fault, Value};

fn s(v: &str) -> Value {
    Value::Str(v.into())
}

fn field(v: &Value, k: &str) -> Value {
    match v {
        Value::Struct(m) => m[k].clone(),
        other => panic!("not a struct: {other:?}"),
    }
}

#[test]
fn calls_drive_real_processes() {
    let dir = support::temp_dir("calls");
    let conf = dir.join("supervisord.conf");
    std::fs::write(
        &conf,
        "[supervisord]\nlogfile=%(here)s/main.log\nchildlogdir=%(here)s\n\n\
         [program:svc]\ncommand=sleep 100\nautostart=false\nstartsecs=1\n\n\
         [program:quick]\ncommand=sh -c 'exit 4'\nautostart=false\nstartretries=0\n\n\
         [program:instant]\ncommand=sleep 100\nautostart=false\nstartsecs=0\n\n\
         [program:echo]\ncommand=cat\nautostart=false\nstartsecs=0\nstdout_logfile=%(here)s/echo.log\n",
    )
    .unwrap();
    let conf_path = conf.clone();
    let (handle, receiver) = control::channel().unwrap();
    let loop_thread = std::thread::spawn(move || {
        let signals = Signals::install().unwrap();
        let config = config::load(&conf, &config::Overrides::default()).unwrap();
        let mut sup = Supervisor::new(config);
        sup.loader = Some(Box::new(move || {
            config::load(&conf, &config::Overrides::default()).map_err(|e| e.to_string())
        }));
        event_loop::run(&mut sup, &signals, Some(&receiver))
    });

    // startProcess(wait=true) answers once RUNNING, i.e. after startsecs.
    let t0 = Instant::now();
    assert_eq!(
        handle.call("supervisor.startProcess", vec![s("svc")]),
        Ok(Value::Bool(true))
    );
    let waited = t0.elapsed().as_secs_f64();
    assert!((0.95..1.3).contains(&waited), "waited {waited:.3}s");
    let info = handle
        .call("supervisor.getProcessInfo", vec![s("svc")])
        .unwrap();
    assert_eq!(field(&info, "statename"), s("RUNNING"));
    let pid = field(&info, "pid").as_int().unwrap();
    assert!(pid > 0);
    assert_eq!(
        field(&info, "description"),
        s(&format!("pid {pid}, uptime 0:00:01"))
    );
    assert_eq!(
        handle.call("supervisor.startProcess", vec![s("svc")]),
        Err(Fault::new(60, "ALREADY_STARTED: svc"))
    );

    // A process that dies inside startsecs: ABNORMAL_TERMINATION, then FATAL.
    assert_eq!(
        handle.call(
            "supervisor.startProcess",
            vec![s("quick"), Value::Bool(true)]
        ),
        Err(Fault::new(40, "ABNORMAL_TERMINATION: quick"))
    );
    let info = handle
        .call("supervisor.getProcessInfo", vec![s("quick")])
        .unwrap();
    assert_eq!(field(&info, "statename"), s("FATAL"));
    assert_eq!(
        field(&info, "description"),
        s("Exited too quickly (process log may have details)")
    );

    // startsecs=0 answers at once; startAllProcesses skips what runs already.
    assert_eq!(
        handle.call("supervisor.startProcess", vec![s("instant")]),
        Ok(Value::Bool(true))
    );

    // signalProcess reaches the child; stopProcess(wait) answers once it is stopped.
    assert_eq!(
        handle.call("supervisor.signalProcess", vec![s("svc"), s("CONT")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        handle.call("supervisor.stopProcess", vec![s("svc")]),
        Ok(Value::Bool(true))
    );
    let info = handle
        .call("supervisor.getProcessInfo", vec![s("svc")])
        .unwrap();
    assert_eq!(field(&info, "statename"), s("STOPPED"));
    assert_eq!(field(&info, "exitstatus"), Value::Int(-1));
    assert_eq!(
        handle.call("supervisor.stopProcess", vec![s("svc")]),
        Err(Fault::new(70, "NOT_RUNNING: svc"))
    );

    // stdin → cat → stdout log, read back through the log calls.
    assert_eq!(
        handle.call("supervisor.startProcess", vec![s("echo")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        handle.call("supervisor.sendProcessStdin", vec![s("echo"), s("hello\n")]),
        Ok(Value::Bool(true))
    );
    let log = dir.join("echo.log");
    assert!(support::wait_for(std::time::Duration::from_secs(5), || {
        std::fs::read_to_string(&log).is_ok_and(|t| t == "hello\n")
    }));
    assert_eq!(
        handle.call(
            "supervisor.readProcessStdoutLog",
            vec![s("echo"), Value::Int(0), Value::Int(0)]
        ),
        Ok(s("hello\n"))
    );
    assert_eq!(
        handle.call(
            "supervisor.tailProcessStdoutLog",
            vec![s("echo"), Value::Int(0), Value::Int(3)]
        ),
        Ok(Value::Array(vec![
            s("lo\n"),
            Value::Int(6),
            Value::Bool(true)
        ]))
    );
    assert_eq!(
        handle.call("supervisor.clearProcessLogs", vec![s("echo")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(std::fs::read_to_string(&log).unwrap(), "");

    // ours.waitLog: parks until the log grows, or answers empty at its timeout.
    let wait = |offset: i64, ms: i64| {
        let (reply, rx) = supervisord::control::ReplyTo::channel();
        handle
            .send(
                "ours.waitLog",
                vec![s("echo"), s("stdout"), Value::Int(offset), Value::Int(ms)],
                reply,
            )
            .unwrap();
        rx
    };
    let t0 = Instant::now();
    assert_eq!(
        wait(0, 200).recv().unwrap().reply,
        Ok(Value::Array(vec![s(""), Value::Int(0), Value::Bool(false)]))
    );
    assert!(t0.elapsed().as_millis() >= 199);
    let parked = wait(0, 10_000);
    assert_eq!(
        handle.call("supervisor.sendProcessStdin", vec![s("echo"), s("more\n")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        parked.recv().unwrap().reply,
        Ok(Value::Array(vec![
            s("more\n"),
            Value::Int(5),
            Value::Bool(false)
        ]))
    );
    let Ok(Value::Struct(metrics)) = handle.call("ours.getMetrics", vec![]) else {
        panic!("getMetrics")
    };
    assert!(matches!(metrics["supervisor"], Value::Struct(_)));
    assert_eq!(
        handle.call("supervisor.stopProcess", vec![s("echo")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        handle.call("supervisor.sendProcessStdin", vec![s("echo"), s("x")]),
        Err(Fault::new(70, "NOT_RUNNING: echo"))
    );

    // reloadConfig + add/removeProcessGroup.
    let text = std::fs::read_to_string(&conf_path).unwrap();
    // Appended: inserting it before other sections currently makes reloadConfig report
    // them as changed (their `ext.section_index` moves; see the engine report).
    std::fs::write(
        &conf_path,
        text + "\n[program:late]\ncommand=sleep 100\nstartsecs=0\n",
    )
    .unwrap();
    assert_eq!(
        handle.call("supervisor.reloadConfig", vec![]),
        Ok(Value::Array(vec![Value::Array(vec![
            Value::Array(vec![s("late")]),
            Value::Array(vec![]),
            Value::Array(vec![]),
        ])]))
    );
    assert_eq!(
        handle.call("supervisor.addProcessGroup", vec![s("late")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        handle.call("supervisor.addProcessGroup", vec![s("late")]),
        Err(Fault::new(90, "ALREADY_ADDED: late"))
    );
    assert!(support::wait_for(std::time::Duration::from_secs(5), || {
        let info = handle
            .call("supervisor.getProcessInfo", vec![s("late")])
            .unwrap();
        field(&info, "statename") == s("RUNNING")
    }));
    assert_eq!(
        handle.call("supervisor.removeProcessGroup", vec![s("late")]),
        Err(Fault::new(91, "STILL_RUNNING: late"))
    );
    assert_eq!(
        handle.call("supervisor.stopProcess", vec![s("late")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        handle.call("supervisor.removeProcessGroup", vec![s("late")]),
        Ok(Value::Bool(true))
    );
    assert_eq!(
        handle.call("supervisor.getProcessInfo", vec![s("late")]),
        Err(Fault::new(10, "BAD_NAME: late"))
    );

    let Ok(Value::Array(results)) = handle.call("supervisor.stopAllProcesses", vec![]) else {
        panic!("stopAllProcesses")
    };
    assert_eq!(results.len(), 1);
    assert_eq!(field(&results[0], "name"), s("instant"));
    assert_eq!(field(&results[0], "status"), Value::Int(80));

    assert_eq!(
        handle.call("supervisor.shutdown", vec![]),
        Ok(Value::Bool(true))
    );
    let ending = loop_thread.join().unwrap();
    assert_eq!(ending, event_loop::Ending::Exit(0));
    let _ = std::fs::remove_dir_all(&dir);
}
