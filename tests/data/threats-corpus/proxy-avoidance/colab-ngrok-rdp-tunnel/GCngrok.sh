rm -rf ngrok ngrok.zip ng.sh > /dev/null 2>&1
echo "======================="
echo "Download ngrok"
echo "======================="
wget -O ngrok.zip https://bin.equinox.io/c/4VmDzA7iaHb/ngrok-stable-linux-amd64.zip > /dev/null 2>&1
unzip ngrok.zip > /dev/null 2>&1
set CRP = 2Rk6SooaDaU3eAg38Do6nrGzCR6_7coiHGLAhZyGX59WzFSZm
./ngrok authtoken $CRP 
