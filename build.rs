//! Links Vectorscan (Debian: libvectorscan-dev) when the build machine has it: the keyword and
//! indicator searches then take hundreds of words in one pass. Without it they run in groups of
//! 64 words (aho-corasick's Teddy), same results, more CPU. `LAYERHOUND_NO_VECTORSCAN=1` builds
//! without it even where it is installed; `LAYERHOUND_REQUIRE_VECTORSCAN=1` (CI) makes its absence
//! an error.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(vectorscan)");
    println!("cargo::rerun-if-env-changed=LAYERHOUND_NO_VECTORSCAN");
    println!("cargo::rerun-if-env-changed=LAYERHOUND_REQUIRE_VECTORSCAN");
    if std::env::var_os("LAYERHOUND_NO_VECTORSCAN").is_some() {
        return;
    }
    // hs_compile_lit_multi arrived in Hyperscan 5.2; Vectorscan has it in every release.
    match pkg_config::Config::new().atleast_version("5.2").probe("libhs") {
        Ok(_) => println!("cargo::rustc-cfg=vectorscan"),
        Err(err) if std::env::var_os("LAYERHOUND_REQUIRE_VECTORSCAN").is_some() => {
            panic!("LAYERHOUND_REQUIRE_VECTORSCAN is set but Vectorscan was not found: {err}")
        }
        Err(err) => println!("cargo::warning=Vectorscan not found ({err}): the keyword search runs in groups of 64 words (apt-get install libvectorscan-dev for one pass)"),
    }
}
