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
        // Cheat sheets and write-ups quote these one-liners.
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|[0-9]|pod)$/
}

rule webshell_php_encoded_eval
{
    meta:
        description = "PHP eval/assert of a decoded payload: base64_decode, gzinflate, gzuncompress, gzdecode, str_rot13, strrev, convert_uudecode, hex2bin or rawurldecode chained (with blanks, @ or any case) straight into eval or assert"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // PHP function names ignore case; the [Ee] and [Ll] classes are also there for the
        // search: they keep "e64_" and "val(" (common first bytes) out of the atoms, which
        // become "64_d" and "(gzi".
        $base64 = /[^>:\w$.](eval|assert)\s*\(\s*@?\s*bas[Ee]64_decode\s*\(/
        $chain = /[^>:\w$.]eva[Ll]\((gzinflate|gzuncompress|gzdecode|str_rot13|strrev|convert_uudecode)\(/
        // The same chains written with blanks, @ or another case: `@EVAL (gzinflate (`,
        // `eval(str_rot13 (`, `assert(gzuncompress(`. The decoder names carry the atoms.
        $spaced = /[^>:\w$.](eval|EVAL|Eval|assert|ASSERT)\s*\(\s*@?\s*(gzinflate|gzuncompress|gzdecode|str_rot13|strrev|convert_uudecode|hex2bin|rawurldecode|GZINFLATE|GZUNCOMPRESS|STR_ROT13)\s*\(/
    condition:
        any of them
}

rule webshell_php_preg_replace_e
{
    meta:
        description = "preg_replace with the /e modifier (evaluates the replacement as PHP) in a call that takes request input, or whose replacement is escaped or encoded code (\\x65\\x76..., eval, base64_decode, gzinflate)"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $e = /preg_replace\s*\(\s*["'][\/#@~!|][^"'\n]{0,100}[\/#@~!|][imsxuADSUXJn]{0,8}e[imsxuADSUXJn]{0,8}["']\s*,[^;\n]{0,100}\$_(GET|POST|REQUEST|COOKIE|SERVER)/
        // The replacement is the payload: hex- or octal-escaped, or a decode chain.
        $e_encoded = /preg_replace\s*\(\s*["'][\/#@~!|][^"'\n]{0,100}[\/#@~!|][imsxuADSUXJn]{0,8}e[imsxuADSUXJn]{0,8}["']\s*,\s*["'](\\x[0-9A-Fa-f]{2}|\\[0-7]{3}|[^"'\n]{0,20}(eval|base64_decode|gzinflate|str_rot13)\s*\()/
    condition:
        $e or $e_encoded
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

rule webshell_php_encrypted_loader
{
    meta:
        description = "PHP page evaluating code it decrypts from the request (Behinder, Godzilla and their copies): eval of a variable joined with an empty string, next to the raw request body (php://input), openssl_decrypt or a key-XOR loop over posted data"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        // eval($p."") / eval($p.''): the atom is the rare `."")`.
        $eval_concat = /eval\(\s*\$[A-Za-z_][A-Za-z0-9_]{0,20}\s*\.\s*(""|'')\s*\)/
        $input = "php://input" ascii
        $decrypt = "openssl_decrypt" ascii
        // $D[$i] ^ $K[$i+1&15]: each byte XORed with a 16-byte key.
        // Written without blanks, as the kits do, so that "+1&15]" is the search atom.
        $xor = /\^\s?\$[A-Za-z_][A-Za-z0-9_]{0,20}\[\$[A-Za-z_]{1,5}\+1&15\]/
        $request = /\$_(POST|REQUEST|COOKIE)\s*\[/
    condition:
        ($eval_concat and ($input or $decrypt or $xor))
        or ($xor and ($input or $request) and ($decrypt or $eval_concat or filesize < 4096))
}

rule webshell_aspx_assembly_load
{
    meta:
        description = "ASP.NET page loading a .NET assembly it decrypts or decodes from the request (Behinder, Godzilla, Chopper-style loaders): Assembly.Load with Request.BinaryRead/Request[...] and a cipher or base64"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $load = /Assembly\.Load\(|GetMethod\(\s*"Load"/
        $request = /Request\.(BinaryRead|Form|Params|Item|QueryString)|Request\s*\[|Context\.Request\b/
        $crypto = /CreateDecryptor\(|RijndaelManaged|FromBase64String\(|AesManaged|TransformFinalBlock\(/
    condition:
        $load and $request and $crypto
        and extension matches /^(aspx?|ashx|asmx|ascx|asax|cshtml|svc|config)$/i
}

rule webshell_asp_execute_request_body
{
    meta:
        description = "Classic ASP page running what the request body carries: Execute/ExecuteGlobal/Eval of data read with Request.BinaryRead (decoded or XORed on the way), or a WScript.Shell object running a command taken from the request"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $body = "Request.BinaryRead" ascii nocase
        // execute(result) on a line of its own or before %>.
        $execute = /xecute(global)?\s*\(?\s*[A-Za-z_][A-Za-z0-9_]{0,30}\s*\)?\s*(\r?\n|%>)/ nocase
        $wscript = /CreateObject\(\s*"WScript\.Shell"\s*\)/ nocase
        // .Exec("cmd /c " & Request.Form("c")), .Run(Request("c")).
        $run = /\.(exec|run)\s*\(?\s*("[^"\n]{0,30}"\s*&\s*)?Request/ nocase
        // Two steps: c = Request.Form("c") ... .Run("cmd.exe /c " & c ...).
        $run_cmd = /\.(exec|run)\s*\(?\s*"cmd(\.exe)?\s+\/c\s*"\s*&/ nocase
        $request = /=\s*Request(\.Form|\.QueryString)?\s*\(/ nocase
    condition:
        extension matches /^(asp|asa|cer|cdx)$/i
        and (($body and $execute) or ($wscript and ($run or ($run_cmd and $request))))
}

rule webshell_aspx_shell_control
{
    meta:
        description = "ASP.NET page starting cmd.exe or /bin/sh with arguments typed into the page (a server control's .Text, or Request input): the classic ASPX command shells"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $psi = /ProcessStartInfo\s*\(/
        $start = /Process\.Start\(|\.Start\(\s*\)/
        $shell = /cmd\.exe|\/bin\/(ba)?sh|"cmd"/ nocase
        // The command comes from a text box: `.Arguments = ... txt.Text`, `new
        // ProcessStartInfo(xpath.text)`, `ExecuteCommand(txtCommand.Text)`. Never a bare
        // ".text" (every ELF has that section name).
        $text_args = /\.Arguments\s*=[^;\n]{0,80}\.[Tt]ext\b|ProcessStartInfo\s*\([A-Za-z_][A-Za-z0-9_]{0,30}\.[Tt]ext\s*\)|(Cmd|Command)\s*\(\s*[A-Za-z_][A-Za-z0-9_]{0,30}\.Text\s*\)/
        $control = /runat\s*=\s*"?server/ nocase
    condition:
        extension matches /^(aspx|ashx|asmx|ascx)$/i
        and $psi and $start and $shell and $text_args and $control
}

rule webshell_jsp_class_loader
{
    meta:
        description = "JSP defining a class from bytes it decrypts or decodes from the request (Behinder, Godzilla): a ClassLoader's defineClass next to a cipher or base64 decoding and request input"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $define = /\.defineClass\(/
        $cipher = /Cipher\.getInstance\(|BASE64Decoder|Base64\.getDecoder|base64Decode\(/
        $request = /request\.(getParameter|getReader|getInputStream)\(/
    condition:
        $define and $cipher and $request
        and extension matches /^jspx?$/i
}

rule webshell_jsp_reverse_socket
{
    meta:
        description = "JSP opening a socket and wiring a started shell (cmd.exe, /bin/sh) to it: a reverse shell served as a page"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $socket = /new\s+(java\.net\.)?Socket\(/
        $exec = /\.exec\(\s*["'](cmd\.exe|\/bin\/(ba)?sh)|new ProcessBuilder\(\s*["'](cmd\.exe|\/bin\/(ba)?sh)|\.exec\(\s*[A-Za-z_]{1,20}\s*\)/
        $pipe = /getInputStream\(\)|getOutputStream\(\)/
    condition:
        $socket and $exec and #pipe >= 2
        and extension matches /^jspx?$/i
}
