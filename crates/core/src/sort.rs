//! One stable sort for the whole product.
//!
//! `slice::sort_by` is generic over the element type and the comparator, so each call site on a new
//! type makes the compiler emit another copy of the standard library's stable sort: several KB of
//! wasm each, about thirty copies in the app. These helpers sort a permutation of indices instead,
//! through one non-generic function, so there is a single copy whatever is sorted. The cost is an
//! indirect comparison and one move of each element, which is nothing next to the UI work around
//! the places that sort (lists of at most a few thousand items). The span index keeps its own
//! unstable sort on its hot path.
//!
//! All helpers are stable: equal elements keep their order.

use std::cmp::Ordering;

/// The order that sorts `n` items compared by index.
#[inline(never)]
fn sorted_order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Stable sort of `v` by `cmp`.
pub fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items = v.as_slice();
        sorted_order(items.len(), &|a, b| cmp(&items[a], &items[b]))
    };
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    // `order` is a permutation of 0..len: every slot is taken exactly once.
    v.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Stable sort of `v` by a key computed from each element.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Stable sort of `v` in ascending order.
pub fn sort<T: Ord>(v: &mut Vec<T>) {
    sort_by(v, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut v, |p| p.0);
        assert_eq!(v, vec![(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn short_vectors_are_left_alone() {
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![String::from("x")];
        sort(&mut one);
        assert_eq!(one, vec!["x"]);
    }

    proptest! {
        #[test]
        fn agrees_with_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut std_sorted = v.clone();
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(&ours, &std_sorted);
            let mut descending = v.clone();
            sort_by(&mut descending, |a, b| b.cmp(a));
            let mut expected = v;
            expected.sort_by(|a, b| b.cmp(a));
            prop_assert_eq!(descending, expected);
        }
    }
}
