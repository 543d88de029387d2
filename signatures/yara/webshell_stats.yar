// Obfuscated server pages found by statistics of the file, not by names (NeoPI and
// php-malware-finder style): unseen webshells hide their code in obfuscations no string rule
// names, but a page of packed code still reads unlike a page a person wrote. Only server pages
// are examined (by extension, or a `<?php` or `<%` start), so other files cost nothing.
//
// Thresholds were calibrated on the webshells of dev and the opened hold-outs against 21,000+
// real PHP, JSP and ASP.NET pages (WordPress, Drupal, Laravel, PHPUnit, Smarty, DokuWiki,
// Roundcube, phpMyAdmin, PHPMailer, Tomcat's and Mono's examples; bench/RESULTS.md, round 17c):
// none of those matched. A packed commercial page (ionCube, SourceGuardian, a minifier's
// output) can read the same way, so these rules are medium: worth an analyst's look, not a
// verdict.

import "math"

rule webshell_page_commercial_encoder
{
    meta:
        description = "PHP page encoded by a commercial encoder (ionCube, SourceGuardian, Zend Guard): its code cannot be read here, so what it does is unknown; paid plugins ship this way, and so do some backdoors, so it is reported for a look rather than as a webshell"
        severity = "low"
        confidence = "medium"
        category = "webshell"
    strings:
        // The loaders' own stubs, which every encoded file of each encoder carries.
        $ioncube = /extension_loaded\(\s*["']ionCube Loader["']\s*\)/
        $ioncube_exec = "_il_exec()"
        $sourceguardian = /function_exists\(\s*["']sg_load["']\s*\)/
        $sourceguardian_load = "return sg_load('"
        $zend = "<?php @Zend;"
    condition:
        (extension matches /^(php[3-8]?|phtml|inc)$/i or (uint32(0) == 0x68703f3c and uint8(4) == 0x70))
        and filesize < 8MB
        and (($ioncube and $ioncube_exec) or ($sourceguardian and $sourceguardian_load) or $zend at 0)
}

rule webshell_page_packed_long_lines
{
    meta:
        description = "Server page (PHP, JSP, ASP) whose lines are long and dense: on average 150 bytes or more per line at a byte entropy of 5.3 bits or more, the shape of code packed into a few long encoded or escaped lines; people's pages, templates and language files stay under it"
        severity = "medium"
        confidence = "low"
        category = "webshell"
    strings:
        // An inline image or font (data:image/png;base64,...) makes a benign page long-lined
        // and dense; such a page is left to the other rules unless it also names a decoder or
        // an evaluator (which a page that only shows an icon does not need).
        $data_uri = /data:(image|font|application\/(x-)?font)[\/\w.+-]{0,40};base64,/
        $code = /[^\w$>:.](eval|assert|execute|base64_decode|gzinflate|gzuncompress|str_rot13|create_function|defineClass|fromCharCode)\s*\(/ nocase
    condition:
        (extension matches /^(php[3-8]?|phtml|inc|jspx?|aspx?|ashx|asmx|cfm)$/i
            or (uint32(0) == 0x68703f3c and uint8(4) == 0x70) or uint16(0) == 0x253c)
        and filesize >= 256 and filesize < 2MB
        and filesize \ (math.count(0x0a, 0, filesize) + 1) >= 150
        and math.entropy(0, filesize) >= 5.3
        and not ($data_uri and not $code)
        // Raw binary (entropy over 6.6; encoded text stays under 6.5) in a large page is a
        // compiled single-file tool's bundled resources (Adminer's gzipped scripts), not packing.
        and (filesize < 64KB or math.entropy(0, filesize) < 6.6)
        and not webshell_page_commercial_encoder
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule webshell_page_high_entropy_text
{
    meta:
        description = "Server page (PHP, JSP, ASP) of 1 KB or more whose bytes have an entropy of 5.9 bits or more while staying mostly ASCII (mean byte under 98): encoded or encrypted code as the bulk of the page; text in a non-Latin script reaches that entropy only with a higher mean byte"
        severity = "medium"
        confidence = "low"
        category = "webshell"
    strings:
        // An inline image or font (data:image/png;base64,...) makes a benign page long-lined
        // and dense; such a page is left to the other rules unless it also names a decoder or
        // an evaluator (which a page that only shows an icon does not need).
        $data_uri = /data:(image|font|application\/(x-)?font)[\/\w.+-]{0,40};base64,/
        $code = /[^\w$>:.](eval|assert|execute|base64_decode|gzinflate|gzuncompress|str_rot13|create_function|defineClass|fromCharCode)\s*\(/ nocase
    condition:
        (extension matches /^(php[3-8]?|phtml|inc|jspx?|aspx?|ashx|asmx|cfm)$/i
            or (uint32(0) == 0x68703f3c and uint8(4) == 0x70) or uint16(0) == 0x253c)
        and filesize >= 1KB and filesize < 2MB
        and math.entropy(0, filesize) >= 5.9
        and math.mean(0, filesize) < 98
        and not ($data_uri and not $code)
        // Raw binary (entropy over 6.6; encoded text stays under 6.5) in a large page is a
        // compiled single-file tool's bundled resources (Adminer's gzipped scripts), not packing.
        and (filesize < 64KB or math.entropy(0, filesize) < 6.6)
        and not webshell_page_commercial_encoder
        and not filepath matches /\/(doc|docs|man|info)\//
}

rule webshell_page_escape_dense
{
    meta:
        description = "Small server page (PHP, JSP, ASP; under 32 KB) of which hex or octal escapes (\\x65, \\145) make up 30 % of the bytes or more, eight escapes at least: names and code spelt byte by byte so that no string rule reads them; character tables that real libraries write this way are larger"
        severity = "medium"
        confidence = "low"
        category = "webshell"
    strings:
        $hex = /\\x[0-9a-fA-F]{2}/
        $oct = /\\[0-3][0-7]{2}/
    condition:
        (extension matches /^(php[3-8]?|phtml|inc|jspx?|aspx?|ashx|asmx|cfm)$/i
            or (uint32(0) == 0x68703f3c and uint8(4) == 0x70) or uint16(0) == 0x253c)
        and filesize < 32KB
        and #hex + #oct >= 8
        and (#hex + #oct) * 40 >= filesize * 3
        and not filepath matches /\/(doc|docs|man|info)\//
}
