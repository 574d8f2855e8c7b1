//! The web UI in a real browser: headless Chromium, driven through chromedriver's W3C
//! WebDriver HTTP API (spoken here over loopback TCP, no npm, no extra crates), opens `/`
//! of a live daemon, clicks a running program's "stop" button and must then show STOPPED
//! — and the daemon must report STOPPED through the API too; then "tail" must show the
//! program's output. The page must load nothing from another origin. On the example
//! `make run` starts, the startup timeline, the dependency graph, the detail, the live log
//! and the actions are checked in the browser, and screenshots (wide and narrow) are kept
//! in `target/ui-screenshots/` for people to look at.
//!
//! Skips (see `support::skip`) when chromium or chromedriver is not installed (Debian:
//! `apt-get install -y chromium chromium-driver`). Set `SV_UI_SCREENSHOT=/path.png` to
//! keep a screenshot of the page after the click.

#[allow(dead_code, unused_imports)]
mod support;

use std::time::Duration;

use supervisord::http::json;
use supervisord::rpc::Value;
use support::webdriver::Driver;
use support::{free_port, state_of, Target};
use support::{wait_for, Daemon};

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
    driver.open(&url);
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
    for needle in ["http:", "https:", "src=\"//", "href=\"//", "@import"] {
        assert!(!page.contains(needle), "index.html references {needle}");
    }
    // url(…) only for the page's own fragments (SVG markers: `url(#id)`).
    assert!(
        page.match_indices("url(")
            .all(|(i, _)| page[i + 4..].starts_with('#')),
        "index.html references an url( outside the page"
    );
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
        driver.screenshot(std::path::Path::new(&path));
    }
    drop(driver);
}

/// Where the example test keeps its screenshots: `target/ui-screenshots/`.
fn screenshot_dir() -> std::path::PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target"));
    let dir = target.join("ui-screenshots");
    std::fs::create_dir_all(&dir).expect("mkdir screenshots");
    dir
}

/// `(kind, from, to)` of the SVG paths matching `selector` (timeline arrows, graph edges).
fn edges(driver: &Driver, selector: &str) -> Vec<(String, String, String)> {
    let v = driver.script(&format!(
        "return Array.from(document.querySelectorAll('{selector}')).map(e => \
         [e.getAttribute('data-kind'), e.getAttribute('data-from'), e.getAttribute('data-to')])"
    ));
    let Value::Array(items) = v else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|e| match e {
            Value::Array(t) => Some((
                t.first()?.as_str()?.to_string(),
                t.get(1)?.as_str()?.to_string(),
                t.get(2)?.as_str()?.to_string(),
            )),
            _ => None,
        })
        .collect()
}

/// The example `make run` starts, in the browser: the startup timeline draws its bars in
/// chain order with the waits as arrows, the graph has the dependency edges, the log view
/// follows new lines (and pauses, and switches to stderr), the detail shows the state
/// history, and stop/start from the page act on the daemon. Screenshots (wide and narrow)
/// go to `target/ui-screenshots/`.
#[test]
fn the_example_startup_timeline_graph_log_and_actions_in_the_browser() {
    let test = "the_example_startup_timeline_graph_log_and_actions_in_the_browser";
    let (Some(chromium), Some(chromedriver)) = (
        support::ci_tool(test, &["chromium", "chromium-browser", "google-chrome"]),
        support::ci_tool(test, &["chromedriver"]),
    ) else {
        return;
    };
    let (daemon, port) = support::start_example("ui-example");
    let api = daemon.target.clone();
    let settled = wait_for(Duration::from_secs(40), || {
        state_of(&api, "worker:worker-1").as_deref() == Some("RUNNING")
            && state_of(&api, "crasher").as_deref() == Some("FATAL")
    });
    assert!(settled, "the example never settled");
    let profile = daemon.path("chromium-profile");
    std::fs::create_dir_all(&profile).expect("mkdir profile");
    let mut driver = Driver::start(&chromedriver, &daemon.path("chromedriver.log"));
    driver.new_session_sized(&chromium, &profile, "1300,1700");
    driver.open(&format!("http://127.0.0.1:{port}/"));
    let ready = driver.wait_true(
        "return document.querySelectorAll('#timeline-svg rect.tl-bar').length >= 8 \
         && document.querySelectorAll('#graph-svg g.g-node').length >= 7",
        Duration::from_secs(30),
    );
    assert!(ready, "timeline or graph not drawn:\n{}", driver.body());

    timeline_and_graph(&driver);
    detail_and_keyboard(&driver);
    log_view(&driver);
    actions_and_table(&driver, &api);
    narrow_window(&driver);
}

/// The timeline's bars are in chain order with the waits drawn; the graph has the edges.
fn timeline_and_graph(driver: &Driver) {
    // Bars in chain order: each lower and later than the one before.
    let bars = driver.script(
        "const order = ['init', 'db', 'cache', 'web', 'worker:worker-0'];\
         return order.map(n => { const b = document.querySelector(`#timeline-svg rect.tl-bar[data-name='${n}']`);\
         return b ? [Number(b.getAttribute('y')), Number(b.getAttribute('data-spawn'))] : null; })",
    );
    let Value::Array(bars) = bars else {
        panic!("{bars:?}")
    };
    let nums: Vec<(f64, f64)> = bars
        .iter()
        .map(|b| match b {
            Value::Array(p) => {
                let n = |v: &Value| match v {
                    Value::Int(i) => *i as f64,
                    Value::Double(d) => *d,
                    other => panic!("{other:?}"),
                };
                (n(&p[0]), n(&p[1]))
            }
            other => panic!("a bar is missing: {other:?}\n{}", driver.body()),
        })
        .collect();
    for w in nums.windows(2) {
        assert!(
            w[0].0 < w[1].0 && w[0].1 < w[1].1,
            "bars out of chain order: {nums:?}"
        );
    }
    // The waits drawn: chain links and depends_on arrows, and the dependency's waiting line.
    let arrows = edges(driver, "#timeline-svg path.tl-arrow");
    let graph = edges(driver, "#graph-svg path.g-edge");
    for (kind, from, to) in [
        ("chain", "init", "db"),
        ("chain", "db", "cache"),
        ("depends_on", "db", "web"),
        ("depends_on", "cache", "web"),
        ("depends_on", "web", "worker"),
    ] {
        let e = (kind.to_string(), from.to_string(), to.to_string());
        assert!(arrows.contains(&e), "timeline lacks {e:?}: {arrows:?}");
        assert!(graph.contains(&e), "graph lacks {e:?}: {graph:?}");
    }
    assert_eq!(
        driver.script(
            "return document.querySelector(\"#timeline-svg g.tl-row[data-name='web'] line.tl-wait\")\
             .getAttribute('data-kind')"
        ),
        Value::Str("depends_on".into())
    );
    assert!(driver.wait_true(
        "const n = document.querySelector(\"#graph-svg g.g-node[data-name='crasher']\");\
         return !!n && n.getAttribute('data-state') === 'FATAL'",
        Duration::from_secs(10)
    ));
}

/// The detail panel, the main log shown first, and the keyboard.
fn detail_and_keyboard(driver: &Driver) {
    // The detail of web: its state history names the readiness check.
    driver.click("//tbody[@id='rows']/tr/td[1]/button[text()='web']");
    assert!(
        driver
            .wait_element(
                "//section[@id='detail']//td[contains(., 'readiness check log:listening on')]",
                Duration::from_secs(20)
            )
            .is_some(),
        "detail without the readiness check:\n{}",
        driver.body()
    );
    driver.screenshot(&screenshot_dir().join("example-wide.png"));
    // The log view starts on supervisord's own log.
    assert_eq!(
        driver.script("return document.getElementById('tailname').textContent"),
        Value::Str("supervisord".into())
    );

    // The focus stays on its button across a redraw of the table.
    assert_eq!(
        driver.script(
            "document.querySelector(\"#rows button[data-focus='ticker:ticker|stop']\").focus();\
             return load().then(() => document.activeElement.getAttribute('data-focus'))"
        ),
        Value::Str("ticker:ticker|stop".into())
    );
    // Keyboard: "/" focuses the filter, Escape closes the detail.
    for (key, check) in [
        ("/", "return document.activeElement.id === 'filter'"),
        (
            "\u{e00c}",
            "return document.getElementById('detail').hidden === true",
        ),
    ] {
        driver.script("document.activeElement.blur(); return true");
        press(driver, key);
        assert!(
            driver.wait_true(check, Duration::from_secs(5)),
            "{check} after {key:?}"
        );
    }
}

/// The log view follows, pauses and switches streams.
fn log_view(driver: &Driver) {
    // The log view follows the ticker's new lines; paused, it holds them back.
    driver.click("//tbody[@id='rows']/tr[td[1]='ticker']//button[text()='tail']");
    let last_tick = "const m = document.getElementById('tail').textContent.match(/tick (\\d+)/g);\
                     return m ? Number(m[m.length - 1].slice(5)) : 0";
    let first = wait_some_tick(driver, last_tick, 0);
    let later = wait_some_tick(driver, last_tick, first);
    assert!(later > first);
    assert!(driver.wait_true(
        "const p = document.getElementById('tail'); return p.scrollTop + p.clientHeight >= p.scrollHeight - 2",
        Duration::from_secs(5)
    ));
    driver.click("//button[@id='log-pause']");
    let shown = driver.script("return document.getElementById('tail').textContent");
    assert!(driver.wait_true("return tail.held.includes('tick')", Duration::from_secs(10)));
    assert_eq!(
        driver.script("return document.getElementById('tail').textContent"),
        shown
    );
    driver.click("//button[@id='log-pause']");
    assert!(driver.wait_true(
        "return !tail.paused && tail.held === '' && document.getElementById('tail').textContent.length > 0",
        Duration::from_secs(10)
    ));
    driver.script("document.getElementById('logs').scrollIntoView(); return true");
    driver.screenshot(&screenshot_dir().join("example-log.png"));
    // stderr of the crasher.
    driver.script(
        "document.getElementById('log-proc').value = 'crasher:crasher';\
         const s = document.getElementById('log-stream'); s.value = 'stderr';\
         s.dispatchEvent(new Event('change')); return true",
    );
    assert!(
        driver
            .wait_element(
                "//pre[@id='tail'][contains(., 'cannot open /nonexistent/settings')]",
                Duration::from_secs(20)
            )
            .is_some(),
        "no stderr of the crasher:\n{}",
        driver.body()
    );
}

/// Stop and start from the page; group collapse and the filter.
fn actions_and_table(driver: &Driver, api: &Target) {
    // Stop and start from the page.
    driver.click("//tbody[@id='rows']/tr[td[1]='ticker']//button[text()='stop']");
    assert!(driver
        .wait_element(&badge("ticker", "STOPPED"), Duration::from_secs(30))
        .is_some());
    assert_eq!(state_of(api, "ticker").as_deref(), Some("STOPPED"));
    driver.click("//tbody[@id='rows']/tr[td[1]='ticker']//button[text()='start']");
    assert!(driver
        .wait_element(&badge("ticker", "RUNNING"), Duration::from_secs(30))
        .is_some());
    assert_eq!(state_of(api, "ticker").as_deref(), Some("RUNNING"));
    // The group collapses; the filter narrows the table.
    driver.click("//tbody[@id='rows']/tr[@class='grp']//button");
    assert!(driver.wait_true(
        "return !document.querySelector(\"#rows button.link\") || \
         ![...document.querySelectorAll('#rows button.link')].some(b => b.textContent.startsWith('worker:'))",
        Duration::from_secs(5)
    ));
    driver.script(
        "const f = document.getElementById('filter'); f.value = 'FATAL';\
         f.dispatchEvent(new Event('input')); return true",
    );
    assert!(driver.wait_true(
        "const r = [...document.querySelectorAll('#rows button.link')].map(b => b.textContent);\
         return r.length === 1 && r[0] === 'crasher'",
        Duration::from_secs(5)
    ));
    assert_eq!(
        driver.script("return document.getElementById('msg').textContent"),
        Value::Str(String::new())
    );
}

/// A narrow window: nothing wider than it.
fn narrow_window(driver: &Driver) {
    // Narrow window.
    driver.script(
        "const f = document.getElementById('filter'); f.value = '';\
         f.dispatchEvent(new Event('input')); return true",
    );
    let rect = json::to_json(&Value::strukt([
        ("width", Value::Int(420)),
        ("height", Value::Int(1500)),
    ]));
    driver.session_call("POST", "/window/rect", &rect);
    assert!(driver.wait_true(
        "return document.documentElement.scrollWidth <= window.innerWidth + 1",
        Duration::from_secs(10)
    ));
    driver.script("load(); return true");
    assert!(driver.wait_true(
        "const s = document.getElementById('timeline-svg');\
         return !!s && Number(s.getAttribute('width')) <= window.innerWidth",
        Duration::from_secs(10)
    ));
    driver.screenshot(&screenshot_dir().join("example-narrow.png"));
}

/// Presses and releases one key (a W3C key value, e.g. `"\u{e00c}"` for Escape) on
/// whatever has the focus.
fn press(driver: &Driver, key: &str) {
    let down = Value::strukt([
        ("type", Value::Str("keyDown".into())),
        ("value", Value::Str(key.into())),
    ]);
    let up = Value::strukt([
        ("type", Value::Str("keyUp".into())),
        ("value", Value::Str(key.into())),
    ]);
    let body = json::to_json(&Value::strukt([(
        "actions",
        Value::Array(vec![Value::strukt([
            ("type", Value::Str("key".into())),
            ("id", Value::Str("keyboard".into())),
            ("actions", Value::Array(vec![down, up])),
        ])]),
    )]));
    driver.session_call("POST", "/actions", &body);
}

/// Waits until the last tick number the script reads exceeds `after`; returns it.
fn wait_some_tick(driver: &Driver, script: &str, after: i64) -> i64 {
    let mut seen = 0;
    let ok = wait_for(Duration::from_secs(20), || {
        seen = match driver.script(script) {
            Value::Int(n) => n,
            Value::Double(d) => d as i64,
            _ => 0,
        };
        seen > after
    });
    assert!(
        ok,
        "no tick after {after} in the log view:\n{}",
        driver.body()
    );
    seen
}
