//! The reader: a thin terminal front end over the core, in the Elm style. Terminal events
//! become actions (`keymap`), `App::update` changes state, `ui` draws it without changing it.
//! The dossier is opened by a worker thread whose progress comes over the same channel.

pub mod action;
pub mod app;
pub mod event;
pub mod keymap;
pub mod layout;
pub mod opening;
pub mod ui;
pub mod wrap;

use crate::config::Config;
use crate::corpus::Stage;
use crate::model::Dossier;
use action::Action;
use app::App;
use event::Msg;
use keymap::Key;
use opening::Opening;
use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use std::io;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};

/// What the worker opening the dossier tells the reader as it goes.
pub trait Report {
    /// A stage begins.
    fn stage(&self, stage: Stage);
    /// The articles are ready to read, before their analysis.
    fn articles(&self, d: &Dossier);
}

/// How the dossier is opened: by a worker thread, reporting as it goes.
pub type Load = Box<dyn FnOnce(&dyn Report) -> Result<Dossier, String> + Send>;

struct Channel(mpsc::Sender<Msg>);

impl Report for Channel {
    fn stage(&self, stage: Stage) {
        let _ = self.0.send(Msg::Progress(stage));
    }

    fn articles(&self, d: &Dossier) {
        let _ = self.0.send(Msg::Articles(Box::new(d.clone())));
    }
}

/// Open the dossier off the event loop and read it until the user quits. The screen is up at
/// once with the stage the worker is in, and quitting works meanwhile. The terminal is restored
/// on return, on error, and on panic (ratatui's hook). Returns the error that stopped the
/// opening, if one did.
pub fn run(what: &str, config: Config, load: Load) -> io::Result<Result<(), String>> {
    let mut terminal = ratatui::try_init()?;
    let result = open_then_read(&mut terminal, what, config, load);
    ratatui::restore();
    result
}

fn open_then_read(
    terminal: &mut ratatui::DefaultTerminal,
    what: &str,
    config: Config,
    load: Load,
) -> io::Result<Result<(), String>> {
    let (tx, rx) = mpsc::channel();
    event::spawn(tx.clone());
    std::thread::spawn(move || {
        let report = Channel(tx);
        // A bug in the analysis ends the reader with a message, not with a reader that waits
        // for ever.
        let loaded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| load(&report)))
            .unwrap_or_else(|_| Err("the analysis failed (a bug: please report it)".into()));
        let _ = report.0.send(Msg::Loaded(Box::new(loaded)));
    });
    let mut opening = Opening::new(crate::corpus::load::sanitize(what));
    // The reader starts as soon as the articles are read; their analysis follows.
    let (dossier, complete) = loop {
        terminal.draw(|frame| frame.render_widget(&opening, frame.area()))?;
        match rx.recv_timeout(opening::TICK) {
            Ok(Msg::Progress(stage)) => opening.stage = Some(stage),
            Ok(Msg::Articles(d)) => break (*d, false),
            Ok(Msg::Loaded(loaded)) => match *loaded {
                Ok(d) => break (d, true),
                Err(e) => return Ok(Err(e)),
            },
            Ok(Msg::Terminal(ev)) => {
                if quits_while_opening(&ev?) {
                    return Ok(Ok(()));
                }
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => {
                return Ok(Err("the analysis stopped unexpectedly".into()));
            }
        }
    };
    let mut app = App::new(dossier, config);
    if !complete {
        // The articles are in; what runs now is the analysis of names, then of claims.
        app.analysing = Some(Stage::Names);
    }
    event_loop(terminal, &mut app, &rx)
}

/// While the dossier opens, only leaving means anything: `q`, Esc and ctrl-c.
fn quits_while_opening(ev: &Event) -> bool {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => {
            matches!(k.code, KeyCode::Char('q') | KeyCode::Esc)
                || (k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL))
        }
        _ => false,
    }
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    rx: &Receiver<Msg>,
) -> io::Result<Result<(), String>> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    while app.running {
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        let first = rx.recv().map_err(io::Error::other)?;
        if let Err(e) = handle(app, first)? {
            return Ok(Err(e));
        }
        // Apply everything already queued (key repeat, paste) before drawing again.
        while let Ok(msg) = rx.try_recv() {
            if let Err(e) = handle(app, msg)? {
                return Ok(Err(e));
            }
        }
    }
    Ok(Ok(()))
}

/// The action an event asks for in the app's current pane.
pub fn action_for(app: &App, ev: &Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => {
            let key = Key::from_event(*k)?;
            let pane = app.pane();
            app.config.keys.lookup(pane, key).or_else(|| {
                // Unbound characters go to the search box while it has the keyboard.
                key.text()
                    .filter(|_| pane == keymap::Pane::Search)
                    .map(Action::Input)
            })
        }
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

/// One message: a key becomes an action; the analysis ending fills the reader in.
fn handle(app: &mut App, msg: Msg) -> io::Result<Result<(), String>> {
    match msg {
        Msg::Terminal(ev) => {
            if let Some(action) = action_for(app, &ev?) {
                app.update(action);
            }
        }
        Msg::Progress(stage) => app.analysing = Some(stage),
        Msg::Articles(_) => {}
        Msg::Loaded(loaded) => match *loaded {
            Ok(d) => app.analysed(d),
            Err(e) => return Ok(Err(e)),
        },
    }
    Ok(Ok(()))
}
