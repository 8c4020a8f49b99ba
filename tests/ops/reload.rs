//! SIGHUP swaps in a new configuration without a failed request, and refuses a broken one.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::config_copy::config_copy;
use crate::process::Running;

const EXIT: &str = r#"exit_url = "https://www.bbc.co.uk/weather""#;

fn with_exit_url(original: &str, url: &str) -> String {
    assert!(original.contains(EXIT), "signpost.toml sets the exit URL");
    original.replace(EXIT, &format!("exit_url = {url:?}"))
}

/// Asks for a page, a JSON plan and a plan page, over and over, on kept-alive connections,
/// counting answers that are not 200.
async fn load(base: String, stop: Arc<AtomicBool>, ok: Arc<AtomicUsize>, failed: Arc<AtomicUsize>) {
    let client = reqwest::Client::new();
    let mut n = 0usize;
    while !stop.load(Ordering::Relaxed) {
        n += 1;
        let request = match n % 3 {
            0 => client.get(format!("{base}/")),
            1 => client
                .post(format!("{base}/api/v1/route"))
                .json(&serde_json::json!({"country": "GB", "reporter": "adult", "concern": "abuse-imagery", "immediate_danger": false})),
            _ => client
                .post(format!("{base}/questions"))
                .header("content-type", "application/x-www-form-urlencoded")
                .body("country=FR&danger=no&reporter=child&concern=grooming"),
        };
        match request.send().await {
            Ok(response) if response.status() == 200 => {
                let _ = response.bytes().await;
                ok.fetch_add(1, Ordering::Relaxed);
            }
            Ok(response) => {
                eprintln!("failed: {}", response.status());
                failed.fetch_add(1, Ordering::Relaxed);
            }
            Err(error) => {
                eprintln!("failed: {error}");
                failed.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reloading_twenty_times_under_load_fails_no_request() {
    let config = config_copy();
    let file = config.path().join("signpost.toml");
    let original = std::fs::read_to_string(&file).unwrap();
    // One test client sends far more than a person would: lift the per-client POST limit so
    // that only a failed reload could fail a request.
    let unlimited = [
        ("SIGNPOST_SERVER__FORM_POSTS_PER_MINUTE", "10000000"),
        ("SIGNPOST_SERVER__API_POSTS_PER_MINUTE", "10000000"),
    ];
    let mut running = Running::start(Some(config.path()), &[], &unlimited);

    let stop = Arc::new(AtomicBool::new(false));
    let ok = Arc::new(AtomicUsize::new(0));
    let failed = Arc::new(AtomicUsize::new(0));
    let clients: Vec<_> = (0..6)
        .map(|_| {
            tokio::spawn(load(
                running.base.clone(),
                Arc::clone(&stop),
                Arc::clone(&ok),
                Arc::clone(&failed),
            ))
        })
        .collect();

    let reloads = 20;
    for n in 0..reloads {
        let url = format!("https://www.bbc.co.uk/weather/{n}");
        std::fs::write(&file, with_exit_url(&original, &url)).unwrap();
        tokio::task::block_in_place(|| {
            running.hang_up();
            running.wait_for("configuration reloaded");
        });
    }
    stop.store(true, Ordering::Relaxed);
    for client in clients {
        client.await.unwrap();
    }
    let (ok, failed) = (ok.load(Ordering::Relaxed), failed.load(Ordering::Relaxed));
    eprintln!("{reloads} reloads under load: {ok} requests answered, {failed} failed");
    assert_eq!(failed, 0, "no request fails during a reload ({ok} succeeded)");
    assert!(ok >= 60, "the load ran throughout: {ok} requests");

    let page = reqwest::get(format!("{}/", running.base))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(&format!("https://www.bbc.co.uk/weather/{}", reloads - 1)),
        "the last configuration is the one served"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_configuration_is_refused_and_the_old_one_keeps_serving() {
    let config = config_copy();
    let file = config.path().join("signpost.toml");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut running = Running::start(Some(config.path()), &[], &[]);
    let base = running.base.clone();
    let served = || async {
        let response = reqwest::get(format!("{base}/")).await.unwrap();
        assert_eq!(response.status(), 200);
        response.text().await.unwrap()
    };

    std::fs::write(
        &file,
        with_exit_url(&original, "https://www.bbc.co.uk/news")
            .replace("request_timeout_secs = 10", "request_timeout_secs = 0"),
    )
    .unwrap();
    tokio::task::block_in_place(|| {
        running.hang_up();
        running.wait_for("reload refused");
        // The log names the key (on a line after the refusal, or this waits and fails).
        running.wait_for("server.request_timeout_secs");
    });
    let page = served().await;
    assert!(
        page.contains("https://www.bbc.co.uk/weather"),
        "the old configuration is served"
    );
    assert!(!page.contains("https://www.bbc.co.uk/news"));

    // A directory file that does not parse is refused too.
    std::fs::write(&file, &original).unwrap();
    let gb = config.path().join("directory/gb.toml");
    let directory = std::fs::read_to_string(&gb).unwrap();
    std::fs::write(&gb, format!("{directory}\n[[[not toml")).unwrap();
    tokio::task::block_in_place(|| {
        running.hang_up();
        running.wait_for("reload refused");
    });
    assert_eq!(
        reqwest::get(format!("{}/api/v1/countries", running.base))
            .await
            .unwrap()
            .status(),
        200
    );

    // Fixed, it is applied.
    std::fs::write(&gb, &directory).unwrap();
    std::fs::write(&file, with_exit_url(&original, "https://www.bbc.co.uk/news")).unwrap();
    tokio::task::block_in_place(|| {
        running.hang_up();
        running.wait_for("configuration reloaded");
    });
    assert!(served().await.contains("https://www.bbc.co.uk/news"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_metrics_address_is_reported_as_needing_a_restart() {
    let config = config_copy();
    let file = config.path().join("signpost.toml");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut running = Running::start(Some(config.path()), &[], &[]);
    std::fs::write(
        &file,
        original.replace(
            "enabled = false\nlisten = \"127.0.0.1:9090\"",
            "enabled = false\nlisten = \"127.0.0.1:9191\"",
        ),
    )
    .unwrap();
    let warning = tokio::task::block_in_place(|| {
        running.hang_up();
        running.wait_for("configuration reloaded");
        running.wait_for("restarted")
    });
    assert!(warning.contains("metrics"), "{warning}");
}
