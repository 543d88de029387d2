//! What every target shares: small bounds, so one input cannot make an execution slow or big.

use layerhound::limits::Limits;

pub fn limits() -> Limits {
    Limits {
        max_layer_bytes: 8 << 20,
        max_tar_bytes: 8 << 20,
        ratio_floor_bytes: 1 << 20,
        max_entries: 10_000,
        max_nested_bytes: 8 << 20,
        max_nested_members: 1_000,
        max_scan_bytes: 1 << 20,
        ..Limits::default()
    }
}
