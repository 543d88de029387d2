// Webshells: server pages that run what the request says (PHP, JSP, ASP/ASPX), as planted in
// the web root of an image or left behind in a layer.
//
// Text and documentation quote these pages, so most rules leave .md, .rst, man pages and .txt
// alone; a .txt that starts as a page (`<?` or `<%`) is one, kept under that name by RFI
// payloads and shell kits.

rule webshell_php_request_exec
{
    meta:
        description = "PHP code execution (eval, assert, system, passthru, shell_exec, exec, popen, proc_open, create_function) fed directly from request input ($_GET, $_POST, $_REQUEST, $_COOKIE, $_SERVER['HTTP_...'], getenv('HTTP_...')), or a function whose name the request gives called with request input; China Chopper style one-liners included"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        // `->exec(`, `::exec(`, `.exec(` and `curl_exec(` are other functions: the character
        // before the name must not be part of a call chain or a longer name.
        $call = /[^>:\w$.](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec)\s*\(\s*@?\s*((stripslashes|trim|urldecode|rawurldecode|base64_decode|str_rot13|hex2bin)\s*\(\s*)?\$_(GET|POST|REQUEST|COOKIE|SERVER\s*\[\s*["']HTTP_)/
        // Backticks run a shell command too.
        $backtick = /(=|echo|print|return|\()\s*`\s*\{?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        // A function name taken from the request, called with request input: $_GET['f']($_POST['c']).
        $dynamic = /\$_(GET|POST|REQUEST|COOKIE)\[[^\]\n]{1,40}\]\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\[/
        // The same through a variable, on one line: $f=$_GET['f'];$f($_GET['a']). The call is
        // written `$f($_GET[` (no blanks): "($_G" is the search atom.
        $variable_function = /\$[A-Za-z_][A-Za-z0-9_]{0,30}\s*=\s*@?\$_(GET|POST|REQUEST|COOKIE)\[[^\]\n]{1,40}\]\s*;([^\n]{0,60}[^>:\w$])?\s*\$[A-Za-z_][A-Za-z0-9_]{0,30}\((@\$_|\$_)(GET|POST|REQUEST|COOKIE)\[/
        // A function made from request input: create_function('', $_POST['c']). The request
        // variables are whole alternatives, so that "$_GE", "$_PO"... are the search atoms
        // ("ate_" of create_function is in every `update_`, `private_`, `date_`).
        // Request headers read through getenv(): passthru(getenv("HTTP_ACCEPT_LANGUAGE")).
        $getenv = /[^>:\w$.](eval|assert|system|passthru|shell_exec|exec|popen|proc_open)\s*\(\s*@?\s*getenv\s*\(\s*["']HTTP_/
        $create_function = /create_function\s*\(\s*["'][^"'\n]{0,60}["']\s*,\s*@?\s*((stripslashes|trim|urldecode|rawurldecode|base64_decode|str_rot13|hex2bin)\s*\(\s*@?\s*)?(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE|\$_SERVER\s*\[\s*["']HTTP_)/
    condition:
        any of them
        // Cheat sheets and write-ups quote these one-liners.
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
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
        // eval("?>".gzinflate(...)): a packed page run as a template (b374k and its packers),
        // the decoder sometimes wrapped in parentheses: eval("?>".(base64_decode($x))).
        $template = /eval\s*\(\s*["']\?>["']\s*\.[\s(@]{0,4}(gzinflate|gzuncompress|gzdecode|base64_decode|str_rot13|strrev|convert_uudecode|hex2bin)\s*\(/
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
        description = "preg_replace with the /e modifier (evaluates the replacement as PHP) in a call that takes request input, whose replacement is escaped or encoded code (\\x65\\x76..., eval, base64_decode, gzinflate), or whose replacement is a variable or a decoded value (code kept elsewhere: the session, a fetched page)"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $e = /preg_replace\s*\(\s*["'][\/#@~!|][^"'\n]{0,100}[\/#@~!|][imsxuADSUXJn]{0,8}e[imsxuADSUXJn]{0,8}["']\s*,[^;\n]{0,100}\$_(GET|POST|REQUEST|COOKIE|SERVER)/
        // The replacement is the payload: hex- or octal-escaped, or a decode chain.
        $e_encoded = /preg_replace\s*\(\s*["'][\/#@~!|][^"'\n]{0,100}[\/#@~!|][imsxuADSUXJn]{0,8}e[imsxuADSUXJn]{0,8}["']\s*,\s*["'](\\x[0-9A-Fa-f]{2}|\\[0-7]{3}|[^"'\n]{0,20}(eval|base64_decode|gzinflate|str_rot13)\s*\()/
        // The replacement is a value, not code written in the call: a variable or a decoded
        // one, as in preg_replace('/.*/e', ' '.$a, '') and @preg_replace("~(.*)~ies",
        // gzuncompress($_SESSION['api']), null); curly quotes as pasted from write-ups.
        $e_value = /preg_replace\s*\(\s*(["']|\xe2\x80[\x9c\x9d])[\/#@~!|][^"'\n]{0,100}[\/#@~!|][imsxuADSUXJn]{0,8}e[imsxuADSUXJn]{0,8}(["']|\xe2\x80[\x9c\x9d])\s*,\s*(["'] ?["']\s*\.\s*)?(\$[A-Za-z_]|(gzuncompress|gzinflate|gzdecode|base64_decode|str_rot13|strrev|hex2bin)\s*\()/
    condition:
        $e or $e_encoded or $e_value
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

rule webshell_asp_request_variable_executed
{
    meta:
        description = "A small classic ASP or JScript page (under 4 KB) that puts request input into a variable and hands a variable, or a name it built, to Execute/Eval/ExecuteGlobal (`x = request(\"h\")` ... `eval x`, `Execute payload`, `eval(keng, \"unsafe\")`), or runs `execute request(...)` as a statement on its own line: the two-step Chopper pages and their mutated copies, whose sink never names the request"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $tag = "<%"
        // A variable set from the request: x1 = request("h"), p = Request(key), d = Request.Form(...), k = Request.Item["z"].
        $assign = /\b[A-Za-z_][A-Za-z0-9_]{0,40}[ \t]*=[ \t]*request(\.(form|querystring|item|cookies))?[ \t]*[(\[]/ nocase
        // Execute/Eval given a bare name (a variable or a call), not a string literal; as a
        // statement (at a line's start or after `:`) or as a call.
        $run_var = /(^|[\n\r:;(][ \t]*)(eval|execute|executeglobal)([ \t]+|[ \t]*\([ \t]*)[A-Za-z_][A-Za-z0-9_]{0,40}[ \t]*([)(,&\r\n]|$)/ nocase
        // `execute request("x")` on a line of its own, the tag elsewhere (an HTML comment between).
        $run_req = /[\n\r][ \t]*(eval|execute|executeglobal)[ \t(]+request[ \t]*[(.\[]/ nocase
    condition:
        filesize < 4096 and $tag
        and (($assign and $run_var) or $run_req)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|txt|adoc|[0-9]|pod|js|vbs)$/
}

rule webshell_php_names_spelled_from_char_table
{
    meta:
        description = "PHP page spelling its function names one character at a time out of a scrambled string or table (`$t[20] . $t[17] . $t[3] ...`, `$G['a7b1'][45].$G['a7b1'][60]...`, long runs of characters picked by number and joined) and calling what it spelled (eval, or a call through an array element given a variable, `$f[9]($x)`, `$G[...[11]]($x)`): obfuscators that leave no function name in the page"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $php = "<?php"
        // Four joins in a row of characters picked by number, written tight or spaced; each
        // starts with the literal `].$` or `] . $` so that the search has an atom (a chain
        // starting at `$` cost six times a one-literal rule over text trees).
        $tight = /\]\.\$[A-Za-z_][A-Za-z0-9_]{0,30}(\[['"][A-Za-z0-9_]{1,12}['"]\])?\[[0-9]{1,3}\]\.\$[A-Za-z_][A-Za-z0-9_]{0,30}(\[['"][A-Za-z0-9_]{1,12}['"]\])?\[[0-9]{1,3}\]\.\$[A-Za-z_][A-Za-z0-9_]{0,30}(\[['"][A-Za-z0-9_]{1,12}['"]\])?\[[0-9]{1,3}\]\.\$/
        $spaced = /\] \. \$[A-Za-z_][A-Za-z0-9_]{0,30}(\[['"][A-Za-z0-9_]{1,12}['"]\])?\[[0-9]{1,3}\] \. \$[A-Za-z_][A-Za-z0-9_]{0,30}(\[['"][A-Za-z0-9_]{1,12}['"]\])?\[[0-9]{1,3}\] \. \$[A-Za-z_][A-Za-z0-9_]{0,30}(\[['"][A-Za-z0-9_]{1,12}['"]\])?\[[0-9]{1,3}\] \. \$/
        $eval = /[^\w>$]eval[ \t]*\(/
        // A call through an array element given a variable: $f[9]($x), $G[$G['k'][11]]($x).
        $call = "]($"
    condition:
        filesize < 256KB and $php
        and #tight + #spaced >= 4 and ($eval or $call)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|[0-9]|pod)$/
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

rule webshell_php_hidden_function_name
{
    meta:
        description = "PHP naming a code-running function so that no one reads its name: base64 (\"YXNzZXJ0\" is assert), rot13 (\"nffreg\"), strrev (\"tressa\") or split in quoted pieces (\"as\".\"sert\", \"base64\".\"_decode\"), in a page that takes request input or calls a function through a variable: AntSword, China Chopper and packed b374k loaders"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $base64 = /base64_decode\s*\(\s*["'](YXNzZXJ0|ZXZhbA|c3lzdGVt|c2hlbGxfZXhlYw|cGFzc3RocnU|Y3JlYXRlX2Z1bmN0aW9u|cHJvY19vcGVu|cG9wZW4|cGNudGxfZXhlYw|Z3ppbmZsYXRl|YmFzZTY0X2RlY29kZQ)/
        $rot13 = /str_rot13\s*\(\s*["'](nffreg|riny|flfgrz|cnffgueh|furyy_rkrp|perngr_shapgvba|cebp_bcra|cbcra|onfr64_qrpbqr|tmvasyngr)["']/ nocase
        $strrev = /strrev\s*\(\s*["'](tressa|lave|metsys|urhtssap|cexe_llehs|noitcnuf_etaerc|nepo_corp|edoced_46esab|etalfnizg)["']/ nocase
        // Two quoted pieces joined by `.` that spell one of these names.
        $split = /["'](a["']\s*\.\s*["']ssert|as["']\s*\.\s*["']sert|ass["']\s*\.\s*["']ert|asse["']\s*\.\s*["']rt|asser["']\s*\.\s*["']t|e["']\s*\.\s*["']val|ev["']\s*\.\s*["']al|eva["']\s*\.\s*["']l|s["']\s*\.\s*["']ystem|sy["']\s*\.\s*["']stem|sys["']\s*\.\s*["']tem|syst["']\s*\.\s*["']em|syste["']\s*\.\s*["']m|c["']\s*\.\s*["']reate_function|cr["']\s*\.\s*["']eate_function|cre["']\s*\.\s*["']ate_function|crea["']\s*\.\s*["']te_function|creat["']\s*\.\s*["']e_function|create["']\s*\.\s*["']_function|create_["']\s*\.\s*["']function|create_f["']\s*\.\s*["']unction|create_fu["']\s*\.\s*["']nction|create_fun["']\s*\.\s*["']ction|create_func["']\s*\.\s*["']tion|create_funct["']\s*\.\s*["']ion|create_functi["']\s*\.\s*["']on|create_functio["']\s*\.\s*["']n|b["']\s*\.\s*["']ase64_decode|ba["']\s*\.\s*["']se64_decode|bas["']\s*\.\s*["']e64_decode|base["']\s*\.\s*["']64_decode|base6["']\s*\.\s*["']4_decode|base64["']\s*\.\s*["']_decode|base64_["']\s*\.\s*["']decode|base64_d["']\s*\.\s*["']ecode|base64_de["']\s*\.\s*["']code|base64_dec["']\s*\.\s*["']ode|base64_deco["']\s*\.\s*["']de|base64_decod["']\s*\.\s*["']e|g["']\s*\.\s*["']zinflate|gz["']\s*\.\s*["']inflate|gzi["']\s*\.\s*["']nflate|gzin["']\s*\.\s*["']flate|gzinf["']\s*\.\s*["']late|gzinfl["']\s*\.\s*["']ate|gzinfla["']\s*\.\s*["']te|gzinflat["']\s*\.\s*["']e|s["']\s*\.\s*["']tr_rot13|st["']\s*\.\s*["']r_rot13|str["']\s*\.\s*["']_rot13|str_["']\s*\.\s*["']rot13|str_r["']\s*\.\s*["']ot13|str_ro["']\s*\.\s*["']t13|str_rot["']\s*\.\s*["']13|str_rot1["']\s*\.\s*["']3|s["']\s*\.\s*["']hell_exec|sh["']\s*\.\s*["']ell_exec|she["']\s*\.\s*["']ll_exec|shel["']\s*\.\s*["']l_exec|shell["']\s*\.\s*["']_exec|shell_["']\s*\.\s*["']exec|shell_e["']\s*\.\s*["']xec|shell_ex["']\s*\.\s*["']ec|shell_exe["']\s*\.\s*["']c|p["']\s*\.\s*["']assthru|pa["']\s*\.\s*["']ssthru|pas["']\s*\.\s*["']sthru|pass["']\s*\.\s*["']thru|passt["']\s*\.\s*["']hru|passth["']\s*\.\s*["']ru|passthr["']\s*\.\s*["']u|g["']\s*\.\s*["']zuncompress|gz["']\s*\.\s*["']uncompress|gzu["']\s*\.\s*["']ncompress|gzun["']\s*\.\s*["']compress|gzunc["']\s*\.\s*["']ompress|gzunco["']\s*\.\s*["']mpress|gzuncom["']\s*\.\s*["']press|gzuncomp["']\s*\.\s*["']ress|gzuncompr["']\s*\.\s*["']ess|gzuncompre["']\s*\.\s*["']ss|gzuncompres["']\s*\.\s*["']s)["']/
        $request = /\$_(GET|POST|REQUEST|COOKIE|SERVER|FILES)\s*\[|\$\{["']_|\$GLOBALS\s*\[\s*["']_|php:\/\/input/
        $php = "<?php" ascii nocase
    condition:
        any of ($base64, $rot13, $strrev, $split) and ($request or $php)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_variable_call_request
{
    meta:
        description = "PHP calling a function held in a variable with request input as its argument ($a($_POST['x']), $a(${'_POST'}...), $a($GLOBALS['_POST']...)): the AntSword and China Chopper server side, whatever the variable was set from"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // The request variables are whole alternatives, so that "$_PO", "$_GE"... are the atoms.
        // The called variable is `$_` or a name starting with a letter: `$_REQUEST ( $_GET + $_POST )`
        // in a comment is no call.
        $call = /[^>:\w$]\$(_|[A-Za-z][A-Za-z0-9_]{0,30})\s*\(\s*@?\s*(\$_POST|\$_GET|\$_REQUEST|\$_COOKIE|\$\{["']_|\$GLOBALS\s*\[\s*["']_(GET|POST|REQUEST|COOKIE))/
        // Superglobals reached by a computed name: ${"_PO"."ST"}, ${'_POST'}.
        $computed = /\$\{["']_(P|PO|POS|POST|G|GE|GET|R|RE|REQ|REQU|REQUE|REQUES|REQUEST|C|CO|COO|COOK|COOKI|COOKIE)["']\s*[.}]/
    condition:
        ($call or $computed)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_callback_sink
{
    meta:
        description = "PHP handing a code-running function (assert, eval via create_function, system, passthru, shell_exec) to a callback API (call_user_func, array_map, array_filter, usort, register_shutdown_function, register_tick_function, array_diff_ukey...) in a page that takes request input, calling back a function the request names, or (in a page under 8 KB) a callable held in a variable given request input, a request value wrapped in an array as the data of an API that calls back per element, or a callable whose name is split into a variable and a few letters"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        // A sink reached through reflection: new ReflectionFunction('system') then ->invoke(..).
        $reflect = /new\s+ReflectionFunction\s*\(\s*["'](assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec)["']/
        $named = /(call_user_func(_array)?|array_map|array_filter|array_walk(_recursive)?|array_(diff|intersect)_u(key|assoc)|array_u(diff|intersect)(_u?assoc)?|usort|uasort|uksort|register_shutdown_function|register_tick_function|forward_static_call(_array)?|iterator_apply|ob_start)\s*\([^;\n]{0,80}["'](assert|system|passthru|shell_exec|create_function|pcntl_exec)["']/
        $request_callback = /(call_user_func(_array)?|array_map|register_shutdown_function|register_tick_function|forward_static_call(_array)?)\s*\(\s*@?\s*(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s*\[/
        // The request read by key, or its whole array handed to the API (usort($_GET, 'system')).
        $request = /\$_(GET|POST|REQUEST|COOKIE|SERVER)\s*\[|\$_(GET|POST|REQUEST|COOKIE)\s*[,)]|php:\/\/input/
        // A callable held in a variable handed to a callback API with request input as its
        // data: register_tick_function($e, $_REQUEST['x']), array_map($a, (array)$_REQUEST['1']).
        $variable_callback = /(call_user_func(_array)?|array_map|register_shutdown_function|register_tick_function|forward_static_call(_array)?)\s*\(\s*@?\$[A-Za-z_][A-Za-z0-9_]{0,30}\s*,\s*(\(array\)\s*|array\s*\(\s*)?@?(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s*\[/
        // The request's value as the callback of an API that takes it last, the call's own last
        // argument (the statement ends after it; array_filter(array($_GET['a'], $_GET['b'])) is
        // no callback): array_diff_ukey(array(..), array(..), $_REQUEST['login']).
        $request_last = /(array_(diff|intersect)_u(key|assoc)|array_u(diff|intersect)(_u?assoc)?|usort|uasort|uksort|array_walk(_recursive)?|array_filter|array_reduce|iterator_apply)\s*\([^;]{1,200},\s*@?(\(string\)\s*)?(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s*\[[^\]\n]{1,40}\]\s*\)\s*(;|\?>|\n)/
        // A request value wrapped in an array literal as the data of an API that calls back
        // for each element: array_intersect_uassoc(array($_REQUEST[$p] => ""), array(1), $f).
        $request_array_data = /(array_(diff|intersect)_u(key|assoc)|array_u(diff|intersect)(_u?assoc)?|usort|uasort|uksort|array_walk(_recursive)?|iterator_apply)\s*\(\s*@?array\s*\(\s*@?(\(string\)\s*)?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        // The function's name split so that it is never written whole: a variable joined to a
        // piece of a few letters (`$wx."ert"`) as the callable, request input as its data.
        $split_name_callable = /(call_user_func(_array)?|array_map|register_shutdown_function|register_tick_function|forward_static_call(_array)?)\s*\(\s*@?(\$[A-Za-z_][A-Za-z0-9_]{0,30}(\[[^\]\n]{1,20}\])?\s*\.\s*["'][a-z]{1,4}["']|["'][a-z]{1,4}["']\s*\.\s*\$[A-Za-z_][A-Za-z0-9_]{0,30})\s*,[^;]{0,80}\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        ($request_callback or (($named or $reflect) and $request) or (($variable_callback or $request_last or $request_array_data or $split_name_callable) and filesize < 8KB))
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_small_request_runner
{
    meta:
        description = "A small PHP page (under 4 KB) that reads request input and runs a variable as code or as a command (eval($x), system($c), `$c`), or calls a variable as a function with a variable or a (decoded) request value ($f($c), $c(base64_decode($_COOKIE[..]))): the two-step one-liner shells"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // A request header ($_SERVER['HTTP_X_CMD']) is request input as much as a parameter.
        $request = /\$_(GET|POST|REQUEST|COOKIE)\s*\[|\$_SERVER\s*\[\s*["']HTTP_|php:\/\/input|getallheaders\s*\(/
        // The variable may be indexed once: system($x['c']) after $x = json_decode(<input>).
        $run = /[^>:\w$.](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|pcntl_exec)\s*\(\s*@?\s*\$[A-Za-z_][A-Za-z0-9_]{0,30}(\[[^\]\n]{1,30}\])?\s*[),.]/
        // Backticks as an expression (`echo `$c``, `$o = `$c``), not a doc comment's `$action`.
        // At most one blank before the backtick and none inside: with `\s*` there the search
        // atom was a lone backtick, and this one string cost a fifth of the whole pack's time
        // over 355 MiB of real files.
        $backtick = /(=|echo|print|return|\(|;) ?`\$[A-Za-z_][A-Za-z0-9_]{0,30}`/
        $php = /<\?(php|=)?[\s$@]/
        // A variable called as a function, as a statement, with a variable, a request read or
        // a decoded one: $filename($command), $c(base64_decode($_COOKIE['x'])),
        // $c(getallheaders()['Demo']).
        $variable_call = /[;{}\n][ \t]*@?\$[A-Za-z_][A-Za-z0-9_]{0,30}\((\$[A-Za-z_][A-Za-z0-9_]{0,30}\);|@?\$_(GET|POST|REQUEST|COOKIE|SERVER)\[|(base64_decode|str_rot13|gzinflate|gzuncompress|gzdecode|hex2bin|rawurldecode|urldecode|strrev|stripslashes|trim)\(\$_|getallheaders\(\)\[)/
        // An array element called as a statement with request input: $array[0]['wind']($_POST['x']),
        // the callable kept in a nested array so that no variable holds it.
        // Written without blanks before the request read, so that "($_POST[" and its kind are the
        // search atoms.
        $element_call = /\$[A-Za-z_][A-Za-z0-9_]{0,30}(\[[^\]\n]{1,30}\]){1,3}\(@?\$_(GET|POST|REQUEST|COOKIE)\[/
    condition:
        filesize < 4096 and $php and $request and ($run or $backtick or $variable_call or $element_call)
        and not filepath matches /\/(doc|docs|man|info|tests?|vendor\/phpunit)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_request_file_writer
{
    meta:
        description = "PHP writing a file whose name or content the request gives (file_put_contents/fopen+fwrite on $_POST/$_GET or request headers, an upload copied to a path the request names, or a tiny uploader keeping the client's file name, PHP 4 and register_globals forms included): droppers that turn a foothold into a full shell"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $put = /file_put_contents\s*\(\s*@?\s*(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE)\s*\[[^\]\n]{1,40}\]\s*,\s*@?\s*(\$_GET|\$_POST|\$_REQUEST|\$_COOKIE|base64_decode\s*\(\s*\$_)/
        $fwrite = /fwrite\s*\(\s*fopen\s*\(\s*@?\s*(\$_GET|\$_POST|\$_REQUEST)\s*\[/
        // The same in two statements: $f=fopen($_POST['f'],"w"); fwrite($f,$_POST['c']).
        $fopen_request = /=\s*@?fopen\s*\(\s*@?(\$_GET|\$_POST|\$_REQUEST)\s*\[[^\]\n]{1,40}\]\s*,\s*["'][wax]/
        $fwrite_request = /fwrite\s*\(\s*\$[A-Za-z_][A-Za-z0-9_]*\s*,\s*@?(stripslashes\s*\(\s*)?(\$_GET|\$_POST|\$_REQUEST)\s*\[/
        // Name and content from request headers: file_put_contents($_SERVER['HTTP_X'], $_SERVER['HTTP_Y']).
        $put_headers = /file_put_contents\s*\(\s*@?\$_SERVER\s*\[\s*["']HTTP_[A-Z0-9_]{1,30}["']\s*\]\s*,\s*@?\$_SERVER\s*\[\s*["']HTTP_/
        // An upload kept at a path the request names, or under the client's name through the
        // PHP 4 array: copy($HTTP_POST_FILES['f']['tmp_name'], $_POST['to']).
        $upload_to_request = /(copy|move_uploaded_file)\s*\(\s*\$(_FILES|HTTP_POST_FILES)\s*\[[^\]\n]{1,40}\]\s*\[\s*["']tmp_name["']\s*\]\s*,\s*@?(\$_GET|\$_POST|\$_REQUEST)\s*\[/
        $upload_old = /(copy|move_uploaded_file)\s*\(\s*\$HTTP_POST_FILES\s*\[[^\]\n]{1,40}\]\s*\[\s*["']tmp_name["']\s*\]\s*,[^;\n]{0,80}\$HTTP_POST_FILES\s*\[[^\]\n]{1,40}\]\s*\[\s*["']name["']\s*\]/
        // register_globals: the form's file field arrives as $userfile.
        $upload_globals = /move_uploaded_file\s*\(\s*\$userfile\s*,/
        $form = "multipart/form-data" nocase
        $upload = /(move_uploaded_file|copy)\s*\(\s*\$_FILES\s*\[[^\]\n]{1,40}\]\s*\[\s*["']tmp_name["']\s*\]\s*,[^;\n]{0,80}\$_FILES\s*\[[^\]\n]{1,40}\]\s*\[\s*["']name["']\s*\]/
    condition:
        ($put or $fwrite or ($fopen_request and $fwrite_request) or $put_headers or $upload_to_request
            or (($upload or $upload_old or ($upload_globals and $form)) and filesize < 2048))
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_cgi_request_exec
{
    meta:
        description = "A Perl, Python or Ruby CGI script running a command built from the request (param(), QUERY_STRING, cgi.FieldStorage, CGI.new) through system, exec, backticks, qx, a piped open, os.popen, subprocess or IO.popen: the CGI shells"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $perl = /^#![^\n]{0,40}perl/
        $python = /^#![^\n]{0,40}python/
        $perl_input = /\bparam\s*\(\s*['"]?[A-Za-z_]|\$ENV\s*\{\s*['"]?(QUERY_STRING|CONTENT_LENGTH|REQUEST_METHOD)|&ReadParse|\$in\s*\{\s*['"]?[A-Za-z_]/
        $perl_run = /\bsystem\s*\(?\s*\$|`\$[A-Za-z_]|\bqx\s*[\/({][^\n]{0,20}\$|\bexec\s*\(?\s*\$|\bopen\s*\(?\s*[A-Za-z_$][A-Za-z0-9_]{0,20}\s*,\s*"[^"\n]{0,40}\$[^"\n]{0,40}\|\s*"/
        $python_input = /cgi\.FieldStorage\s*\(|os\.environ\s*\[\s*["']QUERY_STRING/
        $python_run = /os\.(system|popen[234]?)\s*\(|subprocess\.(Popen|call|run|check_output|getoutput)\s*\(|commands\.getoutput\s*\(/
        $ruby = /^#![^\n]{0,40}ruby/
        $ruby_input = /\bCGI\.(new|unescape)\b|\bcgi\s*\[\s*["']|\bparams\s*\[\s*[:"']|ENV\s*\[\s*["'](QUERY_STRING|REQUEST_URI)/
        // A command interpolated into IO.popen, system, %x() or backticks: IO.popen("#{cmd}").
        $ruby_run = /\b(IO\.popen|system|exec|spawn|Open3\.(popen[23e]?|capture[23]?e?))\s*\(?\s*["'`]?#\{|%x[({][^\n]{0,40}#\{|`#\{/
    condition:
        filesize < 65536
        and ((($perl or extension matches /^(cgi|pl)$/i) and $perl_input and $perl_run)
            or (($python or extension matches /^(cgi|py)$/i) and $python_input and $python_run)
            or (($ruby or extension matches /^(cgi|rb)$/i) and $ruby_input and $ruby_run))
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule webshell_node_request_exec
{
    meta:
        description = "Node.js handler running a shell command taken straight from the request (child_process exec/execSync/spawn on req.query, req.body, req.params)"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $exec = /\b(exec|execSync|spawn|spawnSync|execFile)\s*\(\s*(req|request)\.(query|body|params|headers)\b/
        $child = "child_process" ascii
    condition:
        $exec and $child
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_request_variable_sink
{
    meta:
        description = "PHP reading a request value into a variable and running that variable as a command within the next two statements ($cmd=$_POST['cmd']; ... shell_exec(\"$cmd\")): the command box of full-featured shells, however large the page"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // At most two statements between the read and the sink; the sink's argument starts
        // with a variable (escapeshellarg() or a fixed command first does not match). The
        // sink may follow a string joined to it ('<pre>'.shell_exec($c)): a `.` after a quote
        // or a parenthesis is PHP's concatenation, not a method call.
        $read_then_run = /=\s*@?\$_(GET|POST|REQUEST|COOKIE)\s*\[[^\]\n]{1,40}\]\s*;[^;]{0,200}(;[^;]{0,200})?([^>:\w$.]|["')]\s*\.\s*)(shell_exec|system|passthru|exec|popen|proc_open|Shell_Exec|SHELL_EXEC|System|SYSTEM|Passthru|PASSTHRU|Exec|EXEC)\s*\(\s*["']?\$[A-Za-z_]/
    condition:
        $read_then_run
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_piecewise_names
{
    meta:
        description = "PHP assembling names from four or more quoted pieces of a few letters joined without blanks ('e'.'v'.'a'.'l', 'gz'.'in'.'f'.'late'), two times or more: packed shells (Alfa and its kind) spell the functions they call so that no scanner reads them"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // Joined without blanks, as packers write them: the quote-dot-quote joints are the
        // search atoms (with `\s*` around the dots the atoms were single quotes, and this one
        // string cost a third of the pack over 467 MiB of real files).
        $pieces = /["'][A-Za-z0-9_]{1,5}["']\.["'][A-Za-z0-9_]{1,5}["']\.["'][A-Za-z0-9_]{1,5}["']\.["']/
        $php = "<?php" ascii nocase
    condition:
        #pieces >= 2 and $php
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_aspx_cmd_function
{
    meta:
        description = "ASP.NET page (C# or VB) running cmd.exe /c with a command it builds (.Arguments = \"/c \" & cmd) and reading its output, in a page that takes request input: the command function of ASPX shells such as devilzShell"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $args = /\.Arguments\s*=\s*"\/[cCkK] "\s*[&+]\s*[A-Za-z_]/
        $output = /RedirectStandardOutput\s*=\s*[Tt]rue/
        // C# indexers and VB calls: Request["c"], Request.Form("c"), Request.QueryString("dir").
        $request = /Request(\.(Form|QueryString|Params|Item))?\s*[\[(]\s*"/
    condition:
        extension matches /^(aspx?|ashx|asmx|ascx)$/i
        and $args and $output and $request
}

rule webshell_urlencoded_request_sink
{
    meta:
        description = "A URL-encoded PHP request sink (system(%24_GET%5b..., eval($_GET%5b'p'%5d)) carried in a script: exploits that plant a webshell through a vulnerable application (phpMyAdmin setup.php and the like)"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $sink = /(system|eval|assert|passthru|shell_exec|exec|popen)(\(|%28)(\\?\$|%24)_(GET|POST|REQUEST|COOKIE)(%5[bB]|\[%2[27])/
    condition:
        $sink
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_command_form
{
    meta:
        description = "Server page (PHP, JSP, ASP/ASPX) with an input box named for a command (cmd, command, execute, shell, komut...) that reads request input and calls a shell-running function (system, passthru, shell_exec, popen, Runtime.exec, ProcessBuilder, WScript.Shell, Process.Start): the command box every hand-written shell has, whatever the family"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // The field as the page writes it, quotes escaped or not: <input name="cmd">, name=\'cmd\'.
        $form = /<input[^>\n]{0,120}name\s*=\s*\\?["']?[-_]?(cmd|command|cmnd|commande|komut|kod|exec|execute|shell)\\?["'\s>\/]/ nocase
        $php_sink = /[^>:\w$.](system|passthru|shell_exec|popen|proc_open|exec|Shell_Exec|System|Passthru|Exec)\s*\(/
        // Old pages written for register_globals read no $_POST: the field's name is the
        // variable the sink runs, `system("$kod")`.
        $php_global_sink = /[^>:\w$.](system|passthru|shell_exec|popen|exec)\s*\(\s*"?\$(cmd|command|cmnd|komut|kod|execute|shell)"?\s*[,)]/ nocase
        $php_request = /\$_(GET|POST|REQUEST)\s*\[/
        $jsp_sink = /Runtime\.getRuntime\(\)\.exec\s*\(|new\s+ProcessBuilder\s*\(/
        $jsp_request = "request.getParameter" ascii
        $asp_sink = /WScript\.Shell|Process\.Start\s*\(|ProcessStartInfo\s*\(|\.StartInfo\b/ nocase
        $asp_request = /Request(\.(Form|QueryString|Params|Item))?\s*[\[(]\s*"/
    condition:
        $form and (($php_sink and $php_request) or $php_global_sink or ($jsp_sink and $jsp_request) or ($asp_sink and $asp_request))
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_char_index_names
{
    meta:
        description = "PHP building function or superglobal names one character at a time from a scrambled string ($s[8].$s[10].$s[6]..., $s{28}.$s{29}...) and then running code through them (eval, assert, ${$name}[...], $name($x)): the name never appears in the file"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // Four single-character picks concatenated: `strtoupper($a[3]. $a[0]. $a[1]. $a[4])` or
        // `$z{28} . $z{29} . ...`. Anchored on the case function or on the `}.$`/`} . $` of
        // the old curly syntax: a bare `$a[1].$b[2]` has no literal worth searching for.
        $picks_case = /str(to)?(upper|lower)[ \t]*\([ \t]*\$[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]*\[[ \t]*[0-9]{1,3}[ \t]*\][ \t]*\.[ \t]*\$[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]*\[[ \t]*[0-9]{1,3}[ \t]*\][ \t]*\.[ \t]*\$[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]*\[[ \t]*[0-9]{1,3}[ \t]*\][ \t]*\.[ \t]*\$/
        $picks_curly = /\}( \. |\.)\$[A-Za-z_][A-Za-z0-9_]{0,30}\{[0-9]{1,3}\}( \. |\.)\$[A-Za-z_][A-Za-z0-9_]{0,30}\{[0-9]{1,3}\}( \. |\.)\$[A-Za-z_][A-Za-z0-9_]{0,30}\{[0-9]{1,3}\}/
        // What the picked names are used for.
        $varvar = /\$\{[ \t]*\$[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]*\}[ \t]*\[/
        // Glued to their parenthesis ("val($", "ert($"): Python's `assert x` never matches.
        $eval = /(eval|assert)\( ?(\$|\$\{)/
        $return_call = /return \$[A-Za-z_][A-Za-z0-9_]{0,30}\(\$/
    condition:
        ($picks_case or $picks_curly) and ($varvar or $eval or $return_call)
        and filesize < 200KB
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_filler_char_names
{
    meta:
        description = "PHP recovering function names by deleting a filler character (`$f = str_replace(\"b\", \"\", \"bsbtbrb_rbebpblacbe\")`) and calling the result like str_replace or create_function: the packed-dropper style found on compromised Drupal and WordPress sites"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $fill = /=[ \t]*str_replace[ \t]*\([ \t]*["'][^"'\n]{1,3}["'][ \t]*,[ \t]*["']["'][ \t]*,[ \t]*["'][A-Za-z0-9_]{8,80}["'][ \t]*\)/
    condition:
        // Deleting a token from a constant is pointless in ordinary code; the droppers do it in
        // a page of a few KiB (the recovered names are then called through variables, which
        // have no literal worth searching for).
        $fill and (filesize < 16KB or #fill >= 2)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_request_extract_sink
{
    meta:
        description = "PHP importing request parameters as variables (extract($_REQUEST), extract($_POST)...) in a small page that then evaluates or runs one of them (assert, eval, system...): a one-line shell whose command variable never names the request"
        severity = "critical"
        confidence = "medium"
        category = "webshell"
    strings:
        // One pattern from extract( to the sink: "extract" is the search atom, not "eval".
        $extract_sink = /extract[ \t]*\([ \t]*\$_(REQUEST|POST|GET|COOKIE)\b.{0,2000}[^>:\w$.](eval|assert|system|passthru|shell_exec|exec|popen|proc_open|create_function|call_user_func)[ \t]*\([ \t]*@?[ \t]*((stripslashes|trim|base64_decode|urldecode)[ \t]*\([ \t]*)?\$[A-Za-z_]/s
    condition:
        $extract_sink and filesize < 16KB
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_comment_split_call
{
    meta:
        description = "PHP calls with a comment wedged between the function name and its parenthesis (`move_uploaded_file/*;*/(`, `eval/**/(`): written to break signatures that look for the call; no editor or formatter writes it"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // The name glued to the comment, as the droppers write it: "val/*", "ile/*"... are the
        // search atoms rather than the bare names.
        $split = /(eval|assert|system|passthru|shell_exec|popen|proc_open|move_uploaded_file|is_uploaded_file|file_put_contents|fwrite|base64_decode|gzinflate|str_rot13|create_function|call_user_func|touch|chmod)\/\*[^*\n]{0,16}\*\/[ \t]*\(/
    condition:
        $split
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_bare_uploader
{
    meta:
        description = "Small PHP page with an upload form that saves any uploaded file under the client's own name (move_uploaded_file to $_FILES[...]['name'] or basename of it) without looking at its type or extension: the uploader attackers leave to bring in a full shell"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $form = "multipart/form-data" ascii
        $move = /move_uploaded_file[ \t]*(\/\*[^*\n]{0,16}\*\/)?[ \t]*\(/
        $name = /\$_FILES[ \t]*\[[^\]\n]{1,40}\][ \t]*\[[ \t]*["']name["'][ \t]*\]/
        // What a real upload handler checks before keeping a file.
        // (Whole function names, case as written: short words such as "mime" would be searched
        // for in every file.)
        $check1 = "pathinfo(" ascii
        $check2 = "getimagesize(" ascii
        $check3 = "mime_content_type(" ascii
        $check4 = "in_array(" ascii
        $check5 = "preg_match(" ascii
        $check6 = "finfo_" ascii
        $check7 = "wp_handle_upload" ascii
    condition:
        $form and $move and $name and filesize < 4KB
        and not any of ($check*)
        and not filepath matches /\/(doc|docs|man|info|tests?|examples?)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_request_temp_include
{
    meta:
        description = "PHP turning request data into code through a file: the request (or all of $_COOKIE) is decoded, written to a temporary or hidden file and included, or function names are taken from request-held arrays and called (`$p[0]()`, then include): loaders that leave no eval in the file"
        severity = "critical"
        confidence = "medium"
        category = "webshell"
    strings:
        $req = /\$_(COOKIE|POST|REQUEST|GET)\b/
        // "include $", "include($", "require_once $"...: the blank or parenthesis is part of
        // the literal so that "include" alone is not what is searched for.
        $include = /(include|require)(_once)?( \$| \( ?\$|\( ?\$)[A-Za-z_]/
        // With its `($` argument: every ELF names fwrite and fputs.
        $write = /(file_put_contents|fwrite|fputs)\( ?\$/
        $temp = /sys_get_temp_dir|session_save_path|upload_tmp_dir|["']\/dev\/shm|["']\/tmp["'\/]|["']\/var\/tmp/
        // All of a superglobal copied (`$c = $_COOKIE;`) and a function called through a
        // numbered array slot with no arguments (`$p[0]()`).
        // What is written is the request's own data or something decoded: an installer that
        // saves its settings to a temporary file and includes a page from a fixed list is neither.
        $decode = /(base64_decode|gzinflate|gzuncompress|str_rot13|hex2bin|convert_uudecode|urldecode|rawurldecode|strrev)[ \t]*\(/
        $write_req = /(file_put_contents|fwrite|fputs)[ \t]*\([^;\n]{0,120}\$_(COOKIE|POST|REQUEST|GET)\b/
        $whole_copy = /=[ \t]*\$_(COOKIE|POST|REQUEST|GET)[ \t]*;/
        $slot_call = /\[[0-9]{1,2}\]\(\)/
    condition:
        $req and $include and (($write and $temp and ($decode or $write_req)) or ($whole_copy and $slot_call))
        and filesize < 32KB
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule backdoor_php_wordpress_auto_login
{
    meta:
        description = "Stand-alone PHP file that loads WordPress and logs the visitor in as an administrator without credentials (wp_set_auth_cookie for user 1 or the first administrator), often deleting itself first: an admin back door into the site"
        severity = "critical"
        confidence = "medium"
        category = "webshell"
    strings:
        $load = /wp-(blog-header|load)\.php/
        $cookie = "wp_set_auth_cookie" ascii
        $first_user = /get_userdata[ \t]*\([ \t]*1[ \t]*\)|wp_set_current_user[ \t]*\([ \t]*1[ \t]*[,)]|get_users[ \t]*\([^)\n]{0,80}administrator/
        $self_delete = "unlink(__FILE__)" ascii
    condition:
        $load and $cookie and ($first_user or $self_delete)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_header_exec
{
    meta:
        description = "Small PHP page reading the request headers (getallheaders(), apache_request_headers()) and evaluating or running a value from them: a back door whose commands travel in a header no access log keeps"
        severity = "critical"
        confidence = "medium"
        category = "webshell"
    strings:
        $headers_sink = /(getallheaders|apache_request_headers)[ \t]*\([ \t]*\).{0,1000}[^>:\w$.](eval|assert|system|passthru|shell_exec|popen|proc_open|create_function)[ \t]*\([ \t]*@?[ \t]*((base64_decode|str_rot13|gzinflate|gzuncompress|hex2bin|urldecode|stripslashes)[ \t]*\([ \t]*)*\$[A-Za-z_]/s
    condition:
        $headers_sink and filesize < 16KB
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_non_alphanumeric
{
    meta:
        description = "PHP written without letters or digits: names such as _GET or assert made by XOR-ing or incrementing strings of punctuation (('{'^'<'), $_++), then called: the non-alphanumeric shell style that no ordinary code uses"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // ('%'^'`') or ("{{{{"^"<>/."): two quoted runs of punctuation XOR-ed.
        // Written from the caret on, without blanks, so that `"^"` is the search atom and not
        // the `("` every call has.
        $xor = /["']\^["'][^A-Za-z0-9\s"'\\]{1,8}["']\)/
        // Variables named with underscores only, assigned and called: `$__($___)`.
        $underscore_call = /\$_{2,}[ \t]*\([ \t]*\$_{2,}/
        // Names made by bitwise NOT: of one character of a string picked by index
        // (~($___{$_}), the string often a CJK word whose bytes invert to letters), or of a
        // literal of high bytes, raw or escaped (~"\x9e\x8c\x8c\x9a\x8d\x8b" is assert).
        $not_index = /~\(\$[A-Za-z_][A-Za-z0-9_]{0,30}[\{\[]\$?[A-Za-z0-9_]{1,30}[\}\]]\)/
        $not_literal = /~\s*["']([\x80-\xff]|\\x[89a-fA-F][0-9a-fA-F]){3,40}["']/
    condition:
        (#xor >= 3 or ($xor and $underscore_call)
            or ((#not_index >= 3 or #not_literal >= 2) and (uint16(0) == 0x3f3c or extension matches /^(php[0-9]?|phtml|inc)$/i)))
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_cfml_request_exec
{
    meta:
        description = "ColdFusion page running a program whose name or arguments come from the request (<cfexecute name=\"#form.cmd#\"> or arguments=\"#url.x#\", cfexecute in cfscript with form/url scope): a command shell on a CFML server"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        $tag = /<cfexecute[^>]{0,200}(name|arguments)[ \t]*=[ \t]*["']?[^"'>]{0,40}#[ \t]*(form|url|cgi|cookie)\./ nocase
        $script = /cfexecute[ \t]*\([^)]{0,200}(form|url)\.[A-Za-z_]/ nocase
    condition:
        any of them
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_goto_escaped_obfuscation
{
    meta:
        description = "PHP whose control flow is cut into goto jumps between random labels and whose strings are written as hex or octal escapes (\\x65\\166...): the output of the obfuscators that wrap droppers, hidden-admin plugins and shells; reported medium, since a paid plugin can ship the same wrapping"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $php = /<\?(php)?[\s$@]/
        // `; goto Ab3xZ;` or `{ goto Ab3xZ;`: a jump right after a statement or brace. C code
        // writes its gotos on lines of their own. Labels run to 20 characters (StateMesh's are 16).
        $goto = /[;{}] goto [A-Za-z_][A-Za-z0-9_]{3,19};/
        // A string literal that starts with an escaped letter and three more escapes. Starting
        // on a letter (\x41-\x7a, \101-\172) keeps `"\` (every "\n") out of the search atoms.
        $escaped = /"(\\x[4-7][0-9A-Fa-f]|\\1[0-7]{2})(\\x[0-9A-Fa-f]{2}|\\[0-7]{2,3}){3}/
    condition:
        $php and #goto >= 8 and #escaped >= 5
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|[0-9]|pod|c|h|cc|cpp|go|rs|java|py|js)$/
}

rule webshell_php_eval_runtime_decoder
{
    meta:
        description = "PHP page that defines a decoding function under a random name (guarded by function_exists) and evals what it returns for a long string literal: the shape of PHP encoders that wrap shells ('Reverse engineering of this file is strictly prohibited' and its kin), whatever their alphabet"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // if(!function_exists("agF1gTdKEBPd6CaJ")) { function agF1gTdKEBPd6CaJ(: a name with a
        // digit and a capital, which no hand-written helper carries.
        $guard = /function_exists\s*\(\s*["'][A-Za-z]{1,12}[0-9][A-Za-z0-9]{4,30}["']\s*\)\s*\)\s*\{\s*function\s+[A-Za-z0-9]{6,40}\s*\(/
        // eval(name('<400 characters of payload>
        $eval = /eval\s*\(\s*[A-Za-z_][A-Za-z0-9_]{5,40}\s*\(\s*'[^'\n]{400}/
    condition:
        $guard and $eval
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule webshell_php_escaped_sink_name
{
    meta:
        description = "PHP that writes the name of a code- or command-running function (eval, assert, system, shell_exec, passthru, create_function) entirely in hex or octal escapes, mixed or not: a name spelled so that no one searching for it finds it"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // Each character is \xNN or \NNN (either case of hex); the first three letters of each
        // name decide, the rest must follow escaped too.
        $system = /"(\\x73|\\163)(\\x79|\\171)(\\x73|\\163)(\\x74|\\164)(\\x65|\\145)(\\x6[dD]|\\155)"/
        $shell_exec = /"(\\x73|\\163)(\\x68|\\150)(\\x65|\\145)(\\x6[cC]|\\154)(\\x6[cC]|\\154)(\\x5[fF]|\\137)(\\x65|\\145)(\\x78|\\170)/
        $passthru = /"(\\x70|\\160)(\\x61|\\141)(\\x73|\\163)(\\x73|\\163)(\\x74|\\164)(\\x68|\\150)(\\x72|\\162)(\\x75|\\165)"/
        $assert = /"(\\x61|\\141)(\\x73|\\163)(\\x73|\\163)(\\x65|\\145)(\\x72|\\162)(\\x74|\\164)"/
        $eval = /"(\\x65|\\145)(\\x76|\\166)(\\x61|\\141)(\\x6[cC]|\\154)"/
        $create_function = /"(\\x63|\\143)(\\x72|\\162)(\\x65|\\145)(\\x61|\\141)(\\x74|\\164)(\\x65|\\145)(\\x5[fF]|\\137)(\\x66|\\146)/
        $php = /<\?(php)?[\s$@]/
    condition:
        $php and any of ($system, $shell_exec, $passthru, $assert, $eval, $create_function)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_escaped_decoder_name
{
    meta:
        description = "PHP that writes the name of a decoder or dispatcher (base64_decode, gzinflate, str_rot13, call_user_func) entirely in hex or octal escapes: how packed shells hide the decode step before their eval; medium, since obfuscators used on paid plugins escape every string alike"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $base64_decode = /"(\\x62|\\142)(\\x61|\\141)(\\x73|\\163)(\\x65|\\145)(\\x36|\\66|\\066)(\\x34|\\64|\\064)(\\x5[fF]|\\137)(\\x64|\\144)/
        $gzinflate = /"(\\x67|\\147)(\\x7[aA]|\\172)(\\x69|\\151)(\\x6[eE]|\\156)(\\x66|\\146)(\\x6[cC]|\\154)/
        $str_rot13 = /"(\\x73|\\163)(\\x74|\\164)(\\x72|\\162)(\\x5[fF]|\\137)(\\x72|\\162)(\\x6[fF]|\\157)(\\x74|\\164)/
        $call_user_func = /"(\\x63|\\143)(\\x61|\\141)(\\x6[cC]|\\154)(\\x6[cC]|\\154)(\\x5[fF]|\\137)(\\x75|\\165)(\\x73|\\163)(\\x65|\\145)(\\x72|\\162)/
        $php = /<\?(php)?[\s$@]/
    condition:
        $php and any of ($base64_decode, $gzinflate, $str_rot13, $call_user_func)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_asp_cmd_concat_request
{
    meta:
        description = "Classic ASP (VBScript) running `cmd.exe /c` joined with a value the request gave (WScript.Shell .Run or .Exec), in a file of any extension: NTDaddy-style shells saved under .php or .txt names"
        severity = "critical"
        confidence = "high"
        category = "webshell"
    strings:
        // "cmd.exe /c " & x, "win.com cmd.exe /c """ & x: the command line ends where the
        // request's value is joined on.
        $run = /\.(Run|Exec)\s*\(?\s*"[^"\n]{0,40}cmd(\.exe)?\s+\/[cCkK][^"\n]{0,20}"+\s*&/ nocase
        $request = /Request\.(Form|QueryString|Item)\s*\(\s*"|Request\s*\(\s*"/ nocase
    condition:
        $run and $request
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_jsp_reflective_name_bytes
{
    meta:
        description = "JSP/Java page that looks up a method by reflection under a name spelled as a byte or char array (new String(new byte[]{100,101,102,105,110,101,67,...}) for defineClass, exec, getRuntime...): hiding the class loader or command call of a memory shell or tunnel from text search"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $reflect = /get(Declared)?Method\s*\(\s*new\s+String\s*\(\s*new\s+(byte|char)\s*\[\s*\]\s*\{\s*[0-9]/
        // defineClass, exec, getRuntime, forName as decimal bytes.
        $define_class = "100,101,102,105,110,101,67,108,97,115,115"
        $get_runtime = "103,101,116,82,117,110,116,105,109,101"
    condition:
        ($reflect or $define_class or $get_runtime)
        and extension matches /^(jspx?|jspf|java)$/i
}

rule backdoor_wordpress_hidden_admin
{
    meta:
        description = "WordPress code that keeps an administrator account out of sight: it hooks the users query or the users screen's counts (pre_user_query, views_users) to hide an account it created or remembers (_pre_user_id), or creates an administrator with a password written in the code and hides it"
        severity = "high"
        confidence = "high"
        category = "backdoor"
    strings:
        $query_hook = /add_(action|filter)\s*\(\s*["']pre_user_query["']/
        $views_hook = /add_filter\s*\(\s*["']views_users["']/
        $marker = "_pre_user_id"
        $count_down = /\$views\s*\[\s*["']administrator["']\s*\]/
        $create = /wp_(insert|create)_user\s*\(/
        $admin_role = /["']role["']\s*=>\s*["']administrator["']/
        $password = /["']user_pass["']\s*=>\s*["'][^"'\n]{6,}["']/
    condition:
        ($marker and ($query_hook or $views_hook or $create))
        // Membership themes hook both to filter by level and register users elsewhere in the
        // same file: without the marker, the administrators' count itself must be cut.
        or ($query_hook and $views_hook and $count_down)
        or ($create and $admin_role and $password and ($query_hook or $views_hook))
}

rule backdoor_wordpress_self_hiding_plugin
{
    meta:
        description = "WordPress plugin that removes itself from the plugins screen (all_plugins filter) and takes away its own Deactivate link, while redirecting visitors or calling out to a remote server: injected redirect and spam plugins that keep the site owner from seeing or switching them off"
        severity = "high"
        confidence = "medium"
        category = "backdoor"
    strings:
        $hide_list = /add_filter\s*\(\s*["']all_plugins["']/
        // Its own action links: plugin_action_links_<this file>.
        $own_links = /["']plugin_action_links_["']\s*\.\s*plugin_basename\s*\(\s*__FILE__/
        $redirect = /["']template_redirect["']|wp_redirect\s*\(|header\s*\(\s*["']Location:/
        $remote = /wp_remote_(get|post|request)\s*\(|curl_exec\s*\(|file_get_contents\s*\(\s*["']https?:/
    condition:
        $hide_list and $own_links and ($redirect or $remote)
}

rule webshell_php_char_pick_chain
{
    meta:
        description = "PHP that spells a name by picking single characters out of a string by position, five or more in a row ($s{4}.$s{9}.$s{3}... or $k[12].$k[0].$k[7]...): the string-building obfuscation of encoded shells and their loaders, whatever the string and the variable names"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        // No blanks between the picks: "}.$" / "].$" are the search atoms.
        $curly = /\$[A-Za-z0-9_]{1,30}\{[0-9]{1,3}\}\.\$[A-Za-z0-9_]{1,30}\{[0-9]{1,3}\}\.\$[A-Za-z0-9_]{1,30}\{[0-9]{1,3}\}\.\$[A-Za-z0-9_]{1,30}\{[0-9]{1,3}\}\.\$[A-Za-z0-9_]{1,30}\{[0-9]{1,3}\}/
        $square = /\$[A-Za-z0-9_]{1,30}\[[0-9]{1,3}\]\.\$[A-Za-z0-9_]{1,30}\[[0-9]{1,3}\]\.\$[A-Za-z0-9_]{1,30}\[[0-9]{1,3}\]\.\$[A-Za-z0-9_]{1,30}\[[0-9]{1,3}\]\.\$[A-Za-z0-9_]{1,30}\[[0-9]{1,3}\]/
        // Somewhere a pick at a two-digit position inside such a chain: picking from a long
        // scrambled alphabet needs them; expanding `#abc` to `#aabbcc` ($c[0].$c[0].$c[1]...)
        // does not.
        $far_curly = /\}\.\$[A-Za-z0-9_]{1,30}\{[1-9][0-9]{1,2}\}/
        $far_square = /\]\.\$[A-Za-z0-9_]{1,30}\[[1-9][0-9]{1,2}\]/
        $php = /<\?(php)?[\s$@]/
    condition:
        $php and (($curly and $far_curly) or ($square and $far_square))
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_curl_file_read
{
    meta:
        description = "PHP reading local files through curl's file:// scheme (CURLOPT_URL set to \"file:...\" and a path from the page): the old safe_mode / open_basedir bypass pages carried by shell kits"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $file_url = /curl_setopt\s*\(\s*\$[A-Za-z_][A-Za-z0-9_]*\s*,\s*CURLOPT_URL\s*,\s*["']file:[^"'\n]{0,20}["']\s*\.\s*\$/
        $exec = /curl_exec\s*\(/
    condition:
        $file_url and $exec
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
}

rule obfuscation_php_hash_named_identifiers
{
    meta:
        description = "PHP whose variables and functions were all renamed to a prefix and an MD5 ($var_<32 hex>, fn_<32 hex>): an obfuscator's output, used by injected redirect and spam plugins to hide what they fetch and where they send visitors"
        severity = "medium"
        confidence = "medium"
        category = "obfuscation"
    strings:
        $var = /\$var_[0-9a-f]{32}\b/
        $fn = /function\s+fn_[0-9a-f]{32}\s*\(/
    condition:
        #var >= 10 and #fn >= 2
        and (uint16(0) == 0x3f3c or extension matches /^(php[0-9]?|phtml|inc)$/i)
}

rule backdoor_wordpress_request_admin
{
    meta:
        description = "WordPress code creating a user from request input and making it an administrator, with no capability check: a backdoor that mints an admin account for whoever knows the URL"
        severity = "critical"
        confidence = "high"
        category = "backdoor"
    strings:
        $create = /wp_(create|insert)_user\s*\(\s*(array\s*\(\s*["']user_login["']\s*=>\s*)?@?\$_(GET|POST|REQUEST|COOKIE)\s*\[/
        $admin = /set_role\s*\(\s*["']administrator["']\s*\)|["']role["']\s*=>\s*["']administrator["']/
        $cap_check = /current_user_can\s*\(|check_admin_referer\s*\(|wp_verify_nonce\s*\(/
    condition:
        $create and $admin and not $cap_check
}

rule webshell_php_charcode_sink_name
{
    meta:
        description = "PHP spelling a code-running or dropping function's name as a list of character codes (pack('c*', 99, 97, 108, 108, 95, ...), chr() lists, arrays of 0x63, 0x72, ...) for call_user_func, create_function, base64_decode, shell_exec or file_put_contents: names built at run time so that text search never meets them"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $call_user_func_dec = "99,97,108,108,95,117,115,101,114,95,102,117,110,99"
        $call_user_func_dec_spaced = "99, 97, 108, 108, 95, 117, 115, 101, 114, 95, 102, 117, 110, 99"
        $call_user_func_hex = "0x63,0x61,0x6c,0x6c,0x5f,0x75,0x73,0x65,0x72,0x5f,0x66,0x75,0x6e,0x63" nocase
        $call_user_func_hex_spaced = "0x63, 0x61, 0x6c, 0x6c, 0x5f, 0x75, 0x73, 0x65, 0x72, 0x5f, 0x66, 0x75, 0x6e, 0x63" nocase
        $create_function_dec = "99,114,101,97,116,101,95,102,117,110,99,116,105,111,110"
        $create_function_dec_spaced = "99, 114, 101, 97, 116, 101, 95, 102, 117, 110, 99, 116, 105, 111, 110"
        $create_function_hex = "0x63,0x72,0x65,0x61,0x74,0x65,0x5f,0x66,0x75,0x6e,0x63,0x74,0x69,0x6f,0x6e" nocase
        $create_function_hex_spaced = "0x63, 0x72, 0x65, 0x61, 0x74, 0x65, 0x5f, 0x66, 0x75, 0x6e, 0x63, 0x74, 0x69, 0x6f, 0x6e" nocase
        $base64_decode_dec = "98,97,115,101,54,52,95,100,101,99,111,100,101"
        $base64_decode_dec_spaced = "98, 97, 115, 101, 54, 52, 95, 100, 101, 99, 111, 100, 101"
        $base64_decode_hex = "0x62,0x61,0x73,0x65,0x36,0x34,0x5f,0x64,0x65,0x63,0x6f,0x64,0x65" nocase
        $base64_decode_hex_spaced = "0x62, 0x61, 0x73, 0x65, 0x36, 0x34, 0x5f, 0x64, 0x65, 0x63, 0x6f, 0x64, 0x65" nocase
        $shell_exec_dec = "115,104,101,108,108,95,101,120,101,99"
        $shell_exec_dec_spaced = "115, 104, 101, 108, 108, 95, 101, 120, 101, 99"
        $shell_exec_hex = "0x73,0x68,0x65,0x6c,0x6c,0x5f,0x65,0x78,0x65,0x63" nocase
        $shell_exec_hex_spaced = "0x73, 0x68, 0x65, 0x6c, 0x6c, 0x5f, 0x65, 0x78, 0x65, 0x63" nocase
        $file_put_contents_dec = "102,105,108,101,95,112,117,116,95,99,111,110,116,101,110,116,115"
        $file_put_contents_dec_spaced = "102, 105, 108, 101, 95, 112, 117, 116, 95, 99, 111, 110, 116, 101, 110, 116, 115"
        $file_put_contents_hex = "0x66,0x69,0x6c,0x65,0x5f,0x70,0x75,0x74,0x5f,0x63,0x6f,0x6e,0x74,0x65,0x6e,0x74,0x73" nocase
        $file_put_contents_hex_spaced = "0x66, 0x69, 0x6c, 0x65, 0x5f, 0x70, 0x75, 0x74, 0x5f, 0x63, 0x6f, 0x6e, 0x74, 0x65, 0x6e, 0x74, 0x73" nocase
        $php = /<\?(php)?[\s$@]/
    condition:
        $php and any of ($call_user_func*, $create_function*, $base64_decode*, $shell_exec*, $file_put_contents*)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_asp_request_page_writer
{
    meta:
        description = "Classic ASP page writing what the request sent into a new server page (FileSystemObject.CreateTextFile of an .asp/.aspx/.asa/.cer/.php name, or of a path the request names, then .Write): the 'picture upload' droppers that turn a foothold into a full ASP shell"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $fso = "Scripting.FileSystemObject" nocase
        $create_page = /CreateTextFile\s*\(\s*(Server\.MapPath\s*\(\s*)?"[^"\n]{0,80}\.(asp|aspx|asa|cer|cdx|php)"/ nocase
        $create_request = /CreateTextFile\s*\(\s*(Server\.MapPath\s*\(\s*)?Request(\.Form|\.QueryString)?\s*\(/ nocase
        $write = /\.Write(Line)?\s*\(?\s*[A-Za-z_]/ nocase
        $request = /=\s*Request(\.Form|\.QueryString)?\s*\(\s*"/ nocase
    condition:
        $fso and ($create_page or $create_request) and $write and $request
        and filesize < 20KB
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_asp_execute_decoded
{
    meta:
        description = "Classic ASP running with Execute or ExecuteGlobal what one of its own functions decodes from a string by shifting character codes (Chr(Asc(c) - n)): an encoded one-line shell"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // "xecute" is the search atom: a case-blind `eval` would be looked for in every script.
        $exec_call = /(Execute|ExecuteGlobal)\s*\(?\s*[A-Za-z_][A-Za-z0-9_]{0,30}\s*\(\s*[A-Za-z_"]/ nocase
        $shift = /Chr\s*\(\s*Asc\s*\([^\n]{1,60}\)\s*[-+^]\s*[0-9A-Za-z_]/ nocase
    condition:
        (uint16(0) == 0x253c or extension matches /^(asp|asa|cer|cdx|aspx|txt)$/i)
        and $exec_call and $shift
        and filesize < 50KB
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
}

// Round 6: loaders that fetch their code, PHP hidden as escapes, .htaccess lock-outs.

rule webshell_php_remote_code_eval
{
    meta:
        description = "PHP that downloads code and runs it: the answer of curl_exec, file_get_contents(URL), wp_remote_get/wp_remote_retrieve_body or fopen(URL) handed to eval or assert (`eval(\"?>\".$result)`, `eval($response['body'])`) a few lines later; eval of a fetching function called on a URL (`eval(\"?>\" . get('https://...'))`); or a loop that reads and evaluates until the read fails (`while($c = file_get_contents($u)){ @eval($c); sleep(5); }`): a loader whose real payload lives on the attacker's server"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $fetch = /(curl_exec|wp_remote_(get|post|request|retrieve_body)|file_get_contents\s*\(\s*["']https?:|fopen\s*\(\s*["']https?:|stream_get_contents)\s*\(/
        $eval = /[^>:\w$.](eval|assert)\s*\(\s*(["']\?>["']\s*\.\s*)?\$[A-Za-z_][A-Za-z0-9_]{0,30}(\[["'](body|content|data)["']\])?\s*\)/
        // eval of a call whose argument is a URL: the fetch is in a helper the page defines.
        // Blanks and short comments may sit between the words (`eval/**/(`), the closing tag may
        // be spelled escaped or URL-encoded (`urldecode("%3f%3e")`, "\x3f\x3e"), and the URL may
        // be handed through a decoder (`file_get_contents(base64_decode("aHR0c..."))`) or be
        // escaped itself ("h\x74tps", "%68%74").
        $eval_fetched_url = /eval(\s|\/\*[^\n\/]{0,20}\*\/)*\((\s|\/\*[^\n\/]{0,20}\*\/)*(("\?>"|'\?>'|"\\x3[fF]\\x3[eE]"|"\\77\\x3[eE]"|"\\077\\076"|(raw)?urldecode\((\s|\/\*[^\n\/]{0,20}\*\/)*["'](%3[fF]%3[eE]|\\x3[fF]\\x3[eE])["']\))(\s|\/\*[^\n\/]{0,20}\*\/)*\.(\s|\/\*[^\n\/]{0,20}\*\/)*)?\(?[A-Za-z_][A-Za-z0-9_]{0,30}(\s|\/\*[^\n\/]{0,20}\*\/)*\((\s|\/\*[^\n\/]{0,20}\*\/)*((raw)?(urldecode|base64_decode|str_rot13|hex2bin|strrev)(\s|\/\*[^\n\/]{0,20}\*\/)*\((\s|\/\*[^\n\/]{0,20}\*\/)*)?["'](https?:\/\/|h\\x74|aHR0c|%68%74)/
        // A loop that reads and evaluates until the read fails (`while ($c = file_get_contents($u))
        // { eval($c); sleep(5); }`): code polled from a server, not a template read once.
        $poll = /while\s*\(\s*\$[A-Za-z_][A-Za-z0-9_]{0,30}\s*=\s*@?\s*(file_get_contents|curl_exec|stream_get_contents)\s*\(/
    condition:
        (
            ($fetch and $eval
             and for any i in (1..8): (for any j in (1..8): (@eval[i] > @fetch[j] and @eval[i] - @fetch[j] < 1500)))
            or $eval_fetched_url
            or ($poll and $eval
                and for any i in (1..4): (for any k in (1..8): (@eval[k] > @poll[i] and @eval[k] - @poll[i] < 300)))
        )
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|[0-9]|pod|js)$/
}

rule webshell_php_escaped_php_source
{
    meta:
        description = "PHP source hidden as one long escaped string that starts with `<?` (\\74\\x3f, \\x3c\\x3f...): code written out to a new file, echoed into a page or evaluated, so that none of its words can be read in the file (leetc0des' encoder and its kin)"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $php = /"(\\74|\\x3[cC])(\\77|\\x3[fF])(\\x[0-9A-Fa-f]{2}|\\[0-7]{2,3}){24}/
    condition:
        $php
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|[0-9]|pod|c|h|cc|cpp|go|rs|java|py|js)$/
}

rule webshell_htaccess_php_lockout
{
    meta:
        description = "An .htaccess that denies every PHP, Python and executable file (with odd-case PHP extensions or `.suspected`) and then allows a short list of its own pages (index.php and the dropper's names): droppers lock site owners and clean-up tools out of every page but theirs"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $deny = /<FilesMatch\s+["']?[^>\n]{0,20}(py\|exe\|[^>\n]{0,80}php|php[^>\n]{0,80}\|exe|PHp|pHp|suspected)[^>\n]{0,200}>\s*\n?\s*(Order\s+allow,\s*deny\s*\n\s*Deny from all|Require all denied)/
        $allow = /<FilesMatch\s+["']?\^\(([A-Za-z0-9_.-]+\|){0,40}index\.php(\|[A-Za-z0-9_.-]+){0,40}\)\$["']?>\s*\n?\s*(Order\s+allow,\s*deny\s*\n\s*Allow from all|Require all granted)/
    condition:
        $deny and $allow
        and (filename == ".htaccess" or extension matches /^(htaccess|conf)$/)
}

rule webshell_jsp_request_to_dynamic_code
{
    meta:
        description = "JSP page that hands request input to a way of running code other than Runtime.exec: java.beans Expression/Statement on the runtime, XMLDecoder or ObjectInputStream deserialisation, an XSLT transformer built from the request, a script engine or an EL value expression; the JSP shells written to slip past rules that look for exec"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $page = "<%@" 
        $req = /request\.(getParameter|getReader|getInputStream|getHeader)\(/
        $d1 = /new (java\.beans\.)?(Expression|Statement)\(Runtime\.getRuntime\(\)/
        $d2 = /new (java\.beans\.)?XMLDecoder\(|new (java\.io\.)?ObjectInputStream\(/
        $d3 = /newTransformer\(new StreamSource\(/
        $d4 = /ScriptEngineManager|getEngineByName\(|createValueExpression\(|ELProcessor/
        $d5 = /"e" ?\+ ?"x" ?\+ ?"e" ?\+ ?"c"|"ex" ?\+ ?"ec"|"exe" ?\+ ?"c"/
        // Classes loaded from a URL, and the process classes looked up by name for reflection
        // (Class.forName("java.lang.Runtime").getMethod("exec", ..).invoke(..)).
        $d6 = /new (java\.net\.)?URLClassLoader\(/
        $d7 = /forName\(\s*"java\.lang\.(Runtime|ProcessBuilder|ProcessImpl|UNIXProcess)"\s*\)/
    condition:
        filesize < 256KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and (extension matches /^jspx?$/i or $page at 0)
        and $req and 1 of ($d*)
}

rule webshell_php_create_function_request
{
    meta:
        description = "Small PHP page that makes a function with create_function (named outright or kept in a variable) in a page reading $_POST/$_GET/$_REQUEST/$_COOKIE, however the request value travels ($GLOBALS['_POST'], a packed key): the China Chopper server in its rewritten forms"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $utf8_bom_php = { EF BB BF 3C 3F }
        $cf = /["']?create_function["']?/
        $req = /\$_(POST|GET|REQUEST|COOKIE)\b|["']_(POST|GET|REQUEST|COOKIE)["']/
    condition:
        filesize < 4KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and (extension matches /^(php[0-9]?|phtml|inc)$/i or uint16(0) == 0x3f3c or $utf8_bom_php at 0)
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and $cf and $req
}

rule webshell_aspx_encrypted_assembly_loader
{
    meta:
        description = "ASP.NET page that reads the request, decrypts it (Rijndael/AES/DES decryptor) and turns the result into code (reflection: CreateInstance, GetMethod, Invoke, Assembly.Load): the encrypted class-loading servers of Godzilla, Behinder and their rewrites, whatever the variable names"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $page = "<%@"
        $req = /Request(\.Form|\.Params|\.InputStream|\.Item|\.BinaryRead|\[)/
        $dec = /CreateDecryptor|TransformFinalBlock|RijndaelManaged|AesManaged|DESCryptoServiceProvider/
        $load = /Assembly\.Load|\.CreateInstance\(|\.GetMethod\(|Activator\.CreateInstance/
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and (extension matches /^(aspx|ashx|asmx|ascx)$/i or $page at 0)
        and $req and $dec and $load
}

rule webshell_aspx_virtual_path_provider_memshell
{
    meta:
        description = "ASP.NET page that registers its own VirtualPathProvider (and turns compilation debugging on by reflection) while reading the request's body or cookies: a page that plants an in-memory webshell serving any path, then can be deleted"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $page = "<%@"
        $vpp = "RegisterVirtualPathProvider"
        $req = /Request\.(InputStream|Cookies|Form|Headers)/
    condition:
        filesize < 512KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and (extension matches /^(aspx|ashx|asmx|ascx)$/i or $page at 0)
        and $vpp and $req
}

rule webshell_aspnet_jscript_eval
{
    meta:
        description = "ASP.NET page, handler or web service written in JScript.NET that calls eval(): whatever string reaches it (a request value, a web method's argument) runs as server code, the one-line JScript shells of China Chopper's ASPX client and their web-service and handler forms"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $lang = /[Ll]anguage ?= ?["']?(JScript|Jscript|jscript|JSCRIPT)/
        $eval = /eval\(/
    condition:
        extension matches /^(aspx|ashx|asmx|ascx)$/i
        and $lang and $eval
}

rule webshell_jsp_reflective_decoded_class
{
    meta:
        description = "JSP page that loads a class by a name decoded at run time (Class.forName(new String(decoder.decode...))) and invokes its methods by reflection while reading the request: ProcessBuilder or Runtime reached without their names in the page, the detection-bypass form of a JSP command shell"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $forname = /Class\.forName\( ?new String\(/
        $decode = /decodeBuffer\(|getDecoder\(\)\.decode\(|Base64\.decode/
        $invoke = ".invoke("
        $request = "request.getParameter("
    condition:
        extension matches /^jspx?$/i
        and $forname and $decode and $invoke and $request
}

rule webshell_jsp_private_jdk_member_opened
{
    meta:
        description = "JSP page that reads the request and opens a private member of a JDK-internal class by reflection (Class.forName(\"java.lang.ProcessImpl\"), \"sun.net.www.MimeLauncher\", \"jdk.nashorn...ScriptLoader\", or a java.lang name built at run time, then setAccessible(true) and invoke or newInstance): Runtime.exec reached through a back door of the JDK, so that no exec or ProcessBuilder shows in the page"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $forname = /Class\.forName\([ \t]*"(java\.lang\.|sun\.|jdk\.|com\.sun\.)/
        $open = /\.setAccessible\([ \t]*true[ \t]*\)/
        $call = /(MethodUtil\.invoke|\.invoke|\.newInstance)\(/
        $request = /request\.(getParameter|getHeader|getInputStream|getReader)\(/
        // JDBC pages load their drivers by name and never open private members.
        $jdbc = "jdbc" nocase
    condition:
        (extension matches /^jspx?$/i or (filesize < 64KB and $request and uint16(0) == 0x253c))
        and $forname and $open and $call and $request
        and not $jdbc
}

rule webshell_aspnet_process_start_from_form
{
    meta:
        description = "ASP.NET page that starts a process whose program or arguments come from its own form fields (Process.Start(\"\\\"\" + txtPath.Value + ...)): a packer or command page run from the browser, such as the K8 site packer that runs WinRAR over a folder the visitor names"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $start = /Process\.Start\([^;\n]{0,60}\b\w{1,40}\.(Value|Text)\b/
    condition:
        extension matches /^(aspx|ashx|asmx|ascx|asax)$/i
        and $start
}

rule webshell_aspnet_sql_client_from_form
{
    meta:
        description = "ASP.NET page that opens a SqlConnection to a server, user and password typed into the page (\"server=\" + serverIP + \";uid=\" + user + \";pwd=\" + pass) and runs what the page asks: the database browser, dumper and stored-procedure runner dropped beside webshells to read a site's database"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $conn = "SqlConnection"
        $server = /(server|data source)=["'] ?\+ ?\w/ nocase
        $pass = /(pwd|password)=["'] ?\+ ?\w/ nocase
    condition:
        extension matches /^(aspx|ashx|asmx|ascx)$/i
        and $conn and $server and $pass
}

rule webshell_php_xor_built_callable
{
    meta:
        description = "PHP that spells names by XOR-ing string literals ('?t'^'.<6<`5', \"{{{\" ^ \"?<>/\" is _GET) or characters (chr(ord('s') ^ $k) three times or more), with a second sign of a hidden call: another XOR of literals, a variable variable (${$_}[_](...)) or request input. The name of what runs is never written"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // The quote-caret-quote of two literals joined by XOR, as plain strings (a regex that
        // also checks the neighbours costs ten times as much); the neighbours are checked in the
        // condition: a literal's content on both sides, not a caret string in a list or a
        // concatenation (array('^', 'x'), '^' . $re, = '^';). Each pattern's first eight
        // occurrences are looked at (a bound the compiler asks for; past the count they are
        // undefined and do not count).
        $x1 = "'^'"
        $x2 = "\"^\""
        $x3 = "'^\""
        $x4 = "\"^'"
        $x5 = "' ^ '"
        $x6 = "\" ^ \""
        $x7 = "' ^ \""
        $x8 = "\" ^ '"
        $chr_xor = /chr\s*\(\s*ord\s*\(\s*["'][^"']["']\s*\)\s*\^/
        $varvar = "${$"
        $req = /\$_(GET|POST|REQUEST|COOKIE)\s*\[|filter_input\s*\(|php:\/\/input/
        // Case-sensitive spellings: a nocase "<?php" costs as much as the rest of the rule.
        $php = "<?php"
        $php_uc = "<?PHP"
    condition:
        // The XOR signals first (cheap when absent), then a PHP file: by its name, or opening
        // with the PHP tag (not a PHP completion script or a page that quotes a snippet).
        (
            any of ($x*) and (#x1 >= 2 and for 2 i in (1..8): (uint8(@x1[i] - 1) != 0x20 and uint8(@x1[i] - 1) != 0x09 and uint8(@x1[i] - 1) != 0x0a and uint8(@x1[i] - 1) != 0x2c and uint8(@x1[i] - 1) != 0x28 and uint8(@x1[i] - 1) != 0x3d and uint8(@x1[i] - 1) != 0x2e and uint8(@x1[i] - 1) != 0x5b and uint8(@x1[i] + 3) != 0x20 and uint8(@x1[i] + 3) != 0x0a and uint8(@x1[i] + 3) != 0x2c and uint8(@x1[i] + 3) != 0x3b and uint8(@x1[i] + 3) != 0x29 and uint8(@x1[i] + 3) != 0x2e and uint8(@x1[i] + 3) != 0x24 and uint8(@x1[i] + 3) != 0x3d) or #x2 >= 2 and for 2 i in (1..8): (uint8(@x2[i] - 1) != 0x20 and uint8(@x2[i] - 1) != 0x09 and uint8(@x2[i] - 1) != 0x0a and uint8(@x2[i] - 1) != 0x2c and uint8(@x2[i] - 1) != 0x28 and uint8(@x2[i] - 1) != 0x3d and uint8(@x2[i] - 1) != 0x2e and uint8(@x2[i] - 1) != 0x5b and uint8(@x2[i] + 3) != 0x20 and uint8(@x2[i] + 3) != 0x0a and uint8(@x2[i] + 3) != 0x2c and uint8(@x2[i] + 3) != 0x3b and uint8(@x2[i] + 3) != 0x29 and uint8(@x2[i] + 3) != 0x2e and uint8(@x2[i] + 3) != 0x24 and uint8(@x2[i] + 3) != 0x3d) or #x3 >= 2 and for 2 i in (1..8): (uint8(@x3[i] - 1) != 0x20 and uint8(@x3[i] - 1) != 0x09 and uint8(@x3[i] - 1) != 0x0a and uint8(@x3[i] - 1) != 0x2c and uint8(@x3[i] - 1) != 0x28 and uint8(@x3[i] - 1) != 0x3d and uint8(@x3[i] - 1) != 0x2e and uint8(@x3[i] - 1) != 0x5b and uint8(@x3[i] + 3) != 0x20 and uint8(@x3[i] + 3) != 0x0a and uint8(@x3[i] + 3) != 0x2c and uint8(@x3[i] + 3) != 0x3b and uint8(@x3[i] + 3) != 0x29 and uint8(@x3[i] + 3) != 0x2e and uint8(@x3[i] + 3) != 0x24 and uint8(@x3[i] + 3) != 0x3d) or #x4 >= 2 and for 2 i in (1..8): (uint8(@x4[i] - 1) != 0x20 and uint8(@x4[i] - 1) != 0x09 and uint8(@x4[i] - 1) != 0x0a and uint8(@x4[i] - 1) != 0x2c and uint8(@x4[i] - 1) != 0x28 and uint8(@x4[i] - 1) != 0x3d and uint8(@x4[i] - 1) != 0x2e and uint8(@x4[i] - 1) != 0x5b and uint8(@x4[i] + 3) != 0x20 and uint8(@x4[i] + 3) != 0x0a and uint8(@x4[i] + 3) != 0x2c and uint8(@x4[i] + 3) != 0x3b and uint8(@x4[i] + 3) != 0x29 and uint8(@x4[i] + 3) != 0x2e and uint8(@x4[i] + 3) != 0x24 and uint8(@x4[i] + 3) != 0x3d) or #x5 >= 2 and for 2 i in (1..8): (uint8(@x5[i] - 1) != 0x20 and uint8(@x5[i] - 1) != 0x09 and uint8(@x5[i] - 1) != 0x0a and uint8(@x5[i] - 1) != 0x2c and uint8(@x5[i] - 1) != 0x28 and uint8(@x5[i] - 1) != 0x3d and uint8(@x5[i] - 1) != 0x2e and uint8(@x5[i] - 1) != 0x5b and uint8(@x5[i] + 5) != 0x20 and uint8(@x5[i] + 5) != 0x0a and uint8(@x5[i] + 5) != 0x2c and uint8(@x5[i] + 5) != 0x3b and uint8(@x5[i] + 5) != 0x29 and uint8(@x5[i] + 5) != 0x2e and uint8(@x5[i] + 5) != 0x24 and uint8(@x5[i] + 5) != 0x3d) or #x6 >= 2 and for 2 i in (1..8): (uint8(@x6[i] - 1) != 0x20 and uint8(@x6[i] - 1) != 0x09 and uint8(@x6[i] - 1) != 0x0a and uint8(@x6[i] - 1) != 0x2c and uint8(@x6[i] - 1) != 0x28 and uint8(@x6[i] - 1) != 0x3d and uint8(@x6[i] - 1) != 0x2e and uint8(@x6[i] - 1) != 0x5b and uint8(@x6[i] + 5) != 0x20 and uint8(@x6[i] + 5) != 0x0a and uint8(@x6[i] + 5) != 0x2c and uint8(@x6[i] + 5) != 0x3b and uint8(@x6[i] + 5) != 0x29 and uint8(@x6[i] + 5) != 0x2e and uint8(@x6[i] + 5) != 0x24 and uint8(@x6[i] + 5) != 0x3d) or #x7 >= 2 and for 2 i in (1..8): (uint8(@x7[i] - 1) != 0x20 and uint8(@x7[i] - 1) != 0x09 and uint8(@x7[i] - 1) != 0x0a and uint8(@x7[i] - 1) != 0x2c and uint8(@x7[i] - 1) != 0x28 and uint8(@x7[i] - 1) != 0x3d and uint8(@x7[i] - 1) != 0x2e and uint8(@x7[i] - 1) != 0x5b and uint8(@x7[i] + 5) != 0x20 and uint8(@x7[i] + 5) != 0x0a and uint8(@x7[i] + 5) != 0x2c and uint8(@x7[i] + 5) != 0x3b and uint8(@x7[i] + 5) != 0x29 and uint8(@x7[i] + 5) != 0x2e and uint8(@x7[i] + 5) != 0x24 and uint8(@x7[i] + 5) != 0x3d) or #x8 >= 2 and for 2 i in (1..8): (uint8(@x8[i] - 1) != 0x20 and uint8(@x8[i] - 1) != 0x09 and uint8(@x8[i] - 1) != 0x0a and uint8(@x8[i] - 1) != 0x2c and uint8(@x8[i] - 1) != 0x28 and uint8(@x8[i] - 1) != 0x3d and uint8(@x8[i] - 1) != 0x2e and uint8(@x8[i] - 1) != 0x5b and uint8(@x8[i] + 5) != 0x20 and uint8(@x8[i] + 5) != 0x0a and uint8(@x8[i] + 5) != 0x2c and uint8(@x8[i] + 5) != 0x3b and uint8(@x8[i] + 5) != 0x29 and uint8(@x8[i] + 5) != 0x2e and uint8(@x8[i] + 5) != 0x24 and uint8(@x8[i] + 5) != 0x3d)
            or ((#x1 >= 1 and for any i in (1..8): (uint8(@x1[i] - 1) != 0x20 and uint8(@x1[i] - 1) != 0x09 and uint8(@x1[i] - 1) != 0x0a and uint8(@x1[i] - 1) != 0x2c and uint8(@x1[i] - 1) != 0x28 and uint8(@x1[i] - 1) != 0x3d and uint8(@x1[i] - 1) != 0x2e and uint8(@x1[i] - 1) != 0x5b and uint8(@x1[i] + 3) != 0x20 and uint8(@x1[i] + 3) != 0x0a and uint8(@x1[i] + 3) != 0x2c and uint8(@x1[i] + 3) != 0x3b and uint8(@x1[i] + 3) != 0x29 and uint8(@x1[i] + 3) != 0x2e and uint8(@x1[i] + 3) != 0x24 and uint8(@x1[i] + 3) != 0x3d) or #x2 >= 1 and for any i in (1..8): (uint8(@x2[i] - 1) != 0x20 and uint8(@x2[i] - 1) != 0x09 and uint8(@x2[i] - 1) != 0x0a and uint8(@x2[i] - 1) != 0x2c and uint8(@x2[i] - 1) != 0x28 and uint8(@x2[i] - 1) != 0x3d and uint8(@x2[i] - 1) != 0x2e and uint8(@x2[i] - 1) != 0x5b and uint8(@x2[i] + 3) != 0x20 and uint8(@x2[i] + 3) != 0x0a and uint8(@x2[i] + 3) != 0x2c and uint8(@x2[i] + 3) != 0x3b and uint8(@x2[i] + 3) != 0x29 and uint8(@x2[i] + 3) != 0x2e and uint8(@x2[i] + 3) != 0x24 and uint8(@x2[i] + 3) != 0x3d) or #x3 >= 1 and for any i in (1..8): (uint8(@x3[i] - 1) != 0x20 and uint8(@x3[i] - 1) != 0x09 and uint8(@x3[i] - 1) != 0x0a and uint8(@x3[i] - 1) != 0x2c and uint8(@x3[i] - 1) != 0x28 and uint8(@x3[i] - 1) != 0x3d and uint8(@x3[i] - 1) != 0x2e and uint8(@x3[i] - 1) != 0x5b and uint8(@x3[i] + 3) != 0x20 and uint8(@x3[i] + 3) != 0x0a and uint8(@x3[i] + 3) != 0x2c and uint8(@x3[i] + 3) != 0x3b and uint8(@x3[i] + 3) != 0x29 and uint8(@x3[i] + 3) != 0x2e and uint8(@x3[i] + 3) != 0x24 and uint8(@x3[i] + 3) != 0x3d) or #x4 >= 1 and for any i in (1..8): (uint8(@x4[i] - 1) != 0x20 and uint8(@x4[i] - 1) != 0x09 and uint8(@x4[i] - 1) != 0x0a and uint8(@x4[i] - 1) != 0x2c and uint8(@x4[i] - 1) != 0x28 and uint8(@x4[i] - 1) != 0x3d and uint8(@x4[i] - 1) != 0x2e and uint8(@x4[i] - 1) != 0x5b and uint8(@x4[i] + 3) != 0x20 and uint8(@x4[i] + 3) != 0x0a and uint8(@x4[i] + 3) != 0x2c and uint8(@x4[i] + 3) != 0x3b and uint8(@x4[i] + 3) != 0x29 and uint8(@x4[i] + 3) != 0x2e and uint8(@x4[i] + 3) != 0x24 and uint8(@x4[i] + 3) != 0x3d) or #x5 >= 1 and for any i in (1..8): (uint8(@x5[i] - 1) != 0x20 and uint8(@x5[i] - 1) != 0x09 and uint8(@x5[i] - 1) != 0x0a and uint8(@x5[i] - 1) != 0x2c and uint8(@x5[i] - 1) != 0x28 and uint8(@x5[i] - 1) != 0x3d and uint8(@x5[i] - 1) != 0x2e and uint8(@x5[i] - 1) != 0x5b and uint8(@x5[i] + 5) != 0x20 and uint8(@x5[i] + 5) != 0x0a and uint8(@x5[i] + 5) != 0x2c and uint8(@x5[i] + 5) != 0x3b and uint8(@x5[i] + 5) != 0x29 and uint8(@x5[i] + 5) != 0x2e and uint8(@x5[i] + 5) != 0x24 and uint8(@x5[i] + 5) != 0x3d) or #x6 >= 1 and for any i in (1..8): (uint8(@x6[i] - 1) != 0x20 and uint8(@x6[i] - 1) != 0x09 and uint8(@x6[i] - 1) != 0x0a and uint8(@x6[i] - 1) != 0x2c and uint8(@x6[i] - 1) != 0x28 and uint8(@x6[i] - 1) != 0x3d and uint8(@x6[i] - 1) != 0x2e and uint8(@x6[i] - 1) != 0x5b and uint8(@x6[i] + 5) != 0x20 and uint8(@x6[i] + 5) != 0x0a and uint8(@x6[i] + 5) != 0x2c and uint8(@x6[i] + 5) != 0x3b and uint8(@x6[i] + 5) != 0x29 and uint8(@x6[i] + 5) != 0x2e and uint8(@x6[i] + 5) != 0x24 and uint8(@x6[i] + 5) != 0x3d) or #x7 >= 1 and for any i in (1..8): (uint8(@x7[i] - 1) != 0x20 and uint8(@x7[i] - 1) != 0x09 and uint8(@x7[i] - 1) != 0x0a and uint8(@x7[i] - 1) != 0x2c and uint8(@x7[i] - 1) != 0x28 and uint8(@x7[i] - 1) != 0x3d and uint8(@x7[i] - 1) != 0x2e and uint8(@x7[i] - 1) != 0x5b and uint8(@x7[i] + 5) != 0x20 and uint8(@x7[i] + 5) != 0x0a and uint8(@x7[i] + 5) != 0x2c and uint8(@x7[i] + 5) != 0x3b and uint8(@x7[i] + 5) != 0x29 and uint8(@x7[i] + 5) != 0x2e and uint8(@x7[i] + 5) != 0x24 and uint8(@x7[i] + 5) != 0x3d) or #x8 >= 1 and for any i in (1..8): (uint8(@x8[i] - 1) != 0x20 and uint8(@x8[i] - 1) != 0x09 and uint8(@x8[i] - 1) != 0x0a and uint8(@x8[i] - 1) != 0x2c and uint8(@x8[i] - 1) != 0x28 and uint8(@x8[i] - 1) != 0x3d and uint8(@x8[i] - 1) != 0x2e and uint8(@x8[i] - 1) != 0x5b and uint8(@x8[i] + 5) != 0x20 and uint8(@x8[i] + 5) != 0x0a and uint8(@x8[i] + 5) != 0x2c and uint8(@x8[i] + 5) != 0x3b and uint8(@x8[i] + 5) != 0x29 and uint8(@x8[i] + 5) != 0x2e and uint8(@x8[i] + 5) != 0x24 and uint8(@x8[i] + 5) != 0x3d)) and ($varvar or $req))
            )
            or #chr_xor >= 3
        )
        and ($php in (0..256) or $php_uc in (0..256) or extension matches /^(php[0-9]?|phtml|pht|phar|inc)$/i)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod|js|mjs|css)$/
}

rule webshell_encoded_server_page
{
    meta:
        description = "Server page whose code is hidden by an encoding the server itself undoes: classic ASP declared UTF-7 (<%@ codepage=65000 %> with +AHI...- runs), ASP script encoded by the Script Encoder (#@~^...^#~@, VBScript.Encode/JScript.Encode) in a small page, or JSP whose Java keywords are written as \\u00XX escapes (\\u0053\\u0074\\u0072\\u0069\\u006e\\u0067 is String; the compiler decodes them before parsing): detection-bypass shells"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $utf7_cp = /[Cc][Oo][Dd][Ee][Pp][Aa][Gg][Ee]\s*=\s*65000/
        // UTF-7 runs of ASCII text: each UTF-16 unit 00xx starts with A followed by D..H.
        $utf7_run = /\+A[D-H][A-Za-z0-9+\/]{14}/
        $enc_lang = /(VBScript|JScript)\.Encode/
        $enc_body = /#@~\^[A-Za-z0-9+\/]{6}==/
        $jsp_tag = /<%[!@=]/
        // Escaped Java keywords and JSP names: String, request, Runtime, import, getParameter.
        $u1 = "\\u0053\\u0074\\u0072\\u0069\\u006e\\u0067"
        $u2 = "\\u0072\\u0065\\u0071\\u0075\\u0065\\u0073\\u0074"
        $u3 = "\\u0052\\u0075\\u006e\\u0074\\u0069\\u006d\\u0065"
        $u4 = "\\u0069\\u006d\\u0070\\u006f\\u0072\\u0074"
        $u5 = "\\u0067\\u0065\\u0074\\u0050\\u0061\\u0072\\u0061\\u006d"
    condition:
        (
            ($utf7_cp and $utf7_run)
            or ($enc_lang and $enc_body and filesize < 100KB)
            or ($jsp_tag and any of ($u*) and extension matches /^(jsp|jspx|jspf)$/i)
        )
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule webshell_php_request_named_call
{
    meta:
        description = "Small PHP file that calls a function whose name the request supplies: the first element of an array called with the second (`$x[0]($x[1])`) where the array comes from request headers, a superglobal or a variable variable (`$$_[0]($$_[1])`), or `extract($_REQUEST)` followed by a call through one of the variables it created (`$ctime($atime)`) or by assert/eval. Two signals: a callable taken from data and request input reaching it"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $pair = /\$\$?[A-Za-z_][A-Za-z0-9_]{0,20}\[0\]\(\$\$?[A-Za-z_][A-Za-z0-9_]{0,20}\[1\]\)/
        $pair_varvar = /\$\$[A-Za-z_][A-Za-z0-9_]{0,20}\[0\]\(/
        $headers = "getallheaders()"
        $req = /\$_(GET|POST|REQUEST|COOKIE|SERVER)\[/
        $extract_call = /extract\(\$_(REQUEST|POST|GET|COOKIE)\)[^\n]{0,80}(\$[A-Za-z_][A-Za-z0-9_]{0,20}\(\$|assert\(|eval\()/
    condition:
        filesize < 4KB
        and (($pair and ($pair_varvar or $headers or $req)) or $extract_call)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(html?|md|markdown|rst|adoc|txt|[0-9]|pod)$/
}

// Round 16: request fields imported as variables by variable variables, then called.

rule webshell_php_request_imported_then_called
{
    meta:
        description = "Small PHP page (under 4 KB) that turns every request field into a variable of the same name through variable variables (`foreach (array('_POST','_GET') as $r) foreach ($$r as $k => $v) $$k = $v;`) and then calls a variable as a function with one of them (`$f($v)`, `$para($_value)`): the function name and its argument both arrive as field names and values, so no function name is in the page (AntSword's bypass shells and their reflection-built kin)"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $php = "<?php"
        // The list of superglobal names looped over; the names are the search atoms.
        $list = /array\s*\(\s*["']_(POST|GET|REQUEST|COOKIE)["']/
        $loopstore = /foreach\s*\(\s*\$\$[A-Za-z_][A-Za-z0-9_]{0,30}\s+as\s+\$[A-Za-z_][A-Za-z0-9_]{0,30}\s*=>\s*\$[A-Za-z_][A-Za-z0-9_]{0,30}\s*\)\s*\{?\s*\$\$[A-Za-z_][A-Za-z0-9_]{0,30}\s*=\s*\$[A-Za-z_][A-Za-z0-9_]{0,30}\s*;/
        // A line calling a variable with a variable: $f($v); @$f($$k); (anchored on the line
        // start and, with the 4 KB limit, at the one-literal rule's cost).
        $call = /\n[ \t]*@?\$[A-Za-z_][A-Za-z0-9_]{0,30}\(\$\$?[A-Za-z_][A-Za-z0-9_]{0,30}\);/
    condition:
        filesize < 4KB and $php and $list and $loopstore and $call
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|txt|[0-9]|pod)$/
}

// Round 17a (issue 22): techniques shared by two or more missed families of dev and the opened
// hold-outs.

rule webshell_php_include_hidden_source
{
    meta:
        description = "PHP including code from the request body or a data: stream (include('php://input'), require 'data://text/plain;base64,...'), or from a path spelt in hex escapes (@include \"\\x2fh\\x6fm...\"): code run without eval, from a place the page hides"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $input = /(include|require)(_once)?\s*\(?\s*["'](php:\/\/input|data:(\/\/)?text\/plain)/
        // The path opens with a hex escape ("\x2f..."): with any character allowed first, the
        // search atoms were `include`/`require` and the rule cost 1.3 times a one-literal rule.
        $hex = /(include|require)(_once)?[ \t]*\(?[ \t]*"\\x[0-9A-Fa-f]{2}[^"\n]{0,8}\\x[0-9A-Fa-f]{2}/
    condition:
        ($input or $hex)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|phpt|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_server_page_writes_request_file
{
    meta:
        description = "A small JSP writing into the web root a file whose name and bytes the request gives (new FileOutputStream(application.getRealPath(\"/\")+request.getParameter(\"f\")).write(request.getParameter(\"t\")...)), or an ASP.NET handler writing under Server.MapPath a page whose text runs the request (<%execute request(..)%>): droppers that plant the real shell"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $jsp_out = /FileOutputStream\s*\(\s*(application|request|getServletContext\(\)|this\.getServletContext\(\)|config\.getServletContext\(\))\.getRealPath\s*\([^)\n]{0,40}\)\s*(\+\s*"[^"\n]{0,10}"\s*)?\+\s*request\.getParameter\s*\(/
        $jsp_write = /\.write\s*\(\s*(new\s+sun\.misc\.BASE64Decoder\s*\(\s*\)\s*\.decodeBuffer\s*\(\s*|java\.util\.Base64\.getDecoder\s*\(\s*\)\s*\.decode\s*\(\s*)?request\.getParameter\s*\(/
        $net_out = /(File\.(CreateText|WriteAllText|AppendAllText)|new\s+StreamWriter)\s*\(\s*(context\.|HttpContext\.Current\.)?Server\.MapPath\s*\(/
        $net_page = /<%[^"\n]{0,40}(execute|eval)\s*\(?\s*request/ nocase
    condition:
        filesize < 8KB
        and (($jsp_out and $jsp_write) or ($net_out and $net_page))
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
}

rule webshell_asp_execute_built_string
{
    meta:
        description = "Classic ASP running with Execute, ExecuteGlobal or a ScriptControl's ExecuteStatement a string it builds: a decoder called on a percent-escaped literal (execute(unescape(\"eval%20request...\")), Execute(fun(\"%167%184...\"))) or a concatenation of Chr() pieces or holding (request(: the encoded one-line shells"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // Execute as a statement or function, not a method (conn.Execute(sql) is ADO);
        // ExecuteStatement is only a ScriptControl's.
        $decoded = /(^|[^.\w])(execute|executeglobal)\s*\(?\s*[a-z_][a-z0-9_]{0,30}\s*\(\s*"[^"\n]{0,200}%[0-9a-f]{2}/ nocase
        $built = /((^|[^.\w])(execute|executeglobal)|\.executestatement)\s*\(?\s*[^\n]{0,200}(&\s*chr\s*\(|\(\s*request\s*\()/ nocase
        $tag = "<%"
    condition:
        filesize < 64KB and $tag and ($decoded or $built)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
}

rule webshell_php_request_array_aliased_then_run
{
    meta:
        description = "A small PHP page (under 4 KB) that copies a whole request array into a variable ($h = getallheaders(); $c = $_COOKIE; $s = $_SERVER;) and then evaluates a variable or calls an element of an array ($h['X-Dns-Prefetch-Control'](...), eval($v)): the header- and cookie-driven backdoors that keep request names out of the sink"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $alias = /\$[A-Za-z_][A-Za-z0-9_]{0,30}\s*=\s*(\$_(SERVER|COOKIE|GET|POST|REQUEST)|getallheaders\s*\(\s*\)|apache_request_headers\s*\(\s*\))\s*;/
        $eval_variable = /[^>:\w$.](eval|assert)\s*\(\s*@?\$[A-Za-z_][A-Za-z0-9_]{0,30}\s*\)/
        // An element named by a literal key called: $h['X-Dns-Prefetch-Control']('', ...). A
        // router's $routes[$uri]() has a variable key.
        $element_call = /[^>:\w]\$[A-Za-z_][A-Za-z0-9_]{0,30}\[\s*["'][^"'\]\n]{1,60}["']\s*\]\s*\(/
    condition:
        filesize < 4KB and $alias and ($eval_variable or $element_call)
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_php_writes_php_payload
{
    meta:
        description = "PHP writing a PHP page whose code it does not hold as text: base64 of `<?php` decoded into fwrite/file_put_contents (fwrite($fp, base64_decode('PD9waHAN...'))), or a `<?php` header joined to a variable in a page that fetches a URL and reads the request (file_put_contents($p, '<?php /*'.uniqid().'*/ ?>'.$data) after curl_exec): droppers that plant the real shell"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $b64_php = /(fwrite|fputs|file_put_contents)\s*\([^;\n]{0,200}base64_decode\s*\(\s*["']PD9w/
        $tagged = /(fwrite|fputs|file_put_contents)\s*\([^;\n]{0,100},\s*["']<\?php[^"'\n]{0,40}["']\s*\.\s*(uniqid\s*\(|\$)/
        $fetch = /curl_exec\s*\(|file_get_contents\s*\(\s*["']https?:/
        $request = /\$_(GET|POST|REQUEST|COOKIE)\s*\[/
    condition:
        ($b64_php or ($tagged and $fetch and $request and filesize < 16KB))
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod)$/
        and not (extension matches /^txt$/i and uint16(0) != 0x3f3c and uint16(0) != 0x253c)
}

rule webshell_jsp_reflective_define_class
{
    meta:
        description = "JSP page defining a class from bytes it holds or decodes, with no cipher or request read in sight: ClassLoader.defineClass reached by reflection (getDeclaredMethod(\"defineClass\") made accessible and invoked), BCEL's internal decoder or class loader ($$BCEL$$), or Unsafe/Lookup defineClass: the loaders that plant memory shells (Tomcat valves, filters, listeners)"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $reflect = /getDeclaredMethod\(\s*"define(Anonymous)?Class"/
        $accessible = "setAccessible(true)"
        $invoke = ".invoke("
        // BCEL's internal decoder and loader: no application loads classes through them.
        $bcel = /com\.sun\.org\.apache\.bcel\.internal\.(classfile\.Utility\.decode|util\.ClassLoader)|\$\$BCEL\$\$/
        $lookup = /\.defineHiddenClass\(|\.defineAnonymousClass\(/
    condition:
        // The patterns first: a name test evaluated for every file costs more than they do.
        (($reflect and $accessible and $invoke) or $bcel or $lookup)
        and filesize < 1MB
        and (extension matches /^jspx?$/i or uint16(0) == 0x253c)
}

rule webshell_server_code_in_config
{
    meta:
        description = "A web server's config file that carries server code or maps itself to a script engine: a web.config with a `<% ... %>` block, or a handler that sends *.config to asp.dll; an .htaccess or .user.ini with a `<?php` block or one that makes image or text names run as PHP: IIS and Apache config uploads that become webshells"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // A script block and what it runs, as literals: one regex spanning the block cost ten
        // times a literal over text files.
        $asp_open = "<%"
        $asp_request = "Request(" nocase
        $asp_object = "CreateObject(" nocase
        $asp_eval = "eval("
        $config_handler = /path="\*\.config"[^>]{0,300}asp\.dll/ nocase
        $php_block = "<?php"
        // Case-sensitive, opening with a long literal: the nocase forms with the directive names
        // in front cost ten times a literal over text files.
        $php_type = /application\/x-httpd-php[^\n]{0,40}\.(jpe?g|png|gif|ico|txt|bmp)\b/
        $prepend = /auto_(prepend|append)_file\s*=?\s*["']?(php:\/\/input|data:|https?:)/
    condition:
        // Names compared, not matched: a regex over the name, evaluated for every PHP page that
        // opens with `<?php`, cost four times a literal over text files.
        filesize < 64KB
        and (
            ((($asp_open and ($asp_request or $asp_object or $asp_eval)) or $config_handler)
                and (filename == "web.config" or filename == "Web.config" or filename == "Web.Config" or filename == "WEB.CONFIG"))
            or (($php_block or $php_type or $prepend) and (filename == ".htaccess" or filename == ".user.ini"))
        )
}

rule webshell_asp_remote_file_to_page
{
    meta:
        description = "A small ASP page that fetches a URL (Microsoft.XMLHTTP / ServerXMLHTTP) and saves the response with ADODB.Stream under a server-script name or a name the request gives: the downloader that pulls the real shell into the web root"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $http = /(Microsoft|MSXML2)\.(Server)?XMLHTTP/ nocase
        $stream = "ADODB.Stream" nocase
        $body = "responseBody" nocase
        $save_script = /SaveToFile[\s(]*[^\n]{0,80}\.(asp|aspx|asa|cer|cdx|ashx|php|jsp)["')]/ nocase
        $save_request = /SaveToFile[\s(]*[^\n]{0,80}Request/ nocase
        $page = "<%"
    condition:
        filesize < 16KB and $page and $http and $stream and $body and ($save_script or $save_request)
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod|html?)$/
}

rule webshell_python_route_memshell
{
    meta:
        description = "Python code that plants a web route or hook at run time whose body runs request data (app.add_url_rule / before_request / url_value_preprocessors beside exec or eval of request.get_data/args/form), or a Jinja2 template-injection payload reaching __builtins__ or os through __globals__ to run code: Flask memory shells injected through SSTI"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $hook = /\.(add_url_rule|before_request_funcs|after_request_funcs|url_value_preprocessors|before_request|after_request)\b/
        $run = /[^\w.](exec|eval)\s*\(/
        $input = /request\.(get_data|args|form|values|data|headers|cookies)\b/
        $ssti = /__globals__\s*(\[\s*["']__builtins__["']\s*\]|\.__builtins__|\[\s*["']os["']\s*\]|\.os\b)[^\n]{0,80}(exec|eval|popen|__import__|system)/
    condition:
        filesize < 256KB
        and (($hook and $run and $input) or $ssti)
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod|html?)$/
}

rule webshell_aspx_reflective_process
{
    meta:
        description = "ASP.NET page or handler starting a process through reflection, with the request in reach: the Process type looked up by name (Type.GetType(\"System.Diagnostics.Process\"), Assembly.GetType) and its Start method invoked, so that no Process.Start is written"
        severity = "medium"
        confidence = "medium"
        category = "webshell"
    strings:
        $type = /GetType\(\s*"System\.Diagnostics\.Process(StartInfo)?"/
        $method = /GetMethod\(\s*"Start"/
        $invoke = ".Invoke("
        $request = /Request(\.(Form|QueryString|Params|Item|Headers|Cookies|InputStream))?\s*\[|Request\.(BinaryRead|InputStream)/
        $page = "<%@"
    condition:
        filesize < 256KB and $page and $type and $method and $invoke and $request
        and extension matches /^(aspx|ashx|asmx|ascx|asp)$/i
}

rule webshell_web_handler_request_code
{
    meta:
        description = "A web handler in Python, Ruby or Node.js handing the request straight to code or a command: os.popen/subprocess/exec/eval of request.args/form/GET (Flask, Django), system/eval/backticks of params[..] (Sinatra, Rails, ERB), eval/Function/vm of req.query/body/headers (Express): the webshell of a server that is not PHP"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // Python: the sink's first argument is the request read itself.
        $py = /(os\.(popen|system)|subprocess\.(check_output|getoutput|getstatusoutput|run|call|Popen)|[^\w.](exec|eval))\s*\(\s*request\.(args|form|values|data|json|headers|cookies|GET|POST|COOKIES|META)\s*(\[|\.get\(|\))/
        // Ruby: system/exec/eval/IO.popen/%x of params, or params inside backticks.
        $rb = /([^\w.](system|exec|eval|spawn|instance_eval|class_eval)|IO\.popen|Open3\.(capture2e?|popen3))\s*\(?\s*params\s*\[|`#\{\s*params\s*\[/
        // Node.js: code from the request evaluated.
        $js = /([^\w.]eval|new Function|vm\.runIn(New|This)?Context|vm\.runInContext)\s*\(\s*(req|request)\.(query|body|params|headers)\b/
    condition:
        filesize < 1MB
        and ($py or $rb or $js)
        and not filepath matches /\/(doc|docs|man|info|tests?|spec)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod|txt|html?)$/
}

rule webshell_php_com_shell
{
    meta:
        description = "PHP on Windows starting a shell through COM (new COM('WScript.Shell') ->exec/->run) in a page that reads the request: the command box of Windows PHP shells without system()"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // Literals: a nocase regex opening with `new` or `->` had two-byte search atoms.
        $com1 = "COM(\"WScript.Shell\")" nocase
        $com2 = "COM('WScript.Shell')" nocase
        $com3 = "COM(\"Shell.Application\")" nocase
        $com4 = "COM('Shell.Application')" nocase
        $run1 = "->exec(" nocase
        $run2 = "->run(" nocase
        $run3 = "->ShellExecute(" nocase
        $request = /\$_(GET|POST|REQUEST|COOKIE)\s*\[|\$_SERVER\s*\[\s*["']HTTP_|php:\/\/input/
    condition:
        filesize < 512KB and any of ($com*) and any of ($run*) and $request
        and not filepath matches /\/(doc|docs|man|info)\//
        and not extension matches /^(md|markdown|rst|adoc|[0-9]|pod|txt|html?)$/
}

rule webshell_php_hex_spelt_function_names
{
    meta:
        description = "PHP page holding the names of command, code, decoder or file functions as quoted hex strings ('617373657274' is assert, '73797374656d' system), two of them, or one beside a hex decoder (hex2bin, pack('H*'), chr(hexdec())): a table of names decoded at run time and called through a variable or array slot, so that no sink is named in the file (MARIJUANA, Godzilla's mutated pages and their kin)"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // Each name exactly, between quotes: a hash or colour that merely contains these
        // digits is not a quoted name. Hex letters in either case, as encoders write both.
        $n01 = /["']617373657274["']/  // assert
        $n02 = /["']73797374656[dD]["']/  // system
        $n03 = /["']7368656[cC]6[cC]5[fF]65786563["']/  // shell_exec
        $n04 = /["']7061737374687275["']/  // passthru
        $n05 = /["']70726[fF]635[fF]6[fF]70656[eE]["']/  // proc_open
        $n06 = /["']706[fF]70656[eE]["']/  // popen
        $n07 = /["']65786563["']/  // exec
        $n08 = /["']6576616[cC]["']/  // eval
        $n09 = /["']6261736536345[fF]6465636[fF]6465["']/  // base64_decode
        $n10 = /["']66696[cC]655[fF]7075745[fF]636[fF]6[eE]74656[eE]7473["']/  // file_put_contents
        $n11 = /["']6[dD]6[fF]76655[fF]75706[cC]6[fF]616465645[fF]66696[cC]65["']/  // move_uploaded_file
        $n12 = /["']6372656174655[fF]66756[eE]6374696[fF]6[eE]["']/  // create_function
        $n13 = /["']677[aA]696[eE]666[cC]617465["']/  // gzinflate
        $n14 = /["']677[aA]756[eE]636[fF]6[dD]7072657373["']/  // gzuncompress
        $n15 = /["']7374725[fF]726[fF]743133["']/  // str_rot13
        $n16 = /["']667772697465["']/  // fwrite
        $n17 = /["']66696[cC]655[fF]6765745[fF]636[fF]6[eE]74656[eE]7473["']/  // file_get_contents
        $n18 = /["']756[eE]6[cC]696[eE]6[bB]["']/  // unlink
        $n19 = /["']63686[dD]6[fF]64["']/  // chmod
        $n20 = /["']63616[cC]6[cC]5[fF]757365725[fF]66756[eE]63["']/  // call_user_func
        $n21 = /["']666[fF]70656[eE]["']/  // fopen
        $n22 = /["']6375726[cC]5[fF]65786563["']/  // curl_exec
        $n23 = /["']707265675[fF]7265706[cC]616365["']/  // preg_replace
        $n24 = /["']66736[fF]636[bB]6[fF]70656[eE]["']/  // fsockopen
        $decoder = /hex2bin[ \t]*\(|pack[ \t]*\([ \t]*["']H\*|chr[ \t]*\([ \t]*hexdec[ \t]*\(/
    condition:
        filesize < 1MB
        and (extension matches /^(php[3-8]?|phtml|inc)$/i or (uint32(0) == 0x68703f3c and uint8(4) == 0x70))
        and (2 of ($n*) or (1 of ($n*) and $decoder))
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule webshell_php_encoded_php_source_run
{
    meta:
        description = "PHP page holding a whole PHP source as one encoded literal (URL-encoded %3C%3Fphp..., base64 PD9waHA... or twice-base64 UEQ5d2FIQ..., hex 3c3f706870..., 200 encoded characters or more) beside something that runs code (eval, assert, create_function, include or require of a variable): a page decoded and run, or written to a temporary file and required, so that none of its code can be read here (MKY/Monkey Albino, smevk, rot13 wrappers)"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $url = /["']%3[cC]%3[fF]php(%[0-9A-Fa-f]{2}|[A-Za-z0-9_.~+-]){200}/
        $b64 = /["']PD9waHA[A-Za-z0-9+\/]{200}/
        $hex = /["']3[cC]3[fF]706870[0-9a-fA-F]{200}/
        // base64 of base64 of `<?php`: the layered form (decoded twice before it is written).
        $b64b64 = /["']UEQ5d2FIQ[A-Za-z0-9+\/]{200}/
        $eval = /(eval|assert|create_function)[ \t]*\(/
        // "include $t", "require($f)": the blank or parenthesis is part of the literal.
        $include = /(include|require)(_once)?( \$| \( ?\$|\( ?\$)[A-Za-z_]/
    condition:
        filesize < 2MB
        and (extension matches /^(php[3-8]?|phtml|inc)$/i or (uint32(0) == 0x68703f3c and uint8(4) == 0x70))
        and ($url or $b64 or $hex or $b64b64)
        and ($eval or $include)
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
}

rule webshell_php_request_keyed_decrypt_eval
{
    meta:
        description = "Small PHP page that decrypts a literal with a block cipher (mcrypt_decrypt, openssl_decrypt, mdecrypt_generic) under a key taken from the request and evaluates what comes out (eval(decrypt($blob, $_REQUEST['key']))): the payload is unreadable without the attacker's password (the 90sec one-liner and its kin)"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $decrypt = /(mcrypt_decrypt|openssl_decrypt|mdecrypt_generic)[ \t]*\(/
        // eval/assert of a function's result: eval(decrypt(...)), assert(x(...)).
        $eval = /(eval|assert)[ \t]*\([ \t]*@?[A-Za-z_][A-Za-z0-9_]{0,30}[ \t]*\(/
        $request = /\$_(POST|GET|REQUEST|COOKIE)[ \t]*\[/
    condition:
        // A small page: a cipher library evaluates generated code too, but reads no request
        // and runs to tens of kilobytes.
        filesize < 16KB
        and (extension matches /^(php[3-8]?|phtml|inc)$/i or (uint32(0) == 0x68703f3c and uint8(4) == 0x70))
        and $decrypt and $eval and $request
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
}

rule webshell_php_tiny_request_callable
{
    meta:
        description = "Small PHP page (under 2 KB) that calls what an expression yields with request input ((substr($m,0,3).substr($m,4))($_GET['a'])), or reads the request into a variable and hands a variable to a callback API as the function to call (call_user_func_array($a==$a?$a:$a, array($b))): WAF-bypass one-liners whose function name is never written whole"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        // `)(`: a parenthesised expression called, its first argument read from the request.
        $expr_call = /\)[ \t]*\([ \t]*@?\$_(GET|POST|REQUEST|COOKIE)[ \t]*\[/
        $alias = /=[ \t]*@?\$_(GET|POST|REQUEST|COOKIE)[ \t]*\[/
        $callback_var = /(call_user_func(_array)?|array_map|array_filter|register_shutdown_function|forward_static_call(_array)?)[ \t]*\([ \t]*@?\$[A-Za-z_]/
    condition:
        filesize < 2KB
        and (extension matches /^(php[3-8]?|phtml|inc)$/i or (uint32(0) == 0x68703f3c and uint8(4) == 0x70))
        and ($expr_call or ($alias and $callback_var))
        and not filepath matches /\/(doc|docs|man|info|tests?)\//
}

rule webshell_php_cpanel_shadow_writer
{
    meta:
        description = "PHP that finds the hosting account's cPanel home (.cpanel) and writes a crypt() password line into a shadow file under ~/etc (the mail accounts' password store): SMTP and webmail account creators that turn a hacked site's domain into a spam sender"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $cpanel = ".cpanel"
        $shadow = /\/etc\/[^"'\n;]{0,80}shadow["']/
        $crypt = "crypt("
        $write = /(fwrite|fputs|file_put_contents)[ \t]*\(/
    condition:
        filesize < 512KB
        and (extension matches /^(php[3-8]?|phtml|inc)$/i or (uint32(0) == 0x68703f3c and uint8(4) == 0x70))
        and all of them
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule webshell_php_command_function_fallback
{
    meta:
        description = "PHP page that checks for three or more command functions (exec, shell_exec, system, passthru, popen, proc_open) with function_exists and falls back from one to the next: a command runner that must work on whatever host it lands on"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $f1 = /function_exists\( ?["']exec["']/
        $f2 = /function_exists\( ?["']shell_exec["']/
        $f3 = /function_exists\( ?["']system["']/
        $f4 = /function_exists\( ?["']passthru["']/
        $f5 = /function_exists\( ?["']popen["']/
        $f6 = /function_exists\( ?["']proc_open["']/
    condition:
        filesize < 1MB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and 3 of ($f*)
}

rule webshell_python_packed_cgi_page
{
    meta:
        description = "Python file served from a web root or cgi-bin that runs code it decompresses or decodes: a packed CGI shell (ALFA's Python page)"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $run = /(exec|eval)\( ?(compile\( ?)?(zlib\.decompress|marshal\.loads|bz2\.decompress|lzma\.decompress)\(/
        $run2 = /(exec|eval)\( ?compile\( ?(base64\.b64decode|base64\.b32decode|codecs\.decode)\(/
    condition:
        filesize < 4MB
        and filepath matches /\/(var\/www|srv\/www|public_html|htdocs|httpdocs|wwwroot|cgi-bin|wp-content|wp-includes|wp-admin)\//
        and 1 of ($run*)
}

rule webshell_php_remote_code_saved_as_php
{
    meta:
        description = "PHP page that fetches a URL's body and writes it into a .php file (fopen(..'.php','w')/fwrite or file_put_contents): a remote-code dropper that installs or refreshes a shell from a paste site or server"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $get1 = /file_get_contents\( ?["']https?:\/\//
        $get2 = /curl_init\( ?["']https?:\/\//
        $w1 = /fopen\( ?["'][^"'\n]{0,80}\.ph(p[0-9]?|tml)["'] ?, ?["']w/
        $w2 = /file_put_contents\( ?["'][^"'\n]{0,80}\.ph(p[0-9]?|tml)["']/
    condition:
        filesize < 256KB
        and not (uint32(0) == 0x464c457f or uint16(0) == 0x5a4d or uint32(0) == 0xfeedfacf or uint32(0) == 0xfeedface)
        and not extension matches /^(html?|md|markdown|rst|adoc|[0-9]|pod|txt)$/
        and not filepath matches /\/(doc|docs|man|info)\//
        and 1 of ($get*) and 1 of ($w*)
}

rule webshell_htaccess_alternative_php_extensions_allowed
{
    meta:
        description = ".htaccess that grants access to pages under PHP's rarely used extensions (.phtml, .pht, .phar, .php5/.php7) in two or more <Files> blocks: opening an upload folder so that a shell saved under such a name runs (hardening writes these blocks with Deny)"
        severity = "high"
        confidence = "medium"
        category = "webshell"
    strings:
        $allow = /<Files(Match)? [^>\n]{0,200}(pht|phar|php[3-8]|phtml|pphhttmmll)[^>\n]{0,200}>\s{1,8}(Order [A-Za-z, ]{1,20}\s{1,8})?(Allow from all|Require all granted)/ nocase
    condition:
        filesize < 256KB
        and filename == ".htaccess"
        and #allow >= 2
}
