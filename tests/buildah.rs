//! Images built by buildah (tests/buildah/make-buildah-images.sh: containers/storage computes
//! the layer diffs and writes the whiteouts), pushed as a docker-archive and an oci-archive:
//! the merged tree equals what `umoci unpack` makes of the same image, and what was planted is
//! found once each with its place, layer and state, its values redacted.

mod common;

use std::process::Command;

#[test]
fn buildah_images_rebuild_like_umoci_and_show_each_planted_threat() {
    let dir = tempfile::tempdir().unwrap();
    let script = common::repo_path("tests/buildah/make-buildah-images.sh");
    let built = Command::new("bash").arg(&script).arg(dir.path()).output().expect("bash runs");
    assert!(
        built.status.success(),
        "{} (needs buildah, skopeo, umoci: see .ci/run): {}",
        script.display(),
        String::from_utf8_lossy(&built.stderr)
    );
    let inputs = [dir.path().join("buildah.docker.tar"), dir.path().join("buildah.oci.tar")];

    let expected = common::read_lines(&dir.path().join("buildah.tree.tsv"));
    for input in &inputs {
        let evidence = common::open(input);
        let analysis = common::analyse(&evidence);
        assert_eq!(analysis.image_count(), 1, "{}", input.display());
        assert!(analysis.view(0).unwrap().verified, "{}: layers verify", input.display());
        common::assert_same_tree(&common::tree_lines(&analysis, 0), &expected, &input.display().to_string());
    }

    // The planted values are drawn from this seed: a failure names it, to be replayed.
    let seed = std::fs::read_to_string(dir.path().join("seed.txt")).unwrap();
    let replay = format!("(replay: LAYERHOUND_TEST_SEED={} cargo test --test buildah)", seed.trim());
    eprintln!("planted values {replay}");
    let report = common::scan_with_builtin_packs(&inputs, dir.path());
    assert_eq!(report["complete"], true, "{:#}", report["errors"]);
    let all = common::findings(&report);
    // Layer 0 copied the application in; layer 1 (changes in the mounted container) deleted
    // the .env, replaced the plugins and the status page, and added the backdoors; the config's
    // command logs in to a database with its password. The ngrok rule's matched line holds the
    // token: the report shows it redacted there too.
    let expected: &[(&str, &str, Option<u64>, &str)] = &[
        ("secrets:aws-access-key-id", "/app/.env", Some(0), "deleted"),
        ("secrets:aws-secret-access-key", "/app/.env", Some(0), "deleted"),
        ("secrets:database-url-password", "/app/database.yml", Some(0), "present"),
        ("secrets:stripe-live-key", "/app/config/production.json", Some(0), "present"),
        ("secrets:ngrok-authtoken", "/root/.config/ngrok/ngrok.yml", Some(1), "present"),
        ("layerhound:tunnel_ngrok", "/root/.config/ngrok/ngrok.yml", Some(1), "present"),
        ("secrets:command-line-password", "config.cmd", None, "present"),
        ("layerhound:webshell_php_request_exec", "/var/www/html/status.php", Some(1), "present"),
        ("layerhound:reverse_shell_dev_tcp", "/etc/cron.d/sync", Some(1), "present"),
        ("layerhound:persistence_cron_network", "/etc/cron.d/sync", Some(1), "present"),
        ("layerhound:persistence_authorized_key_in_image", "/root/.ssh/authorized_keys", Some(1), "present"),
        ("layerhound:tunnel_proxy_env_remote", "config.env[0]", None, "present"),
        ("layerhound:tunnel_circumvention_proxy", "/etc/shadowsocks-libev/config.json", Some(1), "present"),
        ("layerhound:persistence_ld_so_preload", "/etc/ld.so.preload", Some(1), "present"),
        ("layerhound:persistence_fixed_root_password", "/app/run.sh", Some(1), "present"),
    ];
    let planted = std::fs::read_to_string(dir.path().join("planted.txt")).unwrap();
    let json = report.to_string();
    for (name, value) in planted.lines().filter_map(|line| line.split_once(' ')) {
        assert!(!json.contains(value), "the report shows the planted {name} unredacted {replay}");
    }
    assert_eq!(all.len(), 2, "one image per archive: {:?}", all.keys().collect::<Vec<_>>());
    for (image, found) in &all {
        common::assert_each_found_once(image, found, expected);
        // The AWS documentation's example keys are reported, but never above low.
        for (severity, sightings) in found {
            if sightings.iter().any(|(_, place, _, _)| place.starts_with("/usr/share/doc/")) {
                assert_eq!(severity, "low", "{image}: documentation example {sightings:?}");
            }
        }
    }
}
