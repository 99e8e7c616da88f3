//! The screen while the dossier's files are read: up at once, whatever the dossier's size, with
//! the stage the worker is in; `q`, Esc or ctrl-c leave at once. It holds its own small state;
//! the reader proper starts as soon as the articles are read, and their analysis follows.

use crate::corpus::Stage;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Borders, Widget};
use std::time::{Duration, Instant};

pub struct Opening {
    /// What is being opened: the folder, or "the sample".
    pub what: String,
    pub stage: Option<Stage>,
    pub started: Instant,
}

impl Opening {
    pub fn new(what: String) -> Opening {
        Opening {
            what,
            stage: None,
            started: Instant::now(),
        }
    }

    /// The status text: the stage and the time it has taken so far.
    pub fn status(&self, now: Instant) -> String {
        let stage = self.stage.map_or("starting", Stage::label);
        let secs = now.saturating_duration_since(self.started).as_secs_f32();
        if secs < 1.0 {
            format!("{stage}…")
        } else {
            format!("{stage}… {secs:.0} s")
        }
    }
}

/// How often the screen is redrawn while waiting, for the elapsed time.
pub const TICK: Duration = Duration::from_millis(250);

impl Widget for &Opening {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        let lines = [
            format!("Opening {}", self.what),
            String::new(),
            self.status(Instant::now()),
            String::new(),
            "q quit".to_string(),
        ];
        let width = lines
            .iter()
            .map(|l| unicode_width::UnicodeWidthStr::width(l.as_str()) as u16 + 4)
            .max()
            .unwrap_or(0)
            // Wide enough for the longest stage, so the box does not jump as stages change.
            .max(52)
            .min(area.width.max(1));
        let height = (lines.len() as u16 + 2).min(area.height);
        let x = area.x + (area.width.saturating_sub(width)) / 2;
        let y = area.y + (area.height.saturating_sub(height)) / 2;
        let boxed = Rect::new(x, y, width.min(area.width), height);
        Block::default()
            .borders(Borders::ALL)
            .title(" dossier ")
            .render(boxed, buf);
        for (i, line) in lines.iter().enumerate() {
            let row = boxed.y + 1 + i as u16;
            if row + 1 >= boxed.bottom() {
                break;
            }
            let style = if i == 0 {
                Style::default().add_modifier(Modifier::BOLD)
            } else {
                Style::default()
            };
            buf.set_stringn(
                boxed.x + 2,
                row,
                line,
                usize::from(boxed.width.saturating_sub(4)),
                style,
            );
        }
    }
}
