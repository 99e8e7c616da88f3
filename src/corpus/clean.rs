//! From decoded text to paragraphs: splitting, headings, repeated blocks, boilerplate, title.

use super::lexicon::{boilerplate, fold_phrase};
use std::collections::HashMap;

/// A paragraph as cut from the text, before sentences and languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawParagraph {
    pub text: String,
    pub heading: bool,
    pub duplicate_of: Option<usize>,
    pub boilerplate: bool,
}

impl RawParagraph {
    /// Not a repeat, not publisher boilerplate: as `model::Paragraph::is_live`.
    pub fn is_live(&self) -> bool {
        self.duplicate_of.is_none() && !self.boilerplate
    }
}

/// Lines longer than this are never hard-wrapped prose: a file that writes them puts one
/// paragraph per line.
const WRAP_WIDTH_MAX: usize = 100;
/// Lines of hard-wrapped prose (but the last of a paragraph) are at least this long.
const WRAP_WIDTH_MIN: usize = 40;
const HEADING_MAX_CHARS: usize = 120;
const HEADING_MAX_WORDS: usize = 16;
const HEADLINE_MAX_CHARS: usize = 200;
const HEADLINE_MAX_WORDS: usize = 32;

pub fn paragraphs(text: &str, markdown: bool) -> Vec<RawParagraph> {
    let mut keys = Vec::new();
    let mut out: Vec<RawParagraph> = split_blocks(text, markdown)
        .into_iter()
        .map(|(text, marked_heading)| {
            // Folded once: the key for boilerplate phrases and for repeats alike.
            let key = fold_phrase(&text);
            let boilerplate = is_boilerplate_folded(&text, &key);
            let heading = !boilerplate && (marked_heading || looks_like_heading(&text));
            keys.push(key);
            RawParagraph {
                text,
                heading,
                duplicate_of: None,
                boilerplate,
            }
        })
        .collect();
    // A file's first line, standing alone before the body, is its headline even when long, as
    // tabloids write them ("X is fined £6m on top of … as she agrees deal to avoid prison").
    if let Some(first) = out.iter().position(|p| !p.boilerplate)
        && first + 1 < out.len()
        && !out[first].heading
        && looks_like_headline(&out[first].text)
    {
        out[first].heading = true;
    }
    mark_duplicates(&mut out, &keys);
    out
}

/// A heading's shape, with room for a long headline.
fn looks_like_headline(text: &str) -> bool {
    text.len() <= 4 * HEADLINE_MAX_CHARS
        && text.chars().count() <= HEADLINE_MAX_CHARS
        && text.split_whitespace().count() <= HEADLINE_MAX_WORDS
        && !ends_sentence(text)
        && super::segment::sentences(text).len() == 1
}

/// Paragraph texts, each with whether Markdown marked it as a heading.
fn split_blocks(text: &str, markdown: bool) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut block: Vec<&str> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        let line = line.trim();
        if line.is_empty() {
            flush_block(&block, markdown, &mut out);
            block.clear();
        } else {
            block.push(line);
        }
    }
    out
}

fn flush_block(block: &[&str], markdown: bool, out: &mut Vec<(String, bool)>) {
    if block.is_empty() {
        return;
    }
    let mut prose: Vec<&str> = Vec::new();
    let flush_prose = |prose: &mut Vec<&str>, out: &mut Vec<(String, bool)>| {
        if prose.is_empty() {
            return;
        }
        if is_hard_wrapped(prose) {
            out.push((normalize_spaces(&prose.join(" ")), false));
        } else {
            out.extend(prose.iter().map(|l| (normalize_spaces(l), false)));
        }
        prose.clear();
    };
    for &line in block {
        if markdown && line.starts_with('#') {
            flush_prose(&mut prose, out);
            let title = line.trim_start_matches('#').trim();
            if !title.is_empty() {
                out.push((normalize_spaces(title), true));
            }
        } else {
            prose.push(line);
        }
    }
    flush_prose(&mut prose, out);
}

/// Lines cut at a fixed width (every line but the last long, none very long, and not every one
/// closing a sentence) are one paragraph; otherwise each line is its own.
fn is_hard_wrapped(lines: &[&str]) -> bool {
    if lines.len() < 2 {
        return true;
    }
    let body = &lines[..lines.len() - 1];
    let widths = body.iter().map(|l| l.chars().count());
    let all_in_band = widths
        .clone()
        .all(|w| (WRAP_WIDTH_MIN..=WRAP_WIDTH_MAX).contains(&w));
    let last_width = lines[lines.len() - 1].chars().count();
    let all_closed = body.iter().all(|l| ends_sentence(l));
    all_in_band && last_width <= WRAP_WIDTH_MAX && !all_closed
}

fn normalize_spaces(s: &str) -> String {
    s.replace('\t', " ").trim().to_string()
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .chars()
        .last()
        .is_some_and(|c| ".!?…:;,\"»”)]".contains(c))
}

/// A short line that does not end like a sentence: "Allégations de vol de documents confidentiels".
pub fn looks_like_heading(text: &str) -> bool {
    // Four bytes a character at the most: longer text cannot be a heading.
    if text.len() > 4 * HEADING_MAX_CHARS {
        return false;
    }
    let chars = text.chars().count();
    let words = text.split_whitespace().count();
    chars <= HEADING_MAX_CHARS
        && words <= HEADING_MAX_WORDS
        && text.chars().any(char::is_alphabetic)
        && !ends_sentence(text)
        && super::segment::sentences(text).len() == 1
}

/// Publisher boilerplate from the lexicon, and paragraphs with no word at all (a lone ".").
pub fn is_boilerplate(text: &str) -> bool {
    is_boilerplate_folded(text, &fold_phrase(text))
}

fn is_boilerplate_folded(text: &str, folded: &str) -> bool {
    if !text.chars().any(char::is_alphanumeric) {
        return true;
    }
    let lex = boilerplate();
    lex.whole.contains(folded) || lex.contains.is_match(folded) || is_credit_line(folded)
}

/// A wire's credit line: short, and opening with a credit's words ("(Reporting by …; Editing
/// by …)", "(Reportagem de …; Edição de …)"). A sentence of the story is longer or opens
/// otherwise.
fn is_credit_line(folded: &str) -> bool {
    const CREDIT_MAX_BYTES: usize = 240;
    folded.len() <= CREDIT_MAX_BYTES
        && boilerplate().credits.iter().any(|c| {
            folded
                .strip_prefix(c.as_str())
                .is_some_and(|rest| rest.starts_with(' '))
        })
}

/// A paragraph that repeats an earlier one of the same article (ignoring case, accents and
/// punctuation) points at the first copy.
fn mark_duplicates(paras: &mut [RawParagraph], keys: &[String]) {
    let mut first_seen: HashMap<&str, usize> = HashMap::new();
    for (i, (p, key)) in paras.iter_mut().zip(keys).enumerate() {
        if key.is_empty() {
            continue;
        }
        match first_seen.get(key.as_str()) {
            Some(&first) => p.duplicate_of = Some(first),
            None => {
                first_seen.insert(key, i);
            }
        }
    }
}

/// The article's own title: a heading standing first, or just after publisher boilerplate (a
/// republished page puts its disclaimer above the title); else an early heading; else the first
/// sentence, shortened.
pub fn title(paras: &[RawParagraph]) -> String {
    let first_live = paras.iter().position(RawParagraph::is_live);
    if let Some(i) = first_live.filter(|&i| paras[i].heading) {
        return paras[i].text.clone();
    }
    let after_boilerplate = paras
        .windows(2)
        .find(|w| w[0].boilerplate && w[1].is_live() && w[1].heading);
    if let Some(w) = after_boilerplate {
        return w[1].text.clone();
    }
    let early_heading = paras
        .iter()
        .filter(|p| p.is_live())
        .take(4)
        .find(|p| p.heading);
    if let Some(h) = early_heading {
        return h.text.clone();
    }
    let Some(i) = first_live else {
        return String::new();
    };
    let text = &paras[i].text;
    let first = super::segment::sentences(text)
        .first()
        .map_or(text.as_str(), |&(s, e)| &text[s..e]);
    shorten(first, 90)
}

/// At most `max` characters, cut at a word boundary with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let at = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(ps: &[RawParagraph]) -> Vec<&str> {
        ps.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn blank_lines_and_one_paragraph_per_line() {
        let blank = "First paragraph here.\n\nSecond one.\n";
        assert_eq!(
            texts(&paragraphs(blank, false)),
            ["First paragraph here.", "Second one."]
        );
        let long = "x".repeat(150);
        let per_line = format!("{long} one.\nA heading\n{long} two.\n");
        assert_eq!(paragraphs(&per_line, false).len(), 3);
    }

    #[test]
    fn hard_wrapped_prose_is_joined() {
        let wrapped = "The lawsuit, filed on Wednesday in a federal court in\n\
                       California, names a former executive as a defendant and\n\
                       asks for damages.\n\nNext paragraph.";
        let ps = paragraphs(wrapped, false);
        assert_eq!(ps.len(), 2);
        assert!(ps[0].text.starts_with("The lawsuit, filed") && ps[0].text.ends_with("damages."));
        // A short title line on top of a body is not wrapping.
        let titled = "Short title\nA body line that is long enough to look like prose, ends here.";
        assert_eq!(paragraphs(titled, false).len(), 2);
    }

    #[test]
    fn headings() {
        assert!(looks_like_heading(
            "Allégations de vol de documents confidentiels"
        ));
        assert!(looks_like_heading(
            "A Tale of Two Trajectories: Mercor’s Meteoric Rise"
        ));
        assert!(looks_like_heading("una acusación de espionaje corporativo"));
        assert!(!looks_like_heading(
            "Mercor ha rechazado públicamente las acusaciones."
        ));
        assert!(!looks_like_heading(&"word ".repeat(30)));
        let md = paragraphs("# Die Klage\n\nText hier.", true);
        assert!(md[0].heading && md[0].text == "Die Klage");
    }

    #[test]
    fn boilerplate_in_several_languages() {
        assert!(is_boilerplate("Voir l'original"));
        assert!(is_boilerplate(
            "Cette page peut inclure du contenu de tiers fourni à des fins d'information uniquement. Gate ne garantit rien."
        ));
        assert!(is_boilerplate("Ver original"));
        assert!(is_boilerplate("Alle Rechte vorbehalten."));
        assert!(is_boilerplate("PUBLICIDADE"));
        assert!(is_boilerplate("."));
        assert!(!is_boilerplate(
            "Voir l'original de la plainte, déposée mercredi, qui compte 40 pages."
        ));
        let ps = paragraphs("Texte.\n\nVoir l'original\n\nFin.", false);
        assert!(ps[1].boilerplate && !ps[1].heading);
    }

    #[test]
    fn a_wire_credit_line_is_boilerplate() {
        assert!(is_boilerplate(
            "Writing by Tomas Brecken; Editing by Ulla Farnsworth and Kip Harlowe"
        ));
        assert!(is_boilerplate(
            "(Reportagem de Ana Quelhas; Edição de Rui Tavin)"
        ));
        assert!(is_boilerplate(
            "(Bericht von Jan Vossberg, redigiert von Lea Dorn)"
        ));
        // Prose that opens with a credit's words, or a long paragraph, is the story's.
        assert!(!is_boilerplate("Reportedly, the board met on Monday."));
        assert!(!is_boilerplate(&format!(
            "Reporting by the Halden Post showed {}",
            "that the board knew of the payments. ".repeat(8)
        )));
    }

    #[test]
    fn repeated_blocks_point_at_the_first_copy() {
        let text = "Titre\nUn paragraphe.\nDeux paragraphes.\nVoir l'original\nUn paragraphe.\nDeux  PARAGRAPHES !\n";
        let ps = paragraphs(text, false);
        let dups: Vec<_> = ps.iter().map(|p| p.duplicate_of).collect();
        assert_eq!(dups, [None, None, None, None, Some(1), Some(2)]);
    }

    #[test]
    fn title_after_a_disclaimer() {
        let text = "Un texte long qui commence l'article sans titre.\nVoir l'original\nLe vrai titre de l'article\nUn texte long qui commence l'article sans titre.\n";
        assert_eq!(
            title(&paragraphs(text, false)),
            "Le vrai titre de l'article"
        );
        let first = "The suit was filed on Monday. It names two defendants.";
        assert_eq!(
            title(&paragraphs(first, false)),
            "The suit was filed on Monday."
        );
        assert_eq!(shorten("one two three four", 10), "one two…");
    }
}
