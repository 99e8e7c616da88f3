//! Everything the loop waits on, on one channel: terminal events, read by their own thread, and
//! the progress and result of opening the dossier, sent by the worker that does it.

use crate::corpus::Stage;
use crate::model::Dossier;
use ratatui::crossterm::event::{self, Event};
use std::sync::mpsc::Sender;
use std::thread;

pub enum Msg {
    Terminal(std::io::Result<Event>),
    /// The worker began a stage of opening the dossier.
    Progress(Stage),
    /// The articles are read and cleaned; names, claims and alignment are still to come.
    Articles(Box<Dossier>),
    /// The worker is done: the dossier, or why it could not be opened.
    Loaded(Box<Result<Dossier, String>>),
}

/// Read terminal events on their own thread, sending each to `tx`.
pub fn spawn(tx: Sender<Msg>) {
    thread::spawn(move || {
        loop {
            let ev = event::read();
            let failed = ev.is_err();
            if tx.send(Msg::Terminal(ev)).is_err() || failed {
                break;
            }
        }
    });
}
