//! Whole-screen snapshots of the reader on the sample dossier (ratatui's TestBackend + insta).

use dossier::config::Config;
use dossier::corpus;
use dossier::tui::action::Action;
use dossier::tui::app::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn app(w: u16, h: u16, actions: &[Action]) -> App {
    let mut app = App::new(corpus::sample(), Config::default_config());
    app.update(Action::Resize(w, h));
    for &a in actions {
        app.update(a);
    }
    app
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    t.draw(|f| f.render_widget(app, f.area())).unwrap();
    t
}

fn screen_text(t: &Terminal<TestBackend>) -> String {
    t.backend().to_string()
}

#[test]
fn main_screen_120x40() {
    insta::assert_snapshot!(draw(&app(120, 40, &[])).backend());
}

#[test]
fn main_screen_80x24() {
    insta::assert_snapshot!(draw(&app(80, 24, &[])).backend());
}

#[test]
fn one_column_at_60x18() {
    let t = draw(&app(60, 18, &[Action::NextPane]));
    insta::assert_snapshot!(t.backend());
}

#[test]
fn help_overlay() {
    insta::assert_snapshot!(draw(&app(120, 40, &[Action::ToggleHelp])).backend());
}

#[test]
fn second_french_article_with_repeats_shown() {
    let actions = [Action::FocusRight, Action::ToggleHidden, Action::Bottom];
    insta::assert_snapshot!(draw(&app(120, 40, &actions)).backend());
}

#[test]
fn help_lists_every_bound_key() {
    let app = app(120, 100, &[Action::ToggleHelp]);
    let text = screen_text(&draw(&app));
    for key in [
        "j, ↓",
        "k, ↑",
        "g, home",
        "G, end",
        "h, ←",
        "l, →",
        "[",
        "]",
        "q, ctrl-c",
        "?",
        "tab",
        "shift-tab",
        "pagedown, ctrl-d",
        "pageup, ctrl-u",
        "q, esc",
        "/, f",
        "n ",
        "N ",
        "enter",
        "backspace",
    ] {
        assert!(text.contains(key), "help lacks {key}:\n{text}");
    }
}

#[test]
fn the_article_marker_and_status_follow_the_keys() {
    let text = screen_text(&draw(&app(
        120,
        40,
        &[Action::FocusRight, Action::NextArticle],
    )));
    assert!(text.contains("FR 2/2"), "{text}");
    assert!(text.contains(" FR · 004 ¶0"), "{text}");
    assert!(
        text.contains("A Tale of Two Trajectories")
            || text.contains("Dans un renversement spectaculaire")
    );
}

#[test]
fn every_size_draws_within_bounds() {
    // Resizing never crashes, and whenever there is room the status line names the column.
    // TestBackend itself needs one column.
    for w in [1u16, 2, 5, 9, 20, 39, 40, 59, 60, 79, 80, 119, 200] {
        for h in [0u16, 1, 2, 3, 4, 7, 18, 24, 60] {
            let app = app(w, h, &[Action::Bottom, Action::ToggleHelp]);
            let text = screen_text(&draw(&app));
            if w >= 40 && h >= 2 {
                assert!(text.contains("ES · 000"), "{w}x{h}:\n{text}");
            }
        }
    }
}

fn typed(q: &str) -> Vec<Action> {
    std::iter::once(Action::Search)
        .chain(q.chars().map(Action::Input))
        .collect()
}

#[test]
fn sidebar_while_searching() {
    insta::assert_snapshot!(draw(&app(120, 40, &typed("ling"))).backend());
}

#[test]
fn chosen_entity_is_highlighted_in_every_column() {
    let mut actions = typed("mrcor");
    actions.extend([Action::Select, Action::NextMention]);
    let app = app(120, 60, &actions);
    let t = draw(&app);
    let buf = t.backend().buffer();
    let theme = &app.config.theme;
    // Cells of "Mercor" in the article columns carry the mention colours: the one jumped to in
    // the current-mention colour, the others in the mention colour.
    let mut current = 0;
    let mut others = 0;
    let sidebar_width = app.config.layout.sidebar_width;
    for y in 0..buf.area.height {
        for x in sidebar_width..buf.area.width {
            let cell = &buf[(x, y)];
            if cell.symbol() == "M" {
                if cell.bg == theme.current_bg {
                    current += 1;
                } else if cell.bg == theme.mention_bg {
                    others += 1;
                }
            }
        }
    }
    assert_eq!(current, 1, "one current mention");
    assert!(
        others >= 1,
        "other mentions highlighted too: {others}\n{}",
        screen_text(&t)
    );
    let text = screen_text(&t);
    assert!(text.contains("Mercor: mention 1/"), "{text}");
}

#[test]
fn claims_pane_with_a_claim_open() {
    let actions = [
        Action::NextPane,
        Action::NextPane,
        Action::ScrollDown,
        Action::ScrollDown,
    ];
    insta::assert_snapshot!(draw(&app(120, 40, &actions)).backend());
}

#[test]
fn translations_in_lockstep() {
    let actions = [
        Action::FocusRight,
        Action::NextArticle,
        Action::HalfPageDown,
        Action::HalfPageDown,
    ];
    insta::assert_snapshot!(draw(&app(120, 40, &actions)).backend());
}

#[test]
fn help_lists_the_claims_pane_keys() {
    let text = screen_text(&draw(&app(120, 120, &[Action::ToggleHelp])));
    assert!(text.contains("allegations and responses"), "{text}");
    assert!(text.contains("go to the source sentence"), "{text}");
}

#[test]
fn a_message_too_long_for_a_narrow_screen_is_cut_not_dropped() {
    let mut app = app(40, 12, &[]);
    app.message = Some("a message far longer than forty columns can show".into());
    let text = screen_text(&draw(&app));
    let status = text.lines().last().unwrap();
    assert!(status.contains("a message far"), "{status}");
    assert!(status.trim_end_matches('"').ends_with('…'), "{status}");
}

#[test]
fn an_open_claim_on_a_small_screen_leaves_its_neighbours_in_sight() {
    let actions = [Action::ToggleClaims];
    let t = draw(&app(80, 24, &actions));
    let text = screen_text(&t);
    let pane: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.contains("Claims:"))
        .collect();
    assert!(pane.iter().any(|l| l.contains("cue “")), "{text}");
    // The open claim, and at least two more rows with their citations.
    let cited = pane.iter().filter(|l| l.contains(" ¶")).count();
    assert!(cited >= 3, "{cited} rows cited\n{text}");
    insta::assert_snapshot!(t.backend());
}
