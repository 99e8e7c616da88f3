//! Drawing: one frame of the reader, and the first frame of the sample from nothing.
//! Run with `cargo bench --bench render`; figures are kept in docs/benchmarks.md.

use divan::Bencher;
use dossier::config::Config;
use dossier::corpus;
use dossier::tui::action::Action;
use dossier::tui::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

mod common;

fn main() {
    divan::main();
}

/// One frame at 200x60, drawn into a fresh buffer (what `Terminal::draw` asks of the app).
#[divan::bench]
fn frame_200x60(b: Bencher) {
    let mut app = App::new(corpus::sample(), Config::default_config());
    app.update(Action::Resize(200, 60));
    app.update(Action::HalfPageDown);
    let area = Rect::new(0, 0, 200, 60);
    b.with_inputs(|| Buffer::empty(area))
        .bench_local_refs(|buf| (&app).render(area, buf));
}

/// From the embedded bytes to a drawn first frame: build the dossier, read the config, lay
/// out, render at 120x40.
#[divan::bench]
fn first_frame_of_the_sample(b: Bencher) {
    let area = Rect::new(0, 0, 120, 40);
    b.bench(|| {
        let mut app = App::new(corpus::sample(), Config::default_config());
        app.update(Action::Resize(area.width, area.height));
        let mut buf = Buffer::empty(area);
        (&app).render(area, &mut buf);
        buf
    });
}

/// One frame of a 2,000-article dossier on one story (every party mentioned in every article):
/// what each keypress costs there. Drawing must not grow with the mentions of a row.
#[divan::bench(sample_count = 20)]
fn frame_one_story_2000(b: Bencher) {
    let d = corpus::build(common::one_story(2000)).unwrap();
    let mut app = App::new(d, Config::default_config());
    app.update(Action::Resize(120, 40));
    let area = Rect::new(0, 0, 120, 40);
    b.with_inputs(|| Buffer::empty(area))
        .bench_local_refs(|buf| (&app).render(area, buf));
}
