// Webshells: server pages that run what the request says (PHP, JSP, ASP/ASPX), as planted in
// the web root of an image or left behind in a layer.

rule webshell_php_request_exec
{
    meta:
        description = "PHP code execution (eval, assert, system, passthru, shell_exec, exec, popen, proc_open, create_function) fed directly from request input ($_GET, $_POST, $_REQUEST, $_COOKIE, $_SERVER['HTTP_...']), or a function whose name the request gives called with request input; China Chopper style one-liners included"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        // `->exec(`, `::exec(`, `.exec(` and `curl_exec(` are other functions: the character
        // before the name must not be part of a call chain or a longer name.
        $call = /[^>:\w$.](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec)\s*\(\s*@?\s*((stripslashes|trim|urldecode|rawurldecode|base64_decode|str_rot13|hex2bin)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER\s*\[\s*["']HTTP_)/
        // Backticks run a shell command too.
        $backtick = /(=|echo|print|return|\()\s*`\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        // A function name taken from the request, called with request input: $_GET['f']($_POST['c']).
        $dynamic = /\$_(GET|POST|REQUEST|COOKIE)\[[^\]\n]{1,40}\]\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\[/
        // The same through a variable, on one line: $f=$_GET['f'];$f($_GET['a']). The call is
        // written `$f($_GET[` (no blanks): "($_G" is the search atom.
        $variable_function = /\$[A-Za-z_][A-Za-z0-9_]{0,30}\s*=\s*@?\$_(GET|POST|REQUEST|COOKIE)\[[^\]\n]{1,40}\]\s*;([^\n]{0,60}[^>:\w$])?\s*\$[A-Za-z_][A-Za-z0-9_]{0,30}\((@\$_|\$_)(GET|POST|REQUEST|COOKIE)\[/
        // A function made from request input: create_function('', $_POST['c']). The request
        // variables are whole alternatives, so that "$_GE", "$_PO"... are the search atoms
        // ("ate_" of create_function is in every `update_`, `private_`, `date_`).
        $create_function = /create_function\s*\(\s*["'][^"'\n]{0,60}["']\s*,\s*@?\s*((stripslashes|trim|urldecode|rawurldecode|base64_decode|str_rot13|hex2bin)\s*\(\s*)?(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE|\$_SERVER\s*\[\s*["']HTTP_)/
    condition:
        any of them
}

rule webshell_php_encoded_eval
{
    meta:
        description = "PHP eval/assert of a decoded payload: base64_decode, gzinflate, gzuncompress, gzdecode, str_rot13, strrev or convert_uudecode chained straight into eval"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // PHP function names ignore case; the [Ee] and [Ll] classes are also there for the
        // search: they keep "e64_" and "val(" (common first bytes) out of the atoms, which
        // become "64_d" and "(gzi".
        $base64 = /[^>:\w$.](eval|assert)\s*\(\s*@?\s*bas[Ee]64_decode\s*\(/
        $chain = /[^>:\w$.]eva[Ll]\((gzinflate|gzuncompress|gzdecode|str_rot13|strrev|convert_uudecode)\(/
    condition:
        any of them
}

rule webshell_php_preg_replace_e
{
    meta:
        description = "preg_replace with the /e modifier (evaluates the replacement as PHP) in a call that takes request input"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $e = /preg_replace\s*\(\s*["'][\/#@~!|][^"'\n]{0,100}[\/#@~!|][imsxuADSUXJn]{0,8}e[imsxuADSUXJn]{0,8}["']\s*,[^;\n]{0,100}\$_(GET|POST|REQUEST|COOKIE|SERVER)/
    condition:
        $e
}

rule webshell_php_known_family
{
    meta:
        description = "Known PHP webshell family (b374k, WSO/FilesMan, c99, r57) named in a PHP page that also runs commands"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        // `_?` makes "374k" the search atom (not "b374": a common first byte).
        $b374k = /[Bb]_?374[Kk]/
        $wso = /WSO_VERSION|wsoEx\(/
        $c99 = /c99shell|c99sh_|c99_sess_put|c99_buff_prepare/ nocase
        $r57 = /r57shell|r57_pwd_hash|r57 shell/ nocase
        // `shell_e[Xx]ec`: the class moves the search atom from "l_ex" to "shel".
        $run = /passthru\s*\(|shell_e[Xx]ec\s*\(/
    condition:
        // A PHP page (by name, or starting with a PHP tag): WAF rule sets and signature lists
        // name the families too, next to PHP snippets.
        (extension matches /^(php[0-9]?|phtml|phar|inc)$/i or uint16(0) == 0x3f3c)
        and $run and any of ($b374k, $wso, $c99, $r57)
}

rule webshell_jsp_request_exec
{
    meta:
        description = "JSP running a command taken from the request (Runtime.exec or ProcessBuilder on request.getParameter), any JSP page running commands, or a page loading a class sent in the request (Behinder/Godzilla-style)"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $direct = /\.exec\(\s*request\.getParameter\s*\(/
        $runtime = /getRuntime\(\s*\)\.exec\(/
        $builder = /new ProcessBuilder\(/
        $behinder = /\.newInstance\(\s*\)\.equals\(\s*pageContext\s*\)/
        $reader = /\.getReader\(\s*\)\.readLine\(\)/
        $loader = "ClassLoader{" ascii
    condition:
        $direct
        // Two steps in a page: String cmd = request.getParameter("cmd"); ... exec(cmd).
        or (($runtime or $builder) and extension matches /^jspx?$/i)
        or (($behinder or $reader) and $loader and extension matches /^jspx?$/i)
}

rule webshell_asp_request_eval
{
    meta:
        description = "ASP/ASPX evaluating request input: eval(Request...), Execute(Request...), ExecuteGlobal(Request...), China Chopper style `<%eval request(\"x\")%>`"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $call = /[^.\w](eval|execute|executeglobal)\(request[.(\[]/ nocase
        $statement = /<%[ \t]{0,2}(eval|execute|executeglobal)[ (]+request\(/ nocase
    condition:
        any of them
}

rule webshell_aspx_process_request
{
    meta:
        description = "ASP.NET page starting a process (Process.Start, ProcessStartInfo) with a command taken from the request (Request[...], Request.Form, Request.QueryString, Request.Params)"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        // Request input inside the Process.Start(...) call itself.
        $start = /Process\.Start\s*\([^;\n]{0,160}Request(\.(Form|QueryString|Params|Item|Headers|Cookies))?\s*[\[(]/
        $start_info = /ProcessStartInfo\([^;\n]{0,160}Request(\.(Form|QueryString|Params|Item|Headers|Cookies))?\s*[\[(]/
        // Two steps in a page: psi.Arguments = "/c " + Request.Form["c"]; Process.Start(psi).
        // Spelled so that the search atoms are "nfo(", "nfo." and "s.St", not "Proc".
        $psi = "ProcessStartInfo(" ascii
        $start_info_field = "StartInfo.FileName" ascii
        $process = "Process.Start" ascii
        $request = /Request(\.(Form|QueryString|Params|Item))?\s*\[\s*["']/
        $shell1 = "cmd.exe" ascii nocase
        $shell2 = "\"cmd\"" ascii nocase
        $shell3 = "/bin/sh" ascii
        $shell4 = "/bin/bash" ascii
    condition:
        $start or $start_info
        or (($psi or $start_info_field or $process) and $request and any of ($shell*)
            and extension matches /^(aspx?|ashx|asmx|ascx|asax|cshtml|vbhtml|svc)$/i)
}
