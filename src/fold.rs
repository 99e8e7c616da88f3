//! The folded form words are compared in: lower case, without the diacritics of the six
//! languages, apostrophes made ASCII. Free of the rest of the crate, so that `build.rs` folds
//! the shipped word lists with the very same code.

/// Lower case without accents, apostrophes made ASCII: the form names are compared in.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(&mut out, s);
    out
}

/// [`fold`] into a buffer that is cleared first, to spare an allocation per word.
pub fn fold_into(out: &mut String, s: &str) {
    out.clear();
    for c in s.chars() {
        match c {
            '’' | 'ʼ' | '`' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => c.to_lowercase().for_each(|l| push_folded(out, l)),
        }
    }
}

/// Push `c` without its diacritics (for the Latin letters of the six languages).
pub fn push_folded(out: &mut String, c: char) {
    let base = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'A',
        'Ç' => 'C',
        'È' | 'É' | 'Ê' | 'Ë' => 'E',
        'Ì' | 'Í' | 'Î' | 'Ï' => 'I',
        'Ñ' => 'N',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'O',
        'Ù' | 'Ú' | 'Û' | 'Ü' => 'U',
        'Ý' => 'Y',
        'œ' => {
            out.push_str("oe");
            return;
        }
        'æ' => {
            out.push_str("ae");
            return;
        }
        'ß' => {
            out.push_str("ss");
            return;
        }
        other => other,
    };
    out.push(base);
}
