//! The secret detectors are data with their own examples (signatures/secrets/*.toml): every
//! detector must find each of its examples (at the confidence the example names) and none of
//! its negative examples.

use layerhound::scan::secrets::DetectorSet;

#[test]
fn every_builtin_detector_finds_its_examples_and_not_its_counter_examples() {
    let detectors = DetectorSet::compile(&[], true).expect("the built-in detectors compile");
    let failures: Vec<String> = detectors.check_examples().into_iter().map(|(_, failure)| failure).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
