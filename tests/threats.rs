//! One planted threat of every class the Docker Hub study reports, in images made by umoci and
//! skopeo (tests/threats/make-threat-images.sh): each is reported once, with its path or config
//! field, layer and state, in the OCI layout and in the docker-archive copy; the "official"
//! image built on the same base, with look-alike benign files, gives no high or critical finding.
//!
//! It downloads Debian's busybox-static package; LAYERHOUND_OFFLINE=1 skips it.

mod common;

use std::process::Command;

#[test]
fn every_planted_threat_class_is_found_once_with_its_place_and_the_official_image_stays_quiet() {
    if std::env::var_os("LAYERHOUND_OFFLINE").is_some() {
        eprintln!("skipped: LAYERHOUND_OFFLINE is set (the images need Debian's busybox-static)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let script = common::repo_path("tests/threats/make-threat-images.sh");
    let built = Command::new("bash").arg(&script).arg(dir.path()).output().expect("bash runs");
    assert!(built.status.success(), "{}: {}", script.display(), String::from_utf8_lossy(&built.stderr));

    let report = common::scan_with_builtin_packs(&[dir.path().join("estate.oci.tar"), dir.path().join("ubunto.docker.tar")], dir.path());
    assert_eq!(report["complete"], true, "{:#}", report["errors"]);
    let all = common::findings(&report);

    // The official image: no high or critical finding from its decoys (a PHP page reading
    // $_GET safely, run-parts in crontab, documentation quoting reverse shells and xmrig, an
    // HTTPS redirect, Docker's hosts and resolv.conf).
    let official = &all["estate.oci.tar:official"];
    let loud: Vec<_> = official.iter().filter(|(severity, _)| severity == "high" || severity == "critical").collect();
    assert!(loud.is_empty(), "the official image gives high findings: {loud:#?}");

    // Layer 1 made the threats; layer 2 deleted the cron job and the dropper and overwrote the
    // webshell. A config field has no layer; a history step has the layer it made, if any.
    let expected: &[(&str, &str, Option<u64>, &str)] = &[
        ("layerhound:webshell_php_request_exec", "/var/www/html/uploads/thumb.php", Some(1), "overwritten"),
        ("layerhound:tunnel_frp_client", "/etc/frp/frpc.ini", Some(1), "present"),
        ("layerhound:hijack_hosts_pinned_domain", "/etc/hosts", Some(1), "present"),
        ("layerhound:hijack_html_redirect_injection", "/var/www/html/index.html", Some(1), "present"),
        ("meta:setuid-program", "/usr/bin/.sysd", Some(1), "present"),
        ("layerhound:reverse_shell_dev_tcp", "/etc/cron.d/sync", Some(1), "deleted"),
        ("layerhound:persistence_authorized_key_in_image", "/root/.ssh/authorized_keys", Some(1), "present"),
        ("layerhound:malware_cloud_credential_exfil", "/tmp/.x/init.sh", Some(1), "deleted"),
        ("layerhound:malware_competitor_killer", "/tmp/.x/init.sh", Some(1), "deleted"),
        ("layerhound:miner_xmrig_config", "/opt/.cfg/config.json", Some(1), "present"),
        ("ioc:mining-pool", "/opt/.cfg/config.json", Some(1), "present"),
        ("ioc:suspicious-tld", "history[1].created_by", Some(1), "present"),
        ("layerhound:config_start_downloads_and_runs", "config.entrypoint", None, "present"),
        ("layerhound:config_host_access", "config.entrypoint", None, "present"),
        ("layerhound:config_host_access", "config.volumes", None, "present"),
        ("layerhound:tunnel_proxy_env_remote", "config.env[0]", None, "present"),
        ("layerhound:config_exposes_miner_or_backdoor_port", "config.exposed_ports", None, "present"),
    ];
    for image in ["estate.oci.tar:backdoored", "ubunto.docker.tar:docker.io/library/ubunto:22.04"] {
        let found = &all[image];
        common::assert_each_found_once(image, found, expected);
        // The ENTRYPOINT's history step joins the config field's finding instead of a second one.
        let entrypoint_rules = found.iter().filter(|(_, s)| s.iter().any(|(_, place, _, _)| place == "config.entrypoint")).count();
        let history_only = found
            .iter()
            .filter(|(_, s)| s.iter().all(|(_, place, _, _)| place == "history[6].created_by"))
            .map(|(_, s)| s[0].0.clone())
            .collect::<Vec<_>>();
        assert!(entrypoint_rules >= 3, "{image}: {found:#?}");
        assert!(history_only.is_empty(), "{image}: history[6] (the ENTRYPOINT step) reported on its own: {history_only:?}");
    }
    let typosquat = |image: &str| {
        all[image]
            .iter()
            .any(|(_, s)| s.iter().any(|(detector, place, _, _)| detector == "meta:typosquatted-image-name" && place == "refs[0]"))
    };
    assert!(typosquat("ubunto.docker.tar:docker.io/library/ubunto:22.04"));
    assert!(!typosquat("estate.oci.tar:backdoored"));
}
