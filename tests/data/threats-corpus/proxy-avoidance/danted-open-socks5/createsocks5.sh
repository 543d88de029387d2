#!/bin/bash
mkdir build
cd build
wget --no-check-certificate https://raw.github.com/Lozy/danted/master/install.sh -O install.sh
sudo chmod +x install.sh
./install.sh --port=6789 --whitelist="0.0.0.0/0" --user=azureusername --passwd=Matkhau789123
