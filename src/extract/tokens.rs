//! Words of a paragraph with their shape and place, for finding names.

use super::lexicon::{after_last, fold, fold_into};
use compact_str::CompactString;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// "tribunal"
    Lower,
    /// "Mercor", "Inc."
    Capitalized,
    /// "IBM", "AG", "SCALE"
    AllCaps,
    /// "xAI", "OpenAI", "GmbH"
    Mixed,
    /// "D.A.", "J."
    Initials,
    /// "14.3", "2025"
    Number,
}

#[derive(Clone, Debug)]
pub struct Token {
    /// Byte range in the paragraph.
    pub start: usize,
    pub end: usize,
    pub shape: Shape,
    /// The folded form (lower case, no accents). Inline for short words: no allocation.
    pub key: CompactString,
    /// Lower case with its accents, for the word lists.
    pub lower: CompactString,
    /// An elided article or pronoun: "l’", "d'", "dell’".
    pub elided: bool,
    /// Punctuation (not just spaces) stands between this token and the one before.
    pub break_before: bool,
    /// The first word of a sentence or of a quotation, capitalised by grammar.
    pub initial: bool,
    /// A quotation mark opens just before this word («, “, an opening ").
    pub opens_quote: bool,
    /// A quotation mark closes just before this word (after the word before it).
    pub closes_quote: bool,
    /// A quotation mark closes just after this word (so the last word of a paragraph knows it).
    pub quote_after: bool,
    /// An opening bracket stands just before this word: "Uwe Brettschneider (CDU)".
    pub bracket_before: bool,
    /// An English possessive's "'s" follows, which is no token of its own ("Veltrix's").
    pub possessive: bool,
    /// What follows the word's last hyphen is in small letters ("Corvex-requested", not
    /// "Bankman-Fried").
    pub small_tail: bool,
}

impl Token {
    pub fn namelike(&self) -> bool {
        matches!(
            self.shape,
            Shape::Capitalized | Shape::AllCaps | Shape::Mixed | Shape::Initials
        )
    }
}

const ELISIONS: [&str; 22] = [
    "l", "d", "j", "qu", "n", "s", "c", "m", "t", "lorsqu", "puisqu", "jusqu", "quoiqu", "dell",
    "all", "nell", "sull", "dall", "un", "quell", "coll", "tutt",
];

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Tokens of `text`; `sentence_starts` are the byte offsets where sentences begin.
pub fn tokenize(text: &str, sentence_starts: &[usize]) -> Vec<Token> {
    tokenize_with(text, sentence_starts, &mut Vec::new())
}

/// [`tokenize`] with a scratch buffer kept between paragraphs.
pub fn tokenize_with(
    text: &str,
    sentence_starts: &[usize],
    bytes: &mut Vec<(u32, char)>,
) -> Vec<Token> {
    bytes.clear();
    // Paragraphs are far below 4 GiB: u32 offsets halve the scratch buffer.
    bytes.extend(text.char_indices().map(|(i, c)| (i as u32, c)));
    let bytes = &*bytes;
    let mut tokens: Vec<Token> = Vec::with_capacity(bytes.len() / 6);
    let mut next_sentence = 0;
    let mut i = 0;
    let mut last_end = 0;
    let mut quote_open = false;
    // A straight single quote quotes only where one opened before a word: elsewhere it is an
    // apostrophe ("Lamars' song").
    let mut single_open = false;
    // Where a handle or a hashtag starts ("@OpenAINewsroom", "#MeToo"): no name, but an address;
    // or an amount after a currency sign.
    let mut handle_at = usize::MAX;
    let (mut opens_quote, mut closes_quote) = (false, false);
    let mut buf = String::with_capacity(32);
    let urls = url_spans(text);
    // The next address at or after the word being read: words come in order.
    let mut next_url = 0;
    while i < bytes.len() {
        let (pos, c) = bytes[i];
        let pos = pos as usize;
        // "&" between spaces is a word of its own, the one that joins "Johnson & Johnson" and
        // "Procter & Gamble" (glued, as in "AT&T", it stays inside the word).
        let ampersand = c == '&'
            && i > 0
            && bytes[i - 1].1.is_whitespace()
            && bytes.get(i + 1).is_some_and(|&(_, n)| n.is_whitespace());
        if !c.is_alphanumeric() && !ampersand {
            // A bracket does not open a sentence: "(Reich 29th)", "(FIFA)" are names.
            // A hyphen standing between spaces is a dash: "R - Sim", "Australia - Mark Taylor".
            let spaced_hyphen = c == '-'
                && i > 0
                && bytes[i - 1].1.is_whitespace()
                && bytes.get(i + 1).is_some_and(|&(_, n)| n.is_whitespace());
            if c == '"' {
                // Opening where a word may start (after a space, a bracket or nothing), closing
                // after a word.
                quote_open = i == 0 || {
                    let before = bytes[i - 1].1;
                    before.is_whitespace() || matches!(before, '(' | '[' | '—' | '–')
                };
                opens_quote |= quote_open;
                closes_quote |= !quote_open;
            } else if spaced_hyphen || matches!(c, '«' | '“' | '„' | '‹' | '‘' | ':' | '—' | '–')
            {
                quote_open = true;
                opens_quote |= matches!(c, '«' | '“' | '„' | '‹' | '‘');
            } else if matches!(c, '»' | '”' | '›') {
                closes_quote = true;
            } else if c == '\'' {
                let before = (i > 0).then(|| bytes[i - 1].1);
                let after = bytes.get(i + 1).map(|&(_, n)| n);
                if !single_open
                    && before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '['))
                    && after.is_some_and(char::is_alphanumeric)
                {
                    // An opening quote opens a sentence: "stating, 'Justice is not political'"
                    // (a name quoted in brackets opens none: "('National Center …')").
                    single_open = true;
                    opens_quote = true;
                    quote_open = before.is_some_and(char::is_whitespace);
                } else if single_open
                    && before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
                {
                    single_open = false;
                    closes_quote = true;
                }
            }
            // A currency sign glued to what follows makes it an amount ("$US50", "€2bn").
            if matches!(c, '@' | '#' | '$' | '€' | '£' | '¥') {
                handle_at = pos + c.len_utf8();
            }
            if closes_quote && let Some(last) = tokens.last_mut() {
                last.quote_after = true;
            }
            i += 1;
            continue;
        }
        // A word: letters and digits, with inner hyphens, dots of initials, and apostrophes.
        let start = pos;
        let mut j = i;
        let mut elided = false;
        let mut possessive_at = None;
        if ampersand {
            j += 1;
        }
        while j < bytes.len() && !ampersand {
            let (_, cj) = bytes[j];
            let next = bytes.get(j + 1).map(|&(_, n)| n);
            let joins = matches!(cj, '-' | '.' | '&')
                && next.is_some_and(char::is_alphanumeric)
                && !(cj == '.' && glued_sentence(text, start, &bytes[j..]));
            if cj.is_alphanumeric() || joins {
                j += 1;
            } else if is_apostrophe(cj) && next.is_some_and(char::is_alphabetic) {
                fold_into(&mut buf, &text[start..bytes[j].0 as usize]);
                let so_far = buf.as_str();
                // A word in capitals takes its possessive in capitals too ("SPAIN'S chief").
                let s_of = |c: char| {
                    c == 's'
                        || (c == 'S'
                            && text[start..bytes[j].0 as usize]
                                .chars()
                                .all(|c| !c.is_lowercase()))
                };
                let after_s = next.is_some_and(s_of)
                    && bytes.get(j + 2).is_none_or(|&(_, c)| !c.is_alphanumeric());
                if ELISIONS.contains(&so_far) {
                    // The apostrophe stays in the token ("l’"); the next word follows unbroken.
                    j += 1;
                    elided = true;
                    break;
                } else if after_s {
                    possessive_at = Some(j);
                    break;
                }
                j += 1;
            } else if is_apostrophe(cj)
                && next == Some(' ')
                && bytes.get(j + 2).is_some_and(|&(_, c)| c.is_alphabetic())
            {
                // Italian writers often set a space after the elision ("dell' Economia",
                // "L' Antitrust"): it elides all the same, and the next word follows unbroken.
                fold_into(&mut buf, &text[start..bytes[j].0 as usize]);
                if ELISIONS.contains(&buf.as_str()) {
                    j += 1;
                    elided = true;
                }
                break;
            } else {
                break;
            }
        }
        let mut end = bytes.get(j).map_or(text.len(), |&(p, _)| p as usize);
        let mut word = &text[start..end];
        // A final dot belongs to initials and abbreviated suffixes ("D.A.", "Inc.", "S.A.").
        if bytes.get(j).is_some_and(|&(_, c)| c == '.') && keeps_dot(word) {
            end += 1;
            j += 1;
            word = &text[start..end];
        }
        let between = &text[last_end..start];
        // Most words follow one space: nothing to read between.
        let spaced = between == " ";
        let break_before =
            tokens.is_empty() || (!spaced && between.chars().any(|c| !c.is_whitespace()));
        // The first word at or after a sentence's start opens it.
        let mut opens_sentence = false;
        while next_sentence < sentence_starts.len() && sentence_starts[next_sentence] <= start {
            opens_sentence = true;
            next_sentence += 1;
        }
        // A full stop, question or exclamation mark before the word ends a sentence even where
        // the segmenter kept one (inside quotes: "… company. But it's not …").
        // Not the dot of a capitalised title ("Dr. Ruy Amaral", "Prof. Lena Ortiz"), which the
        // segmenter reads so too.
        let after_title = between == ". "
            && tokens.last().is_some_and(|p: &Token| {
                p.shape == Shape::Capitalized
                    && crate::corpus::lexicon::abbreviations()
                        .titles
                        .contains(p.lower.as_str())
            });
        let after_stop =
            !spaced && !tokens.is_empty() && between.contains(['.', '!', '?', '…']) && !after_title;
        // A list's marker opens an item as a sentence does: a bullet glued to the word
        // ("-Extrai", "•Procura"), an item's letter or number before ")" ("f) Tomador"), or a
        // section's number and a dash ("1.8 - Turbina").
        // Only punctuation between makes a marker: most words have a space alone before them.
        let marker_before = break_before && !tokens.is_empty() && {
            let marker = between.trim();
            let glued_bullet = matches!(between.chars().last(), Some('-' | '•' | '·' | '*'))
                && between.chars().rev().nth(1).is_none_or(char::is_whitespace);
            let item_label = tokens.last().is_some_and(|p: &Token| {
                (p.shape == Shape::Number || p.key.chars().count() == 1)
                    && (marker == ")" || (p.initial && matches!(marker, "-" | "–" | "—")))
            });
            glued_bullet || item_label
        };
        let initial = opens_sentence
            || after_stop
            || (quote_open && !tokens.is_empty() && break_before)
            || marker_before;
        quote_open = false;
        let bare = word.trim_end_matches(['\'', '’']);
        let ascii = bare.is_ascii();
        // An ASCII word folds to its lower case (no backquote ever stands in a word).
        let key = if ascii {
            let mut key = CompactString::from(bare);
            key.as_mut_str().make_ascii_lowercase();
            key
        } else {
            fold_into(&mut buf, bare);
            CompactString::from(buf.as_str())
        };
        let lower = if ascii {
            key.clone()
        } else {
            buf.clear();
            for c in bare.chars() {
                if c == '’' {
                    buf.push('\'');
                } else {
                    if c.is_ascii() {
                        buf.push(c.to_ascii_lowercase());
                    } else {
                        buf.extend(c.to_lowercase());
                    }
                }
            }
            CompactString::from(buf.as_str())
        };
        tokens.push(Token {
            start,
            end,
            shape: if start == handle_at || ampersand || {
                while urls.get(next_url).is_some_and(|&(_, b)| b <= start) {
                    next_url += 1;
                }
                urls.get(next_url).is_some_and(|&(a, _)| a <= start)
            } {
                Shape::Lower
            } else {
                shape(word)
            },
            key,
            lower,
            elided,
            break_before,
            initial,
            opens_quote: std::mem::take(&mut opens_quote),
            closes_quote: std::mem::take(&mut closes_quote),
            quote_after: false,
            bracket_before: between.ends_with(['(', '[']),
            possessive: possessive_at.is_some(),
            small_tail: after_last(word, b'-')
                .is_some_and(|tail| tail.starts_with(char::is_lowercase)),
        });
        last_end = end;
        i = match possessive_at {
            Some(p) => p + 2,
            None => j,
        };
    }
    tokens
}

/// Where web and mail addresses run in `text`, from the space before to the space after, in
/// order: their capitals name no one ("mailto:info@banco.pt?subject=Rejeitar.E-mails",
/// "https://site.pt/Contactos.Novos", "pic.twitter.com/Qxyrbtw"). One pass over the words,
/// whatever the text holds.
fn url_spans(text: &str) -> Vec<(usize, usize)> {
    const STARTS: [&str; 4] = ["://", "www.", "mailto:", "WWW."];
    // Most paragraphs hold no address: one look for a colon, a "ww" or a slash first.
    if !text.contains(':') && !text.contains("ww") && !text.contains("WW") && !text.contains('/') {
        return Vec::new();
    }
    text.split_whitespace()
        .filter(|w| STARTS.iter().any(|s| w.contains(s)) || host_then_path(w))
        .map(|w| {
            let from = w.as_ptr() as usize - text.as_ptr() as usize;
            (from, from + w.len())
        })
        .collect()
}

/// A host name in small letters, then a path, without a scheme: "pic.twitter.com/QxYR",
/// "bit.ly/3kZ". Not "Kasa Fue/Agência" (no host) nor "km/h".
fn host_then_path(word: &str) -> bool {
    let word = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some((host, _)) = word.split_once('/') else {
        return false;
    };
    host.rsplit_once('.').is_some_and(|(name, tld)| {
        !name.is_empty()
            && tld.len() >= 2
            && tld.bytes().all(|b| b.is_ascii_lowercase())
            && host
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
    })
}

fn keeps_dot(word: &str) -> bool {
    let mut letters = 0;
    let mut first_upper = false;
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        if letters == 0 {
            first_upper = c.is_uppercase();
        }
        letters += 1;
    }
    let single_capital = letters == 1 && first_upper;
    let suffix = matches!(
        fold(word).as_str(),
        "inc"
            | "corp"
            | "co"
            | "ltd"
            | "ltda"
            | "s.a"
            | "s.p.a"
            | "s.r.l"
            | "s.l"
            | "n.v"
            | "b.v"
            | "s.a.s"
            | "s.a.r.l"
    );
    // Spanish doubles a capital for a plural abbreviation: "EE. UU.", "FF. AA.", "CC. OO."
    // (French "MM.", messieurs, is a title and keeps its dot apart).
    let doubled = word != "MM"
        && {
            let mut c = word.chars();
            matches!((c.next(), c.next(), c.next()), (Some(a), Some(b), None) if a == b && a.is_uppercase())
        };
    single_capital || doubled || (word.contains('.') && letters <= 5) || suffix
}

/// Arabic's definite article as Latin script writes it before a name, with its hyphen.
const ARABIC_ARTICLES: [&str; 8] = ["al", "el", "ad", "ar", "as", "ash", "at", "az"];

/// A folded word without Arabic's "al-" or "el-" before it ("al-gaddafi": "gaddafi"), which
/// writers put on a surname or leave off; the word itself otherwise.
pub fn without_al(key: &str) -> &str {
    ["al-", "el-"]
        .iter()
        .find_map(|a| key.strip_prefix(a))
        .unwrap_or(key)
}

/// A folded word opening with Arabic's article and its hyphen: "al-khaddami".
pub fn arabic_article(key: &str) -> bool {
    key.split_once('-')
        .is_some_and(|(article, name)| ARABIC_ARTICLES.contains(&article) && name.len() >= 3)
}

pub fn shape(word: &str) -> Shape {
    // The common cases first, as the rules below would find them: a word in small letters, and
    // one capital then small letters.
    match word.as_bytes() {
        [first, rest @ ..] if rest.iter().all(u8::is_ascii_lowercase) => {
            if first.is_ascii_lowercase() {
                return Shape::Lower;
            } else if first.is_ascii_uppercase() {
                return Shape::Capitalized;
            }
        }
        _ => {}
    }
    let mut letters = 0usize;
    let mut uppers = 0usize;
    let mut first = ' ';
    // A capital after the first letter, not after a hyphen, apostrophe or dot: "OpenAI", "GmbH"
    // (but "Jean-Luc" and "O'Brien" are plain). An acronym before a hyphen is a part of its
    // own, as a capitalised word is: "UFC-Que Choisir", "EU-Kommission".
    let mut inner_capital = false;
    let mut part_inner = false;
    let mut part_lower = false;
    let mut prev = ' ';
    for c in word.chars() {
        if c.is_alphabetic() {
            if letters == 0 {
                first = c;
            } else if c.is_uppercase() && !matches!(prev, '-' | '\'' | '’' | '.') {
                part_inner = true;
            }
            part_lower |= c.is_lowercase();
            letters += 1;
            uppers += usize::from(c.is_uppercase());
        } else if c == '-' {
            inner_capital |= part_inner && part_lower;
            part_inner = false;
            part_lower = false;
        }
        prev = c;
    }
    // The last part (or the whole word) counts as it stands, unless a hyphen split the word:
    // there only a part mixing cases has an inner capital ("iPhone-Nutzer").
    inner_capital |= part_inner && (part_lower || !word.contains('-'));
    // "T-604", "C-7": a file or case number, not a name.
    if letters == 0 || (letters == 1 && word.chars().any(|c| c.is_ascii_digit())) {
        return Shape::Number;
    }
    if word.contains('.') && uppers == letters && letters <= 4 {
        return Shape::Initials;
    }
    if uppers == letters {
        return if letters >= 2 {
            Shape::AllCaps
        } else {
            Shape::Capitalized
        };
    }
    // "SCCs", "NGOs", "MEPs": the plural of an acronym is a common noun.
    if letters >= 3 && uppers == letters - 1 && word.ends_with('s') && !word.contains(['.', '-']) {
        return Shape::Lower;
    }
    // Arabic's article hyphened to a capitalised name is part of it, as a particle is: "Bashar
    // al-Assad", "Khalid al-Harbi", "Abdel Fattah el-Sisi".
    if arabic_article(word)
        && let Some((_, name)) = word.split_once('-')
        && name.starts_with(char::is_uppercase)
        && name
            .chars()
            .skip(1)
            .all(|c| c.is_lowercase() || c == '-' || c == '\'')
        && name.chars().count() >= 3
    {
        return Shape::Capitalized;
    }
    if first.is_lowercase() {
        // "xAI", "iPhone", "eBay": a brand opens with a letter or two in lower case. A capital
        // after a longer lower-case stretch ("opposW") is OCR noise in a common word, and two
        // letters so are an agency's credit or a unit ("jW", "kW").
        let prefix = word.chars().take_while(|c| c.is_lowercase()).count();
        return if uppers > 0 && prefix <= 2 && letters >= 3 {
            Shape::Mixed
        } else {
            Shape::Lower
        };
    }
    // "McKellen", "MacDonald", "DiMaggio": a surname prefix, not a brand's inner capital.
    let surname_prefix = || {
        ["Mc", "Mac", "Di", "De", "Le", "La", "Van", "Von", "O"]
            .iter()
            .any(|p| {
                word.strip_prefix(p).is_some_and(|rest| {
                    let mut cs = rest.chars();
                    cs.next().is_some_and(char::is_uppercase)
                        && cs.clone().count() >= 2
                        && cs.all(|c| !c.is_uppercase())
                })
            })
    };
    if inner_capital && !surname_prefix() {
        Shape::Mixed
    } else {
        Shape::Capitalized
    }
}

/// A full stop with no space after it between a word in small letters and a capitalised word
/// ("… 4,1 Milliarden Euro.Der Konzern …"): two sentences that lost their space, not one word.
/// `rest` starts at the dot. Initials ("J.R."), a short abbreviation ("St.Gallen") and a host
/// written in small letters ("example.com") stay whole.
fn glued_sentence(text: &str, start: usize, rest: &[(u32, char)]) -> bool {
    let before = &text[start..rest[0].0 as usize];
    matches!(rest.get(1..3), Some(&[(_, up), (_, low)]) if up.is_uppercase() && low.is_lowercase())
        && before.chars().nth(2).is_some()
        && before.chars().rev().take(2).all(char::is_lowercase)
}

#[cfg(test)]
mod tests;
