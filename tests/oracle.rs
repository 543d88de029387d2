//! Independent oracle: images built by umoci/skopeo (tests/oracle/make-oracle-images.sh) must
//! reconstruct to exactly the tree `umoci unpack` produces: paths, types, modes, owners,
//! sizes, content hashes and link targets, in both OCI and docker-archive form.

mod common;

use std::process::Command;

use layerhound::analysis::Analysis;

#[test]
fn reconstruction_equals_umoci_unpack() {
    let out = tempfile::tempdir().expect("temp dir");
    let script = common::repo_path("tests/oracle/make-oracle-images.sh");
    let status = Command::new("bash")
        .arg(&script)
        .arg(out.path())
        .status()
        .expect("bash runs (the oracle needs umoci, skopeo and python3: see .ci/run)");
    assert!(status.success(), "{} failed: are umoci and skopeo installed? (apt-get install -y umoci skopeo)", script.display());

    let mut compared = 0;
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".tree.tsv") && !n.starts_with("multi."))
        .collect();
    names.sort();
    for tree in names {
        let name = tree.trim_end_matches(".tree.tsv");
        let expected = common::read_lines(&out.path().join(&tree));
        for form in ["oci.tar", "docker.tar"] {
            let evidence = common::open(&out.path().join(format!("{name}.{form}")));
            let analysis = common::analyse(&evidence);
            assert_eq!(analysis.image_count(), 1);
            assert!(analysis.view(0).unwrap().verified, "{name}.{form}: layers verify");
            common::assert_same_tree(&common::tree_lines(&analysis, 0), &expected, &format!("{name}.{form}"));
            compared += 1;
        }
    }
    assert!(compared >= 8, "only {compared} images compared");

    let evidence = common::open(&out.path().join("multi.oci.tar"));
    let analysis = common::analyse(&evidence);
    assert_eq!(analysis.image_count(), 2);
    for tag in ["a", "b"] {
        let index = index_of(&analysis, tag);
        let expected = common::read_lines(&out.path().join(format!("multi.tree.{tag}.tsv")));
        common::assert_same_tree(&common::tree_lines(&analysis, index), &expected, &format!("multi.oci.tar tag {tag}"));
    }
    let shared: usize = common::views(&analysis).iter().map(|v| v.layer_members.len()).sum();
    assert!(analysis.layers.len() < shared, "the shared base layer is read once");
}

fn index_of(analysis: &Analysis, tag: &str) -> usize {
    analysis
        .discovery
        .images
        .iter()
        .position(|image| image.refs.iter().any(|r| r == tag))
        .unwrap_or_else(|| panic!("no image tagged {tag}"))
}
