//! When to autosave: soon after an edit, but not so often that writing a large document (which
//! blocks the page while the browser copies the value) gets in the way of someone editing fast.

/// The shortest wait after an edit before saving, in milliseconds.
pub const AUTOSAVE_MIN_MS: f64 = 300.0;
/// The longest wait after an edit, however busy the person is.
pub const AUTOSAVE_QUIET_MAX_MS: f64 = 2000.0;
/// Edits are never left unsaved for longer than this, even while edits keep coming.
pub const AUTOSAVE_MAX_UNSAVED_MS: f64 = 5000.0;

/// How long to wait before saving, after an edit.
///
/// `last_save_ms` is how long the previous save took; `unsaved_for_ms` how long the oldest unsaved
/// edit has been waiting. A save that blocks for `t` ms waits for about `8 t` ms without edits
/// (between [`AUTOSAVE_MIN_MS`] and [`AUTOSAVE_QUIET_MAX_MS`]), so it takes at most about an
/// eighth of someone's pauses; but no edit waits longer than [`AUTOSAVE_MAX_UNSAVED_MS`].
pub fn autosave_delay_ms(last_save_ms: f64, unsaved_for_ms: f64) -> f64 {
    let last = if last_save_ms.is_finite() { last_save_ms.max(0.0) } else { 0.0 };
    let quiet = (last * 8.0).clamp(AUTOSAVE_MIN_MS, AUTOSAVE_QUIET_MAX_MS);
    let left = if unsaved_for_ms.is_finite() { AUTOSAVE_MAX_UNSAVED_MS - unsaved_for_ms.max(0.0) } else { 0.0 };
    quiet.min(left.max(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_documents_save_after_the_minimum_wait() {
        assert_eq!(autosave_delay_ms(0.0, 0.0), AUTOSAVE_MIN_MS);
        assert_eq!(autosave_delay_ms(5.0, 100.0), AUTOSAVE_MIN_MS);
    }

    #[test]
    fn slow_saves_wait_for_a_longer_pause() {
        assert_eq!(autosave_delay_ms(150.0, 0.0), 1200.0);
        assert_eq!(autosave_delay_ms(900.0, 0.0), AUTOSAVE_QUIET_MAX_MS);
    }

    #[test]
    fn no_edit_waits_longer_than_the_cap() {
        assert_eq!(autosave_delay_ms(150.0, 4500.0), 500.0);
        assert_eq!(autosave_delay_ms(150.0, 6000.0), 0.0);
        assert_eq!(autosave_delay_ms(0.0, 4900.0), 100.0);
    }

    #[test]
    fn odd_measurements_fall_back_to_saving_soon() {
        assert_eq!(autosave_delay_ms(f64::NAN, 0.0), AUTOSAVE_MIN_MS);
        assert_eq!(autosave_delay_ms(-4.0, -1.0), AUTOSAVE_MIN_MS);
        assert_eq!(autosave_delay_ms(10.0, f64::INFINITY), 0.0);
    }
}
