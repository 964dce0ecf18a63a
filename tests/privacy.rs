//! accord never touches the network: no dependency may bring a networking
//! crate in (`cargo tree` is the judge), and our own code names no socket.

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

/// What our own code would have to name to open a connection.
const NETWORK_CALLS: &[&str] = &[
    "std::net",
    "TcpStream",
    "TcpListener",
    "UdpSocket",
    "UnixStream",
    "libc::socket",
    "libc::connect",
    "libc::sendto",
];

#[test]
fn no_source_file_of_ours_opens_a_connection() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut folders = vec![root];
    let mut read = 0;
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("list src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read source");
            read += 1;
            for call in NETWORK_CALLS {
                assert!(!text.contains(call), "{} names {call}", path.display());
            }
        }
    }
    assert!(read > 10, "only {read} source files found");
}

/// Two people share one data folder, each with `--participant`: neither's
/// words reach the other through any command.
#[test]
fn two_participants_in_one_folder_never_see_each_others_words() {
    use accord::model::session::{Session, TextField};
    let dir = tempfile::tempdir().expect("tempdir");
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).expect("mkdir");
    let set = accord::model::clauses::default_set();
    let at = |s: &str| -> jiff::Timestamp { s.parse().expect("time") };
    for (id, who, when) in [
        ("20261101-100000", "one", "2026-11-01T10:00:00Z"),
        ("20261102-100000", "two", "2026-11-02T10:00:00Z"),
    ] {
        let mut s = Session::new(id.into(), &set, at(when));
        s.participant = Some(who.into());
        s.set_text(
            "time",
            TextField::Note,
            &format!("secret of {who}"),
            at(when),
        );
        let path = sessions.join(format!("{id}.json"));
        std::fs::write(path, accord::store::to_json(&s)).expect("write");
    }
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_accord"))
            .args(args)
            .args(["--participant", "one", "--data-dir"])
            .arg(dir.path())
            .output()
            .expect("accord runs");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            out.status.success(),
            "{args:?}: {text}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        text
    };
    let listed = run(&["sessions"]);
    assert!(listed.contains("20261101-100000"), "{listed}");
    assert!(!listed.contains("20261102-100000"), "{listed}");
    // Notes are left out unless asked for: ask, so a leak would show.
    for args in [
        &["export", "--notes"][..],
        &["journal", "--notes"],
        &["export", "--format", "json", "--notes"],
    ] {
        let printed = run(args);
        assert!(printed.contains("secret of one"), "{args:?}: {printed}");
        assert!(!printed.contains("secret of two"), "{args:?}: {printed}");
    }
}
