//! What a claim's row shows: the claimed content, not the sentence's opening words.

use super::sentences::Sentence;

/// What a sentence claims: its quotation, or its words from `from` (the cue, or what follows
/// a source marker) to its end.
pub(super) fn summary(s: &Sentence, text: &str, from: usize) -> String {
    let short = summary_from(s, text, from);
    // "verhängt.", "injustificada.": a verb at the end of the sentence leaves too little to
    // read; the whole sentence says it.
    if short.split_whitespace().count() < 4 {
        return text[s.start..s.end].trim().to_string();
    }
    short
}

fn summary_from(s: &Sentence, text: &str, from: usize) -> String {
    // A quotation that carries the sentence, not a word quoted inside it ("called the lawsuit
    // 'without merit'").
    if let Some(q) = &s.quote
        && (s.starts_with_quote(text) || q.len() * 2 > s.end - s.start)
    {
        return q.clone();
    }
    // Spanish and Portuguese dialogue: "—No hemos copiado nada —dijo X."
    let sentence = &text[s.start..s.end];
    if let Some(rest) = sentence.strip_prefix(['—', '–'])
        && let Some(end) = rest.find(['—', '–'])
    {
        return rest[..end].trim().trim_end_matches(',').to_string();
    }
    // From the auxiliary of a compound tense, so that the row reads "había solicitado …", not
    // "solicitado …".
    let from = if from > 0 && AUXILIARIES.contains(&s.tokens[from - 1].key.as_str()) {
        from - 1
    } else {
        from
    };
    let start = s.tokens.get(from).map_or(s.start, |t| t.start);
    text[start..s.end].trim().to_string()
}

/// Auxiliaries of the compound past in the six languages.
const AUXILIARIES: [&str; 24] = [
    "has", "have", "had", "a", "ont", "avait", "avaient", "ha", "han", "habia", "habian", "hanno",
    "aveva", "avevano", "tem", "tinha", "tinham", "hat", "haben", "hatte", "hatten", "ist", "war",
    "hemos",
];
