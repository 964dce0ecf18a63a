//! A terminal window that a test can really close, by dropping its side of
//! the pseudo-terminal.

use std::path::Path;

use super::terminal::Terminal;

/// A terminal window that can really be closed: the test holds the only
/// handle to the terminal's side of the pseudo-terminal, and dropping it is
/// what a window's close button does.
pub struct Window {
    terminal: std::fs::File,
    parser: vt100::Parser,
}

impl Window {
    /// Starts accord in a new 100 × 30 window; with `controlling`, the window
    /// is accord's controlling terminal, so closing it also sends SIGHUP.
    pub fn open(data: &Path, controlling: bool) -> (Self, std::process::Child) {
        use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
        use std::os::unix::process::CommandExt;
        let size = libc::winsize {
            ws_row: 30,
            ws_col: 100,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let os = |ok: bool, what: &str| assert!(ok, "{what}: {}", std::io::Error::last_os_error());
        // Close-on-exec from the start: a copy of the terminal's side inherited
        // by any child (this one, or another test's) would keep the window open.
        // SAFETY: plain libc calls on descriptors owned here, checked as they go.
        let (terminal, app_side) = unsafe {
            let terminal = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC);
            os(terminal >= 0, "posix_openpt");
            let terminal = OwnedFd::from_raw_fd(terminal);
            os(libc::grantpt(terminal.as_raw_fd()) == 0, "grantpt");
            os(libc::unlockpt(terminal.as_raw_fd()) == 0, "unlockpt");
            os(
                libc::ioctl(terminal.as_raw_fd(), libc::TIOCSWINSZ, &size) == 0,
                "size",
            );
            let mut name = [0 as libc::c_char; 128];
            os(
                libc::ptsname_r(terminal.as_raw_fd(), name.as_mut_ptr(), name.len()) == 0,
                "ptsname",
            );
            let app_side = libc::open(
                name.as_ptr(),
                libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC,
            );
            os(app_side >= 0, "open the pty");
            (terminal, OwnedFd::from_raw_fd(app_side))
        };
        let handle = |fd: &OwnedFd| std::process::Stdio::from(fd.try_clone().expect("dup"));
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_accord"));
        cmd.arg("--data-dir")
            .arg(data)
            .env("TERM", "xterm-256color")
            .env_remove("ACCORD_DATA_DIR")
            .env_remove("ACCORD_LANG")
            .stdin(handle(&app_side))
            .stdout(handle(&app_side))
            .stderr(handle(&app_side));
        if controlling {
            // SAFETY: only async-signal-safe calls between fork and exec.
            unsafe {
                cmd.pre_exec(|| {
                    if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
        let child = cmd.spawn().expect("spawn accord");
        drop(app_side);
        let terminal = std::fs::File::from(terminal);
        // SAFETY: fcntl on a descriptor we own; reads must not block the test.
        unsafe {
            let fd = terminal.as_raw_fd();
            libc::fcntl(
                fd,
                libc::F_SETFL,
                libc::fcntl(fd, libc::F_GETFL) | libc::O_NONBLOCK,
            );
        }
        let rows = std::num::NonZeroU16::new(30).expect("rows");
        let cols = std::num::NonZeroU16::new(100).expect("cols");
        let parser = vt100::Parser::new(rows, cols, 0);
        (Self { terminal, parser }, child)
    }
}

impl Terminal for Window {
    fn read_waiting(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use std::io::Read;
        self.terminal.read(buf)
    }

    fn write_keys(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        use std::io::Write;
        self.terminal.write_all(bytes)
    }

    /// The test watches the process itself; the window only knows it has not closed.
    fn running(&mut self) -> bool {
        true
    }

    fn emulator(&mut self) -> &mut vt100::Parser {
        &mut self.parser
    }
}
