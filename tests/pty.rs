//! End to end: the real binary in a pseudo-terminal, driven by keys, its screen read back
//! through a terminal emulator (vt100). Waits poll the screen with a generous deadline; no test
//! depends on how fast the machine is.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(20);

struct Session {
    parser: vt100::Parser,
    raw: Vec<u8>,
    output: Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn portable_pty::MasterPty + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _config: tempfile::TempDir,
}

impl Session {
    fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let config = tempfile::tempdir().unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_dossier"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env("XDG_CONFIG_HOME", config.path());
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, output) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Session {
            parser: vt100::Parser::new(rows, cols, 0),
            raw: Vec::new(),
            output,
            writer,
            master: pair.master,
            child,
            _config: config,
        }
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    fn pump(&mut self, wait: Duration) {
        if let Ok(bytes) = self.output.recv_timeout(wait) {
            self.parser.process(&bytes);
            self.raw.extend(bytes);
        }
    }

    /// Read output until the screen satisfies `ok`, or fail with the screen as it is.
    fn wait_for(&mut self, what: &str, ok: impl Fn(&str) -> bool) {
        let start = Instant::now();
        while !ok(&self.screen()) {
            assert!(
                start.elapsed() < DEADLINE,
                "waited for {what}; screen:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(50));
        }
    }

    fn wait_text(&mut self, text: &str) {
        self.wait_for(text, |s| s.contains(text));
    }

    fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Wait for the process to end; return whether it succeeded.
    fn finish(&mut self) -> bool {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Drain what is left so the restore sequence is seen.
                while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(200)) {
                    self.parser.process(&bytes);
                    self.raw.extend(bytes);
                }
                return status.success();
            }
            assert!(
                start.elapsed() < DEADLINE,
                "the reader did not quit; screen:\n{}",
                self.screen()
            );
            self.pump(Duration::from_millis(50));
        }
    }

    fn resize(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        self.parser.screen_mut().set_size(rows, cols);
    }

    fn restored(&self) -> bool {
        let leave = b"\x1b[?1049l";
        !self.parser.screen().alternate_screen()
            && self.raw.windows(leave.len()).any(|w| w == leave)
    }
}

#[test]
fn read_the_sample_with_the_keyboard_and_quit() {
    let mut s = Session::start(&[], 100, 30);
    s.wait_text("ES · 000 ¶0");
    assert!(s.screen().contains("Scale AI demanda a Mercor"));
    s.keys("?");
    s.wait_text("Keys");
    s.keys("\x1b");
    s.wait_for("help closed", |sc| !sc.contains("Keys"));
    s.keys("l");
    s.wait_text("FR · 003 ¶0");
    s.keys("]");
    s.wait_text("FR 2/2");
    s.wait_text("FR · 004 ¶0");
    // Half a page down in the French column scrolls the Spanish one with it.
    s.keys("\x04");
    s.wait_for("both columns scrolled", |sc| {
        !sc.contains(" 0 La escala gigante") && !sc.contains(" 0 Dans un renversement")
    });
    s.keys("g");
    s.wait_for("both back at the top", |sc| {
        sc.contains(" 0 La escala gigante") && sc.contains(" 0 Dans un renversement")
    });
    // The Spanish and this French article are one text: they scroll together until L. At the
    // bottom in lockstep the French column faces the Spanish text it lacks with blank space.
    s.keys("L");
    s.wait_text("lockstep off");
    s.keys("G");
    s.wait_text("ultime.");
    s.keys("L");
    s.wait_text("lockstep on");
    assert!(!s.screen().contains("FR · 004 ¶0"));
    s.keys("g");
    s.wait_text("FR · 004 ¶0");
    s.keys("q");
    assert!(s.finish(), "exit status");
    assert!(s.restored(), "alternate screen left");
}

#[test]
fn find_a_company_choose_it_and_jump_to_its_mentions() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_text("People & companies");
    s.keys("f");
    s.wait_text("SEARCH");
    s.keys("mrcor");
    s.wait_for("the list narrowed to Mercor", |sc| {
        sc.contains("1/19") && sc.contains("Mercor")
    });
    s.keys("\r");
    s.wait_text("Mercor: 27 mentions");
    s.keys("n");
    s.wait_text("Mercor: mention 1/27");
    s.keys("n");
    s.wait_text("Mercor: mention 2/27");
    s.keys("N");
    s.keys("N");
    s.wait_text("Mercor: mention 27/27");
    // Typing "q" in the search box types; outside it, it quits.
    s.keys("q");
    assert!(s.finish());
}

#[test]
fn a_claim_jumps_to_its_source_sentence() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_text("Claims: allegations and responses");
    s.keys("\t\t");
    s.wait_text("CLAIMS │");
    // The first claim is the Spanish article's opening allegation; its source shows in the
    // Spanish column. Then the filter: responses only.
    s.keys("j");
    s.keys("\r");
    s.wait_text("es · 000 ¶6");
    s.keys("a");
    s.wait_text("Claims: allegations only");
    s.keys("a");
    s.wait_text("Claims: responses only");
    s.keys("q");
    assert!(s.finish());
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_text("ES · 000");
    s.keys("\x03");
    assert!(s.finish());
    assert!(s.restored());
}

#[test]
fn escape_sequences_in_an_article_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("evil.txt"),
        b"Un titre propre\n\nLe texte \x1b]0;owned\x07 puis \x1b[2J\x1b[31mrouge\x1b[0m et la fin du paragraphe.\n",
    )
    .unwrap();
    let mut s = Session::start(&[dir.path().to_str().unwrap()], 80, 24);
    s.wait_text("Un titre propre");
    s.wait_text("la fin du");
    s.keys("q");
    assert!(s.finish());
    let raw = String::from_utf8_lossy(&s.raw);
    assert!(
        !raw.contains("\x1b]0;owned"),
        "the article's OSC reached the terminal"
    );
    assert!(
        !raw.contains("\x1b[2J"),
        "the article's clear-screen reached the terminal"
    );
}

#[test]
fn resizing_redraws_for_the_new_size() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_text("ES · 000");
    assert!(s.screen().contains("FR 1/2"));
    s.resize(60, 18);
    s.wait_for("one column", |sc| {
        !sc.contains("FR 1/2") && sc.contains("ES · 000") && !sc.contains("People & companies")
    });
    s.keys("\t");
    s.wait_text("FR · 003");
    s.resize(120, 40);
    s.wait_for("two columns and the sidebar again", |sc| {
        sc.contains("╭ ES") && sc.contains("FR 1/2") && sc.contains("People & companies")
    });
    s.keys("q");
    assert!(s.finish());
}

/// A dossier on one story: the sample's articles `copies` times over, each paragraph made
/// distinct so no copy is set aside as a republished one. Large enough that opening it takes a
/// while in a debug build.
fn one_story(copies: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/dossier");
    let texts: Vec<String> = std::fs::read_dir(&sample)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    for copy in 0..copies {
        for (i, text) in texts.iter().enumerate() {
            let distinct: String = text
                .split("\n\n")
                .map(|para| format!("{para} Ref {copy}-{i}."))
                .collect::<Vec<_>>()
                .join("\n\n");
            std::fs::write(dir.path().join(format!("{copy:04}_{i}.txt")), distinct).unwrap();
        }
    }
    dir
}

#[test]
fn the_screen_is_up_and_q_quits_while_a_large_dossier_is_still_analysed() {
    // A screen is up before the analysis of a large dossier ends (the opening screen, then the
    // articles), and `q` leaves.
    let dir = one_story(300);
    let mut s = Session::start(&[dir.path().to_str().unwrap()], 100, 30);
    s.wait_text("Opening");
    s.keys("q");
    assert!(s.finish(), "the reader failed");
    assert!(s.restored(), "the terminal was not restored");
    // Until the analysis ends the status line tells its stage instead of the key hints.
    let seen = String::from_utf8_lossy(&s.raw).to_string();
    assert!(
        !seen.contains("? help"),
        "the analysis ended before q: the test proves nothing"
    );
}

#[test]
fn the_articles_come_first_and_the_names_fill_in() {
    // The same large dossier, read to the end: the articles are on screen with the stage of the
    // analysis in the status line, then the sidebar fills in and the key hints return.
    let dir = one_story(150);
    let mut s = Session::start(&[dir.path().to_str().unwrap()], 120, 40);
    s.wait_text("People & companies");
    s.wait_for("the names", |screen| {
        screen.contains("? help") && screen.contains("Scale AI")
    });
    // The reader was up while the names were still being found: the opening screen never
    // shows that stage, the reader's status line does.
    let seen = String::from_utf8_lossy(&s.raw).to_string();
    assert!(seen.contains("finding people and companies"), "{seen}");
    s.keys("q");
    assert!(s.finish());
    assert!(s.restored());
}
