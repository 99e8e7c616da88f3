//! Sentence segmentation that survives news prose: initials ("D.A. Davidson", "U.S."), numbers
//! ("14.3"), titles ("Dr.", "Mme."), and quotations, including unbalanced machine-translated ones.

use super::lexicon::abbreviations;

/// Byte spans (start, end exclusive) of the sentences of one paragraph, trimmed of white space.
/// A quotation stays whole in the sentence that holds it, with the words that say who spoke it
/// ("“We did nothing wrong. We will fight this,” she said.").
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    split(text, false)
}

/// The sentences of one paragraph with the sentences inside quotations split too ("“We did
/// nothing wrong.", "We will fight this,” she said."): each is a claim of the one who spoke.
/// Every boundary of [`sentences`] is one of these.
pub fn sentences_through_quotes(text: &str) -> Vec<(usize, usize)> {
    split(text, true)
}

fn split(text: &str, through_quotes: bool) -> Vec<(usize, usize)> {
    let quotes = if through_quotes {
        Vec::new()
    } else {
        quote_spans(text)
    };
    let inside_quote = |pos: usize| quotes.iter().any(|&(s, e)| s < pos && pos < e);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut spans = Vec::new();
    let mut start = match chars.iter().find(|(_, c)| !c.is_whitespace()) {
        Some(&(i, _)) => i,
        None => return spans,
    };
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if pos < start || !is_terminal(c) {
            i += 1;
            continue;
        }
        // A run of terminal marks ("?!", "...") ends together.
        let mut j = i;
        while j + 1 < chars.len() && is_terminal(chars[j + 1].1) {
            j += 1;
        }
        // Closing quotes and brackets belong to the sentence they close, even after a space
        // (French typography: « … entreprise. »).
        let mut end_idx = j + 1;
        let mut k = j + 1;
        let mut saw_space = false;
        while k < chars.len() {
            let ck = chars[k].1;
            if ck.is_whitespace() {
                saw_space = true;
                k += 1;
            } else if is_closing(ck) && closes_here(&chars, k) {
                end_idx = k + 1;
                saw_space = false;
                k += 1;
            } else {
                break;
            }
        }
        let end = byte_at(&chars, end_idx, text.len());
        let next = chars.get(k).map(|&(_, c)| c);
        let splits = match next {
            None => false, // the paragraph's end closes the last sentence below
            Some(n) => {
                saw_space
                    && starts_sentence(n)
                    && !inside_quote(end)
                    && !(c == '.' && i == j && is_abbreviation(&chars, i, k))
            }
        };
        if splits {
            spans.push((start, trim_end(text, start, end)));
            start = chars[k].0;
            i = k;
        } else {
            i = j + 1;
        }
    }
    let end = trim_end(text, start, text.len());
    if end > start {
        spans.push((start, end));
    }
    spans
}

fn byte_at(chars: &[(usize, char)], idx: usize, len: usize) -> usize {
    chars.get(idx).map_or(len, |&(p, _)| p)
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。')
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›')
}

fn is_closing(c: char) -> bool {
    is_quote(c) || matches!(c, ')' | ']' | '}')
}

/// A quote mark at `k`, after the end of a sentence, that closes rather than opens.
fn closes_here(chars: &[(usize, char)], k: usize) -> bool {
    let c = chars[k].1;
    if matches!(c, ')' | ']' | '}') {
        return true;
    }
    quote_role(chars, k) != Role::Open
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || is_quote(c)
        || matches!(c, '¿' | '¡' | '(' | '[' | '—' | '–' | '-' | '\'')
}

/// Whether the full stop at `dot` ends an abbreviation rather than the sentence.
fn is_abbreviation(chars: &[(usize, char)], dot: usize, next: usize) -> bool {
    // The word before the dot, with inner dots ("U.S", "D.A", "z.B").
    let mut b = dot;
    while b > 0 && (chars[b - 1].1.is_alphanumeric() || chars[b - 1].1 == '.') {
        b -= 1;
    }
    let word: String = chars[b..dot].iter().map(|&(_, c)| c).collect();
    if word.is_empty() {
        return false;
    }
    let abbr = abbreviations();
    let first = word.chars().next().unwrap_or(' ');
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // An initial ("J. Smith") or a dotted abbreviation ("D.A.", "U.S.").
    if first.is_uppercase() && letters == 1 {
        return true;
    }
    if word.contains('.') && word.chars().all(|c| c == '.' || c.is_alphabetic()) {
        return true;
    }
    let lower = word.to_lowercase();
    if abbr.words.contains(&lower) || (first.is_uppercase() && abbr.titles.contains(&lower)) {
        return true;
    }
    // "am 14. Juli": an ordinal before a month name.
    if word.chars().all(|c| c.is_ascii_digit()) {
        let next_word: String = chars[next..]
            .iter()
            .map(|&(_, c)| c)
            .take_while(|c| c.is_alphabetic())
            .collect();
        return abbr.months.contains(&next_word.to_lowercase());
    }
    false
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    Either,
}

/// Whether the quote mark at `k` opens or closes, from the characters around it. Machine
/// translation uses ” to open (`declaró:”Si bien`) and « with ” as a pair, so the glyph alone
/// does not say.
fn quote_role(chars: &[(usize, char)], k: usize) -> Role {
    let c = chars[k].1;
    let prev = k.checked_sub(1).map(|p| chars[p].1);
    let next = chars.get(k + 1).map(|&(_, c)| c);
    let open_before =
        prev.is_none_or(|p| p.is_whitespace() || "([{:—–-/".contains(p) || is_quote(p));
    let close_after =
        next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation() || is_terminal(n));
    match c {
        '„' => Role::Open,
        // Guillemets keep their usual role unless the context clearly says otherwise
        // (German writes »so«).
        '«' | '‹' if open_before || !close_after => Role::Open,
        '»' | '›' if !open_before || close_after => Role::Close,
        _ if open_before && !close_after => Role::Open,
        _ if !open_before && close_after => Role::Close,
        _ => Role::Either,
    }
}

/// Byte spans of quotations, from the opening mark to just after the closing one. An opening
/// mark that is never closed is ignored, so one stray quote does not swallow a paragraph.
pub fn quote_spans(text: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let marks: Vec<(usize, Role)> = (0..chars.len())
        .filter(|&k| is_quote(chars[k].1))
        .map(|k| (k, quote_role(&chars, k)))
        .collect();
    let mut spans = Vec::new();
    let mut m = 0;
    while m < marks.len() {
        let (open_k, role) = marks[m];
        if role == Role::Close {
            m += 1;
            continue;
        }
        match marks[m + 1..].iter().position(|&(_, r)| r != Role::Open) {
            Some(off) => {
                let (close_k, _) = marks[m + 1 + off];
                let end = byte_at(&chars, close_k + 1, text.len());
                spans.push((chars[open_k].0, end));
                m += off + 2;
            }
            None => m += 1,
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            split("The suit was filed Monday. Mercor denies it! Why? Nobody knows."),
            [
                "The suit was filed Monday.",
                "Mercor denies it!",
                "Why?",
                "Nobody knows."
            ]
        );
    }

    #[test]
    fn keeps_initials_numbers_and_titles() {
        assert_eq!(
            split(
                "Un analista en D.A. Davidson, Gil Luria, comentó. Meta invirtió $ 14.3 mil millones."
            ),
            [
                "Un analista en D.A. Davidson, Gil Luria, comentó.",
                "Meta invirtió $ 14.3 mil millones."
            ]
        );
        assert_eq!(
            split("The U.S. Department sued. Dr. Ortiz agreed."),
            ["The U.S. Department sued.", "Dr. Ortiz agreed."]
        );
        assert_eq!(
            split("M. Dupont a parlé. Mme Li aussi."),
            ["M. Dupont a parlé.", "Mme Li aussi."]
        );
        assert_eq!(
            split("Die Klage wurde am 14. Juli eingereicht. Sie ist lang."),
            ["Die Klage wurde am 14. Juli eingereicht.", "Sie ist lang."]
        );
        assert_eq!(
            split("He told me. Then he left."),
            ["He told me.", "Then he left."]
        );
    }

    #[test]
    fn does_not_split_inside_quotes() {
        assert_eq!(
            split("“We did nothing wrong. We will fight this,” she said. The end."),
            [
                "“We did nothing wrong. We will fight this,” she said.",
                "The end."
            ]
        );
        // French spacing: the closing guillemet belongs to the sentence it closes.
        assert_eq!(
            split("a déclaré Joe Osborne. « Nous ne permettrons à personne. » Suite."),
            [
                "a déclaré Joe Osborne.",
                "« Nous ne permettrons à personne. »",
                "Suite."
            ]
        );
        assert_eq!(
            split("Ling aurait répondu : “Travaillez-vous déjà avec Mercor ?” La plainte affirme."),
            [
                "Ling aurait répondu : “Travaillez-vous déjà avec Mercor ?”",
                "La plainte affirme."
            ]
        );
    }

    #[test]
    fn splits_inside_quotes_when_asked() {
        let t = "„Der Verein gab an. Diese liegt vor. Er muss zahlen“, fasste X zusammen. Ende.";
        let fine = sentences_through_quotes(t);
        let spans: Vec<&str> = fine.iter().map(|&(s, e)| &t[s..e]).collect();
        assert_eq!(
            spans,
            [
                "„Der Verein gab an.",
                "Diese liegt vor.",
                "Er muss zahlen“, fasste X zusammen.",
                "Ende."
            ]
        );
        // Its boundaries hold every boundary of the quote-keeping split.
        let coarse = sentences(t);
        assert_eq!(coarse.len(), 2);
        assert!(coarse.iter().all(|c| fine.iter().any(|f| f.0 == c.0)));
    }

    #[test]
    fn unbalanced_machine_translated_quotes() {
        // ” used as the opening mark, and a quote never closed.
        let t = "Midha declaró:”Si bien Mercor ha contratado. No tenemos interés”. Otra frase.";
        assert_eq!(
            quote_spans(t)
                .iter()
                .map(|&(s, e)| &t[s..e])
                .collect::<Vec<_>>(),
            ["”Si bien Mercor ha contratado. No tenemos interés”"]
        );
        assert_eq!(
            split(t),
            [
                "Midha declaró:”Si bien Mercor ha contratado. No tenemos interés”.",
                "Otra frase."
            ]
        );
        let stray = "Il a dit « bonjour. Puis il est parti. Fin.";
        assert_eq!(
            split(stray),
            ["Il a dit « bonjour.", "Puis il est parti.", "Fin."]
        );
    }

    #[test]
    fn empty_and_unterminated() {
        assert!(sentences("   ").is_empty());
        assert_eq!(split("  no final stop here "), ["no final stop here"]);
    }
}
