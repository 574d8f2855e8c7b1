//! A W3C WebDriver client for chromedriver (headless Chromium), spoken over loopback TCP
//! with the shared HTTP client: no npm, no extra crates. Used by the web UI tests.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use supervisord::http::json;
use supervisord::rpc::{base64, Value};

use super::http::{field, free_port, json as request, Target};
use super::wait::wait_for;

/// The W3C key of an element reference.
pub const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// chromedriver plus one session; dropping it ends the session and kills the driver.
pub struct Driver {
    child: Child,
    port: u16,
    session: Option<String>,
}

impl Driver {
    pub fn start(chromedriver: &std::path::Path, log: &std::path::Path) -> Driver {
        let port = free_port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let d = Driver {
            child,
            port,
            session: None,
        };
        let up = wait_for(Duration::from_secs(20), || {
            d.call("GET", "/status", "")
                .is_some_and(|(status, v)| status == 200 && field(&v, "ready").is_some())
        });
        assert!(up, "chromedriver did not answer /status on port {port}");
        d
    }

    /// One WebDriver command; `(http status, "value" member)`.
    pub fn call(&self, method: &str, path: &str, body: &str) -> Option<(u16, Value)> {
        let r = request(&Target::port(self.port), method, path, body)?;
        let v = json::parse(&r.body).ok()?;
        Some((r.status, field(&v, "value").cloned().unwrap_or(Value::Nil)))
    }

    /// A command on the session that must succeed.
    pub fn session_call(&self, method: &str, path: &str, body: &str) -> Value {
        let sid = self.session.as_deref().expect("session");
        let full = format!("/session/{sid}{path}");
        match self.call(method, &full, body) {
            Some((200, v)) => v,
            other => panic!("WebDriver {method} {full} failed: {other:?}"),
        }
    }

    pub fn new_session(&mut self, chromium: &std::path::Path, profile: &std::path::Path) {
        self.new_session_sized(chromium, profile, "1100,500");
    }

    pub fn new_session_sized(
        &mut self,
        chromium: &std::path::Path,
        profile: &std::path::Path,
        size: &str,
    ) {
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ];
        let mut list: Vec<String> = args.iter().map(|a| format!("\"{a}\"")).collect();
        list.push(format!("\"--window-size={size}\""));
        list.push(format!("\"--user-data-dir={}\"", profile.display()));
        let body = format!(
            "{{\"capabilities\":{{\"alwaysMatch\":{{\"goog:chromeOptions\":\
             {{\"binary\":\"{}\",\"args\":[{}]}}}}}}}}",
            chromium.display(),
            list.join(",")
        );
        let (status, v) = self
            .call("POST", "/session", &body)
            .expect("POST /session answered");
        assert_eq!(status, 200, "new session failed: {v:?}");
        let sid = field(&v, "sessionId")
            .and_then(Value::as_str)
            .expect("sessionId");
        self.session = Some(sid.to_string());
    }

    /// Element ids matching an XPath expression (empty when none).
    pub fn find_all(&self, xpath: &str) -> Vec<String> {
        let body = json::to_json(&Value::strukt([
            ("using", Value::Str("xpath".into())),
            ("value", Value::Str(xpath.into())),
        ]));
        match self.session_call("POST", "/elements", &body) {
            Value::Array(items) => items
                .iter()
                .filter_map(|e| field(e, ELEMENT_KEY).and_then(Value::as_str))
                .map(str::to_string)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Waits until `xpath` matches something; its first element id.
    pub fn wait_element(&self, xpath: &str, timeout: Duration) -> Option<String> {
        let mut found = None;
        wait_for(timeout, || {
            found = self.find_all(xpath).into_iter().next();
            found.is_some()
        });
        found
    }

    /// The page's body markup (for failure messages).
    pub fn body(&self) -> String {
        match self.script("return document.body.innerHTML") {
            Value::Str(s) => s,
            other => format!("{other:?}"),
        }
    }

    /// Clicks the first element matching `xpath`. The page re-renders its table every 3 s,
    /// so a found element can go stale before the click lands: find again and retry.
    pub fn click(&self, xpath: &str) {
        let sid = self.session.as_deref().expect("session");
        let clicked = wait_for(Duration::from_secs(30), || {
            self.find_all(xpath).into_iter().next().is_some_and(|id| {
                let path = format!("/session/{sid}/element/{id}/click");
                matches!(self.call("POST", &path, "{}"), Some((200, _)))
            })
        });
        assert!(clicked, "could not click {xpath}:\n{}", self.body());
    }

    /// Runs a synchronous script and returns its value.
    pub fn script(&self, source: &str) -> Value {
        let body = json::to_json(&Value::strukt([
            ("script", Value::Str(source.into())),
            ("args", Value::Array(vec![])),
        ]));
        self.session_call("POST", "/execute/sync", &body)
    }
}

impl Driver {
    /// Opens `url` in the session.
    pub fn open(&self, url: &str) {
        let body = json::to_json(&Value::strukt([("url", Value::Str(url.into()))]));
        self.session_call("POST", "/url", &body);
    }

    /// Saves a screenshot of the window to `path`.
    pub fn screenshot(&self, path: &std::path::Path) {
        let png = self.session_call("GET", "/screenshot", "");
        let bytes = png.as_str().and_then(base64::decode).expect("png base64");
        std::fs::write(path, bytes).expect("write screenshot");
        eprintln!("screenshot written to {}", path.display());
    }

    /// Waits until a script returns `true`.
    pub fn wait_true(&self, source: &str, timeout: Duration) -> bool {
        wait_for(timeout, || self.script(source) == Value::Bool(true))
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Some(sid) = self.session.take() {
            let _ = self.call("DELETE", &format!("/session/{sid}"), "");
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
