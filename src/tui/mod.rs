//! The reader: a thin terminal front end over the core, in the Elm style. Terminal events
//! become actions (`keymap`), `App::update` changes state, `ui` draws it without changing it.

pub mod action;
pub mod app;
pub mod event;
pub mod keymap;
pub mod layout;
pub mod ui;
pub mod wrap;

use action::Action;
use app::App;
use keymap::Key;
use ratatui::crossterm::event::{Event, KeyEventKind};
use std::io;

/// Run the reader until the user quits. The terminal is restored on return, on error, and on
/// panic (ratatui's hook).
pub fn run(app: &mut App) -> io::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let result = event_loop(&mut terminal, app);
    ratatui::restore();
    result
}

fn event_loop(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let events = event::spawn();
    while app.running {
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        let first = events.recv().map_err(io::Error::other)??;
        handle(app, first);
        // Apply everything already queued (key repeat, paste) before drawing again.
        while let Ok(ev) = events.try_recv() {
            handle(app, ev?);
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

fn handle(app: &mut App, ev: Event) {
    if let Some(action) = action_for(app, &ev) {
        app.update(action);
    }
}
