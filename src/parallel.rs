//! Work split over the cores: loading articles, tokenizing them and reading claim phrases are
//! each independent per item, and the results keep their order.

use std::ops::Range;

/// `f` over `0..len`, cut into one range per core (eight at most), results in order. Fewer
/// than `min_len` items run on this thread: starting threads would cost more than they save.
pub fn map_ranges<T: Send>(
    len: usize,
    min_len: usize,
    f: impl Fn(Range<usize>) -> Vec<T> + Sync,
) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    if threads < 2 || len < min_len {
        return f(0..len);
    }
    let chunk = len.div_ceil(threads);
    let f = &f;
    std::thread::scope(|s| {
        let parts: Vec<_> = (0..len)
            .step_by(chunk)
            .map(|from| s.spawn(move || f(from..(from + chunk).min(len))))
            .collect();
        parts
            .into_iter()
            .flat_map(|h| h.join().expect("worker thread panicked"))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_the_order_of_the_items() {
        let squares = super::map_ranges(1000, 8, |r| r.map(|i| i * i).collect());
        assert_eq!(squares, (0..1000).map(|i| i * i).collect::<Vec<_>>());
        assert_eq!(super::map_ranges(3, 8, |r| r.collect()), [0, 1, 2]);
    }
}
