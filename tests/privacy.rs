//! accord never touches the network: no dependency may bring a networking
//! crate in. This fails the build the day one does (`cargo tree` is the judge).

use std::process::Command;

/// Crates whose purpose is talking over a network.
const NETWORKING: &[&str] = &[
    "attohttpc",
    "curl",
    "curl-sys",
    "h2",
    "h3",
    "hickory-proto",
    "hickory-resolver",
    "http-body",
    "hyper",
    "hyper-util",
    "isahc",
    "lettre",
    "libssh2-sys",
    "native-tls",
    "openssl",
    "openssl-sys",
    "quinn",
    "reqwest",
    "rustls",
    "socket2",
    "ssh2",
    "surf",
    "tokio-native-tls",
    "tokio-rustls",
    "tokio-tungstenite",
    "trust-dns-proto",
    "trust-dns-resolver",
    "tungstenite",
    "ureq",
    "websocket",
];

#[test]
fn no_networking_crate_is_in_the_dependency_tree() {
    let out = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "--edges",
            "normal,build",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8_lossy(&out.stdout);
    let crates: Vec<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert!(crates.contains(&"ratatui"), "the tree looks wrong:\n{tree}");
    let found: Vec<&&str> = crates.iter().filter(|c| NETWORKING.contains(c)).collect();
    assert!(found.is_empty(), "networking crates in the tree: {found:?}");
}
