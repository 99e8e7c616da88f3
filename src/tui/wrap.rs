//! An article laid out for a column width: the lines a column shows, each a byte range of one
//! paragraph, so later highlights (mentions, cited sentences) map straight onto the screen.

use crate::model::{Alignment, Article, Lang, Paragraph};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Text,
    Heading,
    /// A repeat or publisher boilerplate, shown dimmed on request.
    Hidden,
    /// The note above a hidden paragraph ("repeats ¶2").
    Label,
    /// The note above a paragraph the other version of the text lacks.
    OnlyHere,
    Blank,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocLine {
    pub kind: LineKind,
    /// Index of the paragraph in its article (`None` for blank lines).
    pub paragraph: Option<usize>,
    /// Byte range of the paragraph's text on this line.
    pub start: usize,
    pub end: usize,
    /// The first line of its paragraph: the gutter shows the paragraph number here.
    pub first: bool,
    /// A sentence in another language than the article's starts on this line.
    pub mark: Option<Lang>,
}

impl DocLine {
    fn blank() -> DocLine {
        DocLine {
            kind: LineKind::Blank,
            paragraph: None,
            start: 0,
            end: 0,
            first: false,
            mark: None,
        }
    }

    /// A line of text, not a note or a blank.
    pub fn is_text(&self) -> bool {
        matches!(
            self.kind,
            LineKind::Text | LineKind::Heading | LineKind::Hidden
        )
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wrapped {
    /// The width these lines were made for (text area, gutter included).
    pub width: u16,
    pub show_hidden: bool,
    /// Cells taken by paragraph numbers and their space.
    pub gutter: u16,
    pub lines: Vec<DocLine>,
    /// The article these lines are laid out beside, line for line, in lockstep.
    pub partner: Option<usize>,
}

impl Wrapped {
    /// The first line of a paragraph, if it is shown.
    pub fn line_of_paragraph(&self, paragraph: usize) -> Option<usize> {
        self.lines
            .iter()
            .position(|l| l.paragraph == Some(paragraph))
    }

    /// The paragraph shown at or after a line.
    pub fn paragraph_at(&self, line: usize) -> Option<usize> {
        self.lines.iter().skip(line).find_map(|l| l.paragraph)
    }
}

pub fn label(p: &Paragraph) -> String {
    match p.duplicate_of {
        Some(first) => format!("repeats ¶{first}"),
        None => "publisher boilerplate".to_string(),
    }
}

fn gutter_for(article: &Article, numbers: bool) -> u16 {
    if numbers {
        // Room for the paragraph numbers, and at least for a language code ("en").
        let digits = article
            .paragraphs
            .len()
            .saturating_sub(1)
            .max(1)
            .to_string()
            .len()
            .max(2);
        digits as u16 + 1
    } else {
        0
    }
}

/// The lines of one paragraph: a note above it when it is hidden or found in one version only,
/// then its text, with the lines where a sentence in another language starts marked.
fn paragraph_lines(
    article: &Article,
    p: &Paragraph,
    text_width: usize,
    only_here: bool,
) -> Vec<DocLine> {
    let mut lines = Vec::new();
    let note = |kind| DocLine {
        kind,
        paragraph: Some(p.index),
        start: 0,
        end: 0,
        first: true,
        mark: None,
    };
    let kind = match (p.is_live(), p.heading) {
        (false, _) => {
            lines.push(note(LineKind::Label));
            LineKind::Hidden
        }
        (true, true) => LineKind::Heading,
        (true, false) => LineKind::Text,
    };
    if only_here && p.is_live() {
        lines.push(note(LineKind::OnlyHere));
    }
    let numbered = lines.is_empty();
    let foreign: Vec<(usize, Lang)> = p
        .sentences
        .iter()
        .filter(|s| s.language != article.language && s.language != Lang::Und)
        .map(|s| (s.start, s.language))
        .collect();
    let mut pending: Option<Lang> = None;
    for (i, (start, end)) in wrap_spans(&p.text, text_width).into_iter().enumerate() {
        let first = i == 0 && numbered;
        let starts_here = foreign
            .iter()
            .find(|&&(s, _)| s >= start && s < end)
            .map(|&(_, l)| l);
        // The number has the gutter of a paragraph's first line: its mark goes to the next.
        let mark = if first {
            pending = starts_here;
            None
        } else {
            pending.take().or(starts_here)
        };
        lines.push(DocLine {
            kind,
            paragraph: Some(p.index),
            start,
            end,
            first,
            mark,
        });
    }
    lines
}

/// Lay out `article` in `width` cells. Hidden paragraphs are left out unless `show_hidden`.
pub fn wrap_article(article: &Article, width: u16, show_hidden: bool, numbers: bool) -> Wrapped {
    let gutter = gutter_for(article, numbers);
    let text_width = usize::from(width.saturating_sub(gutter)).max(1);
    let mut lines = Vec::new();
    for p in article
        .paragraphs
        .iter()
        .filter(|p| p.is_live() || show_hidden)
    {
        if !lines.is_empty() {
            lines.push(DocLine::blank());
        }
        lines.extend(paragraph_lines(article, p, text_width, false));
    }
    Wrapped {
        width,
        show_hidden,
        gutter,
        lines,
        partner: None,
    }
}

/// Lay out two versions of one text line for line: each aligned block starts on the same row
/// on both sides, the shorter side padded with blank rows, and a paragraph one version lacks
/// faces blank rows on the other. `al` is oriented: its left is `left`.
pub fn wrap_pair(
    (left, li): (&Article, usize),
    (right, ri): (&Article, usize),
    al: &Alignment,
    width: u16,
    show_hidden: bool,
    numbers: bool,
) -> (Wrapped, Wrapped) {
    let widths = [left, right].map(|a| {
        let g = gutter_for(a, numbers);
        (g, usize::from(width.saturating_sub(g)).max(1))
    });
    let shown = |a: &Article| -> Vec<usize> {
        a.paragraphs
            .iter()
            .filter(|p| p.is_live() || show_hidden)
            .map(|p| p.index)
            .collect()
    };
    let (lp, rp) = (shown(left), shown(right));
    // Aligned blocks: pairs that share a paragraph on either side belong together. Pairs never
    // cross, so the blocks come in order on both sides.
    let mut blocks: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    for &[x, y] in &al.pairs {
        match blocks.last_mut() {
            Some((ls, rs)) if ls.contains(&x) || rs.contains(&y) => {
                if !ls.contains(&x) {
                    ls.push(x);
                }
                if !rs.contains(&y) {
                    rs.push(y);
                }
            }
            _ => blocks.push((vec![x], vec![y])),
        }
    }
    // Rows: each block, and each paragraph outside them alone with blank space facing it.
    let mut rows: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    let (mut l, mut r) = (0, 0);
    for (bl, br) in blocks
        .iter()
        .filter(|(bl, br)| bl.iter().all(|p| lp.contains(p)) && br.iter().all(|p| rp.contains(p)))
    {
        while l < lp.len() && lp[l] < bl[0] {
            rows.push((vec![lp[l]], vec![]));
            l += 1;
        }
        while r < rp.len() && rp[r] < br[0] {
            rows.push((vec![], vec![rp[r]]));
            r += 1;
        }
        rows.push((bl.clone(), br.clone()));
        while l < lp.len() && lp[l] <= *bl.last().unwrap() {
            l += 1;
        }
        while r < rp.len() && rp[r] <= *br.last().unwrap() {
            r += 1;
        }
    }
    rows.extend(lp[l..].iter().map(|&p| (vec![p], vec![])));
    rows.extend(rp[r..].iter().map(|&p| (vec![], vec![p])));
    let mut out: [Vec<DocLine>; 2] = [Vec::new(), Vec::new()];
    for (lefts, rights) in rows {
        let one_sided = lefts.is_empty() || rights.is_empty();
        let mut sides = [Vec::new(), Vec::new()];
        for (side, (ids, article)) in [(&lefts, left), (&rights, right)].into_iter().enumerate() {
            for &p in ids {
                if !sides[side].is_empty() {
                    sides[side].push(DocLine::blank());
                }
                sides[side].extend(paragraph_lines(
                    article,
                    &article.paragraphs[p],
                    widths[side].1,
                    one_sided,
                ));
            }
        }
        let height = sides[0].len().max(sides[1].len());
        for (side, lines) in sides.into_iter().enumerate() {
            if !out[side].is_empty() {
                out[side].push(DocLine::blank());
            }
            let pad = height - lines.len();
            out[side].extend(lines);
            out[side].extend(std::iter::repeat_n(DocLine::blank(), pad));
        }
    }
    let [lo, ro] = out;
    (
        Wrapped {
            width,
            show_hidden,
            gutter: widths[0].0,
            lines: lo,
            partner: Some(ri),
        },
        Wrapped {
            width,
            show_hidden,
            gutter: widths[1].0,
            lines: ro,
            partner: Some(li),
        },
    )
}

/// Byte ranges of `text` wrapped at `width` display cells (accents and wide characters counted
/// by their width on screen).
pub fn wrap_spans(text: &str, width: usize) -> Vec<(usize, usize)> {
    let base = text.as_ptr() as usize;
    let mut from = 0;
    textwrap::wrap(text, textwrap::Options::new(width).break_words(true))
        .into_iter()
        .filter(|l| !l.is_empty())
        .map(|line| {
            let start = match &line {
                // Lines borrow the input when nothing is indented, so their place is exact.
                std::borrow::Cow::Borrowed(s) => s.as_ptr() as usize - base,
                std::borrow::Cow::Owned(s) => {
                    text[from..].find(s.as_str()).map_or(from, |i| from + i)
                }
            };
            from = start + line.len();
            (start, from)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn spans_cover_the_words_within_the_width() {
        let text = "Scale AI affirme que Ling a volé plus de 100 documents confidentiels.";
        let spans = wrap_spans(text, 20);
        assert!(spans.len() > 1);
        for &(s, e) in &spans {
            assert!(text[s..e].width() <= 20, "{:?}", &text[s..e]);
        }
        let rejoined: Vec<&str> = spans.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(rejoined.join(" "), text);
    }

    #[test]
    fn wide_characters_count_double() {
        let text = "東京地方裁判所は訴えを退けた";
        for &(s, e) in &wrap_spans(text, 10) {
            assert!(text[s..e].width() <= 10);
        }
    }
}
