//! Placing every mention: each piece matched by the longest forms the names have, a short form
//! that is also a given name, a place or a word kept only in an article that names its name in
//! full.

use super::aliases::first_word_goes_alone;
use super::candidates::ParaTokens;
use super::case_counts::CaseCounts;
use super::clusters::{Cluster, Index, holder};
use super::forms::{Heads, genitive, head_organization, inside_longer_run, longest_match};
use super::kind_cues::is_suffix;
use super::lexicon::Lexicon;
use super::mentions::Found;
use super::pieces::Piece;
use super::tokens::Shape;
use crate::model::Lang;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A paragraph index flag: the match is a short form that needs its full name in the article.
const WEAK: usize = 1 << (usize::BITS - 1);

/// What the placing of mentions reads: the pieces and their keys, the names after every merge,
/// and what the passes before it learnt of the words.
pub(super) struct Placing<'a> {
    pub lx: &'a Lexicon,
    pub paras: &'a [ParaTokens],
    pub pieces: &'a [Piece],
    pub keys: &'a [String],
    pub clusters: &'a [Cluster],
    /// Every form, short forms included; `full` holds the full forms only.
    pub index: &'a Index,
    pub full: &'a Index,
    /// An institution's head alone, and the forms its article names it by.
    pub head_alone: &'a dyn Fn(&Piece, &str) -> bool,
    pub heads: &'a Heads<'a>,
    /// How often each word is capitalised in mid-sentence, and how the dossier writes it.
    pub cap_mid: &'a HashMap<&'a str, usize>,
    pub case: &'a CaseCounts<'a>,
    pub acronyms: &'a HashSet<&'a str>,
    pub teams: &'a HashSet<&'a str>,
    /// The one-word short forms, and those of them that are given names.
    pub short: &'a HashSet<String>,
    pub given_forms: &'a HashSet<String>,
}

impl Placing<'_> {
    /// Every mention in the pieces, matched by their longest known forms (the curated phrases
    /// are added after). A short
    /// form that is also a given name, a place or a word ("Daniel", "York", "Conseil") stands for
    /// a name only in an article that writes the name in full: news names a party in full before
    /// shortening it. A word common in four languages or more is a brand or a name every press
    /// writes ("Meta", "Google"), a name wherever it stands.
    pub fn mentions(&self) -> Found {
        let Placing {
            lx,
            paras,
            pieces,
            keys,
            clusters,
            index,
            full,
            head_alone,
            heads,
            cap_mid,
            case,
            acronyms,
            teams,
            short,
            given_forms,
        } = *self;
        let mut matches: Vec<(usize, usize, usize, usize, usize)> = Vec::new();
        let mut named_in: HashSet<(usize, usize)> = HashSet::default();
        for (i, p) in pieces.iter().enumerate() {
            let t = &paras[p.para].tokens;
            let mut k = p.lead;
            if head_alone(p, &keys[i]) {
                let para = &paras[p.para];
                let forms = heads
                    .forms(para.article, para.lang, &keys[i])
                    .unwrap_or_default();
                if let Some(id) = head_organization(forms, index, clusters) {
                    let pt = &paras[p.para];
                    let first = &t[p.first];
                    matches.push((pt.article, pt.paragraph, first.start, first.end, id));
                }
                continue;
            }
            // A place is no name's form, nor holds one: "Paulo" of "São Paulo" is no Paulo's.
            if p.width() > 1
                && lx.is_place(&keys[i])
                && !matches!(index.get(&keys[i]), Some(Some(_)))
            {
                continue;
            }
            while k < p.last {
                // A short form found before a merge names the cluster that holds its name now.
                match longest_match(index, t, k, p.last)
                    .or_else(|| genitive(index, &paras[p.para], k))
                    .map(|(end, id)| (end, holder(clusters, id)))
                {
                    // "Échelle supplémentaire, …", "Eu ainda tenho": a common word opening the
                    // sentence is that word. An acronym ("EU", "QUE") names only what is written
                    // in capitals.
                    Some((end, id))
                        if end == k + 1
                            && ((t[k].initial
                                && ((lx.is_common(&t[k].lower)
                                    && lx.is_common_in(&t[k].lower, paras[p.para].lang)
                                    // Unless the dossier writes it as a name again and again
                                    // ("Musk sued OpenAI" beside "Elon Musk", "said Musk"), or it is
                                    // the surname of a person named in full, never written small
                                    // ("García dijo" after "Pedro García").
                                    && (cap_mid.get(t[k].key.as_str()).is_none_or(|&n| n < 3)
                                        || case.mostly_lower(&t[k].key))
                                    && !(clusters[id].person > 0
                                        && !case.written_lower(&t[k].key)
                                        && clusters[id].keys.iter().any(|full| {
                                            full.rsplit_once(' ')
                                                .is_some_and(|(_, last)| last == super::pieces::normal_key(&t[k].key))
                                        })))
                                    || crate::corpus::lang::is_any_function_word(&t[k].lower))
                                && !t.get(end).is_some_and(|n| is_suffix(lx, n)))
                                // Unless the press writes the acronym as a word, as Italian,
                                // Spanish and French do ("la Wada", "l'Otan"), where it is no word
                                // of the language; the word lists hold the famous ones ("Fifa",
                                // "Uefa") for the press's sake, and only a short one, a word of
                                // grammar or a given name is the word ("Que", "Eu", "Ana").
                                || (acronyms.contains(t[k].key.as_str())
                                    && t[k].shape != Shape::AllCaps
                                    && (t[k].shape != Shape::Capitalized
                                        || (lx.common_mask(&t[k].lower) != 0
                                            && (t[k].key.chars().count() < 4
                                                || crate::corpus::lang::is_any_function_word(
                                                    &t[k].lower,
                                                )
                                                || lx.is_given_name(&t[k].key)))))
                                || (teams.contains(t[k].key.as_str()) && !paras[p.para].table_row)
                                || inside_longer_run(full, index, clusters, &paras[p.para], p, k)) =>
                    {
                        k = end
                    }
                    Some((end, id)) => {
                        let pt = &paras[p.para];
                        let weak = end == k + 1
                            && t[k].shape != Shape::AllCaps
                            && short.contains(t[k].key.as_str())
                            && (lx.is_given_name(&t[k].key)
                                || (given_forms.contains(t[k].key.as_str())
                                    && !first_word_goes_alone(lx, cap_mid, &t[k].key))
                                || lx.is_place(&t[k].key)
                                // A word of the article's own language ("Sinner" is one in
                                // English, not in Spanish). But the word lists count famous
                                // surnames as words ("berlusconi"): a person's surname that the
                                // dossier never writes small is the surname in mid-sentence
                                // (German writes its nouns with a capital and is left out).
                                // Nor a word the dossier writes as a name again and again,
                                // never small ("Siemens" beside "Siemens Alstom": the word
                                // lists hold brands).
                                || (lx.is_common(&t[k].lower)
                                    && lx.is_common_in(&t[k].lower, pt.lang)
                                    && (cap_mid.get(t[k].key.as_str()).is_none_or(|&n| n < 3)
                                        || case.written_lower(&t[k].key)
                                        || (pt.lang == Lang::De && lx.is_german_noun(&t[k].lower)))
                                    && (t[k].initial
                                        || pt.lang == Lang::De
                                        || clusters[id].person <= 0
                                        || lx.is_demonym(&t[k].key)
                                        || case.written_lower(&t[k].key))));
                        if !weak {
                            named_in.insert((pt.article, id));
                        }
                        matches.push((pt.article, pt.paragraph, t[k].start, t[end - 1].end, id));
                        if weak {
                            // Marked by its paragraph index, checked once every article is read.
                            matches.last_mut().expect("just pushed").1 |= WEAK;
                        }
                        k = end;
                    }
                    None => k += 1,
                }
            }
        }
        let mut found = Found::new();
        for (article, para, start, end, id) in matches {
            if para & WEAK != 0 && !named_in.contains(&(article, id)) {
                continue;
            }
            found.entry((article, para & !WEAK)).or_default().push((
                start,
                end,
                holder(clusters, id),
            ));
        }
        found
    }
}
