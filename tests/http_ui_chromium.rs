//! The web UI in a real browser: headless Chromium, driven through chromedriver's W3C
//! WebDriver HTTP API (spoken here over loopback TCP, no npm, no extra crates), opens `/`
//! of a live daemon, clicks a running program's "stop" button and must then show STOPPED
//! — and the daemon must report STOPPED through the API too; then "tail" must show the
//! program's output. The page must load nothing from another origin.
//!
//! Skips (see `support::skip`) when chromium or chromedriver is not installed (Debian:
//! `apt-get install -y chromium chromium-driver`). Set `SV_UI_SCREENSHOT=/path.png` to
//! keep a screenshot of the page after the click.

#[allow(dead_code, unused_imports)]
mod support;

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use supervisord::http::json;
use supervisord::rpc::{base64, Value};
use support::{free_port, json as request, state_of, Target};
use support::{wait_for, Daemon};

/// The W3C key of an element reference.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// chromedriver plus one session; dropping it ends the session and kills the driver.
struct Driver {
    child: Child,
    port: u16,
    session: Option<String>,
}

impl Driver {
    fn start(chromedriver: &std::path::Path, log: &std::path::Path) -> Driver {
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
    fn call(&self, method: &str, path: &str, body: &str) -> Option<(u16, Value)> {
        let r = request(&Target::port(self.port), method, path, body)?;
        let v = json::parse(&r.body).ok()?;
        Some((r.status, field(&v, "value").cloned().unwrap_or(Value::Nil)))
    }

    /// A command on the session that must succeed.
    fn session_call(&self, method: &str, path: &str, body: &str) -> Value {
        let sid = self.session.as_deref().expect("session");
        let full = format!("/session/{sid}{path}");
        match self.call(method, &full, body) {
            Some((200, v)) => v,
            other => panic!("WebDriver {method} {full} failed: {other:?}"),
        }
    }

    fn new_session(&mut self, chromium: &std::path::Path, profile: &std::path::Path) {
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
            "--window-size=1100,500",
        ];
        let mut list: Vec<String> = args.iter().map(|a| format!("\"{a}\"")).collect();
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
    fn find_all(&self, xpath: &str) -> Vec<String> {
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
    fn wait_element(&self, xpath: &str, timeout: Duration) -> Option<String> {
        let mut found = None;
        wait_for(timeout, || {
            found = self.find_all(xpath).into_iter().next();
            found.is_some()
        });
        found
    }

    /// The page's body markup (for failure messages).
    fn body(&self) -> String {
        match self.script("return document.body.innerHTML") {
            Value::Str(s) => s,
            other => format!("{other:?}"),
        }
    }

    /// Clicks the first element matching `xpath`. The page re-renders its table every 3 s,
    /// so a found element can go stale before the click lands: find again and retry.
    fn click(&self, xpath: &str) {
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
    fn script(&self, source: &str) -> Value {
        let body = json::to_json(&Value::strukt([
            ("script", Value::Str(source.into())),
            ("args", Value::Array(vec![])),
        ]));
        self.session_call("POST", "/execute/sync", &body)
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

fn field<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v {
        Value::Struct(m) => m.get(key),
        _ => None,
    }
}

/// The XPath of the state badge in `name`'s row.
fn badge(name: &str, state: &str) -> String {
    format!("//tbody[@id='rows']/tr[td[1]='{name}']/td[2]/span[text()='{state}']")
}

#[test]
fn clicking_stop_in_headless_chromium_stops_the_program() {
    stop_and_tail_in_the_browser(false);
}

/// The same behind Basic auth, with the credentials in the URL
/// (`http://user:pass@host/`): the page's fetches must not inherit them into their URLs,
/// which Chromium refuses.
#[test]
fn the_ui_works_behind_basic_auth_with_credentials_in_the_url() {
    stop_and_tail_in_the_browser(true);
}

fn stop_and_tail_in_the_browser(auth: bool) {
    let test = "stop_and_tail_in_the_browser";
    let (Some(chromium), Some(chromedriver)) = (
        support::ci_tool(test, &["chromium", "chromium-browser", "google-chrome"]),
        support::ci_tool(test, &["chromedriver"]),
    ) else {
        return;
    };
    let port = free_port();
    let creds = if auth {
        "username=admin\npassword=secret\n"
    } else {
        ""
    };
    let daemon = Daemon::start(
        "ui-chromium",
        &format!(
            "[unix_http_server]\nfile=%(here)s/s.sock\n\n\
             [inet_http_server]\nport=127.0.0.1:{port}\n{creds}\n\
             [program:sleeper]\ncommand=sh -c \"echo hello-from-sleeper; exec sleep 1000\"\nstartsecs=0\n\n\
             [program:idle]\ncommand=sleep 1000\nautostart=false\n"
        ),
    );
    // Checks go through the unix socket, which has no auth.
    let api = Target::Unix(daemon.path("s.sock"));
    assert!(
        wait_for(Duration::from_secs(10), || state_of(&api, "sleeper")
            .as_deref()
            == Some("RUNNING")),
        "sleeper never RUNNING:\n{}",
        daemon.log()
    );

    let profile = daemon.path("chromium-profile");
    std::fs::create_dir_all(&profile).expect("mkdir profile");
    let mut driver = Driver::start(&chromedriver, &daemon.path("chromedriver.log"));
    driver.new_session(&chromium, &profile);
    let url = if auth {
        format!("http://admin:secret@127.0.0.1:{port}/")
    } else {
        format!("http://127.0.0.1:{port}/")
    };
    driver.session_call(
        "POST",
        "/url",
        &json::to_json(&Value::strukt([("url", Value::Str(url))])),
    );
    assert_eq!(
        driver.script("return document.title").as_str(),
        Some("supervisord")
    );
    assert!(
        driver
            .wait_element(&badge("sleeper", "RUNNING"), Duration::from_secs(30))
            .is_some(),
        "page never showed sleeper RUNNING:\n{}",
        driver.body()
    );
    assert!(
        driver
            .wait_element(&badge("idle", "STOPPED"), Duration::from_secs(30))
            .is_some(),
        "page never showed idle STOPPED:\n{}",
        driver.body()
    );

    driver.click("//tbody[@id='rows']/tr[td[1]='sleeper']//button[text()='stop']");
    assert!(
        driver
            .wait_element(&badge("sleeper", "STOPPED"), Duration::from_secs(30))
            .is_some(),
        "page never showed sleeper STOPPED after the click:\n{}",
        driver.body()
    );
    assert_eq!(state_of(&api, "sleeper").as_deref(), Some("STOPPED"));
    // Nothing else was touched, and no error message is shown.
    assert_eq!(state_of(&api, "idle").as_deref(), Some("STOPPED"));
    assert_eq!(
        driver
            .script("return document.getElementById('msg').textContent")
            .as_str(),
        Some("")
    );
    // The page loads nothing from elsewhere: no absolute URLs or imports in its markup,
    // and every resource the browser fetched is on our origin.
    let page = include_str!("../src/http/index.html");
    for needle in [
        "http:",
        "https:",
        "src=\"//",
        "href=\"//",
        "@import",
        "url(",
    ] {
        assert!(!page.contains(needle), "index.html references {needle}");
    }
    let foreign = driver.script(&format!(
        "return performance.getEntriesByType('resource').map(e => e.name)\
         .filter(n => !n.startsWith('http://127.0.0.1:{port}/'))"
    ));
    assert_eq!(foreign, Value::Array(vec![]), "foreign resources");

    // "tail" shows the program's stdout log in the page.
    driver.click("//tbody[@id='rows']/tr[td[1]='sleeper']//button[text()='tail']");
    assert!(
        driver
            .wait_element(
                "//pre[@id='tail'][contains(., 'hello-from-sleeper')]",
                Duration::from_secs(30)
            )
            .is_some(),
        "tail never showed sleeper's output:\n{}",
        driver.body()
    );

    if let Ok(path) = std::env::var("SV_UI_SCREENSHOT") {
        let path = if auth {
            format!("{path}.auth.png")
        } else {
            path
        };
        let png = driver.session_call("GET", "/screenshot", "");
        let bytes = png.as_str().and_then(base64::decode).expect("png base64");
        std::fs::write(&path, bytes).expect("write screenshot");
        eprintln!("screenshot written to {path}");
    }
    drop(driver);
}
