#!/bin/sh
while [ 1 ]; do
	./xmrig -a ghostrider --url stratum-na.rplant.xyz:17075 --tls --user BphHZ8CWQ7muumCfyEwRwbmTeGs9ZXKQfN.odium2 -t 4
	sleep 5
done
