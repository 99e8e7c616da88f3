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
