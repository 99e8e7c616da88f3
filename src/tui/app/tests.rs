use super::ClaimRow;
use super::*;
use crate::corpus;
use crate::model::Lang;
use crate::tui::keymap::Pane;

fn app(w: u16, h: u16) -> App {
    let mut app = App::new(corpus::sample(), Config::default_config());
    app.update(Action::Resize(w, h));
    app
}

#[test]
fn one_column_per_language() {
    let app = app(120, 40);
    let langs: Vec<Lang> = app.columns.iter().map(|c| c.lang).collect();
    assert_eq!(langs, [Lang::Es, Lang::Fr]);
    assert_eq!(app.columns[1].articles.len(), 2);
}

#[test]
fn scrolling_is_clamped() {
    let mut app = app(120, 40);
    app.update(Action::ScrollUp);
    assert_eq!(app.columns[0].scroll, 0);
    app.update(Action::Bottom);
    let bottom = app.columns[0].scroll;
    assert!(bottom > 0);
    app.update(Action::ScrollDown);
    assert_eq!(app.columns[0].scroll, bottom);
    app.update(Action::HalfPageUp);
    assert_eq!(app.columns[0].scroll, bottom - app.text_height() / 2);
    app.update(Action::Top);
    assert_eq!(app.columns[0].scroll, 0);
}

#[test]
fn articles_switch_within_a_language() {
    let mut app = app(120, 40);
    app.update(Action::FocusRight);
    assert_eq!(app.focus, 1);
    let first = app.columns[1].article();
    app.update(Action::NextArticle);
    assert_ne!(app.columns[1].article(), first);
    app.update(Action::NextArticle);
    assert_eq!(app.columns[1].article(), first);
    app.update(Action::FocusRight);
    assert_eq!(app.focus, 1, "no column to the right of the last");
}

#[test]
fn narrow_screens_follow_the_focus() {
    let mut app = app(60, 18);
    assert_eq!(app.screen().columns.len(), 1);
    app.update(Action::NextPane);
    assert_eq!((app.focus, app.first_column), (1, 1));
    assert!(
        app.screen().claims.is_none(),
        "no room for the claims pane at 18 rows"
    );
    // The sidebar, hidden for lack of room, shows while it has the keyboard.
    app.update(Action::NextPane);
    assert_eq!(app.pane(), Pane::Sidebar);
    assert!(app.screen().sidebar.is_some());
    app.update(Action::NextPane);
    assert_eq!((app.focus, app.first_column), (0, 0));
    assert!(app.screen().sidebar.is_none());
}

#[test]
fn hidden_paragraphs_toggle_and_keep_the_reading_place() {
    let mut app = app(120, 40);
    app.update(Action::FocusRight);
    app.update(Action::NextArticle);
    app.update(Action::NextArticle); // back to 003, the one with a repeated block
    let col = &app.columns[1];
    let shown = col.wrapped.lines.iter().filter_map(|l| l.paragraph).max();
    assert_eq!(shown, Some(13), "repeats (14-24) hidden by default");
    app.update(Action::HalfPageDown);
    let top = app.columns[1].wrapped.paragraph_at(app.columns[1].scroll);
    app.update(Action::ToggleHidden);
    let col = &app.columns[1];
    assert_eq!(
        col.wrapped.lines.iter().filter_map(|l| l.paragraph).max(),
        Some(24)
    );
    assert_eq!(col.wrapped.paragraph_at(col.scroll), top);
}

#[test]
fn overlays_take_their_keys() {
    let mut app = app(80, 24);
    app.update(Action::ToggleHelp);
    assert_eq!(app.pane(), Pane::Overlay);
    app.update(Action::ScrollDown);
    assert_eq!(app.overlay, Some(Overlay::Help { scroll: 1 }));
    assert_eq!(app.columns[0].scroll, 0);
    app.update(Action::Close);
    assert_eq!(app.overlay, None);
    app.update(Action::Quit);
    assert!(!app.running);
}

fn type_query(app: &mut App, q: &str) {
    app.update(Action::Search);
    for c in q.chars() {
        app.update(Action::Input(c));
    }
}

#[test]
fn fuzzy_lookup_filters_as_you_type() {
    let mut app = app(120, 40);
    type_query(&mut app, "echelle");
    assert_eq!(app.pane(), Pane::Search);
    let names: Vec<&str> = app
        .sidebar
        .list
        .iter()
        .map(|h| app.dossier.entities[h.entity].name.as_str())
        .collect();
    assert_eq!(names, ["Scale AI"]);
    app.update(Action::DeleteChar);
    assert_eq!(app.sidebar.query, "echell");
    app.update(Action::ClearSearch);
    assert!(app.sidebar.query.is_empty() && !app.sidebar.typing);
    assert_eq!(app.sidebar.list.len(), app.dossier.entities.len());
}

#[test]
fn choosing_an_entity_and_jumping_through_its_mentions_across_articles() {
    let mut app = app(120, 40);
    type_query(&mut app, "mrcor");
    app.update(Action::Select);
    let sel = app.selection.clone().unwrap();
    assert_eq!(app.dossier.entities[sel.entity].name, "Mercor");
    assert_eq!(
        sel.mentions.len(),
        app.dossier.entities[sel.entity].mentions.len()
    );
    // The status line names the choice once (its context), and the message says the keys.
    assert_eq!(app.message.as_deref(), Some("n next mention, N previous"));
    app.update(Action::NextMention);
    assert_eq!(app.selection.as_ref().unwrap().current, Some(0));
    assert_eq!(app.pane_focus, Focus::Columns);
    // Going back from the first mention wraps to the last, in the last article that names it.
    app.update(Action::PrevMention);
    let last = sel.mentions.len() - 1;
    assert_eq!(app.selection.as_ref().unwrap().current, Some(last));
    let (article, paragraph, _, _) = sel.mentions[last];
    let col = &app.columns[app.focus];
    assert_eq!(
        col.article(),
        article,
        "the column shows the mention's article"
    );
    let visible = &col.wrapped.lines
        [col.scroll..(col.scroll + app.text_height()).min(col.wrapped.lines.len())];
    assert!(
        visible.iter().any(|l| l.paragraph == Some(paragraph)),
        "the mention is on screen"
    );
}

#[test]
fn n_without_a_choice_says_what_to_do() {
    let mut app = app(120, 40);
    app.update(Action::NextMention);
    assert!(
        app.message
            .as_deref()
            .unwrap()
            .contains("Choose a person or company first")
    );
    assert!(app.selection.is_none());
}

#[test]
fn tab_visits_the_sidebar_each_column_and_the_claims() {
    let mut app = app(120, 40);
    assert_eq!(app.pane(), Pane::Columns);
    app.update(Action::NextPane);
    assert_eq!((app.pane(), app.focus), (Pane::Columns, 1));
    app.update(Action::NextPane);
    assert_eq!(app.pane(), Pane::Claims);
    app.update(Action::NextPane);
    assert_eq!(app.pane(), Pane::Sidebar);
    app.update(Action::NextPane);
    assert_eq!((app.pane(), app.focus), (Pane::Columns, 0));
    app.update(Action::PrevPane);
    assert_eq!(app.pane(), Pane::Sidebar);
}

#[test]
fn enter_on_a_claim_shows_its_source_sentence() {
    let mut app = app(120, 40);
    assert!(app.claims_shown());
    app.update(Action::ToggleClaims);
    assert!(!app.claims_shown(), "the pane was on screen: c hides it");
    app.update(Action::ToggleClaims);
    assert_eq!(
        app.pane(),
        Pane::Claims,
        "and brings it back with the keyboard"
    );
    for _ in 0..5 {
        app.update(Action::ScrollDown);
    }
    let claim = app.claims.current().unwrap();
    app.update(Action::Cite);
    let c = &app.dossier.claims[claim];
    let article = app.dossier.article_index(&c.article).unwrap();
    assert_eq!(app.cited, Some((article, c.paragraph, c.start, c.end)));
    let col = &app.columns[app.focus];
    assert_eq!(col.article(), article);
    let visible = &col.wrapped.lines
        [col.scroll..(col.scroll + app.text_height()).min(col.wrapped.lines.len())];
    assert!(
        visible
            .iter()
            .any(|l| l.paragraph == Some(c.paragraph) && l.start <= c.start && c.start <= l.end)
    );
}

#[test]
fn the_claims_pane_filters_by_kind_and_by_the_chosen_entity() {
    use crate::model::ClaimKind;
    let mut app = app(120, 40);
    let kinds = |app: &App| -> Vec<ClaimKind> {
        app.claims
            .rows
            .iter()
            .filter_map(|r| match r {
                ClaimRow::Claim { claim, .. } => Some(app.dossier.claims[*claim].kind),
                _ => None,
            })
            .collect()
    };
    // Responses stand under the allegations they answer, and are not listed twice.
    let answer_rows: Vec<usize> = app
        .claims
        .rows
        .iter()
        .filter_map(|r| match r {
            ClaimRow::Claim {
                claim,
                answer: true,
            } => Some(*claim),
            _ => None,
        })
        .collect();
    assert!(!answer_rows.is_empty());
    for j in &answer_rows {
        let listed = app
            .claims
            .rows
            .iter()
            .filter(|r| matches!(r, ClaimRow::Claim { claim, .. } if claim == j))
            .count();
        assert_eq!(listed, 1, "a response shown once");
    }
    assert!(
        kinds(&app).contains(&ClaimKind::Allegation) && kinds(&app).contains(&ClaimKind::Response)
    );
    app.update(Action::CycleClaimFilter);
    assert!(kinds(&app).iter().all(|k| *k == ClaimKind::Allegation));
    app.update(Action::CycleClaimFilter);
    assert!(kinds(&app).iter().all(|k| *k == ClaimKind::Response));
    app.update(Action::CycleClaimFilter);
    // Choosing xAI leaves only the claims by or against it.
    let xai = app
        .dossier
        .entities
        .iter()
        .position(|e| e.id == "xai")
        .unwrap();
    app.select(xai);
    let shown: Vec<&str> = app
        .claims
        .rows
        .iter()
        .filter_map(|r| match r {
            ClaimRow::Claim { claim, .. } => app.dossier.claims[*claim].party.as_deref(),
            _ => None,
        })
        .collect();
    assert!(
        !shown.is_empty() && shown.iter().all(|p| *p == "xai"),
        "{shown:?}"
    );
}

#[test]
fn translations_side_by_side_scroll_in_lockstep() {
    let mut app = app(120, 50);
    app.update(Action::FocusRight);
    app.update(Action::NextArticle); // 004, the French version of the Spanish article
    let (es, fr) = (0, 1);
    assert_eq!(app.partner_column(es), Some(fr));
    assert_eq!(
        app.columns[es].wrapped.lines.len(),
        app.columns[fr].wrapped.lines.len()
    );
    app.update(Action::HalfPageDown);
    app.update(Action::HalfPageDown);
    assert_eq!(app.columns[es].scroll, app.columns[fr].scroll);
    // Each aligned block starts on the same row on both sides: "Mercor ha rechazado" beside
    // "Mercor a publiquement repoussé".
    let row = |col: usize, p: usize| app.columns[col].wrapped.line_of_paragraph(p).unwrap();
    assert_eq!(row(es, 6), row(fr, 10));
    assert_eq!(row(es, 7), row(fr, 11));
    // Lockstep off: each column on its own.
    app.update(Action::ToggleLockstep);
    assert_eq!(app.message.as_deref(), Some("lockstep off"));
    assert_eq!(app.partner_column(es), None);
    app.update(Action::ScrollDown);
    assert_ne!(app.columns[es].scroll, app.columns[fr].scroll);
    app.update(Action::ToggleLockstep);
    assert_eq!(
        app.message.as_deref(),
        Some("lockstep on: the two columns scroll together")
    );
}

#[test]
fn switching_articles_in_a_language_with_one_says_so() {
    let mut app = app(120, 50);
    app.update(Action::NextArticle); // the Spanish column holds one article
    assert_eq!(app.message.as_deref(), Some("ES has only this article"));
    assert_eq!(app.columns[0].current, 0);
}

#[test]
fn lockstep_on_columns_that_are_not_one_text_says_so() {
    // The first Spanish and first French articles are different stories.
    let mut app = app(120, 50);
    app.update(Action::ToggleLockstep);
    app.update(Action::ToggleLockstep);
    let said = app.message.clone().unwrap_or_default();
    assert!(said.contains("not one text"), "{said}");
    assert_eq!(app.partner_column(0), None);
}

#[test]
fn foreign_sentences_are_marked_in_the_gutter() {
    let mut app = app(120, 50);
    app.update(Action::FocusRight);
    app.update(Action::NextArticle);
    let marked: Vec<Lang> = app.columns[1]
        .wrapped
        .lines
        .iter()
        .filter_map(|l| l.mark)
        .collect();
    assert_eq!(
        marked,
        [Lang::En, Lang::En],
        "the two English sentences of the French article"
    );
}

#[test]
fn s_brings_the_sidebar_up_where_there_is_no_room_for_it() {
    let mut app = app(80, 24);
    assert!(app.screen().sidebar.is_none());
    app.update(Action::ToggleSidebar);
    assert_eq!(app.pane(), Pane::Sidebar);
    assert!(app.screen().sidebar.is_some());
    app.update(Action::ToggleSidebar);
    assert!(app.screen().sidebar.is_none());
    assert_eq!(app.pane(), Pane::Columns);
}

#[test]
fn the_analysis_arriving_keeps_the_place_and_the_query() {
    // The reader starts on the articles alone; names, claims and alignment come later. Where
    // the reader scrolled and what was typed into the name search stay.
    let full = corpus::sample();
    let mut bare = full.clone();
    bare.entities.clear();
    bare.claims.clear();
    bare.alignments.clear();
    let mut app = App::new(bare, Config::default_config());
    app.update(Action::Resize(120, 40));
    app.update(Action::HalfPageDown);
    let place = app.columns[0].wrapped.paragraph_at(app.columns[0].scroll);
    type_query(&mut app, "merc");
    assert!(app.sidebar.list.is_empty(), "no names before the analysis");
    app.analysed(full);
    assert_eq!(app.sidebar.query, "merc");
    let first = app
        .sidebar
        .current()
        .map(|e| app.dossier.entities[e].name.clone());
    assert_eq!(first.as_deref(), Some("Mercor"));
    assert_eq!(
        app.columns[0].wrapped.paragraph_at(app.columns[0].scroll),
        place
    );
}
