//! Terminal events on a channel, read by their own thread so the loop can later wait on
//! background work through the same channel.

use ratatui::crossterm::event::{self, Event};
use std::sync::mpsc::{self, Receiver};
use std::thread;

pub fn spawn() -> Receiver<std::io::Result<Event>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        loop {
            let ev = event::read();
            let failed = ev.is_err();
            if tx.send(ev).is_err() || failed {
                break;
            }
        }
    });
    rx
}
