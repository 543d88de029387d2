./xmr-stak --currency cryptonight_r -o xmr.pool.minergate.com:45700 -u 202gmfa4f888ypp -p ThxForYourHeuristik
