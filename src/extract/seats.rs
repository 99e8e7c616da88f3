//! Where a body sits, by the places its name holds ("Haute Cour de Londres" in London, so in
//! the United Kingdom; "Tribunal Superior da Inglaterra" in England, so there too), and the
//! bodies of one kind that the dossier seats in one country, which are one body.

use super::clusters::{Cluster, mergeable};
use super::translations::{join, root};
use rustc_hash::FxHashMap as HashMap;

/// Where the places in a body's name seat it.
#[derive(Debug, PartialEq)]
pub(super) enum Seat {
    /// The name holds no place.
    Nowhere,
    /// In a country (ISO code), and in one of its regions and towns where the name says
    /// which: "Haute Cour de Londres" is in "GB" at "londres"; "Tribunal Superior da
    /// Inglaterra" in "GB", region "inglaterra".
    In(&'static str, Option<String>, Option<String>),
    /// Places the lists do not seat, or two towns, two regions or two countries.
    Unknown,
}

impl Seat {
    /// This seat with one more place of the name: `place` as written (folded), seated where
    /// `at` says (a country's code, and whether the place is a region); a country itself is
    /// neither region nor town.
    pub(super) fn and(self, at: Option<(&'static str, bool)>, place: Option<&str>) -> Seat {
        let Some((country, region)) = at else {
            return Seat::Unknown;
        };
        let (r, t) = match place {
            Some(p) if region => (Some(p.to_string()), None),
            Some(p) => (None, Some(p.to_string())),
            None => (None, None),
        };
        // One of two, where they are not two different places.
        let one = |a: Option<String>, b: Option<String>| match (a, b) {
            (Some(a), Some(b)) if a != b => Err(()),
            (a, b) => Ok(a.or(b)),
        };
        match self {
            Seat::Unknown => Seat::Unknown,
            Seat::Nowhere => Seat::In(country, r, t),
            // Two regions of one country: a body that serves both ("the High Court of England
            // and Wales") sits in the country. Two towns are two bodies' seats.
            Seat::In(c, r0, t0) if c == country => match (one(r0, r), one(t0, t)) {
                (Ok(r), Ok(t)) => Seat::In(c, r, t),
                (Err(()), Ok(t)) => Seat::In(c, None, t),
                _ => Seat::Unknown,
            },
            Seat::In(..) => Seat::Unknown,
        }
    }
}

/// Bodies of one kind and the same concepts, seated by their names in one country, are one
/// body where the dossier seats them in at most one town and one region of it: "Haute Cour de
/// Londres", "Tribunal Superior da Inglaterra" and "High Court" in London are one court;
/// "Tribunal de Paris" and "Tribunal de Nanterre" stay two.
pub(super) fn merge_seats<'a>(
    clusters: &[Cluster],
    bodies: impl Iterator<Item = (usize, &'static str, &'a [String], &'a Seat)>,
    group: &mut [usize],
    pairs: &mut Vec<(usize, usize)>,
) {
    // By kind of body, concepts and country.
    type Kind<'a> = (&'a str, &'a [String], &'a str);
    let mut seated: HashMap<Kind, Vec<(usize, &Seat)>> = HashMap::default();
    for (id, head, core, seat) in bodies {
        if let Seat::In(country, ..) = *seat {
            seated
                .entry((head, core, country))
                .or_default()
                .push((id, seat));
        }
    }
    for bodies in seated.values().filter(|b| b.len() > 1) {
        let mut towns: Vec<&str> = Vec::new();
        let mut regions: Vec<&str> = Vec::new();
        for (_, seat) in bodies {
            if let Seat::In(_, region, town) = seat {
                regions.extend(region.as_deref());
                towns.extend(town.as_deref());
            }
        }
        towns.sort_unstable();
        towns.dedup();
        regions.sort_unstable();
        regions.dedup();
        if towns.len() > 1 || regions.len() > 1 {
            continue;
        }
        let into = root(group, bodies[0].0);
        for &(id, _) in &bodies[1..] {
            let from = root(group, id);
            if from != into && mergeable(clusters, from, into) {
                join(group, from, into);
                pairs.push((from, into));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_town_and_its_country_agree_and_two_towns_do_not() {
        let london = Seat::Nowhere.and(Some(("GB", false)), Some("londres"));
        assert_eq!(london, Seat::In("GB", None, Some("londres".into())));
        // The country adds nothing a town of it does not say.
        assert_eq!(
            london.and(Some(("GB", false)), None),
            Seat::In("GB", None, Some("londres".into()))
        );
        let two = Seat::Nowhere
            .and(Some(("FR", false)), Some("paris"))
            .and(Some(("FR", false)), Some("nanterre"));
        assert_eq!(two, Seat::Unknown);
        // Two regions of one country seat a body in the country.
        let both = Seat::Nowhere
            .and(Some(("GB", true)), Some("england"))
            .and(Some(("GB", true)), Some("wales"));
        assert_eq!(both, Seat::In("GB", None, None));
        assert_eq!(Seat::Nowhere.and(None, Some("haren")), Seat::Unknown);
        assert_eq!(
            Seat::Nowhere
                .and(Some(("AU", false)), None)
                .and(Some(("GB", false)), None),
            Seat::Unknown
        );
    }
}
