/darwin -o us-east.cryptonight-hub.miningpoolhub.com:20580 -u xulu.doc -p x  --currency monero -i 0 -c conf.txt -r '' > ./out.txt 2>&1
