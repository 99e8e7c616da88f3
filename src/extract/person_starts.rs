//! Where a person's name starts inside a run that holds more before it: a people's word
//! ("die Kolumbianerin Shakira", "Russian Roman Safin"), a place ("the Ohio Anna Berg"), a
//! descriptor or an acronym glued on ("Queenslander Daniel Herbert"), or an employer after a
//! role ("el jugador del PSG Tavinho").

use super::candidates::{ParaTokens, Run};
use super::kind_cues::{after_role_and_preposition, is_suffix};
use super::lexicon::Lexicon;
use super::pieces::run_key;
use super::tokens::{Shape, Token};
use super::trims::is_saint;
use crate::model::Lang;
use rustc_hash::FxHashSet as HashSet;

/// Moves the start of run `r` of paragraph `p` to the person's name it ends with, if it holds
/// one after something else. `alone` are the single words the dossier writes alone in
/// mid-sentence.
pub(super) fn find_person_start(lx: &Lexicon, p: &ParaTokens, r: &mut Run, alone: &HashSet<&str>) {
    let t = &p.tokens;
    // German names a person by their people before the name: "die Kolumbianerin Shakira",
    // "der Italiener Marco Vell".
    if r.width() >= 2
        && p.lang == Lang::De
        && t[r.first].shape == Shape::Capitalized
        && (t[r.first].key.ends_with("in") || t[r.first].key.ends_with("er"))
        && lx.is_demonym(&t[r.first].key)
        && t[r.first + 1].shape == Shape::Capitalized
    {
        let next = r.first + 1;
        person_starts_at(r, next);
    }
    // A place glued before a person's full name: "della capitale Usa Amit Verlan", "the
    // Ohio Anna Berg": the person starts at the given name.
    if r.width() >= 3
        && t[r.first].shape != Shape::Lower
        && lx.is_place(&t[r.first].key)
        // A saint opens a place's or a house's name: "San Francisco de Sales".
        && !is_saint(&t[r.first].key)
        && !lx.is_given_name(&t[r.first].key)
        && !lx.is_listed_surname(&t[r.first].key)
        && t[r.first + 1].shape == Shape::Capitalized
        && lx.is_given_name(&t[r.first + 1].key)
    {
        let next = r.first + 1;
        person_starts_at(r, next);
    } else if let Some(k) = (r.first + 2..=(r.first + 3).min(r.last.saturating_sub(2))).find(|&k| {
        // So after a place of two or three words: "São Paulo Ricky Martin".
        t[k].shape == Shape::Capitalized
            && lx.is_listed_given(&t[k].key)
            && t[k + 1].shape == Shape::Capitalized
            && t[r.first..k].iter().all(|x| x.shape == Shape::Capitalized)
            && lx.is_place(&run_key(&t[r.first..k]))
    }) {
        person_starts_at(r, k);
    }
    // A nationality before a person's full name: "Russian Roman Safin", "Spaniard Ana Vidal".
    if r.width() >= 3
        && t[r.first].shape == Shape::Capitalized
        && lx.is_demonym(&t[r.first].key)
        && t[r.first + 1].shape == Shape::Capitalized
        && lx.is_listed_given(&t[r.first + 1].key)
        // "the German Marshall Fund": an institution's word ends it, no surname.
        && !lx.is_common_in(&t[r.last - 1].lower, p.lang)
    {
        let next = r.first + 1;
        person_starts_at(r, next);
    }
    // A descriptor glued before a person's full name: "Queenslander Daniel Herbert",
    // "Allrounder Christian Groß", "Grünen-Vormann Dieter Rückriegel". A given name inside
    // the run, followed by another name and not following a given name or a particle,
    // starts the name.
    // An acronym glued on the same way: "il legale della FTC Daniel Matheson".
    // A surname may open with a particle: "Tribunal Supremo de Brasil Alexandre de Moraes".
    // A generation last ("Lavoisier Maia Sobrinho") follows a whole name: a given name of
    // the lists inside it is its surname, and the word before it the given name.
    let generation = r.width() >= 3 && lx.generations.contains(t[r.last - 1].key.as_str());
    if let Some(k) = (r.first + 1..r.last.saturating_sub(1))
        .filter(|_| !generation)
        .find(|&k| {
            t[k].shape == Shape::Capitalized
            && lx.is_given_name(&t[k].key)
            && (t[k + 1].shape == Shape::Capitalized
                || (k + 2 < r.last
                    && t[k + 1].shape == Shape::Lower
                    && lx.particles.contains(t[k + 1].key.as_str())
                    && t[k + 2].shape == Shape::Capitalized
                    // Not after a given name of the broad lists ("Luiz Inácio Lula da Silva").
                    && !lx.is_listed_given(&t[k - 1].key)))
            // A saint's given name is a place's, a club's or a church's ("São Paulo Futebol
            // Clube", "São José do Rio Preto", "Santa María de Guadalupe").
            && !is_saint(&t[k - 1].key)
            && (t[k - 1].shape == Shape::Capitalized
                // A body's complement in small letters ends it: "Parti national
                // britannique Nick Griffin".
                || (t[k - 1].shape == Shape::Lower
                    && k > r.first + 1
                    && !lx.particles.contains(t[k - 1].key.as_str()))
                || (k == r.first + 1
                    && t[k - 1].shape == Shape::AllCaps
                    && t[k - 1].key.chars().count() >= 2
                    && !is_suffix(lx, &t[k - 1])))
            && !lx.is_given_name(&t[k - 1].key)
            && !lx.org_prefixes.contains(t[k - 1].key.as_str())
            && !(k == r.first + 1
                && t[r.first].shape != Shape::AllCaps
                && one_word_name(lx, &t[r.first], alone))
            // "Teatro Municipal Maria Matos", "Escola Básica Rui Lopes": a house named
            // after a person keeps the name (a body's name before a person's is often their
            // office: "Regione Siciliana Raffaele Lombardo").
            && !t[r.first..k]
                .iter()
                .any(|x| lx.house_prefixes.contains(x.key.as_str()))
        })
    {
        person_starts_at(r, k);
    }
    // The employer glued before its person after a role and its preposition: "el jugador
    // del PSG Tavinho", "o dirigente do Santos Odilon Ramalho". The employer is a name the
    // dossier writes alone elsewhere; the person starts at a one-word name written alone
    // too, or at two words or more that are no words of the language nor places.
    let name_words = |from: usize| {
        r.last >= from + 2
            && t[from..r.last].iter().all(|x| {
                x.shape == Shape::Capitalized
                    && (lx.is_given_name(&x.key) || !lx.is_common_in(&x.lower, p.lang))
                    && !lx.is_place(&x.key)
                    && !lx.org_prefixes.contains(x.key.as_str())
                    && !is_suffix(lx, x)
            })
    };
    let alone_name = |x: &Token| {
        alone.contains(x.key.as_str()) && !lx.is_common_in(&x.lower, p.lang) && !lx.is_place(&x.key)
    };
    if r.width() >= 2
        && after_role_and_preposition(lx, t, r.first)
        && (alone.contains(t[r.first].key.as_str())
            || (t[r.first].shape == Shape::AllCaps && t[r.first].key.chars().count() >= 2))
        && !lx.is_given_name(&t[r.first].key)
        // A body's word names a house after a person: "della Fondazione Antonella Rossi".
        && !lx.org_prefixes.contains(t[r.first].key.as_str())
        && t[r.first + 1].shape == Shape::Capitalized
        && (alone_name(&t[r.first + 1]) || name_words(r.first + 1))
    {
        let next = r.first + 1;
        person_starts_at(r, next);
    }
}

/// A word the dossier writes alone in mid-sentence and that is no word of a language nor a
/// place: a one-word name ("Shakira"), which the full name after it continues.
fn one_word_name(lx: &Lexicon, x: &Token, alone: &HashSet<&str>) -> bool {
    alone.contains(x.key.as_str()) && lx.common_mask(&x.lower) == 0 && !lx.is_place(&x.key)
}

/// What came before token `k` in the run described the person whose name starts there: a
/// people, a place, a role glued on.
pub(super) fn person_starts_at(r: &mut Run, k: usize) {
    r.first = k;
    r.lead = k;
    r.initial = false;
    r.person_cue = true;
}
