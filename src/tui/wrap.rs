//! An article laid out for a column width: the lines a column shows, each a byte range of one
//! paragraph, so later highlights (mentions, cited sentences) map straight onto the screen.

use crate::model::{Article, Paragraph};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Text,
    Heading,
    /// A repeat or publisher boilerplate, shown dimmed on request.
    Hidden,
    /// The note above a hidden paragraph ("repeats ¶2").
    Label,
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
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Wrapped {
    /// The width these lines were made for (text area, gutter included).
    pub width: u16,
    pub show_hidden: bool,
    /// Cells taken by paragraph numbers and their space.
    pub gutter: u16,
    pub lines: Vec<DocLine>,
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

/// Lay out `article` in `width` cells. Hidden paragraphs are left out unless `show_hidden`.
pub fn wrap_article(article: &Article, width: u16, show_hidden: bool, numbers: bool) -> Wrapped {
    let gutter = if numbers {
        let digits = article
            .paragraphs
            .len()
            .saturating_sub(1)
            .max(1)
            .to_string()
            .len();
        digits as u16 + 1
    } else {
        0
    };
    let text_width = usize::from(width.saturating_sub(gutter)).max(1);
    let mut lines = Vec::new();
    for p in &article.paragraphs {
        let live = p.is_live();
        if !live && !show_hidden {
            continue;
        }
        if !lines.is_empty() {
            lines.push(DocLine {
                kind: LineKind::Blank,
                paragraph: None,
                start: 0,
                end: 0,
                first: false,
            });
        }
        let kind = match (live, p.heading) {
            (false, _) => {
                lines.push(DocLine {
                    kind: LineKind::Label,
                    paragraph: Some(p.index),
                    start: 0,
                    end: 0,
                    first: true,
                });
                LineKind::Hidden
            }
            (true, true) => LineKind::Heading,
            (true, false) => LineKind::Text,
        };
        let first_done = !live;
        for (i, (start, end)) in wrap_spans(&p.text, text_width).into_iter().enumerate() {
            let first = i == 0 && !first_done;
            lines.push(DocLine {
                kind,
                paragraph: Some(p.index),
                start,
                end,
                first,
            });
        }
    }
    Wrapped {
        width,
        show_hidden,
        gutter,
        lines,
    }
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
