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

/// How the dossier is opened: by a worker thread, telling each stage as it begins.
pub type Load = Box<dyn FnOnce(&dyn Fn(Stage)) -> Result<Dossier, String> + Send>;

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
        let progress = |stage| {
            let _ = tx.send(Msg::Progress(stage));
        };
        let loaded = load(&progress);
        let _ = tx.send(Msg::Loaded(Box::new(loaded)));
    });
    let mut opening = Opening::new(crate::corpus::load::sanitize(what));
    let dossier = loop {
        terminal.draw(|frame| frame.render_widget(&opening, frame.area()))?;
        match rx.recv_timeout(opening::TICK) {
            Ok(Msg::Progress(stage)) => opening.stage = Some(stage),
            Ok(Msg::Loaded(loaded)) => match *loaded {
                Ok(d) => break d,
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
    event_loop(terminal, &mut app, &rx)?;
    Ok(Ok(()))
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
) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    while app.running {
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        let first = rx.recv().map_err(io::Error::other)?;
        handle(app, first)?;
        // Apply everything already queued (key repeat, paste) before drawing again.
        while let Ok(msg) = rx.try_recv() {
            handle(app, msg)?;
        }
    }
    Ok(())
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

fn handle(app: &mut App, msg: Msg) -> io::Result<()> {
    if let Msg::Terminal(ev) = msg
        && let Some(action) = action_for(app, &ev?)
    {
        app.update(action);
    }
    Ok(())
}
